import type { AccountFacts } from '../core/act.js';
import { mulDivHalfUp } from './arithmetic.js';
import { minimumPayment } from './plans.js';
import type { PolicySettings } from './settings.js';
import type { Consequences } from './types.js';

/**
 * The truthful consequences of not paying, for the `consequences` act:
 * - late fee = unpaid minimum due × lateFeeBp ÷ 10,000;
 * - monthly interest = balance × dailyInterestBp × interestDaysPerMonth (30) ÷ 10,000, computed in
 *   one step (not 30 rounded days);
 * both rounded half up to the cent. The credit-report record is kept `creditReportYears` after
 * settlement.
 *
 *   computeConsequences(DEFAULT_POLICY_SETTINGS, a1001) // lateFee 6_173, monthlyInterest 18_519
 */
export function computeConsequences(settings: PolicySettings, account: AccountFacts): Consequences {
  const monthlyBp = settings.dailyInterestBp * settings.interestDaysPerMonth;
  return {
    currency: account.currency,
    lateFeeCents: mulDivHalfUp(Math.max(0, minimumPayment(account)), settings.lateFeeBp, 10_000),
    monthlyInterestCents: mulDivHalfUp(Math.max(0, account.balanceCents), monthlyBp, 10_000),
    dailyRateBp: settings.dailyInterestBp,
    creditReportYears: settings.creditReportYears,
  };
}
