import type { DialogContext } from 'botbuilder-dialogs';
import { randomUUID } from 'node:crypto';
import type { Act } from '../core/act.js';
import { paidOn } from '../language/offline/index.js';
import type { Understanding } from '../language/understanding.js';
import { planStanding } from '../payments/standing.js';
import type { Account } from '../store/accounts.js';
import { accountFacts } from './facts.js';
import { accountToday } from './planSteps.js';
import type { DialogServices } from './services.js';
import { say, turnCase } from './turn.js';

/**
 * A returning holder hears where things stand before anything else: an open dispute (collection
 * paused) or the agreed plan and its next instalment. True when that was said.
 */
export async function sayWhereThingsStand(
  dc: DialogContext,
  s: DialogServices,
  account: Account,
): Promise<boolean> {
  const today = accountToday(s, account);
  const facts = accountFacts(account, today);
  if (await s.stores.disputes.hasOpen(account.accountId)) {
    await say(
      dc.context,
      s,
      { kind: 'verified', account: facts },
      { kind: 'collection_paused', reason: 'dispute' },
    );
    return true;
  }
  // The plan that still sets the schedule (active, partly kept or broken), and its next
  // instalment as the payments feed left it: what is still open on it, not the scheduled amount.
  const plan = await s.stores.plans.currentFor(account.accountId);
  if (!plan) return false;
  const open = (await planStanding(s.stores, account.accountId, today))?.plan?.next;
  const next = open ? { seq: open.seq, dueDate: open.dueDate, amountCents: open.openCents } : undefined;
  turnCase(dc.context).negotiation.agreedPlanId = plan.planId;
  await say(
    dc.context,
    s,
    { kind: 'verified', account: facts },
    {
      kind: 'plan_status',
      currency: plan.currency,
      planId: plan.planId,
      offer: plan.offer,
      ...(next ? { next } : {}),
    },
  );
  return true;
}

/** "I already paid (2000 yesterday)": recorded as a payment claim, which pauses collection while checked. */
/**
 * What the person said they paid, and when: a day in the past in the account's time zone, whatever
 * read it (a model may read "11月20号" forward, as it would a promise).
 */
function claimed(
  s: DialogServices,
  account: Account,
  u: Understanding,
): { amountCents?: number; date?: string } {
  const { amountCents } = u.slots;
  const date = u.slots.date !== undefined ? paidOn(u.slots.date, accountToday(s, account)) : undefined;
  return {
    ...(amountCents !== undefined ? { amountCents } : {}),
    ...(date !== undefined ? { date } : {}),
  };
}

/** The reply to "I already paid": what they said they paid and when, repeated so they can correct it. */
export function paymentClaimed(s: DialogServices, account: Account, u: Understanding): Act {
  const { amountCents, date } = claimed(s, account, u);
  if (amountCents === undefined && date === undefined) return { kind: 'payment_claimed' };
  return {
    kind: 'payment_claimed',
    claimed: {
      currency: account.currency,
      ...(amountCents !== undefined ? { amountCents } : {}),
      ...(date !== undefined ? { paidOn: date } : {}),
    },
  };
}

export async function recordPaymentClaim(
  dc: DialogContext,
  s: DialogServices,
  account: Account,
  u: Understanding,
): Promise<void> {
  const { amountCents, date } = claimed(s, account, u);
  const said = [
    amountCents !== undefined ? `amount ${amountCents} cents` : '',
    date !== undefined ? `paid on ${date}` : '',
  ].filter(Boolean);
  const words = dc.context.activity.text ?? '';
  await s.stores.disputes.open({
    disputeId: `D-${randomUUID().slice(0, 8).toUpperCase()}`,
    accountId: account.accountId,
    conversationId: dc.context.activity.conversation?.id,
    text: said.length > 0 ? `${words} [${said.join(', ')}]` : words,
    createdAt: s.clock.now().toISOString(),
    kind: 'payment_claim',
  });
}
