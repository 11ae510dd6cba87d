/**
 * The rules' figures on a helper's check set (issue 16): recall by category and false alarms on a
 * set of lines written by class before a rule change, measured once before and once after, never
 * fitted (a report, not a test; it prints no item, so the set is not read while rules are written).
 * The sets keep the names they were written under: beside the rules,
 * `test/guardrails/rules/<name>.{en,zh}.jsonl` (guardrw13a's checkRw13a, guardrw14c's checkRw14c…),
 * or under `labelled/` (`check-rw15`, `check-rw15b`, read with `IN_LABELLED`). Print one:
 *   npx tsx test/guardrails/rules/printCheckSetFigures.ts checkRw13a
 * (the vitest tests check.rw13a, check.rw14c… hold each set's figures). Recall counts a violation
 * caught only when its own category is reported; `also` lists further categories the item must
 * carry too (exposure threats that are also privacy, a masked slur that is also harassment),
 * counted apart.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, type Category, type GuardContext } from '../../../src/guardrails/index.js';

interface Row {
  text: string;
  label: 'violation' | 'compliant';
  category?: Category;
  also?: Category[];
  context: GuardContext;
}

const DIR = dirname(fileURLToPath(import.meta.url));

/** Where a set's lines are: beside the rules by default, or under `labelled/` (`check-rw15`). */
export type SetFile = (name: string, lang: 'en' | 'zh') => string;
const BESIDE_RULES: SetFile = (name, lang) => join(DIR, `${name}.${lang}.jsonl`);
export const IN_LABELLED: SetFile = (name, lang) => join(DIR, '..', 'labelled', `${name}.${lang}.jsonl`);

function read(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
}

/** A language's figures: own-category catches, lawful lines flagged, and the printed line. */
export interface CheckSetCounts {
  lang: 'en' | 'zh';
  caught: number;
  violating: number;
  flagged: number;
  lawful: number;
  line: string;
}

/** Figures per language (recall by category, false alarms, `also` categories). */
export function checkSetCounts(
  name: string,
  file: SetFile = BESIDE_RULES,
  langs: readonly ('en' | 'zh')[] = ['en', 'zh'],
): CheckSetCounts[] {
  const out: CheckSetCounts[] = [];
  for (const lang of langs) {
    const rows = read(file(name, lang));
    const found = rows.map((r) => new Set(check(r.text, r.context).violations.map((v) => v.category)));
    const byCat = new Map<string, [number, number]>();
    let caught = 0;
    let violating = 0;
    let alsoCaught = 0;
    let alsoAll = 0;
    let flagged = 0;
    let lawful = 0;
    rows.forEach((r, i) => {
      const got = found[i] ?? new Set<Category>();
      if (r.label === 'compliant') {
        lawful += 1;
        if (got.size > 0) flagged += 1;
        return;
      }
      violating += 1;
      const key = r.category ?? 'none';
      const cell = byCat.get(key) ?? [0, 0];
      cell[1] += 1;
      if (r.category !== undefined && got.has(r.category)) {
        cell[0] += 1;
        caught += 1;
      }
      byCat.set(key, cell);
      for (const a of r.also ?? []) {
        alsoAll += 1;
        if (got.has(a)) alsoCaught += 1;
      }
    });
    const cats = [...byCat].map(([c, [k, n]]) => `${c} ${k}/${n}`).join(', ');
    const line =
      `${name} ${lang}: recall ${(caught / violating).toFixed(3)} (${caught}/${violating}), ` +
      `false alarms ${flagged}/${lawful}; also-categories ${alsoCaught}/${alsoAll}\n    ${cats}`;
    out.push({ lang, caught, violating, flagged, lawful, line });
  }
  return out;
}

/** One line of figures per language. */
export function checkSetFigures(name: string, file: SetFile = BESIDE_RULES): string[] {
  return checkSetCounts(name, file).map((c) => c.line);
}
