import { describe, expect, it } from 'vitest';
import { careTrainingItems } from '../../../../src/language/offline/care/learnedData.js';
import { CARE_SETS } from './careSets.js';
import { readCheckSet } from './checkSetFigures.js';
import { closeTo, gramsOf, roundTrainingTexts } from './trigramLikeness.js';

const CHECK = readCheckSet('check-s13.json');

describe('round S13 training data (training/care/*-s13.tsv)', () => {
  it('holds distress and near misses per language, by class', () => {
    const items = careTrainingItems().filter((it) => it.cls.startsWith('s13-'));
    for (const lang of ['zh', 'en'] as const) {
      const of = items.filter((it) => it.lang === lang);
      expect(of.filter((it) => it.y === 1).length).toBeGreaterThanOrEqual(30);
      expect(of.filter((it) => it.y === 0).length).toBeGreaterThanOrEqual(30);
    }
    expect(new Set(items.filter((it) => it.y === 1).map((it) => it.cls)).size).toBe(6);
    expect(new Set(items.filter((it) => it.y === 0).map((it) => it.cls)).size).toBe(6);
  });

  it('trains on nothing close to an outside round or an own set (likeness below 0.5)', () => {
    const spent = gramsOf(CARE_SETS.flatMap((s) => [...s.distress, ...s.ordinary]));
    const fresh = roundTrainingTexts('s13');
    expect(fresh.length).toBeGreaterThan(140);
    expect(closeTo(fresh, spent, 0.5)).toBe(0);
  }, 60_000);

  it('trains on nothing even faintly close to own check S13 (likeness below 0.35; counted, never listed)', () => {
    const check = gramsOf([CHECK.zh, CHECK.en].flatMap((s) => [...s.distress, ...s.ordinary]));
    expect(closeTo(roundTrainingTexts('s13'), check, 0.35)).toBe(0);
  });
});
