import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { careText } from '../../../../src/language/offline/care/careNormalise.js';
import {
  HARDSHIP_PATTERNS,
  hardshipOf,
  hardshipOfUnfiltered,
} from '../../../../src/language/offline/care/hardship.js';
import { verdictCorpus } from './verdictCorpus.js';

const texts = verdictCorpus().map((raw) => careText(raw).text);

describe('hardship patterns are skipped only when they cannot match', () => {
  it('has patterns without flags (a stateful `g` pattern would make skipping change results)', () => {
    const flagged = [...HARDSHIP_PATTERNS.values()].flat().filter((r) => r.pattern.flags !== '');
    expect(flagged).toEqual([]);
  });

  it('finds in every match of a Chinese pattern a Chinese character, of an English one a letter', () => {
    const wrong: string[] = [];
    for (const { pattern, script } of [...HARDSHIP_PATTERNS.values()].flat()) {
      if (script === 'any') continue;
      const needed = script === 'han' ? /\p{Script=Han}/u : /[a-z]/i;
      const global = new RegExp(pattern.source, 'g');
      for (const t of texts)
        for (const m of t.matchAll(global))
          if (!needed.test(m[0])) wrong.push(`${pattern.source.slice(0, 30)}: ${m[0]}`);
    }
    expect(wrong).toEqual([]);
  });

  it('finds the same kind as reading every pattern, on every care text and scenario turn', () => {
    expect(texts.filter((t) => hardshipOf(t) !== hardshipOfUnfiltered(t))).toEqual([]);
  });

  it('finds the same kind as reading every pattern, on random mixes of those texts', () => {
    const pieces = [...new Set(texts.flatMap((t) => t.split(/(?<=[\s，。,.!?！？])/u)))];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 5 }), (parts) => {
        const t = parts.join('');
        expect(hardshipOf(t)).toBe(hardshipOfUnfiltered(t));
      }),
      { numRuns: 300, seed: 19 },
    );
  });
});
