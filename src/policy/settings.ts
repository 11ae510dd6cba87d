import type { Config } from '../config/config.js';

/**
 * The bounds of the repayment policy. Plain data, built once from config; tests build their own.
 *
 *   const policy = new ConfiguredRepaymentPolicy(policySettingsFromConfig(config));
 */
export interface PolicySettings {
  /** Late fee in basis points of the unpaid minimum due (500 = 5 %). */
  lateFeeBp: number;
  /** Daily interest in basis points of the balance (5 = 0.05 % a day, 日息万分之五). */
  dailyInterestBp: number;
  /** Days of interest that make the "monthly interest" figure. */
  interestDaysPerMonth: number;
  /** Instalment fee in basis points of the principal per month (60 = 0.60 %). */
  installmentFeeBp: number;
  /**
   * Hardship-plan fee in basis points of the principal per month. Default 0: a hardship plan
   * (个性化分期) is fee-free, so the person in genuine hardship pays back exactly the balance.
   */
  hardshipFeeBp: number;
  minMonths: number;
  maxMonths: number;
  hardshipMaxMonths: number;
  /** An account this many days past due (or more) may get a hardship plan. */
  hardshipMinDays: number;
  /** The latest a one-off payment (minimum, full, extension) may be due: today + this many days. */
  extensionDays: number;
  /** Counter-offers that fit nothing before the negotiation ends in an impasse. */
  maxCounterOffers: number;
  /** Years a credit-report (征信) record is kept after settlement. */
  creditReportYears: number;
  /**
   * Waivers, discounts and settlements below the balance. 'none' is the only mode: the policy
   * never grants one, whatever the person says. A new mode is a code change, not a setting.
   */
  waivers: 'none';
}

/** The policy's settings from the validated config (POLICY_* keys). */
export function policySettingsFromConfig(config: Config): PolicySettings {
  return {
    lateFeeBp: config.POLICY_LATE_FEE_BP,
    dailyInterestBp: config.POLICY_DAILY_INTEREST_BP,
    interestDaysPerMonth: 30,
    installmentFeeBp: config.POLICY_INSTALLMENT_FEE_BP,
    hardshipFeeBp: 0,
    minMonths: config.POLICY_MIN_MONTHS,
    maxMonths: config.POLICY_MAX_MONTHS,
    hardshipMaxMonths: config.POLICY_HARDSHIP_MAX_MONTHS,
    hardshipMinDays: config.POLICY_HARDSHIP_MIN_DAYS,
    extensionDays: config.POLICY_EXTENSION_DAYS,
    maxCounterOffers: config.POLICY_MAX_COUNTER_OFFERS,
    creditReportYears: 5,
    waivers: 'none',
  };
}

/** The defaults of src/config/config.ts, for tests and tools that run without a Config. */
export const DEFAULT_POLICY_SETTINGS: Readonly<PolicySettings> = Object.freeze({
  lateFeeBp: 500,
  dailyInterestBp: 5,
  interestDaysPerMonth: 30,
  installmentFeeBp: 60,
  hardshipFeeBp: 0,
  minMonths: 3,
  maxMonths: 24,
  hardshipMaxMonths: 60,
  hardshipMinDays: 90,
  extensionDays: 14,
  maxCounterOffers: 3,
  creditReportYears: 5,
  waivers: 'none',
});
