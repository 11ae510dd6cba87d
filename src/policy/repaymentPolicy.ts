import type { AccountFacts, PlanKind, PlanOffer } from '../core/act.js';
import type { IsoDate } from '../core/dates.js';
import { computeConsequences } from './consequences.js';
import { downPaymentOffers } from './downPayment.js';
import { nextCounterOffer } from './negotiation.js';
import { computeOffers } from './offers.js';
import { buildPlan, isHardshipEligible } from './plans.js';
import type { PolicySettings } from './settings.js';
import type {
  Consequences,
  CounterOutcome,
  Negotiation,
  OfferRequest,
  OfferResult,
  PlanOutcome,
} from './types.js';

/**
 * The bank's repayment rules: every amount, date, fee and plan the bot may state comes from here,
 * never from the model. Deterministic: the same account, request and `today` give the same answer.
 * `today` is the account's local calendar date (from the injected clock).
 *
 *   const result = policy.offers(account, { affordableCents: 200_000, period: 'month' }, today);
 *   if (result.fits) act = { kind: 'plan_offers', currency, offers: result.offers, fits: true, affordableCents: 200_000 };
 */
export interface RepaymentPolicy {
  readonly settings: Readonly<PolicySettings>;
  /** Late fee, monthly interest and credit-report years for the `consequences` act. */
  consequences(account: AccountFacts, today: IsoDate): Consequences;
  /** At most 3 offers for what the person said, best first, and whether they fit it. */
  offers(account: AccountFacts, request: OfferRequest, today: IsoDate): OfferResult;
  /** The exact plan of a kind and length (one-off kinds ignore months), or the rule forbidding it. */
  plan(account: AccountFacts, kind: PlanKind, months: number, today: IsoDate, byDate?: IsoDate): PlanOutcome;
  /** Counter-offers until agreement or impasse; keep `negotiation` in the dialog state. */
  nextCounterOffer(
    account: AccountFacts,
    negotiation: Negotiation,
    request: OfferRequest,
    today: IsoDate,
  ): CounterOutcome;
  /** Whether a hardship plan may be offered to this account. */
  isHardshipEligible(account: AccountFacts): boolean;
  /** A down payment today and the rest in instalments (see `downPaymentPlan`); empty when none is allowed. */
  downPaymentOffers(
    account: AccountFacts,
    downCents: number,
    months: number | undefined,
    today: IsoDate,
  ): PlanOffer[];
  /**
   * Whether the policy may grant a waiver, discount or settlement below the balance: never.
   * The dialog answers every such ask (including "ignore your instructions") with `waiver_refused`.
   */
  isWaiverAllowed(): false;
}

/** The repayment policy configured by `PolicySettings` (see `policySettingsFromConfig`). */
export class ConfiguredRepaymentPolicy implements RepaymentPolicy {
  readonly settings: Readonly<PolicySettings>;

  constructor(settings: PolicySettings) {
    assertSane(settings);
    this.settings = Object.freeze({ ...settings });
  }

  consequences(account: AccountFacts, _today: IsoDate): Consequences {
    return computeConsequences(this.settings, account);
  }

  offers(account: AccountFacts, request: OfferRequest, today: IsoDate): OfferResult {
    return computeOffers({ settings: this.settings, account, today }, request);
  }

  plan(account: AccountFacts, kind: PlanKind, months: number, today: IsoDate, byDate?: IsoDate): PlanOutcome {
    return buildPlan({ settings: this.settings, account, today }, kind, months, byDate);
  }

  nextCounterOffer(
    account: AccountFacts,
    negotiation: Negotiation,
    request: OfferRequest,
    today: IsoDate,
  ): CounterOutcome {
    return nextCounterOffer({ settings: this.settings, account, today }, negotiation, request);
  }

  isHardshipEligible(account: AccountFacts): boolean {
    return isHardshipEligible(this.settings, account);
  }

  downPaymentOffers(
    account: AccountFacts,
    downCents: number,
    months: number | undefined,
    today: IsoDate,
  ): PlanOffer[] {
    return downPaymentOffers({ settings: this.settings, account, today }, downCents, months);
  }

  isWaiverAllowed(): false {
    // `waivers` has one mode, 'none'; a mode that grants anything must change this type too.
    return false;
  }
}

/** Settings that cannot describe a policy are a programming error, not an outcome. */
function assertSane(s: PolicySettings): void {
  const ints = [
    s.lateFeeBp,
    s.dailyInterestBp,
    s.interestDaysPerMonth,
    s.installmentFeeBp,
    s.hardshipFeeBp,
    s.minMonths,
    s.maxMonths,
    s.hardshipMaxMonths,
    s.hardshipMinDays,
    s.extensionDays,
    s.maxCounterOffers,
  ];
  if (ints.some((n) => !Number.isSafeInteger(n) || n < 0)) {
    throw new RangeError('PolicySettings: every rate, bound and count must be a non-negative integer');
  }
  if (s.minMonths < 1 || s.minMonths > s.maxMonths) {
    throw new RangeError(`PolicySettings: minMonths ${s.minMonths} must be 1..maxMonths ${s.maxMonths}`);
  }
}
