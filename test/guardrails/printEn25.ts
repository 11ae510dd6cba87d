/**
 * guarden25's English check sets (issue 16), figures: recall in the own category, blocked-any and
 * false alarms. Items are printed for dev only (`--items`); blind prints aggregates, never items.
 *   npx tsx test/guardrails/printEn25.ts dev|blind [--items]
 */
import { check } from '../../src/guardrails/index.js';
import { describeFigures, roundFigures } from './heldoutReport.js';
import { loadLabelled } from './labelledSet.js';

const half = process.argv[2] === 'blind' ? 'blind' : 'dev';
const name = `check-en25.${half}`;
const rows = loadLabelled(name);
const en = roundFigures(name, rows).filter((f) => f.locale === 'en');
const blockedAny = rows.filter((r) => r.label === 'violation' && !check(r.text, r.context).allowed).length;
const violating = rows.filter((r) => r.label === 'violation').length;
console.log(en.map(describeFigures).join('\n'));
console.log(`    blocked-any ${blockedAny}/${violating}`);
if (half === 'dev' && process.argv.includes('--items')) {
  for (const f of en) {
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
