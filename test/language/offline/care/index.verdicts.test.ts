import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verdictCorpus, verdictOf, type Verdict } from './verdictCorpus.js';

const snapshot = JSON.parse(
  readFileSync(join(import.meta.dirname, 'index.verdicts.snapshot.json'), 'utf8'),
) as Record<string, Verdict>;

describe('the care check gives the same verdict on every known text', () => {
  const corpus = verdictCorpus();

  it('covers every care set and hundreds of ordinary turns, all in the snapshot', () => {
    expect(corpus.length).toBeGreaterThan(1500);
    expect(corpus.filter((t) => !(t in snapshot))).toEqual([]);
  });

  it('gives each text the verdict it had before the care check was made cheaper', () => {
    const changed = corpus
      .map((text) => ({ text, was: snapshot[text], now: verdictOf(text) }))
      .filter(({ was, now }) => JSON.stringify(was) !== JSON.stringify(now));
    expect(changed).toEqual([]);
    // Over four thousand texts: on a loaded machine this takes longer than the default 5 s.
  }, 30_000);
});
