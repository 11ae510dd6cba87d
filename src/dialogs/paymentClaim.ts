import type { DialogContext } from 'botbuilder-dialogs';
import { randomUUID } from 'node:crypto';
import type { Act } from '../core/act.js';
import { paidOn } from '../language/offline/index.js';
import { paidVia } from '../language/offline/paymentClaim.js';
import type { Understanding } from '../language/understanding.js';
import type { Account } from '../store/accounts.js';
import { accountToday } from './planSteps.js';
import type { DialogServices } from './services.js';
import { maskPii } from '../core/pii.js';
import { say, turnCase, turnUnderstanding } from './turn.js';

type Claimed = NonNullable<Extract<Act, { kind: 'payment_claimed' }>['claimed']>;

/**
 * What the person said they paid, when and how: a day in the past in the account's time zone,
 * whatever read it (a model may read "11月20号" forward, as it would a promise), and the channel
 * from a closed list ("建行转的", "thru zelle").
 */
function claimed(s: DialogServices, account: Account, u: Understanding, text: string): Claimed {
  const { amountCents } = u.slots;
  const date = u.slots.date !== undefined ? paidOn(u.slots.date, accountToday(s, account)) : undefined;
  const via = paidVia(text);
  return {
    currency: account.currency,
    ...(amountCents !== undefined ? { amountCents } : {}),
    ...(date !== undefined ? { paidOn: date } : {}),
    ...(via !== undefined ? { via } : {}),
  };
}

/**
 * The reply to "I already paid": what they said they paid, when and how, repeated so they can
 * correct it; that it cannot be confirmed here yet, and that collection is paused while it is checked.
 */
export function paymentClaimed(s: DialogServices, account: Account, u: Understanding, text: string): Act {
  const c = claimed(s, account, u, text);
  const said = c.amountCents !== undefined || c.paidOn !== undefined || c.via !== undefined;
  return said ? { kind: 'payment_claimed', claimed: c } : { kind: 'payment_claimed' };
}

/** "I already paid (2000 yesterday, from CCB)": recorded as a payment claim, which pauses collection while checked. */
export async function recordPaymentClaim(
  dc: DialogContext,
  s: DialogServices,
  account: Account,
  u: Understanding,
  words: string = dc.context.activity.text ?? '',
): Promise<void> {
  const { amountCents, paidOn: date, via } = claimed(s, account, u, words);
  const said = [
    amountCents !== undefined ? `amount ${amountCents} cents` : '',
    date !== undefined ? `paid on ${date}` : '',
    via !== undefined ? `via ${via}` : '',
  ].filter(Boolean);
  await s.stores.disputes.open({
    disputeId: `D-${randomUUID().slice(0, 8).toUpperCase()}`,
    accountId: account.accountId,
    conversationId: dc.context.activity.conversation?.id,
    text: said.length > 0 ? `${words} [${said.join(', ')}]` : words,
    createdAt: s.clock.now().toISOString(),
    kind: 'payment_claim',
  });
}

/**
 * Why collection is paused while a case is open: a payment being checked when every open case is
 * a payment claim (so a later "转了1300" hears "we are checking your payment", not "your dispute").
 */
export async function pauseReason(
  s: DialogServices,
  accountId: string,
): Promise<'dispute' | 'payment_claim'> {
  const open = (await s.stores.disputes.listFor(accountId)).filter((d) => d.status === 'open');
  return open.length > 0 && open.every((d) => d.kind === 'payment_claim') ? 'payment_claim' : 'dispute';
}

/**
 * "I paid last week, check your system" before verification (conv18): kept (masked) to be
 * recorded once the person verifies; told so, with no payment request and nothing about the account.
 */
export async function notePaymentBeforeVerified(dc: DialogContext, s: DialogServices): Promise<void> {
  const state = turnCase(dc.context);
  const u = turnUnderstanding(dc.context);
  const { amountCents, date } = u?.slots ?? {};
  state.paidBeforeVerified = {
    words: maskPii((dc.context.activity.text ?? '').slice(0, 500)),
    ...(amountCents !== undefined ? { amountCents } : {}),
    ...(date !== undefined ? { date } : {}),
  };
  await say(dc.context, s, { kind: 'payment_claimed', beforeVerified: true });
}

/**
 * Verified after "I already paid" (conv18): the claim recorded now, and the reply to it (what they
 * said they paid, collection paused while it is checked) instead of "how would you like to handle it?".
 * False when there was no such claim.
 */
export async function recordPaymentClaimedBefore(
  dc: DialogContext,
  s: DialogServices,
  account: Account,
): Promise<Act | undefined> {
  const state = turnCase(dc.context);
  const held = state.paidBeforeVerified;
  if (!held) return undefined;
  state.paidBeforeVerified = undefined;
  const u: Understanding = {
    intent: 'already_paid',
    slots: {
      ...(held.amountCents !== undefined ? { amountCents: held.amountCents } : {}),
      ...(held.date !== undefined ? { date: held.date } : {}),
    },
    language: state.locale,
    distress: false,
    injection: false,
    source: 'rules',
  };
  await recordPaymentClaim(dc, s, account, u, held.words);
  return paymentClaimed(s, account, u, held.words);
}
