import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { careText } from '../../../../src/language/offline/care/careNormalise.js';
import { TRAINING_DIR } from '../../../../src/language/offline/care/learnedData.js';

/** Character trigrams of a text, and the Jaccard likeness of two trigram sets (decontamination checks). */
export function trigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i += 1) out.add(s.slice(i, i + 3));
  return out;
}

export function likeness(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const g of a) if (b.has(g)) shared += 1;
  return shared / Math.max(a.size + b.size - shared, 1);
}

/** The texts of one round's training files (training/care/*-<round>.tsv), without their labels. */
export function roundTrainingTexts(round: string): string[] {
  return readdirSync(TRAINING_DIR)
    .filter((name) => name.endsWith(`-${round}.tsv`))
    .flatMap((name) => readFileSync(join(TRAINING_DIR, name), 'utf8').split('\n'))
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t').slice(3).join('\t'));
}

export const gramsOf = (xs: readonly string[]): Set<string>[] => xs.map((t) => trigrams(careText(t).compact));

/** How many of `texts` have a trigram likeness of `bar` or more to one of `spent` (counted, never listed). */
export const closeTo = (texts: readonly string[], spent: Set<string>[], bar: number): number =>
  texts.filter((t) => {
    const g = trigrams(careText(t).compact);
    return spent.some((s) => likeness(g, s) >= bar);
  }).length;
