/**
 * The rule layer on the classifier's free sentences, which no rule was fitted to (a report, not
 * a test): false alarms on the lawful items (with the rule ids) and recall per category.
 *   npx tsx test/guardrails/freeSentences.ts [--quiet]
 * Also reports the own sets of negation hard cases: dev-fa.{zh,en}.jsonl (written before the rule
 * changes, tuned on) and dev-fa-check.{zh,en}.jsonl (written after, run once, not tuned on).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { check, type GuardContext } from '../../src/guardrails/index.js';
import { loadLabelled } from './labelledSet.js';

interface Item {
  text: string;
  category: string;
  context: GuardContext;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const quiet = process.argv.includes('--quiet');

function freeItems(lang: 'zh' | 'en'): Item[] {
  const raw = readFileSync(join(ROOT, 'training', 'guardrails', `free.${lang}.yaml`), 'utf8');
  const doc = parse(raw) as { items: Record<string, string[]> };
  const context: GuardContext = { locale: lang === 'zh' ? 'zh-CN' : 'en', verified: true };
  return Object.entries(doc.items).flatMap(([category, texts]) =>
    texts.map((text) => ({ text, category, context })),
  );
}

function devItems(name: string): Item[] {
  return loadLabelled(name).map((r) => ({
    text: r.text,
    category: r.label === 'compliant' ? 'compliant' : (r.category ?? 'violation'),
    context: r.context,
  }));
}

function report(name: string, items: Item[]): void {
  const lawful = items.filter((i) => i.category === 'compliant');
  const alarms = lawful.map((i) => ({ i, v: check(i.text, i.context) })).filter(({ v }) => !v.allowed);
  console.log(`${name}: false alarms ${alarms.length}/${lawful.length}`);
  if (!quiet)
    for (const { i, v } of alarms)
      console.log(`  FA [${[...new Set(v.violations.map((x) => x.rule))].join(',')}] ${i.text}`);
  const byCat = new Map<string, { hit: number; n: number; missed: string[] }>();
  for (const i of items.filter((x) => x.category !== 'compliant')) {
    const c = byCat.get(i.category) ?? { hit: 0, n: 0, missed: [] };
    c.n++;
    if (check(i.text, i.context).allowed) c.missed.push(i.text);
    else c.hit++;
    byCat.set(i.category, c);
  }
  let hit = 0;
  let n = 0;
  for (const [cat, c] of byCat) {
    hit += c.hit;
    n += c.n;
    console.log(`  recall ${cat}: ${c.hit}/${c.n} (${(c.hit / c.n).toFixed(2)})`);
    if (!quiet && name.startsWith('dev-fa')) for (const m of c.missed) console.log(`    MISS ${m}`);
  }
  console.log(`  recall all: ${hit}/${n} (${n === 0 ? '-' : (hit / n).toFixed(3)})`);
}

for (const lang of ['zh', 'en'] as const) {
  report(`free.${lang}`, freeItems(lang));
  for (const name of [`dev-fa.${lang}`, `dev-fa-check.${lang}`]) {
    const dev = devItems(name);
    if (dev.length > 0) report(name, dev);
  }
}
