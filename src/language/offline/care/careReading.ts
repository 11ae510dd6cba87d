import type { CareAssessment } from './index.js';

/**
 * The care detectors' reading of a message, kept with what was made from it (the offline
 * understanding of the same message), so a turn reads a message once (issue 19 item 5): the
 * dialogs' `turnCare` takes this reading instead of running the detectors again. Kept only while
 * the owner lives, and given back only for the very text it was made from.
 *
 *   noteCareReading(understanding, text, care);
 *   careReadingOf(understanding, text) === care;  // another text: undefined
 */
const readings = new WeakMap<object, { text: string; care: CareAssessment }>();

/** Remembers `care`, the reading of `text` without conversation context, with `owner`. */
export function noteCareReading(owner: object, text: string, care: CareAssessment): void {
  readings.set(owner, { text, care });
}

/** The reading noted with `owner`, when it was made from exactly `text`; else undefined. */
export function careReadingOf(owner: object, text: string): CareAssessment | undefined {
  const noted = readings.get(owner);
  return noted !== undefined && noted.text === text ? noted.care : undefined;
}
