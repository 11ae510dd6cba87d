/**
 * Figures of guardml13's own check sets (checkMl13.{en,zh}.jsonl, written before the classifier
 * change; a report, not a test, and never a training or calibration source):
 *   npx tsx test/guardrails/classifier/checkMl13.ts [--weights <folder with weights.json/.bin>]
 * Prints, per language, the classifier alone (the committed weights, or the folder's) and the
 * whole guardrail (rules + the committed weights): recall in the item's own category, recall in
 * some category, and lawful items flagged. Only figures are printed, never items. It also prints
 * the classifier alone on the seen labelled sets pooled (heldout-round*, realworld-*): aggregate
 * figures only, a regression guard, never a source of choices.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '../../../src/guardrails/index.js';
import { Classifier } from '../../../src/guardrails/classifier/model.js';
import { hasContent } from '../../../src/guardrails/classifier/opinion.js';
import { normalise } from '../../../src/guardrails/normalise.js';

interface Item {
  text: string;
  label: 'violation' | 'compliant';
  category?: string;
  context: { locale: 'en' | 'zh-CN'; verified: boolean };
}

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const dir = args.includes('--weights') ? args[args.indexOf('--weights') + 1] : undefined;
const model = dir ? Classifier.load(join(dir, 'weights.json'), join(dir, 'weights.bin')) : Classifier.load();

function classifierCategories(text: string): string[] {
  const n = normalise(text).text;
  if (!hasContent(n)) return [];
  return model
    .scores(n)
    .filter((s) => s.score >= s.threshold)
    .map((s) => s.category);
}

function guardCategories(item: Item): string[] {
  return check(item.text, item.context).violations.map((v) => v.category);
}

function line(name: string, items: Item[], judge: (i: Item) => string[]): string {
  const bad = items.filter((i) => i.label === 'violation');
  const ok = items.filter((i) => i.label === 'compliant');
  const verdicts = bad.map((i) => judge(i));
  const own = bad.filter((i, k) => verdicts[k]?.includes(i.category ?? '')).length;
  const caught = verdicts.filter((v) => v.length > 0).length;
  const flagged = ok.filter((i) => judge(i).length > 0).length;
  return `${name}: own category ${own}/${bad.length} (${(own / bad.length).toFixed(3)}), some category ${caught}/${bad.length}, false alarms ${flagged}/${ok.length}`;
}

for (const lang of ['en', 'zh']) {
  const items = readFileSync(join(here, `checkMl13.${lang}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Item);
  console.log(
    line(`checkMl13.${lang} classifier alone (${model.version})`, items, (i) => classifierCategories(i.text)),
  );
  console.log(line(`checkMl13.${lang} rules + committed classifier`, items, guardCategories));
}

const labelled = join(here, '../labelled');
for (const prefix of ['heldout-round', 'realworld-']) {
  const items = readdirSync(labelled)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(labelled, f), 'utf8').split('\n'))
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Item);
  for (const locale of ['en', 'zh-CN'])
    console.log(
      line(
        `${prefix}* pooled ${locale}, classifier alone`,
        items.filter((i) => i.context.locale === locale),
        (i) => classifierCategories(i.text),
      ),
    );
}
