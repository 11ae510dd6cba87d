import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { UNDONE_JOKE } from '../../../../src/language/offline/care/rules/everyday/scorerContext.js';
import { OWN15_EN_DISTRESS, OWN15_EN_ORDINARY, OWN15_ZH_DISTRESS, OWN15_ZH_ORDINARY } from './ownSet15.js';
import {
  OWN_BLIND15_EN_DISTRESS,
  OWN_BLIND15_EN_ORDINARY,
  OWN_BLIND15_ZH_DISTRESS,
  OWN_BLIND15_ZH_ORDINARY,
} from './ownBlind15.js';

/**
 * Own blind 15 (ownBlind15.ts), never fitted, run once before round 15 (15/30 distress, 0/30
 * false alarms) and once after it (25/30, 0/30). The floor is the after-figure less a margin of
 * two; false alarms may not pass the after-figure plus one.
 */
const BLIND15_FLOOR = { distress: 23, alarms: 1 };

describe('round 15: distress by class (own set 15, own blind 15)', () => {
  it('recognises every distress phrasing of own set 15 (tuned on by class), with no alarm on its hard negatives', () => {
    for (const set of [OWN15_ZH_DISTRESS, OWN15_EN_DISTRESS, OWN15_ZH_ORDINARY, OWN15_EN_ORDINARY])
      expect(set.length).toBeGreaterThanOrEqual(30);
    const distress = [...OWN15_ZH_DISTRESS, ...OWN15_EN_DISTRESS];
    const ordinary = [...OWN15_ZH_ORDINARY, ...OWN15_EN_ORDINARY];
    const missed = distress.filter((t) => !assessCare(t).distress);
    const alarms = ordinary.filter((t) => assessCare(t).distress);
    console.log(
      `care own set 15 (tuned on): distress ${distress.length - missed.length}/${distress.length}, false alarms ${alarms.length}/${ordinary.length}`,
    );
    expect(missed).toEqual([]);
    expect(alarms).toEqual([]);
  });

  it('keeps own blind 15 at or above its floors (figures only)', () => {
    for (const set of [
      OWN_BLIND15_ZH_DISTRESS,
      OWN_BLIND15_EN_DISTRESS,
      OWN_BLIND15_ZH_ORDINARY,
      OWN_BLIND15_EN_ORDINARY,
    ])
      expect(set.length).toBeGreaterThanOrEqual(15);
    const distress = [...OWN_BLIND15_ZH_DISTRESS, ...OWN_BLIND15_EN_DISTRESS];
    const ordinary = [...OWN_BLIND15_ZH_ORDINARY, ...OWN_BLIND15_EN_ORDINARY];
    const caught = distress.filter((t) => assessCare(t).distress).length;
    const alarms = ordinary.filter((t) => assessCare(t).distress).length;
    console.log(
      `care own blind 15 (BLIND, figures only): distress ${caught}/${distress.length}, false alarms ${alarms}/${ordinary.length}`,
    );
    expect(caught).toBeGreaterThanOrEqual(BLIND15_FLOOR.distress);
    expect(alarms).toBeLessThanOrEqual(BLIND15_FLOOR.alarms);
  });

  it('hears a joke whose retraction is undone, and not a plain joke', () => {
    expect(UNDONE_JOKE.test('别当真 其实可以当真')).toBe(true);
    expect(UNDONE_JOKE.test('jk… or not')).toBe(true);
    expect(UNDONE_JOKE.test('哈哈 开玩笑的 下周还')).toBe(false);
  });

  it.each([
    // Everyday twins of the round's classes, in other words than own set 15.
    '你们这是想逼死我？我又没说不还，25号发工资就还',
    '每天早上在路口等公交车 差一点就没赶上',
    '我已经决定了 以后别打电话给我爸妈了 我下个月按时还',
    '周末在海边玩 脚都踩进水里了 好冰 傍晚才回来',
    '对什么都好奇 能问问利率吗',
    'tell my wife the pin is in the drawer, sorry for the hassle',
    "thanks, i won't need the card after friday, i'm paying it off and closing it",
    'i get tired of everything being so expensive',
    '🌊😎',
    'if i die is the card debt paid from my estate? asking for planning',
  ])('reads %s as no crisis', (text) => {
    expect(assessCare(text).distress).toBe(false);
  });

  it.each([
    // The classes in other words than own set 15.
    '我是她老公 她说她只会拖累这个家 昨晚留了一封信',
    '要是我走了 这笔账会不会找我爸妈 我都想好了',
    'tired of everything.',
    '😢🌉',
  ])('reads %s as distress', (text) => {
    expect(assessCare(text).distress).toBe(true);
  });
});
