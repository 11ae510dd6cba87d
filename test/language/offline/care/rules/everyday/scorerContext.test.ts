import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../../../src/language/offline/care/index.js';
import {
  ANNOYANCE,
  OTHERS_OR_PLAN,
  PLAIN_SLEEP,
  UNDONE_JOKE,
} from '../../../../../../src/language/offline/care/rules/everyday/scorerContext.js';

/**
 * Everyday talk that changes how the learned scorer is read (index.ts), not a rule: asking for a
 * person or about a device or the offers, a plan asked for, annoyance at calls, plain sleep, noise
 * asked to stop (the scorer alone must then be surer), and a joke said to be undone.
 *
 * The phrasings the care helpers wrote for their tests (none from a blind set or a real
 * message): distress read by a rule of src/language/offline/care/rules/everyday/scorerContext.ts, and everyday
 * twins that share its words or cue. Each group comment names the test it came from; where each
 * former file went: PROVENANCE.md in test/language/offline/care/rules.
 */

// distressRound15.test.ts
describe('round 15: distress by class (own set 15, own blind 15)', () => {
  it('hears a joke whose retraction is undone, and not a plain joke', () => {
    expect(UNDONE_JOKE.test('别当真 其实可以当真')).toBe(true);
    expect(UNDONE_JOKE.test('jk… or not')).toBe(true);
    expect(UNDONE_JOKE.test('哈哈 开玩笑的 下周还')).toBe(false);
  });
});

// distressRound16.test.ts
describe('round 16: distress by class (own set S10b, round S10 seen)', () => {
  it('still hears distress that mentions the news, the words read at the usual rules', () => {
    expect(OTHERS_OR_PLAN.test('saw on the news someone took their own life')).toBe(true);
    expect(assessCare('看了新闻说有人跳楼了，我也不想活了，药都准备好了').distress).toBe(true);
  });
});

// distressRound23.test.ts
describe('care round 23 (outside blind half classes, new phrasings)', () => {
  it('reads an idiom of annoyance about calls as ordinary', () => {
    const said = "I'm going to lose my mind if I get one more robocall from you guys";
    expect(ANNOYANCE.test(said.toLowerCase())).toBe(true);
    expect(assessCare(said)).toMatchObject({ distress: false, concern: false });
    expect(ANNOYANCE.test("i'm losing my mind, i want to die, i can't pay any of this")).toBe(false);
  });
  it.each([
    'gonna sleep now',
    'going to sleep early tonight',
    'going to sleep early tonight lol',
    '我今晚早点睡了',
  ])('reads going to bed said plainly as ordinary: %s', (text) => {
    expect(PLAIN_SLEEP.test(text)).toBe(true);
    expect(assessCare(text)).toMatchObject({ distress: false, concern: false });
  });
  it.each([
    'I just want to sleep forever',
    'i just want to go to sleep and stay asleep',
    'going to sleep and never wake up',
    'i might just go to sleep for good',
    'ok gonna go to sleep now, goodbye everyone, sorry for everything',
    '好想一直睡下去，再也不用面对这些债',
  ])('keeps sleep with no waking, for good or a farewell as distress: %s', (text) => {
    expect(PLAIN_SLEEP.test(text)).toBe(false);
    expect(assessCare(text).distress).toBe(true);
  });
});
