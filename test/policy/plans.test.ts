import { describe, expect, it } from 'vitest';
import { splitWithRemainderFirst } from '../../src/policy/index.js';
import { A1001, A1002, A1003, TODAY, defaultPolicy } from './fixtures.js';

const policy = defaultPolicy();

describe('plan', () => {
  it('builds 张伟 a 3-month plan: fee 222.22, total 12,567.89, first instalment 4,189.31 then 4,189.29', () => {
    // fee 12,345.67 × 0.60 % × 3 = 222.22206 → 222.22; 12,567.89 ÷ 3 = 4,189.29 remainder 0.02
    const outcome = policy.plan(A1001, 'installments', 3, TODAY);
    expect(outcome).toEqual({
      outcome: 'offer',
      offer: {
        id: 'A-1001:installments:3:2026-12-28',
        kind: 'installments',
        months: 3,
        principalCents: 1_234_567,
        feeCents: 22_222,
        totalCents: 1_256_789,
        installmentCents: 418_931,
        schedule: [
          { seq: 1, dueDate: '2026-12-28', amountCents: 418_931 },
          { seq: 2, dueDate: '2027-01-28', amountCents: 418_929 },
          { seq: 3, dueDate: '2027-02-28', amountCents: 418_929 },
        ],
      },
    });
  });

  it('dates instalments from today + 1 month, keeping month ends (Jan 31 → Feb 28 → Mar 31)', () => {
    const outcome = policy.plan(A1002, 'installments', 3, '2027-12-31');
    const dates = outcome.outcome === 'offer' ? outcome.offer.schedule.map((i) => i.dueDate) : [];
    expect(dates).toEqual(['2028-01-31', '2028-02-29', '2028-03-31']);
  });

  it('builds the full payment due today, or by a date within the extension days', () => {
    expect(policy.plan(A1002, 'full', 1, TODAY)).toMatchObject({
      outcome: 'offer',
      offer: { totalCents: 321_000, schedule: [{ dueDate: TODAY }] },
    });
    expect(policy.plan(A1002, 'full', 1, TODAY, '2026-12-12')).toMatchObject({
      offer: { schedule: [{ dueDate: '2026-12-12' }] },
    });
    expect(policy.plan(A1002, 'full', 1, TODAY, '2026-12-13')).toEqual({
      outcome: 'not_allowed',
      reason: 'date_outside_window',
    });
  });

  it('builds the extension as the minimum due 14 days from today, without a fee', () => {
    expect(policy.plan(A1002, 'extension', 1, TODAY)).toMatchObject({
      outcome: 'offer',
      offer: {
        kind: 'extension',
        totalCents: 12_000,
        feeCents: 0,
        schedule: [{ seq: 1, dueDate: '2026-12-12', amountCents: 12_000 }],
      },
    });
  });

  it('refuses instalments outside 3–24 months and hardship beyond 60', () => {
    expect(policy.plan(A1001, 'installments', 2, TODAY)).toEqual({
      outcome: 'not_allowed',
      reason: 'months_out_of_bounds',
    });
    expect(policy.plan(A1001, 'installments', 25, TODAY)).toEqual({
      outcome: 'not_allowed',
      reason: 'months_out_of_bounds',
    });
    expect(policy.plan(A1003, 'hardship', 61, TODAY)).toEqual({
      outcome: 'not_allowed',
      reason: 'months_out_of_bounds',
    });
    expect(policy.plan(A1001, 'installments', 7.5, TODAY)).toEqual({
      outcome: 'not_allowed',
      reason: 'months_out_of_bounds',
    });
  });

  it('refuses a hardship plan to an account less than 90 days overdue', () => {
    expect(policy.isHardshipEligible(A1002)).toBe(false);
    expect(policy.isHardshipEligible(A1003)).toBe(true);
    expect(policy.plan(A1002, 'hardship', 12, TODAY)).toEqual({
      outcome: 'not_allowed',
      reason: 'not_hardship_eligible',
    });
  });

  it('makes a hardship plan fee-free: 60 months of 966.66 after a first of 967.06 for 李娜', () => {
    const outcome = policy.plan(A1003, 'hardship', 60, TODAY);
    expect(outcome).toMatchObject({
      outcome: 'offer',
      offer: { feeCents: 0, totalCents: 5_800_000, installmentCents: 96_706 },
    });
    const last = outcome.outcome === 'offer' ? outcome.offer.schedule.at(-1) : undefined;
    expect(last).toEqual({ seq: 60, dueDate: '2031-11-28', amountCents: 96_666 });
  });

  it('refuses a plan that would have an instalment of zero cents', () => {
    const tiny = { ...A1002, balanceCents: 2, minimumDueCents: 2 };
    expect(policy.plan(tiny, 'installments', 3, TODAY)).toEqual({
      outcome: 'not_allowed',
      reason: 'amount_too_small',
    });
  });
});

describe('waivers', () => {
  it('never allows a waiver, discount or settlement below the balance', () => {
    expect(policy.isWaiverAllowed()).toBe(false);
    expect(policy.settings.waivers).toBe('none');
  });
});

describe('splitting a total', () => {
  it('puts the remainder on the first instalment', () => {
    expect(splitWithRemainderFirst(1_000, 3)).toEqual([334, 333, 333]);
    expect(splitWithRemainderFirst(1_001, 1)).toEqual([1_001]);
  });
});
