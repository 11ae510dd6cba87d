import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { careText } from '../../../../src/language/offline/care/careNormalise.js';
import { TRAINING_DIR } from '../../../../src/language/offline/care/learnedData.js';
import { OWN14_EN_DISTRESS, OWN14_EN_ORDINARY, OWN14_ZH_DISTRESS, OWN14_ZH_ORDINARY } from './ownSet14.js';
import {
  OWN_BLIND14_EN_DISTRESS,
  OWN_BLIND14_EN_ORDINARY,
  OWN_BLIND14_ZH_DISTRESS,
  OWN_BLIND14_ZH_ORDINARY,
} from './ownBlind14.js';
import { likeness, trigrams } from './trigramLikeness.js';

/**
 * Own blind 14 (ownBlind14.ts), never fitted, run once before round 14 (27/44 distress, 2/44
 * false alarms) and once after it (31/44, 2/44). The floor is the after-figure less a margin of
 * two for the retrained scorer's drift; false alarms may not pass the after-figure plus one.
 */
const BLIND14_FLOOR = { distress: 29, alarms: 3 };

describe('round 14: distress by class (own set 14, own blind 14)', () => {
  it('recognises every distress phrasing of own set 14 (tuned on by class), with no alarm on its hard negatives', () => {
    for (const set of [OWN14_ZH_DISTRESS, OWN14_EN_DISTRESS, OWN14_ZH_ORDINARY, OWN14_EN_ORDINARY])
      expect(set.length).toBeGreaterThanOrEqual(40);
    const distress = [...OWN14_ZH_DISTRESS, ...OWN14_EN_DISTRESS];
    const ordinary = [...OWN14_ZH_ORDINARY, ...OWN14_EN_ORDINARY];
    const missed = distress.filter((t) => !assessCare(t).distress);
    const alarms = ordinary.filter((t) => assessCare(t).distress);
    console.log(
      `care own set 14 (tuned on): distress ${distress.length - missed.length}/${distress.length}, false alarms ${alarms.length}/${ordinary.length}`,
    );
    expect(missed).toEqual([]);
    expect(alarms).toEqual([]);
  });

  it('keeps own blind 14 at or above its floors (figures only)', () => {
    for (const set of [
      OWN_BLIND14_ZH_DISTRESS,
      OWN_BLIND14_EN_DISTRESS,
      OWN_BLIND14_ZH_ORDINARY,
      OWN_BLIND14_EN_ORDINARY,
    ])
      expect(set.length).toBeGreaterThanOrEqual(20);
    const distress = [...OWN_BLIND14_ZH_DISTRESS, ...OWN_BLIND14_EN_DISTRESS];
    const ordinary = [...OWN_BLIND14_ZH_ORDINARY, ...OWN_BLIND14_EN_ORDINARY];
    const caught = distress.filter((t) => assessCare(t).distress).length;
    const alarms = ordinary.filter((t) => assessCare(t).distress).length;
    console.log(
      `care own blind 14 (BLIND, figures only): distress ${caught}/${distress.length}, false alarms ${alarms}/${ordinary.length}`,
    );
    expect(caught).toBeGreaterThanOrEqual(BLIND14_FLOOR.distress);
    expect(alarms).toBeLessThanOrEqual(BLIND14_FLOOR.alarms);
  });

  it('trains on nothing close to own set 14 or own blind 14 (*-r14.tsv; counted, never listed)', () => {
    const spent = [
      ...OWN14_ZH_DISTRESS,
      ...OWN14_EN_DISTRESS,
      ...OWN14_ZH_ORDINARY,
      ...OWN14_EN_ORDINARY,
      ...OWN_BLIND14_ZH_DISTRESS,
      ...OWN_BLIND14_EN_DISTRESS,
      ...OWN_BLIND14_ZH_ORDINARY,
      ...OWN_BLIND14_EN_ORDINARY,
    ].map((t) => trigrams(careText(t).compact));
    const fresh = readdirSync(TRAINING_DIR)
      .filter((name) => name.endsWith('-r14.tsv'))
      .flatMap((name) => readFileSync(join(TRAINING_DIR, name), 'utf8').split('\n'))
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .map((line) => line.split('\t').slice(3).join('\t'));
    expect(fresh.length).toBeGreaterThan(100);
    const close = fresh.filter((t) => {
      const g = trigrams(careText(t).compact);
      return spent.some((s) => likeness(g, s) >= 0.5);
    });
    expect(close.length).toBe(0);
  });

  it.each([
    // Everyday twins of the round's classes.
    '帮朋友问一下 逾期会不会影响征信',
    "my sister has the dog while i'm in hospital, when i'm gone for the op please call her",
    'lost my job last week, thanks for the pause, bye',
    'bought charcoal and tape for the barbecue this weekend',
    "i'm checking out of the hotel tomorrow morning",
    "this is the last message from my old number, i'm changing numbers",
    '我一个同事上周自杀了 这几天状态不好 晚点再联系',
    'wo bu shi xiang bu kai, jiu shi mei qian',
  ])('reads %s as no crisis', (text) => {
    expect(assessCare(text).distress).toBe(false);
  });
});
