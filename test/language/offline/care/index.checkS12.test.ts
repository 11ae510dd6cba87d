import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';

/**
 * Own check set S12 (check-s12.json, issue 14): the classes named from the wording of round S12
 * half a's misses, written in new phrasings before a rule changed, with hard near misses per
 * class. Measured once at the start commit cb26621 (zh 23/32, en 26/32 caught; false alarms zh
 * 4/40, en 3/40) and after round 19 and the retrained scorer (zh 31/32, en 31/32; false alarms
 * 0/40 each); never fitted. A later fix for half a's last miss (a generic 人 followed by the
 * family who would pay, distressOrdinaryUse.ts) moved zh to 32/32, seen here. The floor is the
 * final figure less one for the scorer's drift.
 */
interface CheckSet {
  zh: { distress: string[]; ordinary: string[] };
  en: { distress: string[]; ordinary: string[] };
  classes: Record<string, Record<string, [number, number]>>;
}

const SET = JSON.parse(readFileSync(new URL('./check-s12.json', import.meta.url), 'utf8')) as CheckSet;
const FLOOR = { zh: 31, en: 30, alarms: 1 };

describe('own check set S12 (figures only, never fitted)', () => {
  it.each(['zh', 'en'] as const)('keeps %s at or above its floors, and prints its figures', (lang) => {
    const { distress, ordinary } = SET[lang];
    expect(distress.length).toBe(32);
    expect(ordinary.length).toBe(40);
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
      `care own check S12 ${lang}: distress ${recall}/${distress.length}, false alarms ${falseAlarms}/${ordinary.length} (${perClass.join('; ')})`,
    );
    expect(recall).toBeGreaterThanOrEqual(FLOOR[lang]);
    expect(falseAlarms).toBeLessThanOrEqual(FLOOR.alarms);
  });
});
