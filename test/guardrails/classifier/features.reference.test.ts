import { describe, expect, it } from 'vitest';
import { BUCKETS, features } from '../../../src/guardrails/classifier/features.js';
import { corpusTexts } from '../corpusTexts.js';

/**
 * The feature set as features.ts documents it, written the plain way (each n-gram built as a
 * string, then hashed): the fast reader must give the same indices in the same order on every
 * text the project has (training lines, labelled and bench replies), so scores do not move.
 */
function fnv(seed: number, s: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) & (BUCKETS - 1);
}

const HAN = /[\u3400-\u9fff]/;
const WORD = /[a-z0-9*\-_$@#'[\]×]/;
const HAN_NEGATION = new Set([...'不没别勿未无非莫']);
const LATIN_NEGATION = new Set(
  "not no never don't won't can't cannot doesn't didn't isn't aren't nobody nothing without wouldn't shouldn't nor dont wont cant".split(
    ' ',
  ),
);
const CLAUSE_END = new Set([...',.!?;:。、\n']);

function reference(text: string): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  const add = (f: number): void => {
    if (seen.has(f)) return;
    out.push(f);
    seen.add(f);
  };
  let negated = false;
  let prev: string | undefined;
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    let j = i + 1;
    if (HAN.test(c)) {
      while (j < text.length && HAN.test(text[j] as string)) j++;
      for (let k = i; k < j; k++) {
        if (negated && k + 2 <= j) add(fnv(21, text.slice(k, k + 2)));
        if (HAN_NEGATION.has(text[k] as string)) negated = true;
        if (k + 2 <= j) add(fnv(2, text.slice(k, k + 2)));
        if (k + 3 <= j) add(fnv(3, text.slice(k, k + 3)));
        if (k + 4 <= j) add(fnv(4, text.slice(k, k + 4)));
        add(fnv(1, text[k] as string));
      }
      prev = undefined;
    } else if (WORD.test(c)) {
      while (j < text.length && WORD.test(text[j] as string)) j++;
      const word = text.slice(i, j);
      const padded = `<${word}>`;
      add(fnv(11, word));
      for (let k = 0; k + 3 <= padded.length; k++) add(fnv(13, padded.slice(k, k + 3)));
      for (let k = 0; k + 4 <= padded.length; k++) add(fnv(14, padded.slice(k, k + 4)));
      if (prev !== undefined) add(fnv(17, `${prev} ${word}`));
      if (negated) add(fnv(23, word));
      else if (LATIN_NEGATION.has(word)) negated = true;
      prev = word;
    } else {
      if (c !== ' ') prev = undefined;
      if (CLAUSE_END.has(c)) negated = false;
    }
    i = j;
  }
  return out.slice(0, 1 << 14);
}

describe('classifier features', () => {
  it('are the documented n-grams, hashed, on every text of the project', { timeout: 120_000 }, () => {
    const texts = corpusTexts();
    expect(texts.length).toBeGreaterThan(10_000);
    const wrong = texts.filter((t) => [...features(t)].join() !== reference(t).join());
    expect(wrong.slice(0, 3)).toEqual([]);
  });
});
