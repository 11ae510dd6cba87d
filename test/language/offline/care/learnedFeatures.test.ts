import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { careText } from '../../../../src/language/offline/care/careNormalise.js';
import {
  careFeatures,
  hasFeatures,
  learnedFeatures,
  learnedFeaturesByName,
} from '../../../../src/language/offline/care/learnedFeatures.js';
import { verdictCorpus } from './verdictCorpus.js';

const same = (compact: string): void => {
  expect([...learnedFeatures(compact)]).toEqual([...learnedFeaturesByName(compact)]);
};

describe('hashing the scorer features without naming them', () => {
  it('gives the slots of hashing every feature name, in the same order, on every care text', () => {
    const differs = verdictCorpus()
      .map((raw) => careText(raw).compact)
      .filter((c) => [...learnedFeatures(c)].join() !== [...learnedFeaturesByName(c)].join());
    expect(differs).toEqual([]);
  });

  it('gives the same slots on odd text: rare characters, apostrophes, empty words', () => {
    for (const t of ['', "'", "' '", "don't i'm", '𠀀𠀁𠀂想死', '药攒够了', 'a', 'x'.repeat(3000)]) same(t);
  });

  it('gives the same slots on random text', () => {
    const alphabet = fc.constantFrom(..."ab z'想死活了药𠀀 ,.", 'kill', 'myself', '不想');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (parts) => {
        same(parts.join(''));
      }),
      { numRuns: 300, seed: 19 },
    );
  });

  it('does not hand out its scratch space: a second call leaves the first result alone', () => {
    const first = learnedFeatures('不想活了');
    const copy = [...first];
    learnedFeatures('kill myself');
    expect([...first]).toEqual(copy);
  });

  it('tells whether a text has a few features as counting all of them would', () => {
    const differs: string[] = [];
    for (const raw of [...verdictCorpus(), '', "'", 'ok', '好', 'a b']) {
      const { compact } = careText(raw);
      const count = careFeatures(compact).length;
      for (const min of [0, 1, 2, 3, 6, 10, 40])
        if (hasFeatures(compact, min) !== count >= min) differs.push(`${min} ${raw}`);
    }
    expect(differs).toEqual([]);
  });
});
