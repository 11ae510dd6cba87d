import { describe, expect, it } from 'vitest';
import { check } from '../../src/guardrails/check.js';
import type { GuardContext } from '../../src/guardrails/types.js';

const THREAT = '再不还钱就通知你单位';
const FACTS_TEXT = '您本期应还 2,000.00 元。';

function context(): GuardContext {
  return { locale: 'zh-CN', verified: true, facts: { currency: 'CNY', minimumDueCents: 200000 } };
}

function withoutTimings(verdict: ReturnType<typeof check>): object {
  const { timings: _timings, ...rest } = verdict;
  return rest;
}

describe('checking the same text twice under one context (worded, then the send path)', () => {
  it('gives the same verdict as a first check, blocked or allowed', () => {
    for (const text of [THREAT, FACTS_TEXT, 'Please pay 9,999.00 today.']) {
      const shared = context();
      const first = check(text, shared);
      const again = check(text, shared);
      expect(withoutTimings(again)).toEqual(withoutTimings(first));
      expect(withoutTimings(again)).toEqual(withoutTimings(check(text, context())));
    }
  });

  it('checks again when the text or any field of the context changed', () => {
    const shared = context();
    const fresh = (text: string): object => withoutTimings(check(text, { ...shared }));
    expect(withoutTimings(check(FACTS_TEXT, shared))).toEqual(fresh(FACTS_TEXT));
    expect(check(THREAT, shared).allowed).toBe(false);
    expect(withoutTimings(check(FACTS_TEXT, shared))).toEqual(fresh(FACTS_TEXT));
    const english = 'You have not been verified yet.';
    check(english, shared);
    shared.locale = 'en';
    expect(withoutTimings(check(english, shared))).toEqual(fresh(english));
    shared.verified = false;
    expect(withoutTimings(check(english, shared))).toEqual(fresh(english));
    shared.secrets = ['You have not been verified yet.'];
    const leaked = check(english, shared);
    expect(withoutTimings(leaked)).toEqual(fresh(english));
    expect(leaked.allowed).toBe(false);
  });

  it('hands out copies: changing one verdict does not change the next', () => {
    const shared = context();
    const first = check(THREAT, shared);
    first.violations.length = 0;
    first.allowed = true;
    const again = check(THREAT, shared);
    expect(again.allowed).toBe(false);
    expect(again.violations.length).toBeGreaterThan(0);
  });
});
