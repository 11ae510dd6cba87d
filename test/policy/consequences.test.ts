import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { mulDivHalfUp, policySettingsFromConfig } from '../../src/policy/index.js';
import { A1001, A1002, A1003, TODAY, defaultPolicy } from './fixtures.js';

describe('consequences', () => {
  const policy = defaultPolicy();

  it('tells 张伟 (A-1001) a late fee of 61.73 and monthly interest of 185.19 at 0.05 % a day', () => {
    // 5 % of 1,234.57 = 61.7285 → 61.73; 12,345.67 × 0.05 % × 30 = 185.18505 → 185.19
    expect(policy.consequences(A1001, TODAY)).toEqual({
      currency: 'CNY',
      lateFeeCents: 6_173,
      monthlyInterestCents: 18_519,
      dailyRateBp: 5,
      creditReportYears: 5,
    });
  });

  it('tells John Smith (A-1002) a late fee of $6.00 and monthly interest of $48.15', () => {
    expect(policy.consequences(A1002, TODAY)).toMatchObject({
      currency: 'USD',
      lateFeeCents: 600,
      monthlyInterestCents: 4_815,
    });
  });

  it('tells 李娜 (A-1003) a late fee of 290.00 and monthly interest of 870.00', () => {
    expect(policy.consequences(A1003, TODAY)).toMatchObject({
      lateFeeCents: 29_000,
      monthlyInterestCents: 87_000,
    });
  });

  it('follows the configured rates', () => {
    const settings = policySettingsFromConfig(
      loadConfig({ LINK_SECRET: 'test-secret-0123456789abcdef0123456', POLICY_LATE_FEE_BP: '1000', POLICY_DAILY_INTEREST_BP: '10' }),
    );
    const custom = defaultPolicy(settings).consequences(A1001, TODAY);
    expect(custom).toMatchObject({ lateFeeCents: 12_346, monthlyInterestCents: 37_037, dailyRateBp: 10 });
  });
});

describe('rounding to the cent', () => {
  it('rounds half a cent up and less than half down', () => {
    expect(mulDivHalfUp(1, 1, 2)).toBe(1); // 0.5 → 1
    expect(mulDivHalfUp(149, 1, 100)).toBe(1); // 1.49 → 1
    expect(mulDivHalfUp(150, 1, 100)).toBe(2); // 1.50 → 2
    expect(mulDivHalfUp(0, 500, 10_000)).toBe(0);
  });

  it('stays exact where floating point would not (9,007,199,254,740,991 × 3 ÷ 3)', () => {
    expect(mulDivHalfUp(Number.MAX_SAFE_INTEGER, 3, 3)).toBe(Number.MAX_SAFE_INTEGER);
  });
});
