import { describe, expect, it } from 'vitest';
import { DISTRESS_THRESHOLD } from '../../../../../src/language/offline/care/distressModel.js';
import { isHyperbole } from '../../../../../src/language/offline/care/distressThemes.js';
import { assessCare, assessCareWith } from '../../../../../src/language/offline/care/index.js';
import { describeCare } from './careCases.js';

/**
 * Phrasings of the former class-rule tests that no class rule (src/language/offline/care/rules/)
 * reads: distress heard by the base rules or the learned scorer, and everyday talk that shares no
 * class rule's words or cue. Where each came from: PROVENANCE.md in this folder.
 */
describeCare('care: phrasings no class rule reads', {
  distress: [
    // distressRound9: round 9: implicit distress by class, and its everyday look-alikes › "%s" → distress %s
    'bought a rope today. nobody needs to know what for',
    // distressRound10: the round-10 distress classes › reads idioms and news in words of dying as everyday talk, and the same words said of oneself as distress
    '你们这是要我的命吧，还不上我就去死',
    "i'd rather die than face my kids with this debt",
    '我们都别活了，我先跳楼',
    // distressRound12: the round-12 distress classes › hears distress in: %s
    'there is a letter for my daughter in the drawer, she reads it after',
    'thinking of offing myself tonight',
    '我真的想 kill 自己',
    '我真系唔想再捱落去',
    // distressRound17: round 17: distress by class (own set S11, round S11 half a seen) › still hears the classes said another way
    'kept cutting my legs all week, only way i can sleep',
    // distressRound19: round 19: distress by class, and its everyday twins › keeps a means with no ordinary use said, or an errand only guessed by someone else, as distress
    '绳子买好了 今晚就结束',
    '炭买好了 门窗都封上了',
    // distressRound20: round 20: distress by class (own check set S12b, round S12 half b seen) › reads %s as distress
    '相机和耳机都送给表弟了 卡里欠的你们就别等了',
    // distressRound21: round 21: distress by class (own check set S13, round S13 half a seen) › reads %s as distress
    '我好攰，真係唔想再捱，聽朝之後都唔會再覆你哋',
    // distressRound22: round 22: distress by class (own check set S14, round S14 half a seen) › reads %s as distress
    'wo zhen de xiang jieshu yiqie le, qian tai duo',
    'shui jiao bu xiang zai xing lai le, zhaiwu tai duo',
    // distressRound24: care round 24 (outside round S15 half a classes, new phrasings) › reads %s as distress
    "honestly i'd rather be dead than deal with this debt",
    // distressRound25: care round 25 (outside round S15 half b, read after its blind run; lead, new phrasings) › still reads prescribed pills taken or kept in a handful as distress
    '医生开的安眠药我都吃了',
    '医生开的安眠药，我攒了一个月的',
  ],
  ordinary: [
    // distressRound12: the round-12 distress classes › reads everyday talk in the same words: %s
    'kms this app keeps logging me out',
  ],
});

// distressRound10.test.ts
describe('the round-10 distress classes', () => {
  it('hears one sentence of ending in a long message about payments, when that sentence alone is surer than the bar by a margin', () => {
    // A scorer that knows one short sentence only: the whole message reads as nothing.
    const sure = (score: number) => (compact: string) =>
      compact.length < 40 && compact.includes('sentinel words') ? score : -5;
    const message =
      'I can pay fifty dollars on the first of the month and the rest later. Sentinel words here.';
    expect(assessCareWith(message, sure(DISTRESS_THRESHOLD + 1))).toMatchObject({
      distress: true,
      distressBy: 'model',
      concern: false,
    });
    expect(assessCareWith(message, sure(DISTRESS_THRESHOLD + 0.3)).distress).toBe(false);
    expect(assessCareWith('Sentinel words here.', sure(DISTRESS_THRESHOLD + 0.3)).distress).toBe(true);
  });
});

// distressRound19.test.ts
describe('round 19: distress by class, and its everyday twins', () => {
  it('reads dying preferred to a chore with the bank as a joke, and dying preferred to living as not', () => {
    expect(isHyperbole('lol rather jump off a bridge than talk to another robot')).toBe(true);
    expect(isHyperbole('宁愿跳楼也不想再跟机器人聊')).toBe(true);
    expect(isHyperbole("I'd rather die than keep living like this")).toBe(false);
    expect(assessCare("I'd rather die than keep living like this").distress).toBe(true);
  });
});
