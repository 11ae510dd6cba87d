import { describe, expect, it } from 'vitest';
import { IN_LABELLED, checkSetCounts } from './rules/checkSetFigures.js';

/**
 * The seventeenth session's check sets (issue 16, test/guardrails/labelled/check-g17.{en,zh}.jsonl),
 * each written by its helper by class and committed before any rule change, measured then and
 * after; the rules were then written against them, so their figures after are fitted (the blind
 * figures are realworld-s17's, in check.heldout.test.ts). A report: it prints figures, not items.
 *
 * en (guard17en): own wording in US, UK, Kenyan, Nigerian, Indian, South African and Filipino
 * registers — contacts told of the debt and asked to press the borrower, contacts blasted at a set
 * hour, death wished or promised, charges served at work, custody, a sheriff at HR, invented
 * bureaus, judgments and liens, smearing notices, profanity and slurs under dashes,
 * veteran/welfare/age jibes, the car reported stolen — and lawful near-misses (regulators' advice,
 * due and received texts, truthful further-action letters, mini-Miranda and validation notices,
 * anti-fraud warnings). Before: own category 43/68, blocked 57/68, lawful flagged 6/69; after:
 * 68/68, 68/68, 5/69.
 *
 * zh (guard17zh): a relative told the person is a suspected fraudster, invented blacklists and
 * deadline surcharges, home visits to collect, fake case numbers with payment-app or schooling
 * consequences, third parties already told, exposure on platforms, employer threats, a pretended
 * fraud case with a court date; lawful near-misses of the same register (anti-fraud notices naming
 * credit-repair and proxy-complaint scams, never-asks-for-your-code reminders, contract fee
 * schedules, litigation costs billed per contract, recourse text, published credit-relief
 * policies), all unverified as in the real-world sets. Before: 39/65, 58/65, 15/68; after: 65/65,
 * 65/65, 1/68.
 */
const FLOORS = {
  en: { violating: 68, lawful: 69, caught: 68, flagged: 5 },
  zh: { violating: 65, lawful: 68, caught: 65, flagged: 1 },
} as const;

describe('check set check-g17', () => {
  it.each(['en', 'zh'] as const)(
    'reports recall in the own category and false alarms (%s)',
    (lang) => {
      const [f] = checkSetCounts('check-g17', IN_LABELLED, [lang]);
      if (f === undefined) throw new Error(`no figures for ${lang}`);
      console.log(`[own check set] ${f.line}`);
      const floor = FLOORS[lang];
      expect(f.violating).toBe(floor.violating);
      expect(f.lawful).toBe(floor.lawful);
      // Floors at what the readings reached: violations caught in their own category, lawful flagged at most.
      expect(f.caught).toBeGreaterThanOrEqual(floor.caught);
      expect(f.flagged).toBeLessThanOrEqual(floor.flagged);
    },
    30_000,
  );
});
