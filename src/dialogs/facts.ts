import type { AccountFacts } from '../core/act.js';
import { daysBetween } from '../core/dates.js';
import type { Understanding } from '../language/understanding.js';
import type { OfferRequest } from '../policy/index.js';
import type { Account } from '../store/accounts.js';

/**
 * The account's facts as of `today` (the holder's local date, when given): days past due are
 * computed from the due date, not taken from the file's stored (possibly stale) number.
 */
export function accountFacts(a: Account, today?: string): AccountFacts {
  const daysPastDue = today !== undefined ? Math.max(0, daysBetween(a.dueDate, today)) : a.daysPastDue;
  return {
    accountId: a.accountId,
    holderName: a.holderName,
    cardLast4: a.cardLast4,
    currency: a.currency,
    balanceCents: a.balanceCents,
    minimumDueCents: a.minimumDueCents,
    daysPastDue,
    dueDate: a.dueDate,
  };
}

/** What the person asked for, as the policy reads it. Undefined when they named nothing. */
export function offerRequestFrom(u: Understanding): OfferRequest | undefined {
  const { amountCents, period, months, date } = u.slots;
  if (amountCents === undefined && months === undefined && date === undefined) return undefined;
  const request: OfferRequest = {};
  if (amountCents !== undefined && amountCents > 0) {
    request.affordableCents = amountCents;
    request.period = period ?? (date ? 'once' : 'month');
  }
  if (months !== undefined) request.months = months;
  if (date !== undefined) request.byDate = date;
  return request;
}
