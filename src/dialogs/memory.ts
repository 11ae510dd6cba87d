import type { TurnContext } from 'botbuilder';
import type { Act } from '../core/act.js';
import { localDate } from '../core/dates.js';
import type { Account } from '../store/accounts.js';
import { accountFacts } from './facts.js';
import type { DialogServices } from './services.js';
import { say, turnCase } from './turn.js';

/**
 * What a returning holder hears right after verification when the account carries a promise to
 * pay, a cease-contact request or a workplace restriction (an open dispute and a current plan are told by the negotiation's
 * own greeting, which comes first). Undefined when there is nothing to remember.
 */
export async function rememberedAct(
  s: DialogServices,
  account: Account,
  channel: Channel,
): Promise<Act | undefined> {
  const id = account.accountId;
  if ((await s.stores.disputes.hasOpen(id)) || (await s.stores.plans.currentFor(id))) return undefined;
  const promise = await s.stores.promises.activeFor(id);
  if (promise && promise.amountCents > promise.paidCents) {
    return {
      kind: 'promise_status',
      currency: promise.currency,
      amountCents: promise.amountCents - promise.paidCents,
      dueDate: promise.dueDate,
      promiseId: promise.promiseId,
    };
  }
  const ceased =
    (await s.stores.contacts.hasCeased(id)) ||
    (await s.stores.contacts.hasCeasedAddress(channel.channelId, channel.userId));
  if (ceased) return { kind: 'collection_paused', reason: 'cease_contact' };
  // "别往我单位打电话" asked before (conv15): told as where things stand.
  if ((await s.stores.contacts.restrictionsOf(id)).includes('workplace')) {
    return {
      kind: 'answer',
      answer: { topic: 'third_parties', workplaceCallsStopped: true, remembered: true },
      verified: true,
    };
  }
  return undefined;
}

interface Channel {
  channelId: string;
  userId: string;
}

/**
 * Greets a returning holder with where things stand (a promise to pay: the amount still open and
 * the date; a cease-contact request: acknowledged, no pitch), after the account summary, and marks
 * the summary as shown so the negotiation starts on the person's next message. True when said.
 */
export async function sayWhatWeRemember(
  context: TurnContext,
  s: DialogServices,
  account: Account,
): Promise<boolean> {
  const state = turnCase(context);
  if (state.summaryShown) return false;
  const channel = {
    channelId: context.activity.channelId ?? 'unknown',
    userId: context.activity.from?.id ?? '',
  };
  const act = await rememberedAct(s, account, channel);
  if (!act) return false;
  const today = localDate(s.clock.now(), account.timeZone);
  state.summaryShown = true;
  state.negotiation.stage = 'asked';
  await say(context, s, { kind: 'verified', account: accountFacts(account, today) }, act);
  return true;
}
