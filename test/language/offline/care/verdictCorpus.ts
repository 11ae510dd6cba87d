/**
 * Every text the care verdict guard runs: all care sets in this folder, the own sets of rounds 6-9
 * and their checks, the hardship lists, every turn of the conversation scenarios, and a few
 * hostile shapes (empty, mixed scripts, laughter said seriously, very long). The snapshot of
 * `assessCare` over these (index.verdicts.snapshot.json) was taken on the code before the
 * care check was made cheaper; a speed change must leave every verdict as it was.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { CARE_SETS } from './careSets.js';
import { OWN9_DISTRESS, OWN9_ORDINARY } from './ownSet9.js';
import { OWN_BLIND9_DISTRESS, OWN_BLIND9_ORDINARY } from './ownBlind9.js';

const CONVERSATIONS = join(import.meta.dirname, '../../../conversations');

/** Every string said by the person in a scenario turn (plain strings and `{ say }` objects). */
function turnTexts(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) turnTexts(v, out);
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.say === 'string') out.push(o.say);
    if (Array.isArray(o.turns)) turnTexts(o.turns, out);
    if (Array.isArray(o.scenarios)) for (const s of o.scenarios) turnTexts(s, out);
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/** Every person's turn in the conversation scenarios (YAML and JSONL), in file order. */
export function scenarioTexts(): string[] {
  const out: string[] = [];
  for (const file of filesUnder(CONVERSATIONS)) {
    const body = readFileSync(file, 'utf8');
    if (file.endsWith('.yaml')) {
      for (const doc of parseAllDocuments(body)) turnTexts(doc.toJS() as unknown, out);
    } else if (file.endsWith('.jsonl')) {
      for (const line of body.split('\n')) {
        if (line.trim() === '' || line.startsWith('//')) continue;
        turnTexts(JSON.parse(line) as unknown, out);
      }
    }
  }
  return out;
}

const HOSTILE: readonly string[] = [
  '',
  ' ',
  '绳子都挂好了，不是开玩笑😂',
  '不想再睁眼看这个账单了哈哈',
  "I'd rather die than pay that lol",
  "I'm not going to kill myself, just broke",
  '我不会想不开的，就是没钱',
  '我想去找我妈',
  '我妈去年走了，我想去找我妈',
  '1235 不对不对 是1234',
  'ＫＩＬＬ ＭＹＳＥＬＦ',
  'k i l l m y s e l f',
  '我 不 想 活 了',
  '想😭死',
  'I want to 死',
  '还不上就 jump',
  '不想活了 '.repeat(400),
  'a'.repeat(5000),
  'ha'.repeat(2000) + ' kms',
];

/** The corpus, deduplicated, in a stable order. */
export function verdictCorpus(): string[] {
  const texts = [
    ...CARE_SETS.flatMap((s) => [...s.distress, ...s.ordinary]),
    ...OWN9_DISTRESS,
    ...OWN9_ORDINARY,
    ...OWN_BLIND9_DISTRESS,
    ...OWN_BLIND9_ORDINARY,
    ...scenarioTexts(),
    ...HOSTILE,
  ];
  return [...new Set(texts)];
}

/** The parts of a verdict that must not change, the score rounded to 1e-9. */
export interface Verdict {
  distress: boolean;
  distressBy: string | null;
  concern: boolean;
  negated: boolean;
  hardship: string | null;
  /** Rounded to 1e-9; a score that is not finite (no features) as its name, e.g. "-Infinity". */
  score: number | string;
}

export function verdictOf(text: string): Verdict {
  const a = assessCare(text);
  return {
    distress: a.distress,
    distressBy: a.distressBy ?? null,
    concern: a.concern,
    negated: a.negated,
    hardship: a.hardship ?? null,
    score: Number.isFinite(a.score) ? Math.round(a.score * 1e9) / 1e9 : String(a.score),
  };
}
