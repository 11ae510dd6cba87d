/**
 * False alarms of the whole guardrail on the lawful sentences of the English (or Chinese)
 * training files (a report, not a test): the rules never saw a fold, so this is a fair count of
 * the rules' false alarms on hard negatives; the classifier was trained on these rows.
 *   npx tsx test/guardrails/lawfulTraining.ts en [--print]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { check } from '../../src/guardrails/index.js';

const lang = process.argv[2] === 'zh' ? 'zh' : 'en';
const print = process.argv.includes('--print');
const dir = join(dirname(fileURLToPath(import.meta.url)), '../../training/guardrails');
let n = 0;
let flagged = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(`.${lang}.yaml`) && f !== `core.${lang}.yaml`)
  .sort()) {
  const core = parse(readFileSync(join(dir, file), 'utf8')) as {
    free?: boolean;
    items: Record<string, string[]>;
  };
  if (core.free !== true) continue;
  for (const text of core.items.compliant ?? []) {
    n += 1;
    const v = check(text, { locale: lang === 'en' ? 'en' : 'zh-CN', verified: true });
    const rules = v.violations.map((x) => x.rule).filter((r) => !r.startsWith('classifier.'));
    if (rules.length > 0) {
      flagged += 1;
      if (print) console.log(`  FA ${file} [${rules.join(',')}] ${text}`);
    }
  }
}
console.log(`rules' false alarms on the lawful free training sentences (${lang}): ${flagged}/${n}`);
