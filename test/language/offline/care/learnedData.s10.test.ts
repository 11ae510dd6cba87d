import { describe, expect, it } from 'vitest';
import { careTrainingItems } from '../../../../src/language/offline/care/learnedData.js';
import { CARE_SETS } from './careSets.js';
import { OWN_BLIND9_DISTRESS, OWN_BLIND9_ORDINARY } from './ownBlind9.js';
import { OWN_CHECK10_DISTRESS, OWN_CHECK10_ORDINARY } from './ownCheck10.js';
import { OWN_CHECK11_DISTRESS, OWN_CHECK11_ORDINARY } from './ownCheck11.js';
import { OWN9_DISTRESS, OWN9_ORDINARY } from './ownSet9.js';
import { OWN14_EN_DISTRESS, OWN14_EN_ORDINARY, OWN14_ZH_DISTRESS, OWN14_ZH_ORDINARY } from './ownSet14.js';
import { OWN15_EN_DISTRESS, OWN15_EN_ORDINARY, OWN15_ZH_DISTRESS, OWN15_ZH_ORDINARY } from './ownSet15.js';
import {
  OWN_BLIND14_EN_DISTRESS,
  OWN_BLIND14_EN_ORDINARY,
  OWN_BLIND14_ZH_DISTRESS,
  OWN_BLIND14_ZH_ORDINARY,
} from './ownBlind14.js';
import {
  OWN_BLIND15_EN_DISTRESS,
  OWN_BLIND15_EN_ORDINARY,
  OWN_BLIND15_ZH_DISTRESS,
  OWN_BLIND15_ZH_ORDINARY,
} from './ownBlind15.js';
import {
  OWN_BLINDS10_EN_DISTRESS,
  OWN_BLINDS10_EN_ORDINARY,
  OWN_BLINDS10_ZH_DISTRESS,
  OWN_BLINDS10_ZH_ORDINARY,
} from './ownBlindS10.js';
import { closeTo, gramsOf, roundTrainingTexts } from './trigramLikeness.js';

describe('round S10 training data (training/care/*-s10.tsv)', () => {
  it('holds several hundred items per language, by warning-sign concept, with hard negatives', () => {
    const items = careTrainingItems().filter((it) => it.cls.startsWith('s10-'));
    for (const lang of ['zh', 'en'] as const) {
      const of = items.filter((it) => it.lang === lang);
      expect(of.filter((it) => it.y === 1).length).toBeGreaterThanOrEqual(150);
      expect(of.filter((it) => it.y === 0).length).toBeGreaterThanOrEqual(130);
      expect(of.length).toBeGreaterThanOrEqual(300);
    }
    const concepts = new Set(items.filter((it) => it.y === 1).map((it) => it.cls));
    expect(concepts.size).toBeGreaterThanOrEqual(14);
  });

  it('trains on nothing close to an outside round or an own set (likeness below 0.5)', () => {
    const spent = gramsOf([
      ...CARE_SETS.flatMap((s) => [...s.distress, ...s.ordinary]),
      ...[OWN9_DISTRESS, OWN9_ORDINARY, OWN_BLIND9_DISTRESS, OWN_BLIND9_ORDINARY].flat(),
      ...[OWN_CHECK10_DISTRESS, OWN_CHECK10_ORDINARY, OWN_CHECK11_DISTRESS, OWN_CHECK11_ORDINARY].flat(),
      ...[OWN14_ZH_DISTRESS, OWN14_EN_DISTRESS, OWN14_ZH_ORDINARY, OWN14_EN_ORDINARY].flat(),
      ...[OWN15_ZH_DISTRESS, OWN15_EN_DISTRESS, OWN15_ZH_ORDINARY, OWN15_EN_ORDINARY].flat(),
      ...[
        OWN_BLIND14_ZH_DISTRESS,
        OWN_BLIND14_EN_DISTRESS,
        OWN_BLIND14_ZH_ORDINARY,
        OWN_BLIND14_EN_ORDINARY,
      ].flat(),
      ...[
        OWN_BLIND15_ZH_DISTRESS,
        OWN_BLIND15_EN_DISTRESS,
        OWN_BLIND15_ZH_ORDINARY,
        OWN_BLIND15_EN_ORDINARY,
      ].flat(),
    ]);
    const fresh = roundTrainingTexts('s10');
    expect(fresh.length).toBeGreaterThan(600);
    expect(closeTo(fresh, spent, 0.5)).toBe(0);
  }, 60_000);

  it('trains on nothing even faintly close to own blind S10 (likeness below 0.35; counted, never listed)', () => {
    const blind = gramsOf([
      ...OWN_BLINDS10_ZH_DISTRESS,
      ...OWN_BLINDS10_EN_DISTRESS,
      ...OWN_BLINDS10_ZH_ORDINARY,
      ...OWN_BLINDS10_EN_ORDINARY,
    ]);
    expect(closeTo(roundTrainingTexts('s10'), blind, 0.35)).toBe(0);
  });
});
