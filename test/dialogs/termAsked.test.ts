import { describe, expect, it } from 'vitest';
import { statedBudget, termWithinBudget } from '../../src/dialogs/termAsked.js';

describe('termWithinBudget', () => {
  it('takes the budget stated earlier as the limit when the amount is the balance ÷ the months', () => {
    expect(
      termWithinBudget({ months: 20, affordableCents: 290_000, period: 'month' }, 300_000, 5_800_000),
    ).toEqual({
      months: 20,
      affordableCents: 300_000,
      period: 'month',
    });
  });

  it('accepts the person\'s rounded sum ("一期八百多" for 823.04)', () => {
    expect(
      termWithinBudget({ months: 15, affordableCents: 80_000 }, 100_000, 1_234_567).affordableCents,
    ).toBe(100_000);
  });

  it('keeps the amount when it is not the balance ÷ the months (a limit of its own)', () => {
    const request = { months: 12, affordableCents: 20_000, period: 'month' as const };
    expect(termWithinBudget(request, 30_000, 321_000)).toBe(request);
  });

  it('keeps the amount with no budget before, a budget below it, or a lump sum', () => {
    const request = { months: 20, affordableCents: 290_000 };
    expect(termWithinBudget(request, undefined, 5_800_000)).toBe(request);
    expect(termWithinBudget(request, 250_000, 5_800_000)).toBe(request);
    const once = { months: 20, affordableCents: 290_000, period: 'once' as const };
    expect(termWithinBudget(once, 300_000, 5_800_000)).toBe(once);
  });
});

describe('statedBudget', () => {
  it('is a monthly amount said alone', () => {
    expect(statedBudget({ affordableCents: 300_000, period: 'month' })).toBe(300_000);
    expect(statedBudget({ affordableCents: 300_000 })).toBe(300_000);
  });

  it('is none with months, a lump sum or no amount', () => {
    expect(statedBudget({ affordableCents: 300_000, months: 20 })).toBeUndefined();
    expect(statedBudget({ affordableCents: 300_000, period: 'once' })).toBeUndefined();
    expect(statedBudget({ months: 20 })).toBeUndefined();
  });
});
