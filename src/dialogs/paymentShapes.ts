import type { DialogContext } from 'botbuilder-dialogs';
import { randomUUID } from 'node:crypto';
import type { AccountFacts, Act, PlanOffer } from '../core/act.js';
import { maskPii } from '../core/pii.js';
import { saysPayMinimum, saysPayday, saysWhenVaguely } from '../language/offline/index.js';
import { latestOneOffDate } from '../policy/index.js';
import type { Understanding } from '../language/understanding.js';
import type { Account } from '../store/accounts.js';
import type { DialogServices } from './services.js';
import { say, turnCase } from './turn.js';

/**
 * "I'll pay it all on payday", "一次性还清", "$3,210 by the 20th": the whole balance, once. Also
 * an amount of at least the balance paid once. Not a date-only or partial lump sum.
 */
export function wantsFullPayment(u: Understanding, facts: AccountFacts): boolean {
  const { amountCents, period, months, downPaymentCents } = u.slots;
  if (months !== undefined || downPaymentCents !== undefined || period !== 'once') return false;
  return amountCents === undefined || amountCents >= facts.balanceCents;
}

/** The consequences, once before a plan is confirmed if the person never heard them. */
export function consequencesOnce(
  s: DialogServices,
  dc: DialogContext,
  facts: AccountFacts,
  today: string,
): Act[] {
  const state = turnCase(dc.context);
  if (state.consequencesShown) return [];
  state.consequencesShown = true;
  return [{ kind: 'consequences', ...s.policy.consequences(facts, today) }];
}

/**
 * Paying the whole balance by a date (today when none): within the policy's one-off horizon it
 * goes straight to confirmation (accepting records a promise); a later date is said to be too far,
 * truthfully, with what is possible instead: the full balance by the latest date, and plans.
 */
export async function payInFull(
  dc: DialogContext,
  s: DialogServices,
  facts: AccountFacts,
  date: string | undefined,
  today: string,
): Promise<void> {
  const n = turnCase(dc.context).negotiation;
  const latest = latestOneOffDate(s.policy.settings, today);
  const byDate = date === undefined || date < today ? today : date;
  if (byDate <= latest) {
    const outcome = s.policy.plan(facts, 'full', 1, today, byDate);
    if (outcome.outcome === 'offer') {
      n.pending = outcome.offer;
      n.pendingWords = maskPii(dc.context.activity.text ?? '').slice(0, 500);
      n.offers = [outcome.offer];
      n.stage = 'confirming';
      return say(dc.context, s, ...consequencesOnce(s, dc, facts, today), {
        kind: 'plan_confirm',
        currency: facts.currency,
        offer: outcome.offer,
      });
    }
  }
  return fullOptions(dc, s, facts, today, { askedDate: byDate, latestDate: latest });
}

/**
 * Paying the whole balance, as people say it. A date named with payday words is remembered as the
 * payday. Paying "on payday", "next month", "in March" without a date asks which date (or uses the
 * payday named earlier); asked once already, the options up to the latest date are shown instead.
 * With options on the table, "the whole thing" chooses the full payment offered. After the date
 * question, a date alone completes it. True when the message was handled here.
 */
export async function fullPayment(
  dc: DialogContext,
  s: DialogServices,
  facts: AccountFacts,
  u: Understanding,
  today: string,
): Promise<boolean> {
  const n = turnCase(dc.context).negotiation;
  const text = dc.context.activity.text ?? '';
  const { date } = u.slots;
  if (date !== undefined && saysPayday(text)) n.payday = date;
  const dateOnly = date !== undefined && u.slots.amountCents === undefined && u.slots.months === undefined;
  if (n.awaitingDate && dateOnly) {
    // The promise keeps the words that made it ("发工资就全还") with the date named after.
    const earlier = n.pendingWords;
    n.awaitingDate = false;
    await payInFull(dc, s, facts, date, today);
    if (n.pending && earlier) n.pendingWords = `${earlier} / ${n.pendingWords ?? ''}`.slice(0, 500);
    return true;
  }
  if (!wantsFullPayment(u, facts)) return false;
  const vague = date === undefined && saysWhenVaguely(text);
  const when = date ?? (vague && n.payday !== undefined && n.payday >= today ? n.payday : undefined);
  if (when === undefined && vague) {
    await (n.awaitingDate ? fullOptions(dc, s, facts, today) : askPaymentDate(dc, s, facts, today));
    return true;
  }
  n.awaitingDate = false;
  await payInFull(dc, s, facts, when, today);
  return true;
}

/**
 * "我先把最低还款还上", "I'll just pay the minimum (by Friday)": the minimum due by the date named
 * (today when none) goes to confirmation; a date past the horizon is said to be too far, with the
 * options. True when the message chose the minimum.
 */
export async function payMinimum(
  dc: DialogContext,
  s: DialogServices,
  facts: AccountFacts,
  u: Understanding,
  today: string,
): Promise<boolean> {
  if (!saysPayMinimum(dc.context.activity.text ?? '') || u.slots.amountCents !== undefined) return false;
  const latest = latestOneOffDate(s.policy.settings, today);
  const byDate = u.slots.date === undefined || u.slots.date < today ? today : u.slots.date;
  if (byDate > latest) {
    await fullOptions(dc, s, facts, today, { askedDate: byDate, latestDate: latest });
    return true;
  }
  const n = turnCase(dc.context).negotiation;
  // "The minimum one" with options on the table: the minimum offered, as offered.
  const offered =
    n.stage === 'offered' && u.slots.date === undefined
      ? n.offers.find((o) => o.kind === 'minimum')
      : undefined;
  const outcome = offered ? undefined : s.policy.plan(facts, 'minimum', 1, today, byDate);
  const offer = offered ?? (outcome?.outcome === 'offer' ? outcome.offer : undefined);
  if (!offer) return false;
  n.pending = offer;
  n.pendingWords = undefined;
  if (!offered) n.offers = [offer];
  n.stage = 'confirming';
  n.awaitingDate = false;
  await say(dc.context, s, ...consequencesOnce(s, dc, facts, today), {
    kind: 'plan_confirm',
    currency: facts.currency,
    offer,
  });
  return true;
}

