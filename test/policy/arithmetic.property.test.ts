import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccountFacts, PlanOffer } from '../../src/core/act.js';
import { addDays } from '../../src/core/dates.js';
import { DEFAULT_POLICY_SETTINGS, type OfferRequest, type PolicySettings } from '../../src/policy/index.js';
import { defaultPolicy } from './fixtures.js';

const policy = defaultPolicy();
const S = DEFAULT_POLICY_SETTINGS;

const settings: fc.Arbitrary<PolicySettings> = fc
  .record({
    installmentFeeBp: fc.integer({ min: 0, max: 1000 }),
    hardshipFeeBp: fc.integer({ min: 0, max: 1000 }),
    minMonths: fc.integer({ min: 1, max: 12 }),
    extraMonths: fc.integer({ min: 0, max: 48 }),
    extraHardship: fc.integer({ min: 0, max: 24 }),
    hardshipMinDays: fc.integer({ min: 0, max: 365 }),
  })
  .map(({ extraMonths, extraHardship, ...s }) => ({
    ...DEFAULT_POLICY_SETTINGS,
    ...s,
    maxMonths: s.minMonths + extraMonths,
    hardshipMaxMonths: s.minMonths + extraMonths + extraHardship,
  }));

const account = fc
  .record({
    balanceCents: fc.integer({ min: 1, max: 10_000_000_000 }),
    minimumShareBp: fc.integer({ min: 0, max: 10_000 }),
    daysPastDue: fc.integer({ min: 1, max: 400 }),
  })
  .map(({ balanceCents, minimumShareBp, daysPastDue }): AccountFacts => ({
    accountId: 'P-1',
    holderName: 'x',
    cardLast4: '0000',
    currency: 'CNY',
    balanceCents,
    minimumDueCents: Math.floor((balanceCents * minimumShareBp) / 10_000),
    daysPastDue,
    dueDate: '2026-01-01',
  }));

const today = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const request: fc.Arbitrary<OfferRequest> = fc
  .record(
    {
      affordableCents: fc.integer({ min: 0, max: 2_000_000_000 }),
      period: fc.constantFrom('month' as const, 'once' as const),
      months: fc.integer({ min: 0, max: 80 }),
      byDateOffset: fc.integer({ min: -5, max: 30 }),
    },
    { requiredKeys: [] },
  )
  .map(({ byDateOffset, ...rest }) => ({
    ...rest,
    ...(byDateOffset === undefined ? {} : { byDate: addDays('2030-06-15', byDateOffset) }),
  }));

/** The arithmetic every offer must satisfy, whatever was asked. */
function expectExact(
  offer: PlanOffer,
  acct: AccountFacts,
  day: string,
  S: PolicySettings = DEFAULT_POLICY_SETTINGS,
): void {
  const amounts = offer.schedule.map((i) => i.amountCents);
  expect(amounts.reduce((s, a) => s + a, 0)).toBe(offer.totalCents);
  expect(offer.totalCents).toBe(offer.principalCents + offer.feeCents);
  for (const a of amounts) expect(Number.isSafeInteger(a) && a > 0).toBe(true);
  expect(offer.installmentCents).toBe(Math.max(...amounts));
  expect(offer.schedule.length).toBe(offer.months);
  expect(offer.schedule.map((i) => i.seq)).toEqual(amounts.map((_, i) => i + 1));
  const dates = offer.schedule.map((i) => i.dueDate);
  for (let i = 1; i < dates.length; i++) expect((dates[i] ?? '') > (dates[i - 1] ?? '')).toBe(true);
  expect((dates[0] ?? '') >= day).toBe(true);
  // Never below the balance (no waiver), never more than the minimum for a one-off minimum.
  if (offer.kind === 'minimum' || offer.kind === 'extension')
    expect(offer.principalCents).toBe(Math.min(acct.minimumDueCents, acct.balanceCents));
  else expect(offer.principalCents).toBe(acct.balanceCents);
  if (offer.kind === 'hardship') expect(acct.daysPastDue).toBeGreaterThanOrEqual(S.hardshipMinDays);
  const maxMonths =
    offer.kind === 'hardship' ? S.hardshipMaxMonths : offer.kind === 'installments' ? S.maxMonths : 1;
  const minMonths = offer.kind === 'hardship' || offer.kind === 'installments' ? S.minMonths : 1;
  expect(offer.months).toBeGreaterThanOrEqual(minMonths);
  expect(offer.months).toBeLessThanOrEqual(maxMonths);
}

describe('plan arithmetic (property)', () => {
  it('adds every schedule up to total = principal + fee, in positive cents, on increasing dates', () => {
    fc.assert(
      fc.property(
        account,
        fc.integer({ min: S.minMonths, max: S.hardshipMaxMonths }),
        today,
        (acct, months, day) => {
          for (const kind of ['installments', 'hardship'] as const) {
            const outcome = policy.plan(acct, kind, months, day);
            if (outcome.outcome === 'offer') expectExact(outcome.offer, acct, day);
            else
              expect(['months_out_of_bounds', 'not_hardship_eligible', 'amount_too_small']).toContain(
                outcome.reason,
              );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps every offer exact, at most 3, and within the amount whenever it says they fit', () => {
    fc.assert(
      fc.property(account, request, (acct, req) => {
        const day = '2030-06-15';
        const result = policy.offers(acct, req, day);
        expect(result.offers.length).toBeLessThanOrEqual(3);
        for (const offer of result.offers) expectExact(offer, acct, day);
        if (!result.fits || req.affordableCents === undefined) return;
        const once = req.period === 'once' && req.months === undefined;
        for (const offer of result.offers) {
          expect(once ? offer.totalCents : offer.installmentCents).toBeLessThanOrEqual(req.affordableCents);
          if (once && req.byDate !== undefined) expect(offer.schedule[0]?.dueDate).toBe(req.byDate);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('stays exact under any configured fee and month bounds', () => {
    fc.assert(
      fc.property(settings, account, request, (s, acct, req) => {
        const day = '2030-06-15';
        const configured = defaultPolicy(s);
        for (const offer of configured.offers(acct, req, day).offers) expectExact(offer, acct, day, s);
        const months = req.months ?? s.minMonths;
        for (const kind of ['installments', 'hardship'] as const) {
          const outcome = configured.plan(acct, kind, months, day);
          if (outcome.outcome === 'offer') expectExact(outcome.offer, acct, day, s);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('says a monthly amount fits whenever any allowed plan fits it', () => {
    fc.assert(
      fc.property(account, fc.integer({ min: 1, max: 500_000_000 }), (acct, perMonth) => {
        const day = '2030-06-15';
        const result = policy.offers(acct, { affordableCents: perMonth, period: 'month' }, day);
        const maxMonths = policy.isHardshipEligible(acct) ? S.hardshipMaxMonths : S.maxMonths;
        let anyFits = perMonth >= acct.balanceCents;
        for (let m = S.minMonths; m <= maxMonths && !anyFits; m++) {
          for (const kind of ['installments', 'hardship'] as const) {
            const o = policy.plan(acct, kind, m, day);
            if (o.outcome === 'offer' && o.offer.installmentCents <= perMonth) anyFits = true;
          }
        }
        expect(result.fits).toBe(anyFits);
      }),
      { numRuns: 200 },
    );
  });
});
