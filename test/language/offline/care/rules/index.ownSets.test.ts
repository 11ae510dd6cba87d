import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { careText } from '../../../../../src/language/offline/care/careNormalise.js';
import { assessCare } from '../../../../../src/language/offline/care/index.js';
import { TRAINING_DIR } from '../../../../../src/language/offline/care/learnedData.js';
import { HELD_OUT7_DISTRESS, HELD_OUT7_ORDINARY } from '../heldOutSet7.js';
import { HELD_OUT8_DISTRESS, HELD_OUT8_ORDINARY } from '../heldOutSet8.js';
import {
  OWN_BLIND14_EN_DISTRESS,
  OWN_BLIND14_EN_ORDINARY,
  OWN_BLIND14_ZH_DISTRESS,
  OWN_BLIND14_ZH_ORDINARY,
} from '../ownBlind14.js';
import {
  OWN_BLIND15_EN_DISTRESS,
  OWN_BLIND15_EN_ORDINARY,
  OWN_BLIND15_ZH_DISTRESS,
  OWN_BLIND15_ZH_ORDINARY,
} from '../ownBlind15.js';
import { OWN_BLIND9_DISTRESS, OWN_BLIND9_ORDINARY } from '../ownBlind9.js';
import { OWN14_EN_DISTRESS, OWN14_EN_ORDINARY, OWN14_ZH_DISTRESS, OWN14_ZH_ORDINARY } from '../ownSet14.js';
import { OWN15_EN_DISTRESS, OWN15_EN_ORDINARY, OWN15_ZH_DISTRESS, OWN15_ZH_ORDINARY } from '../ownSet15.js';
import { OWN7_DISTRESS, OWN7_ORDINARY } from '../ownSet7.js';
import { OWN8_DISTRESS, OWN8_ORDINARY } from '../ownSet8.js';
import { OWN9_DISTRESS, OWN9_ORDINARY } from '../ownSet9.js';
import { likeness, trigrams } from '../trigramLikeness.js';

/**
 * The own sets the class rules were tuned on by class, and the blind sets read after them (figures
 * and floors only, never items copied into rules). Each describe names the former test file it came
 * from (PROVENANCE.md in this folder).
 */

// distressRound9.test.ts
describe('round 9: implicit distress by class, and its everyday look-alikes', () => {
  /**
   * Round 9, rules by class (round 9, rules/PROVENANCE.md), measured on the own set `ownSet9.ts` written before
   * them. Before any round-9 rule (the blind-before-rules figure): distress 62/122 (zh 33/61, en
   * 29/61), false alarms 2/121. The figures below are own and tuned on, not evidence of recall on
   * new writing.
   */
  const zh = (t: string): boolean => /\p{Script=Han}/u.test(t);
  function recall(items: readonly string[]): number {
    return items.filter((t) => assessCare(t).distress).length;
  }
  function alarms(items: readonly string[]): string[] {
    return items.filter((t) => assessCare(t).distress);
  }
  it('catches the own set 9 by class in both languages (own, tuned on)', () => {
    for (const lang of [true, false]) {
      const items = OWN9_DISTRESS.filter((t) => zh(t) === lang);
      const caught = recall(items);
      console.log(`own set 9 ${lang ? 'zh' : 'en'}: distress ${caught}/${items.length}`);
      expect(caught / items.length).toBeGreaterThanOrEqual(0.95);
    }
  });
  it('raises no false alarm on the hard negatives of own sets 7-9 and rounds 7-8 it was not already raising', () => {
    expect(alarms(OWN9_ORDINARY)).toEqual([]);
    expect(alarms(OWN_BLIND9_ORDINARY)).toEqual([]);
    expect(alarms(OWN8_ORDINARY)).toEqual([]);
    expect(alarms(OWN7_ORDINARY)).toEqual([]);
    expect(alarms(HELD_OUT7_ORDINARY)).toEqual([]);
    // Three seen items of round 8 alarmed before round 9 (a neighbour's fall told as news, a rope
    // ladder, "I'd rather die than ask my parents"); no more.
    expect(alarms(HELD_OUT8_ORDINARY).length).toBeLessThanOrEqual(3);
  });
  it('reads the own check of round 9 (its one run after the rules: 12/40; seen and tuned on since)', () => {
    const caught = recall(OWN_BLIND9_DISTRESS);
    console.log(`own check 9 (seen): distress ${caught}/${OWN_BLIND9_DISTRESS.length}`);
    expect(caught).toBeGreaterThanOrEqual(36);
  });
  it('keeps the seen rounds 7 and 8 and the own sets 7-8 at least where they were', () => {
    expect(recall(HELD_OUT7_DISTRESS)).toBeGreaterThanOrEqual(40);
    expect(recall(HELD_OUT8_DISTRESS)).toBeGreaterThanOrEqual(37);
    expect(recall(OWN8_DISTRESS)).toBeGreaterThanOrEqual(69);
    expect(recall(OWN7_DISTRESS)).toBeGreaterThanOrEqual(128);
  });
});

// distressRound14.test.ts
describe('round 14: distress by class (own set 14, own blind 14)', () => {
  /**
   * Own blind 14 (ownBlind14.ts), never fitted, run once before round 14 (27/44 distress, 2/44
   * false alarms) and once after it (31/44, 2/44). The floor is the after-figure less a margin of
   * two for the retrained scorer's drift; false alarms may not pass the after-figure plus one.
   */
  const BLIND14_FLOOR = { distress: 29, alarms: 3 };
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
});

// distressRound15.test.ts
describe('round 15: distress by class (own set 15, own blind 15)', () => {
  /**
   * Own blind 15 (ownBlind15.ts), never fitted, run once before round 15 (15/30 distress, 0/30
   * false alarms) and once after it (25/30, 0/30). The floor is the after-figure less a margin of
   * two; false alarms may not pass the after-figure plus one.
   */
  const BLIND15_FLOOR = { distress: 23, alarms: 1 };
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
});
