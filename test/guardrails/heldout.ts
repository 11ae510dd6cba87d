/**
 * Recall and false-alarm figures on one held-out round (a report, not a test):
 *   npx tsx test/guardrails/heldout.ts heldout-round9 [--missed]
 * Printing the misses of a blind round spends it: a round looked at is no longer blind.
 * A prefix such as `heldout-` takes every round, the blind ones included: name one round.
 */
import { describeFigures, roundFigures } from './heldoutReport.js';
import { loadLabelled } from './labelledSet.js';

const prefix = process.argv[2] ?? 'heldout-';
const showMissed = process.argv.includes('--missed');
for (const f of roundFigures(prefix, loadLabelled(prefix))) {
  console.log(describeFigures(f));
  if (showMissed) {
    for (const r of f.missed) console.log(`  MISS ${r.category}: ${r.text}`);
    for (const r of f.falseAlarms) console.log(`  FALSE ALARM: ${r.text}`);
  }
}
