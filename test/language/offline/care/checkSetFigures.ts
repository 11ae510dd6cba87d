import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';

/** An own care check set on disk: distress and ordinary texts per language, and each class's slice. */
export interface CheckSet {
  zh: { distress: string[]; ordinary: string[] };
  en: { distress: string[]; ordinary: string[] };
  classes: Record<string, Record<string, [number, number]>>;
}

export interface CheckSetSpec {
  /** The set's name in the printed figures, e.g. `S12`. */
  name: string;
  /** The JSON file beside this one. */
  file: string;
  /** How many distress and ordinary texts each language holds. */
  size: { distress: number; ordinary: number };
  /** Distress caught at least, per language, and false alarms at most. */
  floor: { zh: number; en: number; alarms: number };
}

/** Reads an own care check set (a JSON file beside this one). */
export function readCheckSet(file: string): CheckSet {
  return JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')) as CheckSet;
}

/**
 * Prints an own check set's figures (distress caught and false alarms, per language and class) and
 * holds them to their floors: figures only, the set is never fitted.
 */
export function describeCheckSet(spec: CheckSetSpec): void {
  const set = readCheckSet(spec.file);
  describe(`own check set ${spec.name} (figures only, never fitted)`, () => {
    it.each(['zh', 'en'] as const)(
      'keeps %s at or above its floors, and prints its figures',
      (lang) => {
        const { distress, ordinary } = set[lang];
        expect(distress.length).toBe(spec.size.distress);
        expect(ordinary.length).toBe(spec.size.ordinary);
        const caught = distress.map((t) => assessCare(t).distress);
        const alarms = ordinary.map((t) => assessCare(t).distress);
        const perClass = Object.entries(set.classes).map(([name, ranges]) => {
          const [d0, d1] = ranges[`${lang}.distress`] ?? [0, 0];
          const [o0, o1] = ranges[`${lang}.ordinary`] ?? [0, 0];
          const hit = caught.slice(d0, d1).filter(Boolean).length;
          const fa = alarms.slice(o0, o1).filter(Boolean).length;
          return `${name} ${hit}/${d1 - d0}, alarms ${fa}/${o1 - o0}`;
        });
        const recall = caught.filter(Boolean).length;
        const falseAlarms = alarms.filter(Boolean).length;
        console.log(
          `care own check ${spec.name} ${lang}: distress ${recall}/${distress.length}, false alarms ${falseAlarms}/${ordinary.length} (${perClass.join('; ')})`,
        );
        expect(recall).toBeGreaterThanOrEqual(spec.floor[lang]);
        expect(falseAlarms).toBeLessThanOrEqual(spec.floor.alarms);
        // Run alone, the first text loads the learned scorer (4-6 s on a loaded machine).
      },
      30_000,
    );
  });
}
