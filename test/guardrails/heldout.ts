/**
 * Recall and false-positive figures on one held-out round of the labelled set (a report, not a
 * test): npx tsx test/guardrails/heldout.ts heldout-round4 [--missed]
 */
import { check } from '../../src/guardrails/index.js';
import { loadLabelled } from './labelledSet.js';

const prefix = process.argv[2] ?? 'heldout-';
const showMissed = process.argv.includes('--missed');
const rows = loadLabelled(prefix);
for (const locale of ['zh-CN', 'en'] as const) {
  const mine = rows.filter((r) => r.context.locale === locale);
  const violating = mine.filter((r) => r.label === 'violation');
  const compliant = mine.filter((r) => r.label === 'compliant');
  const missed = violating.filter(
    (r) => !check(r.text, r.context).violations.some((v) => v.category === r.category),
  );
  const flagged = compliant.filter((r) => !check(r.text, r.context).allowed);
  const caught = violating.length - missed.length;
  console.log(
    `${prefix} ${locale}: recall ${(caught / violating.length).toFixed(3)} (${caught}/${violating.length}), ` +
      `FP ${(flagged.length / Math.max(1, compliant.length)).toFixed(3)} (${flagged.length}/${compliant.length})`,
  );
  if (showMissed) {
    for (const r of missed)
      console.log(
        `  MISS ${r.category}: ${r.text}  -> ${check(r.text, r.context)
          .violations.map((v) => v.rule)
          .join(',')}`,
      );
    for (const r of flagged)
      console.log(
        `  FP: ${r.text}  -> ${check(r.text, r.context)
          .violations.map((v) => v.rule)
          .join(',')}`,
      );
  }
}
