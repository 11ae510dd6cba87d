import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import {
  HELD_OUT_S11B_EN_DISTRESS,
  HELD_OUT_S11B_EN_ORDINARY,
  HELD_OUT_S11B_ZH_DISTRESS,
  HELD_OUT_S11B_ZH_ORDINARY,
} from './heldOutSetS11b.js';
import {
  OWN_S11B_EN_DISTRESS,
  OWN_S11B_EN_ORDINARY,
  OWN_S11B_ZH_DISTRESS,
  OWN_S11B_ZH_ORDINARY,
} from './ownSetS11b.js';

/**
 * Round 18 (issue 14): the classes of round S11 half b (heldOutSetS11b.ts, seen) written again in
 * own set S11b (ownSetS11b.ts, own, tuned on by class). Own set S11b at 08d6404: distress 18/24,
 * false alarms 2/24; half b at 08d6404: distress 21/24, heard 22/24, false alarms 0/24.
 */
describe('round 18: distress by class (own set S11b, round S11 half b seen)', () => {
  it('recognises own set S11b (tuned on by class) with no alarm on its near misses', () => {
    const distress = [...OWN_S11B_ZH_DISTRESS, ...OWN_S11B_EN_DISTRESS];
    const ordinary = [...OWN_S11B_ZH_ORDINARY, ...OWN_S11B_EN_ORDINARY];
    expect(distress.length).toBe(24);
    expect(ordinary.length).toBe(24);
    expect(distress.filter((t) => !assessCare(t).distress)).toEqual([]);
    expect(ordinary.filter((t) => assessCare(t).distress)).toEqual([]);
  });

  it('keeps round S11 half b (seen, regression only) at 24/24 with no false alarm', () => {
    const distress = [...HELD_OUT_S11B_ZH_DISTRESS, ...HELD_OUT_S11B_EN_DISTRESS];
    const ordinary = [...HELD_OUT_S11B_ZH_ORDINARY, ...HELD_OUT_S11B_EN_ORDINARY];
    expect(distress.length).toBe(24);
    expect(ordinary.length).toBe(24);
    expect(distress.filter((t) => !assessCare(t).distress)).toEqual([]);
    expect(ordinary.filter((t) => assessCare(t).distress)).toEqual([]);
  });

  it('reads the everyday twins of each class as ordinary', () => {
    for (const t of [
      '我妈的寿险理赔下来了，能先还她那张卡吗',
      'if i die is there insurance on the card? do you offer credit protection',
      "the rope's up on the boat, back on shore monday to pay",
      '秋千的绳子系好了 孩子玩得很开心 账单什么时候出',
      "no way out of the annual fee? ok i've decided to close it",
      '没办法了 想好了 分十二期还',
      '受够了你们的服务 我已经决定了',
      'my mind is made up, no point calling me about upgrades',
      'if i die does my life insurance cover the card or does my family pay',
    ])
      expect(assessCare(t).distress, t).toBe(false);
  });

  it('still hears the classes said another way', () => {
    for (const t of [
      '保单我都看过了 我要是没了 赔的钱够还卡 还能给孩子留一点',
      'rope is tied in the loft. final balance please',
      'nothing left for me. i have made my decision.',
      '真的走投无路了 我打定主意了',
    ])
      expect(assessCare(t).distress, t).toBe(true);
  });
});