/**
 * "对，全部还清" / "yes the whole thing" with options on the table: the full payment offered
 * (1-based), never a different date or the minimum. Undefined when none is offered.
 */
export function offeredFull(dc: DialogContext, u: Understanding): number | undefined {
  const n = turnCase(dc.context).negotiation;
  if (n.stage !== 'offered' || u.slots.date !== undefined || u.slots.period !== 'once') return undefined;
  if (u.slots.amountCents !== undefined || u.slots.months !== undefined) return undefined;
  const text = dc.context.activity.text ?? '';
  if (saysWhenVaguely(text) || saysPayMinimum(text)) return undefined;
  const index = n.offers.findIndex((o) => o.kind === 'full');
  return index >= 0 ? index + 1 : undefined;
}

async function askPaymentDate(
  dc: DialogContext,
  s: DialogServices,
  facts: AccountFacts,
  today: string,
): Promise<void> {
  const n = turnCase(dc.context).negotiation;
  n.awaitingDate = true;
  n.pending = undefined;
  n.stage = 'asked';
  n.pendingWords = maskPii(dc.context.activity.text ?? '').slice(0, 500);
  return say(dc.context, s, {
    kind: 'ask_payment_date',
    currency: facts.currency,
    amountCents: facts.balanceCents,
    latestDate: latestOneOffDate(s.policy.settings, today),
  });
}

/** The full balance by the latest date the policy allows, and the plans, as options. */
export async function fullOptions(
  dc: DialogContext,
  s: DialogServices,
  facts: AccountFacts,
  today: string,
  tooFar?: { askedDate: string; latestDate: string },
): Promise<void> {
  const n = turnCase(dc.context).negotiation;
  const latest = latestOneOffDate(s.policy.settings, today);
  const full = s.policy.plan(facts, 'full', 1, today, latest);
  const others = s.policy.offers(facts, {}, today).offers.filter((o) => o.kind !== 'full');
  const offers = [...(full.outcome === 'offer' ? [full.offer] : []), ...others].slice(0, 3);
  n.offers = offers;
  n.pending = undefined;
  n.stage = 'offered';
  n.awaitingDate = false;
  return say(dc.context, s, {
    kind: 'plan_offers',
    currency: facts.currency,
    offers,
    fits: false,
    ...(tooFar ? { tooFar } : {}),
  });
}

/** "先还5000，剩下的分6期": the down payment plan(s); one named length goes straight to confirmation. */
export async function downPayment(
  dc: DialogContext,
  s: DialogServices,
  facts: AccountFacts,
  u: Understanding,
  today: string,
): Promise<boolean> {
  const n = turnCase(dc.context).negotiation;
  // "剩下的分6个月吧" after the down payment options: the same down payment, that length.
  const followUp =
    n.stage === 'offered' &&
    n.offers.some((o) => o.id.includes(':down:')) &&
    u.slots.months !== undefined &&
    u.slots.amountCents === undefined;
  const down = u.slots.downPaymentCents ?? (followUp ? n.downPaymentCents : undefined);
  if (down === undefined) return false;
  const offers = s.policy.downPaymentOffers(facts, down, u.slots.months, today);
  const first = offers[0];
  if (!first) return false;
  n.downPaymentCents = down;
  n.offers = offers;
  if (offers.length === 1) {
    n.pending = first;
    n.stage = 'confirming';
    return say(dc.context, s, ...consequencesOnce(s, dc, facts, today), {
      kind: 'plan_confirm',
      currency: facts.currency,
      offer: first,
    }).then(() => true);
  }
  n.pending = undefined;
  n.stage = 'offered';
  await say(dc.context, s, { kind: 'plan_offers', currency: facts.currency, offers, fits: true });
  return true;
}

/** Accepting a full payment records a promise to pay (amount, date, the person's words masked). */
export async function recordFullPromise(
  dc: DialogContext,
  s: DialogServices,
  account: Account,
  offer: PlanOffer,
): Promise<void> {
  const due = offer.schedule[0];
  if (!due) return;
  const promiseId = `R-${randomUUID().slice(0, 8).toUpperCase()}`;
  const state = turnCase(dc.context);
  const words = state.negotiation.pendingWords ?? dc.context.activity.text ?? '';
  await s.stores.promises.record({
    promiseId,
    accountId: account.accountId,
    conversationId: dc.context.activity.conversation?.id,
    amountCents: offer.totalCents,
    currency: account.currency,
    dueDate: due.dueDate,
    words: maskPii(words).slice(0, 500),
    createdAt: s.clock.now().toISOString(),
  });
  state.negotiation.stage = 'agreed';
  state.negotiation.pending = undefined;
  state.negotiation.pendingWords = undefined;
  await say(dc.context, s, {
    kind: 'promise_recorded',
    currency: account.currency,
    amountCents: offer.totalCents,
    dueDate: due.dueDate,
    promiseId,
  });
}
