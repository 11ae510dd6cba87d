/**
 * guarden24's English check sets (issue 16), figures only (no item is printed):
 *   npx tsx test/guardrails/printEn24.ts dev|blind
 * Read through the labelled loader, so `facts` amounts are cents as the guard sees them.
 */
import { describeFigures, roundFigures } from './heldoutReport.js';
import { loadLabelled } from './labelledSet.js';

const half = process.argv[2] === 'blind' ? 'blind' : 'dev';
const name = `check-en24.${half}`;
const en = roundFigures(name, loadLabelled(name)).filter((f) => f.locale === 'en');
console.log(en.map(describeFigures).join('\n'));
