import type { DialogContext } from 'botbuilder-dialogs';
import { randomUUID } from 'node:crypto';
import type { Act } from '../core/act.js';
import { paidOn } from '../language/offline/index.js';
import { paidVia } from '../language/offline/paymentClaim.js';
import type { Understanding } from '../language/understanding.js';
import type { Account } from '../store/accounts.js';
import { accountToday } from './planSteps.js';
import type { DialogServices } from './services.js';

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
): Promise<void> {
  const words = dc.context.activity.text ?? '';
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
