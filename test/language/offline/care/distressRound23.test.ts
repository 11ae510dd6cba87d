import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { ANNOYANCE, PLAIN_SLEEP } from '../../../../src/language/offline/care/rules/everyday/scorerContext.js';
import { SLEEP_AND_SPARE } from '../../../../src/language/offline/care/rules/veiled/burden.js';

describe('care round 23 (outside blind half classes, new phrasings)', () => {
  it.each([
    '如果我今晚之後唔喺度，張卡嘅數會唔會追我阿媽',
    'if i wont be here after tonight does the loan go after my kids',
    '要是我的死看上去像意外，人寿保险会赔吗',
    'would the life insurance pay out if my crash looked like an accident',
    'guess ill just go to sleep and not wake up, saves everyone the trouble lol 🙃',
    '睡过去不醒就好了，省得拖累家里 哈哈',
  ])('reads %s as distress', (text) => {
    expect(assessCare(text).distress).toBe(true);
  });

  it.each([
    '这罚息简直要逼死人，一个月两百多，我要投诉',
    '如果我今晚之後唔喺香港，張卡喺外國用唔用得',
    'my husband died in a car accident, does his life insurance cover the loan',
    'going to sleep till noon and not wake up for anything, call me monday',
  ])('does not read %s as distress', (text) => {
    expect(assessCare(text).distress).toBe(false);
  });

  it('reads an idiom of annoyance about calls as ordinary', () => {
    const said = "I'm going to lose my mind if I get one more robocall from you guys";
    expect(ANNOYANCE.test(said.toLowerCase())).toBe(true);
    expect(assessCare(said)).toMatchObject({ distress: false, concern: false });
    expect(ANNOYANCE.test("i'm losing my mind, i want to die, i can't pay any of this")).toBe(false);
  });

  it('keeps a laugh from cancelling not waking up to spare the others', () => {
    expect(SLEEP_AND_SPARE.test('maybe ill nap and never wake up, one less problem lmao')).toBe(true);
    expect(SLEEP_AND_SPARE.test('going to sleep early tonight lol')).toBe(false);
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
