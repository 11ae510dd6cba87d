import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';

/**
 * Own check set S12b (check-s12b.json, issue 14): the classes named from the wording of round S12
 * half b's zh misses, written in new phrasings before a rule changed, with hard near misses per
 * class. Measured once at the start commit 834e5ce (zh 13/24, en 7/24 caught; false alarms zh
 * 1/24, en 2/24) and once after round 20 (zh 24/24, en 22/24; false alarms zh 0/24, en 1/24, a
 * river railing under repair, raised before the round by an older rule); never fitted. The floor is
 * the final figure less one.
 */
interface CheckSet {
  zh: { distress: string[]; ordinary: string[] };
  en: { distress: string[]; ordinary: string[] };
  classes: Record<string, Record<string, [number, number]>>;
}

const SET = JSON.parse(readFileSync(new URL('./check-s12b.json', import.meta.url), 'utf8')) as CheckSet;
const FLOOR = { zh: 23, en: 21, alarms: 1 };

describe('own check set S12b (figures only, never fitted)', () => {
  it.each(['zh', 'en'] as const)('keeps %s at or above its floors, and prints its figures', (lang) => {
    const { distress, ordinary } = SET[lang];
    expect(distress.length).toBe(24);
    expect(ordinary.length).toBe(24);
    const caught = distress.map((t) => assessCare(t).distress);
    const alarms = ordinary.map((t) => assessCare(t).distress);
    const perClass = Object.entries(SET.classes).map(([name, ranges]) => {
      const [d0, d1] = ranges[`${lang}.distress`] ?? [0, 0];
      const [o0, o1] = ranges[`${lang}.ordinary`] ?? [0, 0];
      const hit = caught.slice(d0, d1).filter(Boolean).length;
      const fa = alarms.slice(o0, o1).filter(Boolean).length;
      return `${name} ${hit}/${d1 - d0}, alarms ${fa}/${o1 - o0}`;
    });
    const recall = caught.filter(Boolean).length;
    const falseAlarms = alarms.filter(Boolean).length;
    console.log(
      `care own check S12b ${lang}: distress ${recall}/${distress.length}, false alarms ${falseAlarms}/${ordinary.length} (${perClass.join('; ')})`,
    );
    expect(recall).toBeGreaterThanOrEqual(FLOOR[lang]);
    expect(falseAlarms).toBeLessThanOrEqual(FLOOR.alarms);
  });
});
