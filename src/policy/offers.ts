import type { PlanOffer } from '../core/act.js';
import type { Cents } from '../core/money.js';
import type { IsoDate } from '../core/dates.js';
import {
  allowedPlan,
  isHardshipEligible,
  isWithinExtensionWindow,
  latestOneOffDate,
  maxMonthsFor,
  minimumPayment,
  type PolicyContext,
} from './plans.js';
import type { NoFitReason, OfferRequest, OfferResult } from './types.js';

/** At most this many offers go to the person at once. */
export const MAX_OFFERS = 3;

/**
 * The best offers for what the person said, best first (see `OfferResult` for `fits`).
 * - months ("分12期"): that plan. An amount (either period) then bounds each instalment and rules:
 *   when that plan's instalment is over it (and, for a hardship-eligible account, the hardship
 *   plan's of the same length too), the result is as for the monthly amount alone.
 * - byDate ("next Friday"): the minimum (or the full balance) by that date, if within the
 *   extension window; otherwise the extension (the latest allowed date) as the closest offer.
 * - a lump sum: full / minimum today / extension that fit.
 * - a monthly amount: the full balance if it fits, and the SHORTEST instalment plan whose largest
 *   instalment is within it; a hardship plan only for eligible accounts when no regular plan fits.
 * - nothing stated: the default menu.
 */
export function computeOffers(ctx: PolicyContext, request: OfferRequest): OfferResult {
  if (ctx.account.balanceCents <= 0) return noFit('nothing_due', []);
  const once = request.period === 'once';
  const amount = request.affordableCents;
  if (request.months !== undefined) return offersForMonths(ctx, request.months, amount);
  if (request.byDate !== undefined && (once || amount === undefined))
    return offersByDate(ctx, request.byDate, amount);
  if (amount === undefined) return defaultMenu(ctx);
  return once ? lumpSumOffers(ctx, amount) : monthlyOffers(ctx, amount);
}

/** Full balance, then a short extension (or the longest plans for hardship-eligible accounts). */
function defaultMenu(ctx: PolicyContext): OfferResult {
  const { settings, account } = ctx;
  const offers = isHardshipEligible(settings, account)
    ? [
        plan(ctx, 'full'),
        plan(ctx, 'installments', settings.maxMonths),
        plan(ctx, 'hardship', settings.hardshipMaxMonths),
      ]
    : [plan(ctx, 'full'), plan(ctx, 'extension'), plan(ctx, 'installments', settings.maxMonths)];
  return fit(offers);
}

function monthlyOffers(ctx: PolicyContext, perMonth: Cents): OfferResult {
  const { settings, account } = ctx;
  const offers: (PlanOffer | undefined)[] = [];
  if (perMonth >= account.balanceCents) offers.push(plan(ctx, 'full'));
  const regular = shortestFitting(ctx, 'installments', perMonth);
  offers.push(regular);
  if (!regular && isHardshipEligible(settings, account))
    offers.push(shortestFitting(ctx, 'hardship', perMonth));
  if (present(offers).length > 0) return fit(offers);
  return noFit('no_plan_fits', longestPlans(ctx));
}

function lumpSumOffers(ctx: PolicyContext, lump: Cents): OfferResult {
  const candidates = present([plan(ctx, 'full'), plan(ctx, 'minimum'), plan(ctx, 'extension')]);
  const fitting = candidates.filter((o) => o.totalCents <= lump);
  if (fitting.length > 0) return fit(fitting);
  return noFit('below_minimum_due', [plan(ctx, 'extension'), ...monthlyOffers(ctx, lump).offers]);
}

function offersByDate(ctx: PolicyContext, byDate: IsoDate, lump: Cents | undefined): OfferResult {
  const { settings, account, today } = ctx;
  if (!isWithinExtensionWindow(settings, today, byDate)) {
    const latest = latestOneOffDate(settings, today);
    const full =
      lump !== undefined && lump >= account.balanceCents ? plan(ctx, 'full', 1, latest) : undefined;
    const plans = lump !== undefined && lump < minimumPayment(account) ? monthlyOffers(ctx, lump).offers : [];
    return noFit('date_outside_window', [full, plan(ctx, 'extension'), ...plans]);
  }
  const minimum = plan(ctx, 'minimum', 1, byDate);
  const full = plan(ctx, 'full', 1, byDate);
  if (lump === undefined) return fit([minimum, full]);
  const fitting = present([full, minimum]).filter((o) => o.totalCents <= lump);
  if (fitting.length > 0) return fit(fitting);
  return noFit('below_minimum_due', [minimum, ...monthlyOffers(ctx, lump).offers]);
}

function offersForMonths(ctx: PolicyContext, months: number, perMonth: Cents | undefined): OfferResult {
  const { settings, account } = ctx;
  const eligible = isHardshipEligible(settings, account);
  const requested =
    plan(ctx, 'installments', months) ?? (eligible ? plan(ctx, 'hardship', months) : undefined);
  if (perMonth !== undefined) {
    // "分20期 一期2900": the fee-free hardship plan of the length asked, for an eligible account,
    // when the regular one of that length is over the amount (conv16).
    const hardship = eligible ? plan(ctx, 'hardship', months) : undefined;
    const within = [requested, hardship].find((o) => o !== undefined && o.installmentCents <= perMonth);
    return within ? fit([within]) : monthlyOffers(ctx, perMonth);
  }
  if (requested) return fit([requested]);
  const longest = eligible ? settings.hardshipMaxMonths : settings.maxMonths;
  const clamped = Math.min(Math.max(Math.round(months), settings.minMonths), longest);
  const closest = plan(ctx, 'installments', clamped) ?? plan(ctx, 'hardship', clamped);
  return noFit('months_out_of_bounds', [closest]);
}

/** The shortest plan of a kind whose largest instalment is within `perMonth`, if any. */
function shortestFitting(
  ctx: PolicyContext,
  kind: 'installments' | 'hardship',
  perMonth: Cents,
): PlanOffer | undefined {
  for (let months = ctx.settings.minMonths; months <= maxMonthsFor(ctx.settings, kind); months++) {
    const offer = plan(ctx, kind, months);
    if (offer && offer.installmentCents <= perMonth) return offer;
  }
  return undefined;
}

/** The lowest monthly burden the policy allows: the longest hardship plan first when eligible. */
function longestPlans(ctx: PolicyContext): (PlanOffer | undefined)[] {
  const { settings, account } = ctx;
  const regular = plan(ctx, 'installments', settings.maxMonths);
  if (!isHardshipEligible(settings, account)) return [regular];
  return [plan(ctx, 'hardship', settings.hardshipMaxMonths), regular];
}

function plan(
  ctx: PolicyContext,
  kind: PlanOffer['kind'],
  months = 1,
  byDate?: IsoDate,
): PlanOffer | undefined {
  return allowedPlan(ctx, kind, months, byDate);
}

function fit(offers: (PlanOffer | undefined)[]): OfferResult {
  return { fits: true, offers: distinct(offers) };
}

function noFit(reason: NoFitReason, offers: (PlanOffer | undefined)[]): OfferResult {
  return { fits: false, offers: distinct(offers), reason };
}

/** Present, without repeats (by id), at most MAX_OFFERS, in the order given. */
function distinct(offers: (PlanOffer | undefined)[]): PlanOffer[] {
  const seen = new Set<string>();
  return present(offers)
    .filter((o) => !seen.has(o.id) && Boolean(seen.add(o.id)))
    .slice(0, MAX_OFFERS);
}

function present(offers: (PlanOffer | undefined)[]): PlanOffer[] {
  return offers.filter((o): o is PlanOffer => o !== undefined);
}
