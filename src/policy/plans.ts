import type { AccountFacts, PlanKind, PlanOffer } from '../core/act.js';
import type { Cents } from '../core/money.js';
import { addDays, addMonths, isIsoDate, type IsoDate } from '../core/dates.js';
import { mulDivHalfUp, splitWithRemainderFirst } from './arithmetic.js';
import type { PolicySettings } from './settings.js';
import type { PlanOutcome, PlanRefusal } from './types.js';

/** One account on one day under one policy: what every computation here starts from. */
export interface PolicyContext {
  settings: PolicySettings;
  account: AccountFacts;
  today: IsoDate;
}

/** An account at least `hardshipMinDays` past due may get a hardship plan. */
export function isHardshipEligible(settings: PolicySettings, account: AccountFacts): boolean {
  return account.daysPastDue >= settings.hardshipMinDays;
}

/** The latest date a one-off payment may be due: today + the extension days. */
export function latestOneOffDate(settings: PolicySettings, today: IsoDate): IsoDate {
  return addDays(today, settings.extensionDays);
}

/** Whether `date` is a real date from today to today + the extension days, inclusive. */
export function isWithinExtensionWindow(settings: PolicySettings, today: IsoDate, date: IsoDate): boolean {
  return isIsoDate(date) && date >= today && date <= latestOneOffDate(settings, today);
}

/** The longest plan of a kind the policy allows (instalments or hardship). */
export function maxMonthsFor(settings: PolicySettings, kind: 'installments' | 'hardship'): number {
  return kind === 'hardship' ? settings.hardshipMaxMonths : settings.maxMonths;
}

/** The minimum due, never more than the balance. */
export function minimumPayment(account: AccountFacts): Cents {
  return Math.min(account.minimumDueCents, account.balanceCents);
}

/**
 * Builds the exact plan of a kind, or says which rule forbids it.
 * - 'full' / 'minimum': one payment of the balance / minimum due, due `byDate` (which must be
 *   within the extension window) or today; `months` is ignored (a one-off plan has months 1).
 * - 'extension': the minimum due, due today + the extension days.
 * - 'installments' / 'hardship': see `monthlyPlan`.
 */
export function buildPlan(ctx: PolicyContext, kind: PlanKind, months: number, byDate?: IsoDate): PlanOutcome {
  const { account, settings, today } = ctx;
  if (account.balanceCents <= 0) return refuse('nothing_due');
  switch (kind) {
    case 'full':
      return oneOffPlan(ctx, kind, account.balanceCents, byDate ?? today);
    case 'minimum':
      return oneOffPlan(ctx, kind, minimumPayment(account), byDate ?? today);
    case 'extension':
      return oneOffPlan(ctx, kind, minimumPayment(account), latestOneOffDate(settings, today));
    case 'installments':
      return monthlyPlan(ctx, kind, months);
    case 'hardship':
      if (!isHardshipEligible(settings, account)) return refuse('not_hardship_eligible');
      return monthlyPlan(ctx, kind, months);
  }
}

/** The offer when the policy allows it, else undefined (for callers that only want offers). */
export function allowedPlan(
  ctx: PolicyContext,
  kind: PlanKind,
  months: number,
  byDate?: IsoDate,
): PlanOffer | undefined {
  const outcome = buildPlan(ctx, kind, months, byDate);
  return outcome.outcome === 'offer' ? outcome.offer : undefined;
}

function oneOffPlan(ctx: PolicyContext, kind: PlanKind, amount: Cents, dueDate: IsoDate): PlanOutcome {
  if (amount <= 0) return refuse('nothing_due');
  if (!isWithinExtensionWindow(ctx.settings, ctx.today, dueDate)) return refuse('date_outside_window');
  return {
    outcome: 'offer',
    offer: {
      id: offerId(ctx.account, kind, 1, dueDate),
      kind,
      months: 1,
      principalCents: amount,
      feeCents: 0,
      totalCents: amount,
      installmentCents: amount,
      schedule: [{ seq: 1, dueDate, amountCents: amount }],
    },
  };
}

/**
 * Monthly instalments of the whole balance. Fee = principal × fee bp × months ÷ 10,000, rounded
 * half up to the cent (hardship uses `hardshipFeeBp`, 0 by default). The total is split with the
 * remainder on the FIRST instalment, so sum(schedule) === totalCents === principal + fee exactly;
 * instalment k (1-based) is due addMonths(today, k).
 */
function monthlyPlan(ctx: PolicyContext, kind: 'installments' | 'hardship', months: number): PlanOutcome {
  const { account, settings, today } = ctx;
  if (!Number.isInteger(months) || months < settings.minMonths || months > maxMonthsFor(settings, kind)) {
    return refuse('months_out_of_bounds');
  }
  const principal = account.balanceCents;
  const feeBp = kind === 'hardship' ? settings.hardshipFeeBp : settings.installmentFeeBp;
  const fee = mulDivHalfUp(principal, feeBp * months, 10_000);
  const total = principal + fee;
  if (total < months) return refuse('amount_too_small');
  const amounts = splitWithRemainderFirst(total, months);
  const schedule = amounts.map((amountCents, i) => ({
    seq: i + 1,
    dueDate: addMonths(today, i + 1),
    amountCents,
  }));
  return {
    outcome: 'offer',
    offer: {
      id: offerId(account, kind, months, schedule[0]?.dueDate ?? today),
      kind,
      months,
      principalCents: principal,
      feeCents: fee,
      totalCents: total,
      installmentCents: amounts[0] ?? 0,
      schedule,
    },
  };
}

/** Deterministic: the same account, kind, months and first due date give the same id. */
function offerId(account: AccountFacts, kind: PlanKind, months: number, firstDue: IsoDate): string {
  return `${account.accountId}:${kind}:${months}:${firstDue}`;
}

function refuse(reason: PlanRefusal): PlanOutcome {
  return { outcome: 'not_allowed', reason };
}
