import { describe, expect, it } from 'vitest';
import { check, type GuardContext } from '../../../src/guardrails/index.js';

/** The account holder, verified, in each language. */
export const ZH: GuardContext = { locale: 'zh-CN', verified: true };
export const EN: GuardContext = { locale: 'en', verified: true };
/** Whoever answers before verification (a relative, a colleague, a wrong number). */
export const ZH_UNVERIFIED: GuardContext = { locale: 'zh-CN', verified: false };
export const EN_UNVERIFIED: GuardContext = { locale: 'en', verified: false };
/** The holder with a payment of 75.00 scheduled for 2026-12-20 and no payment channel of the bank's. */
const SCHEDULED = { paymentStatus: 'scheduled' as const, amountsCents: [7500], dates: ['2026-12-20'] };
export const ZH_SCHEDULED: GuardContext = {
  locale: 'zh-CN',
  verified: true,
  paymentChannels: [],
  facts: SCHEDULED,
};
export const EN_SCHEDULED: GuardContext = {
  locale: 'en',
  verified: true,
  paymentChannels: [],
  facts: SCHEDULED,
};
/** The holder, with the bank's own payment site. */
export const ZH_BANK_SITE: GuardContext = {
  locale: 'zh-CN',
  verified: true,
  paymentChannels: ['pay.examplebank.com'],
};
export const EN_BANK_SITE: GuardContext = {
  locale: 'en',
  verified: true,
  paymentChannels: ['pay.examplebank.com'],
};

/**
 * A rule class's cases: what its rules must flag, let pass, and keep blocking. Each phrasing was
 * written by a helper for a test, after or while the rules were written: they show each class is
 * read, they are NOT a figure (the check sets and the blind rounds are).
 */
export interface RuleCases {
  /** Text, context, the category it must be flagged under. */
  violations?: [string, GuardContext, string][];
  /** Flagged under the category, and blocked. */
  blocked?: [string, GuardContext, string][];
  /** Flagged under every one of the categories. */
  flaggedAll?: [string, GuardContext, string[]][];
  /** Lawful look-alikes no rule may flag (the classifier is left out: its weights change with every retrain). */
  lawful?: [string, GuardContext][];
  /** Lawful look-alikes nothing may flag, the classifier included. */
  clean?: [string, GuardContext][];
  /** Look-alikes that must stay blocked whatever flags them. */
  stillBlocked?: [string, GuardContext][];
}

const categories = (text: string, context: GuardContext): string[] =>
  check(text, context).violations.map((v) => v.category);
const rules = (text: string, context: GuardContext): string =>
  check(text, context)
    .violations.map((v) => v.rule)
    .join(',');

/** The checks a class's cases make, under one `describe`. */
export function describeRules(name: string, cases: RuleCases): void {
  describe(name, () => {
    if (cases.violations?.length)
      it.each(cases.violations)('flags "%s" (%o) as %s', (text, context, category) => {
        expect(categories(text, context), rules(text, context)).toContain(category);
      });

    if (cases.blocked?.length)
      it.each(cases.blocked)('blocks "%s" (%o) as %s', (text, context, category) => {
        expect(check(text, context).allowed).toBe(false);
        expect(categories(text, context), rules(text, context)).toContain(category);
      });

    if (cases.flaggedAll?.length)
      it.each(cases.flaggedAll)('flags "%s" (%o) as each of %o', (text, context, all) => {
        expect(categories(text, context)).toEqual(expect.arrayContaining(all));
      });

    if (cases.lawful?.length)
      it.each(cases.lawful)('no rule flags "%s" (%o)', (text, context) => {
        const found = check(text, context).violations.map((v) => v.rule);
        expect(found.filter((r) => !r.startsWith('classifier.'))).toEqual([]);
      });

    if (cases.clean?.length)
      it.each(cases.clean)('nothing flags "%s" (%o)', (text, context) => {
        expect(check(text, context).violations).toEqual([]);
      });

    if (cases.stillBlocked?.length)
      it.each(cases.stillBlocked)('still blocks "%s" (%o)', (text, context) => {
        expect(check(text, context).allowed).toBe(false);
      });
  });
}
