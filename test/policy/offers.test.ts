import { describe, expect, it } from 'vitest';
import { A1001, A1002, A1003, TODAY, defaultPolicy, summary } from './fixtures.js';

const policy = defaultPolicy();
const sum = (xs: readonly { amountCents: number }[]): number => xs.reduce((s, x) => s + x.amountCents, 0);

describe('offers for a monthly amount', () => {
  it('offers 张伟 who can pay "每个月只能还2000" a 7-month plan of at most 2,000.00 that adds up to the total', () => {
    const result = policy.offers(A1001, { affordableCents: 200_000, period: 'month' }, TODAY);
    expect(result.fits).toBe(true);
    const [offer] = result.offers;
    // fee 12,345.67 × 0.60 % × 7 = 518.518 → 518.52; total 12,864.19 = 1,837.75 + 6 × 1,837.74
    expect(offer).toMatchObject({
      kind: 'installments',
      months: 7,
      principalCents: 1_234_567,
      feeCents: 51_852,
      totalCents: 1_286_419,
      installmentCents: 183_775,
    });
    expect(offer?.schedule.map((i) => i.amountCents)).toEqual([
      183_775, 183_774, 183_774, 183_774, 183_774, 183_774, 183_774,
    ]);
    expect(offer?.schedule.map((i) => i.dueDate)).toEqual([
      '2026-12-28',
      '2027-01-28',
      '2027-02-28',
      '2027-03-28',
      '2027-04-28',
      '2027-05-28',
      '2027-06-28',
    ]);
    expect(sum(offer?.schedule ?? [])).toBe(1_286_419);
    expect(result.offers).toHaveLength(1);
  });

  it('does not offer a 6-month plan for 2,000 a month, because its first instalment of 2,131.71 is over it', () => {
    const six = policy.plan(A1001, 'installments', 6, TODAY);
    expect(six.outcome === 'offer' && six.offer.installmentCents).toBe(213_171);
  });

  it('offers John Smith who can pay "$300 a month" a 12-month plan of $286.76', () => {
    const result = policy.offers(A1002, { affordableCents: 30_000 }, TODAY);
    expect(result.fits).toBe(true);
    expect(summary(result.offers)).toEqual([['installments', 12, 344_112, 28_676, '2026-12-28']]);
  });

  it('offers 李娜 (120 days overdue) a fee-free 58-month hardship plan of 1,000.00 when no regular plan fits', () => {
    const result = policy.offers(A1003, { affordableCents: 100_000 }, TODAY);
    expect(result.fits).toBe(true);
    expect(summary(result.offers)).toEqual([['hardship', 58, 5_800_000, 100_000, '2026-12-28']]);
    expect(result.offers[0]?.feeCents).toBe(0);
  });

  it('offers a regular plan, not a hardship plan, to an eligible account when a regular plan fits', () => {
    const result = policy.offers(A1003, { affordableCents: 300_000 }, TODAY);
    expect(summary(result.offers)).toEqual([['installments', 22, 6_565_600, 298_444, '2026-12-28']]);
  });

  it('never offers a hardship plan to an account less than 90 days overdue: 500 a month fits nothing for 张伟', () => {
    const result = policy.offers(A1001, { affordableCents: 50_000 }, TODAY);
    expect(result).toMatchObject({ fits: false, reason: 'no_plan_fits' });
    expect(summary(result.offers)).toEqual([['installments', 24, 1_412_345, 58_864, '2026-12-28']]);
  });

  it('offers 李娜 at 500 a month the longest plans as the closest, and says nothing fits', () => {
    const result = policy.offers(A1003, { affordableCents: 50_000 }, TODAY);
    expect(result).toMatchObject({ fits: false, reason: 'no_plan_fits' });
    expect(summary(result.offers)).toEqual([
      ['hardship', 60, 5_800_000, 96_706, '2026-12-28'],
      ['installments', 24, 6_635_200, 276_482, '2026-12-28'],
    ]);
  });

  it('offers the full balance first when the monthly amount covers it', () => {
    const result = policy.offers(A1002, { affordableCents: 400_000 }, TODAY);
    expect(summary(result.offers)).toEqual([
      ['full', 1, 321_000, 321_000, TODAY],
      ['installments', 3, 326_778, 108_926, '2026-12-28'],
    ]);
  });
});

