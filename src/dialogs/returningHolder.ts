import type { DialogContext } from 'botbuilder-dialogs';
import { planStanding } from '../payments/standing.js';
import type { Account } from '../store/accounts.js';
import { accountFacts } from './facts.js';
import { pauseReason } from './paymentClaim.js';
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
      { kind: 'collection_paused', reason: await pauseReason(s, account.accountId) },
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
