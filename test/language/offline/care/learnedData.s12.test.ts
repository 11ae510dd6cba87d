import { describe, expect, it } from 'vitest';
import { careTrainingItems } from '../../../../src/language/offline/care/learnedData.js';
import { CARE_SETS } from './careSets.js';
import { readCheckSet } from './checkSetFigures.js';
import { closeTo, gramsOf, roundTrainingTexts } from './trigramLikeness.js';

const CHECK = readCheckSet('check-s12.json');

describe('round S12 training data (training/care/*-s12.tsv)', () => {
  it('holds distress and near misses per language, by class', () => {
    const items = careTrainingItems().filter((it) => it.cls.startsWith('s12-'));
    for (const lang of ['zh', 'en'] as const) {
      const of = items.filter((it) => it.lang === lang);
      expect(of.filter((it) => it.y === 1).length).toBeGreaterThanOrEqual(50);
      expect(of.filter((it) => it.y === 0).length).toBeGreaterThanOrEqual(50);
    }
    expect(new Set(items.filter((it) => it.y === 1).map((it) => it.cls)).size).toBe(4);
    expect(new Set(items.filter((it) => it.y === 0).map((it) => it.cls)).size).toBe(5);
  });

  it('trains on nothing close to an outside round or an own set (likeness below 0.5)', () => {
    const spent = gramsOf(CARE_SETS.flatMap((s) => [...s.distress, ...s.ordinary]));
    const fresh = roundTrainingTexts('s12');
    expect(fresh.length).toBeGreaterThan(200);
    expect(closeTo(fresh, spent, 0.5)).toBe(0);
  }, 60_000);

  it('trains on nothing even faintly close to own check S12 (likeness below 0.35; counted, never listed)', () => {
    const check = gramsOf([CHECK.zh, CHECK.en].flatMap((s) => [...s.distress, ...s.ordinary]));
    expect(closeTo(roundTrainingTexts('s12'), check, 0.35)).toBe(0);
  });
});
