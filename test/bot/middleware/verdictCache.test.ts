import { describe, expect, it } from 'vitest';
import { cachedCheck } from '../../../src/bot/middleware/verdictCache.js';
import { check } from '../../../src/guardrails/index.js';
import type { GuardContext, Verdict } from '../../../src/guardrails/types.js';

const context = (over: Partial<GuardContext> = {}): GuardContext => ({
  locale: 'zh-CN',
  verified: true,
  facts: { balanceCents: 1_234_567, daysPastDue: 42 },
  serviceNumbers: ['95588'],
  paymentChannels: [],
  ...over,
});

function counting(): { fn: (text: string, ctx: GuardContext) => Verdict; calls: () => number } {
  let calls = 0;
  return {
    fn: (text, ctx) => {
      calls++;
      return check(text, ctx);
    },
    calls: () => calls,
  };
}

describe('the send path verdict cache', () => {
  it('gives the same verdict as the rules for allowed and blocked texts, checking each once', () => {
    const inner = counting();
    const cached = cachedCheck(inner.fn);
    for (const text of ['您好，请回复身份证后四位。', '再不还钱就通知你单位', '您的欠款为 99,999.00 元']) {
      const first = cached(text, context());
      const again = cached(text, context());
      const truth = check(text, context());
      for (const v of [first, again]) {
        expect(v.allowed).toBe(truth.allowed);
        expect(v.status).toBe(truth.status);
        expect(v.violations.map((x) => [x.rule, x.span, x.evidence])).toEqual(
          truth.violations.map((x) => [x.rule, x.span, x.evidence]),
        );
      }
    }
    expect(inner.calls()).toBe(3);
    expect(cached.stats()).toMatchObject({ hits: 3, misses: 3 });
  });

  it('checks again when any field of the context differs, however small', () => {
    const inner = counting();
    const cached = cachedCheck(inner.fn);
    const text = '您的欠款为 12,345.67 元，已逾期 42 天。';
    expect(cached(text, context()).allowed).toBe(true);
    expect(cached(text, context({ verified: false })).allowed).toBe(false);
    expect(cached(text, context({ facts: { balanceCents: 1_234_568, daysPastDue: 42 } })).allowed).toBe(
      false,
    );
    expect(cached(text, context({ locale: 'en' })).allowed).toBe(true);
    cached(text, context({ speaker: 'agent' }));
    cached(text, context({ facts: { balanceCents: Number.NaN } }));
    cached(text, context({ facts: { balanceCents: Number.POSITIVE_INFINITY } }));
    // JSON writes NaN and Infinity as null: a real null is a context of its own too.
    cached(text, context({ facts: { balanceCents: null as unknown as number } }));
    cached(text, context({ facts: { balanceCents: Number.NaN } }));
    expect(inner.calls()).toBe(8);
  });

  it('hands out copies: changing one verdict does not change the next', () => {
    const cached = cachedCheck(check);
    const first = cached('再不还钱就通知你单位', context());
    first.violations.length = 0;
    first.allowed = true;
    const again = cached('再不还钱就通知你单位', context());
    expect(again.allowed).toBe(false);
    expect(again.violations.length).toBeGreaterThan(0);
  });

  it('never keeps an error verdict, nor a text past the size bound', () => {
    let calls = 0;
    const failing = cachedCheck(() => {
      calls++;
      return { allowed: false, status: 'error', violations: [], reason: 'checker down' };
    });
    failing('好的', context());
    failing('好的', context());
    expect(calls).toBe(2);
    const inner = counting();
    const small = cachedCheck(inner.fn, { maxKeyChars: 200 });
    const long = '好的。'.repeat(100);
    small(long, context());
    small(long, context());
    expect(inner.calls()).toBe(2);
  });

  it('forgets the least recently used verdict beyond its bound', () => {
    const inner = counting();
    const cached = cachedCheck(inner.fn, { maxEntries: 2 });
    cached('一', context());
    cached('二', context());
    cached('一', context()); // '一' is now the most recent
    cached('三', context()); // evicts '二'
    cached('一', context());
    cached('二', context());
    expect(inner.calls()).toBe(4);
    expect(cached.stats().size).toBe(2);
  });
});
