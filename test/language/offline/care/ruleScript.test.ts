import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { careText } from '../../../../src/language/offline/care/careNormalise.js';
import {
  DISTRESS_RULES,
  lexiconHits,
  lexiconHitsUnfiltered,
} from '../../../../src/language/offline/care/distressLexicon.js';
import { scriptOf, skipper, unionOf } from '../../../../src/language/offline/care/ruleScript.js';
import { verdictCorpus } from './verdictCorpus.js';

/** Every form the lexicon reads: each corpus text as said and compacted. */
const forms = [
  ...new Set(
    verdictCorpus().flatMap((raw) => {
      const { text, compact } = careText(raw);
      return [text, compact];
    }),
  ),
];

describe('distress rules are skipped only when they cannot match', () => {
  it('reads the script of a rule from its source', () => {
    expect(scriptOf(/自杀|轻生/)).toBe('han');
    expect(scriptOf(/\bkill(?:ing)? myself\b/)).toBe('latin');
    expect(scriptOf(/想s|\bkms\b/)).toBe('any');
    expect(scriptOf(/\p{Script=Han}+/u)).toBe('any'); // not reasoned about: always read
    expect(scriptOf(/\u81ea\u6740/)).toBe('any');
    expect(scriptOf(/kill/i)).toBe('any');
    expect(scriptOf(/\d+/)).toBe('any');
  });

  it('joins rules into one pattern that matches where any of them does, unless groups are referred to', () => {
    const union = unionOf([/自杀/, /\bkms\b/, /想(?!你)死/]);
    expect(['我想自杀', 'kms', '想死'].every((t) => union?.test(t))).toBe(true);
    expect(['想你死', 'kmsx', 'hello'].some((t) => union?.test(t))).toBe(false);
    expect(unionOf([/(a)\1/])).toBeNull();
    expect(unionOf([/(?<x>a)/])).toBeNull();
    expect(unionOf([])).toBeNull();
    expect(unionOf([/a/, /b/i])).toBeNull();
    expect(unionOf([/a/g, /b/])?.flags).toBe('');
  });

  it('runs a rule only when its script is in the text and its group can match', () => {
    const may = skipper([/自杀/, /\bkms\b/, /想s/, /轻生/], 1);
    expect([0, 1, 2, 3].map(may('kms'))).toEqual([false, true, false, false]);
    expect([0, 1, 2, 3].map(may('我想自杀'))).toEqual([true, false, false, false]);
    expect([0, 1, 2, 3].map(may('想s'))).toEqual([false, false, true, false]);
  });

  it('finds in every match of a Chinese rule a Chinese character, of an English rule a letter', () => {
    const wrong: string[] = [];
    for (const rule of DISTRESS_RULES) {
      const script = scriptOf(rule.pattern);
      if (script === 'any') continue;
      const needed = script === 'han' ? /\p{Script=Han}/u : /[a-z]/i;
      const global = new RegExp(rule.pattern.source, 'g');
      for (const form of forms)
        for (const m of form.matchAll(global))
          if (!needed.test(m[0])) wrong.push(`${rule.pattern.source.slice(0, 30)} on "${m[0]}"`);
    }
    expect(wrong).toEqual([]);
  });

  it('gives the same hits as reading every rule, on every care text and scenario turn', () => {
    const differs = forms.filter(
      (f) => JSON.stringify(lexiconHits(f)) !== JSON.stringify(lexiconHitsUnfiltered(f)),
    );
    expect(differs).toEqual([]);
    // About 5 s alone on a loaded 2-core machine (3,000 texts, every rule unfiltered); 20-27 s with
    // 6,800 forms and the round-22 rules while other runs share the machine.
  }, 90_000);

  it('gives the same hits as reading every rule, on random mixes of the rules own words', () => {
    const pieces = [...new Set(forms.flatMap((f) => f.split(/(?<=[\s，。,.!?！？])/u)))];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), fc.string(), (parts, noise) => {
        const text = parts.join(noise.slice(0, 3));
        expect(lexiconHits(text)).toEqual(lexiconHitsUnfiltered(text));
      }),
      { numRuns: 300, seed: 19 },
    );
  });
});
