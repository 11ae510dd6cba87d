import { describe, expect, it } from 'vitest';
import { careTrainingItems } from '../../../../src/language/offline/care/learnedData.js';
import { CARE_SETS } from './careSets.js';
import { readCheckSet } from './checkSetFigures.js';
import { closeTo, gramsOf, roundTrainingTexts } from './trigramLikeness.js';

/** What one round's training lines (training/care/*-<round>.tsv) must hold. */
export interface RoundTrainingSpec {
  /** The round's class prefix and file suffix: 's12', 's13'. */
  round: string;
  /** The round's own check set (test/language/offline/care/<file>). */
  checkFile: string;
  /** At least this many distress and this many near misses per language. */
  minPerLanguage: number;
  /** Classes of distress lines and of near misses. */
  distressClasses: number;
  ordinaryClasses: number;
  /** More fresh lines than this in the round. */
  minFresh: number;
}

/**
 * One round's training data: enough lines per language and class, nothing close to an outside
 * round or an own set (likeness below 0.5), nothing even faintly close to the round's own check set
 * (below 0.35; counted, never listed).
 */
export function describeRoundTraining(spec: RoundTrainingSpec): void {
  const upper = spec.round.toUpperCase();
  describe(`round ${upper} training data (training/care/*-${spec.round}.tsv)`, () => {
    it('holds distress and near misses per language, by class', () => {
      const items = careTrainingItems().filter((it) => it.cls.startsWith(`${spec.round}-`));
      for (const lang of ['zh', 'en'] as const) {
        const of = items.filter((it) => it.lang === lang);
        expect(of.filter((it) => it.y === 1).length).toBeGreaterThanOrEqual(spec.minPerLanguage);
        expect(of.filter((it) => it.y === 0).length).toBeGreaterThanOrEqual(spec.minPerLanguage);
      }
      expect(new Set(items.filter((it) => it.y === 1).map((it) => it.cls)).size).toBe(spec.distressClasses);
      expect(new Set(items.filter((it) => it.y === 0).map((it) => it.cls)).size).toBe(spec.ordinaryClasses);
    });

    it('trains on nothing close to an outside round or an own set (likeness below 0.5)', () => {
      const spent = gramsOf(CARE_SETS.flatMap((s) => [...s.distress, ...s.ordinary]));
      const fresh = roundTrainingTexts(spec.round);
      expect(fresh.length).toBeGreaterThan(spec.minFresh);
      expect(closeTo(fresh, spent, 0.5)).toBe(0);
    }, 60_000);

    it(`trains on nothing even faintly close to own check ${upper} (likeness below 0.35; counted, never listed)`, () => {
      const set = readCheckSet(spec.checkFile);
      const check = gramsOf([set.zh, set.en].flatMap((s) => [...s.distress, ...s.ordinary]));
      expect(closeTo(roundTrainingTexts(spec.round), check, 0.35)).toBe(0);
    });
  });
}
