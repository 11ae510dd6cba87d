import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import {
  OWN_BLINDS10_EN_DISTRESS,
  OWN_BLINDS10_EN_ORDINARY,
  OWN_BLINDS10_ZH_DISTRESS,
  OWN_BLINDS10_ZH_ORDINARY,
} from './ownBlindS10.js';

/**
 * Own blind S10 (ownBlindS10.ts), never fitted, run once before round S10 (zh 36/40, en 27/40
 * caught; false alarms 1/40 each) and at its end (zh 36/40, en 29/40; 1/40 each). The floor is the
 * after-figure less two for the retrained scorer's drift; false alarms may not pass it plus one.
 */
const FLOOR = { zh: 34, en: 27, alarms: 2 };

describe('own blind S10 (figures only)', () => {
  it.each([
    ['zh', OWN_BLINDS10_ZH_DISTRESS, OWN_BLINDS10_ZH_ORDINARY, FLOOR.zh],
    ['en', OWN_BLINDS10_EN_DISTRESS, OWN_BLINDS10_EN_ORDINARY, FLOOR.en],
  ] as const)('keeps %s at or above its floors', (lang, distress, ordinary, floor) => {
    expect(distress.length).toBe(40);
    expect(ordinary.length).toBe(40);
    const caught = distress.filter((t) => assessCare(t).distress).length;
    const alarms = ordinary.filter((t) => assessCare(t).distress).length;
    console.log(
      `care own blind S10 ${lang} (BLIND, figures only): distress ${caught}/40, false alarms ${alarms}/40`,
    );
    expect(caught).toBeGreaterThanOrEqual(floor);
    expect(alarms).toBeLessThanOrEqual(FLOOR.alarms);
  });
});
