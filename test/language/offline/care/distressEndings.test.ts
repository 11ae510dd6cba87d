import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { OWN8_DISTRESS, OWN8_ORDINARY } from './ownSet8.js';

/**
 * Own set, round 8 (OWN and TUNED ON: see ownSet8.ts). Before the round's rules the detector
 * caught 43/80 with 4/80 false alarms; after its rules, concept classes and training phrasings
 * 69/80 with 0/80. The floor sits at that figure, so that a
 * regression shows.
 */
const OWN8_FLOOR = 69;

describe('care detectors on the own set of round 8', () => {
  it('recognise endings said with no telling word, with no alarm on the hard negatives', () => {
    expect(OWN8_DISTRESS.length).toBeGreaterThanOrEqual(80);
    expect(OWN8_ORDINARY.length).toBeGreaterThanOrEqual(80);
    const missed = OWN8_DISTRESS.filter((t) => !assessCare(t).distress);
    const alarms = OWN8_ORDINARY.filter((t) => assessCare(t).distress);
    console.log(
      `care own set round 8 (own, tuned on): distress ${OWN8_DISTRESS.length - missed.length}/${OWN8_DISTRESS.length}, false alarms ${alarms.length}/${OWN8_ORDINARY.length}\n  missed: ${missed.join(' | ')}`,
    );
    expect(OWN8_DISTRESS.length - missed.length).toBeGreaterThanOrEqual(OWN8_FLOOR);
    expect(alarms).toEqual([]);
  });

  it.each([
    ['以后你们不用再打了，我下个月全部结清', false],
    ['以后你们不用再打了，我撑不下去了，也不会再给任何人添麻烦了', true],
    ['我奶奶去年回天家了，这张卡是她的副卡', false],
    ['我想早点回天家', true],
    ["i'm checking out of the hotel tomorrow, will pay after", false],
    ["i'm checking out for good this time", true],
    ["no need to send letters after friday, i'm moving to a new address", false],
    ['no need to send letters after friday. nobody here to read them', true],
    ['the court gave the kids to their dad permanently, i need a smaller plan', false],
    ['my dog will live with my neighbour permanently. i wanted someone to know', true],
    ['看到账单想死的心都有了哈哈，开玩笑的', false],
    ['绳子都挂好了😂 不是开玩笑', true],
    ['药吃了，感冒好多了', false],
    ['以后别再联系我了', false],
    ['以后不用再联系我了', true],
    ['以后不用再联系我了，我会自己去网点处理', false],
    ['以后你们都不用找我了，我会按时还的', false],
    ['以后不用再联系我了，反正我也活不长了', true],
    ['you can stop calling after friday', false],
    ['no need to call me after this week', false],
    ['我想去找我妈了，她去年走的', true],
    ['我明天去找我妈吃饭', false],
    ['if i die tonight, does my wife owe this? i want to know before i go through with it', true],
    ['i want to go through with the balance transfer, what happens if i die before it is paid', false],
    ["I can't see any other way out of this", true],
    ['this is the last message you will get from me', true],
    ["this is the last payment you'll get from me, the balance is zero after it", false],
  ])('reads %j as distress: %s', (text, distress) => {
    expect(assessCare(text).distress).toBe(distress);
  });
});
