/**
 * False alarms on every compliant labelled reply, per file and language (a report, not a test):
 *   npx tsx test/guardrails/falseAlarms.ts [--print]
 * heldout-round12 is left out (it stays unopened); `--print` lists each false alarm with its rules.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '../../src/guardrails/index.js';
import { loadLabelled } from './labelledSet.js';

const SKIP = new Set([
  'heldout-round12.jsonl',
  'check-s7b.en.jsonl',
  'check-s8b.en.jsonl',
  'check-s8b.zh.jsonl',
  'probe-s8b.zh.jsonl',
]);
const print = process.argv.includes('--print');
const dir = join(dirname(fileURLToPath(import.meta.url)), 'labelled');
const totals = new Map<string, { n: number; fa: number }>();
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl') && !SKIP.has(f))
  .sort()) {
  const rows = loadLabelled(file.replace(/\.jsonl$/, '')).filter(
    (r) => r.file === file && r.label === 'compliant',
  );
  const perLang = new Map<string, { n: number; fa: number }>();
  for (const r of rows) {
    const lang = r.context.locale.startsWith('zh') ? 'zh' : 'en';
    const v = check(r.text, r.context);
    const s = perLang.get(lang) ?? { n: 0, fa: 0 };
    const t = totals.get(lang) ?? { n: 0, fa: 0 };
    s.n += 1;
    t.n += 1;
    if (!v.allowed) {
      s.fa += 1;
      t.fa += 1;
      if (print) console.log(`  FA ${file} [${v.violations.map((x) => x.rule).join(',')}] ${r.text}`);
    }
    perLang.set(lang, s);
    totals.set(lang, t);
  }
  for (const [lang, s] of perLang) console.log(`${file} ${lang}: ${s.fa}/${s.n}`);
}
for (const [lang, t] of totals)
  console.log(`TOTAL ${lang}: ${t.fa}/${t.n} = ${((100 * t.fa) / t.n).toFixed(2)} %`);
