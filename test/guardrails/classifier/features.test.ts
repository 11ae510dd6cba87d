import { describe, expect, it } from 'vitest';
import { BUCKETS, latinScript } from '../../../src/guardrails/classifier/features.js';
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
