/**
 * Figures of one labelled check set, per language (issue 16): recall in the own category, blocked-any and
 * false alarms. `--items` prints every miss and false alarm, never for a blind set (its name holds
 * "blind": aggregates only).
 *   npx tsx test/guardrails/printSet.ts check-en25.dev|check-ow25-zh.dev|… [--items]
 */
import { check } from '../../src/guardrails/index.js';
import { describeFigures, roundFigures } from './heldoutReport.js';
import { loadLabelled } from './labelledSet.js';

const name = process.argv[2];
if (!name || name.startsWith('-')) {
  console.error('usage: npx tsx test/guardrails/printSet.ts <labelled set, e.g. check-en25.dev> [--items]');
  process.exit(2);
}
const rows = loadLabelled(name);
const figures = roundFigures(name, rows).filter((f) => f.violating + f.compliant > 0);
const blockedAny = rows.filter((r) => r.label === 'violation' && !check(r.text, r.context).allowed).length;
const violating = rows.filter((r) => r.label === 'violation').length;
console.log(figures.map(describeFigures).join('\n'));
console.log(`    blocked-any ${blockedAny}/${violating}`);
if (!name.includes('blind') && process.argv.includes('--items')) {
  for (const f of figures) {
    for (const r of f.missed) {
      const got = check(r.text, r.context).violations.map((v) => `${v.category}:${v.rule}`);
      console.log(`MISS [${r.category ?? ''}] ${r.text}\n     got ${got.join(' ') || '-'}`);
    }
    for (const r of f.falseAlarms) {
      const got = check(r.text, r.context).violations.map((v) => `${v.category}:${v.rule}`);
      console.log(`FA   ${r.text}\n     got ${got.join(' ')}`);
    }
  }
}