describe('offers for a lump sum', () => {
  it('offers 张伟 who can pay "三千五" once the minimum today or within the 14-day extension', () => {
    const result = policy.offers(A1001, { affordableCents: 350_000, period: 'once' }, TODAY);
    expect(result.fits).toBe(true);
    expect(summary(result.offers)).toEqual([
      ['minimum', 1, 123_457, 123_457, TODAY],
      ['extension', 1, 123_457, 123_457, '2026-12-12'],
    ]);
  });

  it('offers the full balance first when the lump sum covers it', () => {
    const result = policy.offers(A1001, { affordableCents: 1_300_000, period: 'once' }, TODAY);
    expect(summary(result.offers)[0]).toEqual(['full', 1, 1_234_567, 1_234_567, TODAY]);
  });

  it('answers a lump sum below the minimum due with the extension and the plan it could start', () => {
    const result = policy.offers(A1003, { affordableCents: 350_000, period: 'once' }, TODAY);
    expect(result).toMatchObject({ fits: false, reason: 'below_minimum_due' });
    expect(summary(result.offers)).toEqual([
      ['extension', 1, 580_000, 580_000, '2026-12-12'],
      ['installments', 19, 6_461_200, 340_066, '2026-12-28'],
    ]);
  });
});

describe('offers by a date', () => {
  it('offers the minimum (or the balance) by "next Friday" when it is within the extension days', () => {
    const result = policy.offers(A1001, { byDate: '2026-12-04' }, TODAY);
    expect(result.fits).toBe(true);
    expect(summary(result.offers)).toEqual([
      ['minimum', 1, 123_457, 123_457, '2026-12-04'],
      ['full', 1, 1_234_567, 1_234_567, '2026-12-04'],
    ]);
  });

  it('offers only what the lump sum covers by that date', () => {
    const result = policy.offers(
      A1001,
      { byDate: '2026-12-04', affordableCents: 200_000, period: 'once' },
      TODAY,
    );
    expect(summary(result.offers)).toEqual([['minimum', 1, 123_457, 123_457, '2026-12-04']]);
  });

  it('offers the extension instead of a date beyond 14 days, and says the date does not fit', () => {
    const result = policy.offers(A1001, { byDate: '2026-12-24' }, TODAY);
    expect(result).toMatchObject({ fits: false, reason: 'date_outside_window' });
    expect(summary(result.offers)).toEqual([['extension', 1, 123_457, 123_457, '2026-12-12']]);
  });

  it('treats a date in the past as outside the window', () => {
    expect(policy.offers(A1001, { byDate: '2026-11-27' }, TODAY)).toMatchObject({
      fits: false,
      reason: 'date_outside_window',
    });
  });
});

describe('offers for a number of months', () => {
  it('offers the 12-month plan asked for ("分12期")', () => {
    const result = policy.offers(A1001, { months: 12 }, TODAY);
    expect(summary(result.offers)).toEqual([['installments', 12, 1_323_456, 110_288, '2026-12-28']]);
  });

  it('answers 36 months for a regular account with the 24-month plan and says the months are out of bounds', () => {
    const result = policy.offers(A1001, { months: 36 }, TODAY);
    expect(result).toMatchObject({ fits: false, reason: 'months_out_of_bounds' });
    expect(summary(result.offers)).toEqual([['installments', 24, 1_412_345, 58_864, '2026-12-28']]);
  });

  it('gives a hardship-eligible account 36 months as a hardship plan', () => {
    const result = policy.offers(A1003, { months: 36 }, TODAY);
    expect(summary(result.offers)).toEqual([['hardship', 36, 5_800_000, 161_115, '2026-12-28']]);
  });

  it('gives a hardship-eligible account the fee-free hardship plan of the length asked when the regular one is over the amount ("分20期 一期2900")', () => {
    const result = policy.offers(A1003, { months: 20, affordableCents: 290_000, period: 'month' }, TODAY);
    expect(result.fits).toBe(true);
    expect(summary(result.offers)).toEqual([['hardship', 20, 5_800_000, 290_000, '2026-12-28']]);
  });

  it('keeps the regular plan of the length asked when it is within the amount, even for a hardship-eligible account', () => {
    const result = policy.offers(A1003, { months: 16, affordableCents: 400_000, period: 'month' }, TODAY);
    expect(summary(result.offers).map(([kind, months]) => [kind, months])).toEqual([['installments', 16]]);
  });

  it('lets the monthly amount rule when the months asked for cost more than it', () => {
    const result = policy.offers(A1001, { months: 3, affordableCents: 200_000 }, TODAY);
    expect(summary(result.offers)).toEqual([['installments', 7, 1_286_419, 183_775, '2026-12-28']]);
  });
});

describe('the default menu', () => {
  it('offers the full balance, the extension and the longest regular plan', () => {
    const result = policy.offers(A1002, {}, TODAY);
    expect(result.fits).toBe(true);
    expect(result.offers.map((o) => o.kind)).toEqual(['full', 'extension', 'installments']);
  });

  it('offers a hardship-eligible account the longest regular and hardship plans', () => {
    expect(policy.offers(A1003, {}, TODAY).offers.map((o) => `${o.kind}/${o.months}`)).toEqual([
      'full/1',
      'installments/24',
      'hardship/60',
    ]);
  });

  it('offers nothing on a settled account', () => {
    expect(policy.offers({ ...A1001, balanceCents: 0, minimumDueCents: 0 }, {}, TODAY)).toEqual({
      fits: false,
      offers: [],
      reason: 'nothing_due',
    });
  });
});
