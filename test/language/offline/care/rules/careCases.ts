import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../../src/language/offline/care/index.js';

/** One rule file's phrasings: distress it must hear, and everyday twins in the same words. */
export interface CareCases {
  distress?: readonly string[];
  ordinary?: readonly string[];
}

/**
 * The cases of one class-rule file (src/language/offline/care/rules/<category>/<class>.ts), read
 * through the whole detector (`assessCare`): each distress phrasing is heard, each twin is not.
 */
export function describeCare(title: string, cases: CareCases): void {
  describe(title, () => {
    if (cases.distress !== undefined && cases.distress.length > 0)
      it.each(cases.distress)('hears distress in: %s', (text) => {
        expect(assessCare(text).distress).toBe(true);
      });
    if (cases.ordinary !== undefined && cases.ordinary.length > 0)
      it.each(cases.ordinary)('reads everyday talk in the same words: %s', (text) => {
        expect(assessCare(text).distress).toBe(false);
      });
  });
}
