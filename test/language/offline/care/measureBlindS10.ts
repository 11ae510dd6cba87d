/**
 * Figures only on own blind S10 (never its items): distress caught and false alarms per language,
 * by the care check (`assessCare`) and through `understandOffline` (its `distress` flag).
 * Run: `npx tsx test/language/offline/care/measureBlindS10.ts`
 */
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { understandOffline } from '../../../../src/language/offline/understandOffline.js';
import { ctx } from '../fixtures.js';
import {
  OWN_BLINDS10_EN_DISTRESS,
  OWN_BLINDS10_EN_ORDINARY,
  OWN_BLINDS10_ZH_DISTRESS,
  OWN_BLINDS10_ZH_ORDINARY,
} from './ownBlindS10.js';

const byCare = (t: string): boolean => assessCare(t).distress;
const byUnderstanding = (t: string): boolean => understandOffline(t, ctx).distress;
const concern = (t: string): boolean => !assessCare(t).distress && assessCare(t).concern;

function figures(lang: string, pos: readonly string[], neg: readonly string[]): void {
  const n = (xs: readonly string[], f: (t: string) => boolean): number => xs.filter(f).length;
  console.log(
    `${lang}: care check distress ${n(pos, byCare)}/${pos.length}, false alarms ${n(neg, byCare)}/${neg.length}` +
      ` (check-ins on near misses ${n(neg, concern)}, on missed distress ${n(pos, concern)});` +
      ` understandOffline distress ${n(pos, byUnderstanding)}/${pos.length}, false alarms ${n(neg, byUnderstanding)}/${neg.length}`,
  );
}

figures('zh', OWN_BLINDS10_ZH_DISTRESS, OWN_BLINDS10_ZH_ORDINARY);
figures('en', OWN_BLINDS10_EN_DISTRESS, OWN_BLINDS10_EN_ORDINARY);
