import { describe, expect, it } from 'vitest';
import { BUCKETS, features, latinScript } from '../../../src/guardrails/classifier/features.js';
import { Classifier } from '../../../src/guardrails/classifier/model.js';
import { CATEGORIES } from '../../../src/guardrails/index.js';

describe('thresholds per script', () => {
  it('reads a text as Latin script when it has more Latin words than Han characters', () => {
    expect(latinScript('pay the bill now 还钱')).toBe(true);
    expect(latinScript('请您尽快还款 ok')).toBe(false);
    expect(latinScript('nin hao qing huan kuan')).toBe(true);
    expect(latinScript('')).toBe(false);
  });

  it('judges Han and Latin text against their own threshold, and falls back to one threshold', () => {
    const weights = new Uint8Array(CATEGORIES.length * BUCKETS);
    const classes = CATEGORIES.map((category) => ({ category, bias: 0, scale: 1, threshold: 0.6 }));
    const both = Classifier.fromParts({
      file: {
        version: 't',
        buckets: BUCKETS,
        classes: classes.map((c) => ({ ...c, thresholdLatin: 0.4 })),
        report: {},
      },
      weights,
    });
    // Every score is 0.5 (zero weights, zero bias).
    expect(both.verdict('please call us back today').flagged?.threshold).toBe(0.4);
    expect(both.verdict('请您今天回个电话').flagged).toBeUndefined();
    const one = Classifier.fromParts({
      file: { version: 't', buckets: BUCKETS, classes, report: {} },
      weights,
    });
    expect(one.verdict('please call us back today').flagged).toBeUndefined();
  });
});

describe('negation scope', () => {
  const extra = (a: string, b: string): number => {
    const fb = new Set(features(b));
    return [...features(a)].filter((f) => !fb.has(f)).length;
  };

  it('gives the words after "never" in the same clause features of their own', () => {
    // "never" alone adds its word and trigram features; the negated copies add one per word after it.
    const negated = extra('we will never visit your home', 'we will visit your home');
    const sameWordsLater = extra('we will visit your home. never', 'we will visit your home');
    expect(negated).toBeGreaterThan(sameWordsLater);
  });

  it('reads a Chinese negation to the end of its clause only', () => {
    const inClause = extra('我们不会联系您的家人', '我们会联系您的家人');
    const nextClause = extra('我们不,会联系您的家人', '我们,会联系您的家人');
    expect(inClause).toBeGreaterThan(nextClause);
  });
});
