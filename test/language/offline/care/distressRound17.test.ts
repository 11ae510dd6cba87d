import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import {
  HELD_OUT_S11A_EN_DISTRESS,
  HELD_OUT_S11A_EN_ORDINARY,
  HELD_OUT_S11A_ZH_DISTRESS,
  HELD_OUT_S11A_ZH_ORDINARY,
} from './heldOutSetS11a.js';
import {
  OWN_S11_EN_DISTRESS,
  OWN_S11_EN_ORDINARY,
  OWN_S11_ZH_DISTRESS,
  OWN_S11_ZH_ORDINARY,
} from './ownSetS11.js';

/**
 * Round 17 (issue 14): the classes of round S11 half a (heldOutSetS11a.ts, seen) written again in
 * own set S11 (ownSetS11.ts, own, tuned on by class). Own set S11 at 530c457: distress 61/96,
 * false alarms 2/96. One distress message of it (a husband who left "not coming back" over the
 * debt: separation reads the same) is left to the check-in: it must at least be heard.
 */
describe('round 17: distress by class (own set S11, round S11 half a seen)', () => {
  it('recognises own set S11 (tuned on by class) and hears all of it, with no alarm on its near misses', () => {
    const distress = [...OWN_S11_ZH_DISTRESS, ...OWN_S11_EN_DISTRESS];
    const ordinary = [...OWN_S11_ZH_ORDINARY, ...OWN_S11_EN_ORDINARY];
    expect(distress.length).toBe(96);
    expect(ordinary.length).toBe(96);
    const missed = distress.filter((t) => !assessCare(t).distress);
    expect(missed.length).toBeLessThanOrEqual(1);
    expect(missed.filter((t) => !assessCare(t).concern)).toEqual([]);
    expect(ordinary.filter((t) => assessCare(t).distress)).toEqual([]);
  });

  it('keeps round S11 half a (seen, regression only) at 26/26 with no false alarm', () => {
    const distress = [...HELD_OUT_S11A_ZH_DISTRESS, ...HELD_OUT_S11A_EN_DISTRESS];
    const ordinary = [...HELD_OUT_S11A_ZH_ORDINARY, ...HELD_OUT_S11A_EN_ORDINARY];
    expect(distress.filter((t) => !assessCare(t).distress)).toEqual([]);
    expect(ordinary.filter((t) => assessCare(t).distress)).toEqual([]);
  });

  it('reads the everyday twins of each class as ordinary', () => {
    for (const t of [
      '谢谢你们这么多年的照顾，贷款昨天结清了，以后不用再寄对账单了',
      'thanks for everything over the years, we moved to another bank so please close it',
      'gave my old sofa to my neighbour and moved out, please stop sending letters to that address',
      'serious question: if I die before my wife, does she inherit the card debt? our solicitor asked',
      'the bridge on my way to work is shut, i keep thinking i will be late for everything',
      'wrote letters to my kids for christmas, sorry it is off topic, when is my due date',
      "I'd rather die than ring your call centre again lol, can I pay online",
      '倒车不小心撞墙了，修车要三千，能分期吗',
      '上次吃了海鲜过敏进急诊，现在又过敏了，能晚几天还吗',
      '我妈的药存了三十多粒在药盒里，每天按时吃',
    ])
      expect(assessCare(t).distress, t).toBe(false);
  });

  it('still hears the classes said another way', () => {
    for (const t of [
      '家里的东西都送给朋友了，狗也托付给我姐了，以后别再打了',
      'kept cutting my legs all week, only way i can sleep',
      '说真的不是开玩笑 我要是没了 这张卡的钱谁还',
      'thinking of ploughing into the barrier on the motorway tonight',
    ])
      expect(assessCare(t).distress, t).toBe(true);
  });
});

describe('round 17: a weapon or a means at hand and the thought of using it (lead, session 11)', () => {
  it.each([
    'lost my job in march, wife took the kids, and now you guys. got my gun sitting on the kitchen table and honestly been thinking about using it',
    'my dads old rifle is in the closet, been thinking of using it tbh',
    '哥们那把枪一直在我车里 说实话最近老想用它',
    '家里那瓶农药一直放着 这几天老想着用',
    '绳子准备好了 这几天老是想用',
  ])('answers with the crisis reply: %s', (text) => {
    expect(assessCare(text).distress).toBe(true);
  });

  it.each([
    'got my gun out to clean it this weekend',
    'the gun show is this weekend, thinking about going',
    'thinking about using my rope for the tent',
    '买了根绳子 一直想用来晾衣服',
  ])('reads the everyday use as ordinary: %s', (text) => {
    expect(assessCare(text).distress).toBe(false);
  });
});
