import type { PlanOffer } from '../core/act.js';
import type { Cents } from '../core/money.js';
import { addMonths } from '../core/dates.js';
import { mulDivHalfUp, splitWithRemainderFirst } from './arithmetic.js';
import { allowedPlan, type PolicyContext } from './plans.js';

/** Plan lengths offered for the rest when the person named none: the shortest, half a year, a year. */
const SUGGESTED_MONTHS = [6, 12];

/**
 * A down payment today and the rest of the balance in `months` monthly instalments (issue 15):
 * "先还5000，剩下的分6期". The instalment fee is charged on the rest only (rest × fee bp × months ÷
 * 10,000, half up); the schedule is the down payment (seq 1, due today) then the rest plus fee,
 * remainder on the first of them, so sum(schedule) === totalCents === balance + fee exactly.
 * A down payment of the whole balance is the full payment; months outside the policy's bounds,
 * none. `installmentCents` is the regular monthly instalment (the down payment may differ).
 */
export function downPaymentPlan(ctx: PolicyContext, downCents: Cents, months: number): PlanOffer | undefined {
  const { account, settings, today } = ctx;
  const balance = account.balanceCents;
  if (!Number.isSafeInteger(downCents) || downCents <= 0 || balance <= 0) return undefined;
  if (downCents >= balance) return allowedPlan(ctx, 'full', 1);
  if (!Number.isInteger(months) || months < settings.minMonths || months > settings.maxMonths)
    return undefined;
  const rest = balance - downCents;
  const fee = mulDivHalfUp(rest, settings.installmentFeeBp * months, 10_000);
  if (rest + fee < months) return undefined;
  const amounts = splitWithRemainderFirst(rest + fee, months);
  const schedule = [
    { seq: 1, dueDate: today, amountCents: downCents },
    ...amounts.map((amountCents, i) => ({ seq: i + 2, dueDate: addMonths(today, i + 1), amountCents })),
  ];
  return {
    id: `${account.accountId}:down:${downCents}:${months}:${today}`,
    kind: 'installments',
    months: months + 1,
    principalCents: balance,
    feeCents: fee,
    totalCents: balance + fee,
    installmentCents: amounts[amounts.length - 1] ?? 0,
    schedule,
  };
}

/**
 * Offers for a down payment: the named length (clamped into the policy's bounds), or when none
 * was named the shortest allowed, 6 and 12 months (at most 3, within bounds, no repeats).
 */
export function downPaymentOffers(
  ctx: PolicyContext,
  downCents: Cents,
  months: number | undefined,
): PlanOffer[] {
  const { minMonths, maxMonths } = ctx.settings;
  const clamp = (m: number): number => Math.min(Math.max(Math.round(m), minMonths), maxMonths);
  const lengths = months !== undefined ? [clamp(months)] : [minMonths, ...SUGGESTED_MONTHS].map(clamp);
  const seen = new Set<string>();
  const offers: PlanOffer[] = [];
  for (const m of lengths) {
    const offer = downPaymentPlan(ctx, downCents, m);
    if (offer && !seen.has(offer.id)) {
      seen.add(offer.id);
      offers.push(offer);
    }
  }
  return offers.slice(0, 3);
}
