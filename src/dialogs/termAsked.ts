import type { OfferRequest } from '../policy/index.js';

/** How far the person's own sum of an instalment may be from the balance ÷ the months (5 %). */
const OWN_SUM_TOLERANCE_BP = 500;

/**
 * A number of months asked with the person's own sum of its instalment ("能分20期吗 一期2900那样",
 * "could we do 12 months? like 267.50 each", "分15期 一期八百多"): the balance ÷ the months, give or
 * take 5 %, worked out without the instalment fee. That amount is arithmetic, not a new, lower
 * limit: when the person stated a monthly budget earlier in the conversation that is at least as
 * high, the budget is the limit the plan of the asked length must keep (its true instalment, fee
 * included, is what the reply states). Every other request is returned as it is.
 *
 *   termWithinBudget({ months: 20, affordableCents: 290_000, period: 'month' }, 300_000, 5_800_000)
 *   // { months: 20, affordableCents: 300_000, period: 'month' }
 */
export function termWithinBudget(
  request: OfferRequest,
  budgetCents: number | undefined,
  balanceCents: number,
): OfferRequest {
  const { months, affordableCents: amount } = request;
  if (months === undefined || amount === undefined || request.period === 'once') return request;
  if (budgetCents === undefined || budgetCents <= amount || months <= 0 || balanceCents <= 0) return request;
  const own = amount * months;
  if (Math.abs(own - balanceCents) * 10_000 > balanceCents * OWN_SUM_TOLERANCE_BP) return request;
  return { ...request, affordableCents: budgetCents };
}

/** The monthly budget a request states on its own ("每个月最多能拿出三千", "300 a month max"), or undefined. */
export function statedBudget(request: OfferRequest): number | undefined {
  const monthly = request.period === undefined || request.period === 'month';
  return request.months === undefined && monthly ? request.affordableCents : undefined;
}
