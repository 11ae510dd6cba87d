/**
 * guarden26's English dev sets (issue 16, two other writers: ow25, ow25b), figures: recall in the
 * own category, blocked-any and false alarms; `--items` prints every miss and false alarm.
 *   npx tsx test/guardrails/printOw26.ts ow25|ow25b [--items]
 */
import { check } from '../../src/guardrails/index.js';
import { describeFigures, roundFigures } from './heldoutReport.js';
import { loadLabelled } from './labelledSet.js';

const writer = process.argv[2] === 'ow25b' ? 'ow25b' : 'ow25';
const name = `check-${writer}-en.dev`;
const rows = loadLabelled(name);
const en = roundFigures(name, rows).filter((f) => f.locale === 'en');
const blockedAny = rows.filter((r) => r.label === 'violation' && !check(r.text, r.context).allowed).length;
const violating = rows.filter((r) => r.label === 'violation').length;
console.log(en.map(describeFigures).join('\n'));
console.log(`    blocked-any ${blockedAny}/${violating}`);
if (process.argv.includes('--items')) {
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
