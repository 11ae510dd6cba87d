/**
 * Which layer flags what on one labelled file or round (a report, not a test):
 *   npx tsx test/guardrails/layerReport.ts check-s11-en [--lines]
 * Prints recall in the own category and false alarms per language, and, with `--lines`, each
 * false alarm with the layer that raised it (rule ids, or the classifier with its score) and
 * each miss with the classifier's score. Printing a blind set's lines spends it.
 */
import { check, type Verdict } from '../../src/guardrails/index.js';
import { describeFigures, roundFigures } from './heldoutReport.js';
import { loadLabelled } from './labelledSet.js';

function layers(v: Verdict): string {
  const rules = v.violations.map((x) => (x.score === undefined ? x.rule : `${x.rule} ${x.score.toFixed(3)}`));
  const c = v.classifier;
  const opinion = c ? ` [classifier ${c.category} ${c.score.toFixed(3)} / ${c.threshold.toFixed(3)}]` : '';
  return `${rules.join(', ')}${opinion}`;
}

const prefix = process.argv[2] ?? 'check-s11-en';
const lines = process.argv.includes('--lines');
const rows = loadLabelled(prefix);
for (const f of roundFigures(prefix, rows)) {
  if (f.violating + f.compliant === 0) continue;
  console.log(describeFigures(f));
  if (!lines) continue;
  for (const r of f.falseAlarms) console.log(`  FALSE ALARM ${layers(check(r.text, r.context))}: ${r.text}`);
  for (const r of f.missed)
    console.log(`  MISS ${r.category} ${layers(check(r.text, r.context))}: ${r.text}`);
}
