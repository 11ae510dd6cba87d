import type { DialogContext } from 'botbuilder-dialogs';
import { randomUUID } from 'node:crypto';
import type { AccountFacts, Act, PlanOffer } from '../core/act.js';
import { todayIn } from '../language/offline/calendar.js';
import type { Understanding } from '../language/understanding.js';
import type { OfferRequest, OfferResult } from '../policy/index.js';
import type { Account } from '../store/accounts.js';
import { offerRequestFrom } from './facts.js';
import { consequencesOnce, recordFullPromise } from './paymentShapes.js';
import type { DialogServices } from './services.js';
import { confirmReplacement, recordConfirmed } from './supersede.js';
import { statedBudget, termWithinBudget } from './termAsked.js';
import { say, turnAccount, turnCase, turnOf } from './turn.js';

/** The holder's local date, from the injected clock (core's `localDate`, remembered per minute). */
export function accountToday(s: DialogServices, account: Account): string {
  return todayIn(s.clock.now(), account.timeZone);
}

/**
 * "What are my options?" after telling of a hardship: the menu without paying it all today (the
 * longer plans and the extension the acknowledgement named); an explicit request is answered as asked.
 */
function gentle(offers: PlanOffer[], request: OfferRequest, hardship: boolean): PlanOffer[] {
  const asked =
    request.affordableCents !== undefined || request.months !== undefined || request.byDate !== undefined;
  if (!hardship || asked) return offers;
  return withoutFull(offers);
}

/** The offers without paying it all at once ("先还一部分" is never the full balance); all of them if that leaves none. */
function withoutFull(offers: PlanOffer[]): PlanOffer[] {
  const kept = offers.filter((o) => o.kind !== 'full');
  return kept.length > 0 ? kept : offers;
}

/** The policy's next offers for what the person asked, or an impasse when nothing fits. */
export async function counter(
  dc: DialogContext,
  s: DialogServices,
  facts: AccountFacts,
  request: OfferRequest,
  today: string,
  part = false,
): Promise<void> {
  const state = turnCase(dc.context);
  const n = state.negotiation;
  const asked = termWithinBudget(request, n.budgetCents, facts.balanceCents);
  n.budgetCents = statedBudget(request) ?? n.budgetCents;
  const outcome = s.policy.nextCounterOffer(facts, n.progress, asked, today);
  // "Could we do 12 months?" when the 12-month plan is the one on the table: that offer chosen.
  const same = outcome.step === 'offers' ? onTable(n.stage, n.offers, outcome.result.offers) : 0;
  if (same > 0) return choose(dc, s, facts, same);
  n.progress = outcome.negotiation;
  switch (outcome.step) {
    case 'offers':
    case 'counter':
      n.stage = 'offered';
      n.offers = gentle(outcome.result.offers, asked, (state.hardships ?? []).length > 0 || part);
      n.pending = undefined;
      return say(dc.context, s, {
        kind: 'plan_offers',
        currency: facts.currency,
        offers: n.offers,
        ...(asked.affordableCents !== undefined ? { affordableCents: asked.affordableCents } : {}),
        fits: outcome.result.fits,
        ...termLimitOf(asked, outcome.result),
      });
    case 'impasse':
      return impasse(dc, s);
  }
}

/**
 * A length asked that the policy does not allow ("is 36 months possible?", 我想分36个月): the reply
 * says so and names the nearest allowed length, the one offered (conv19).
 */
function termLimitOf(
  asked: OfferRequest,
  result: OfferResult,
): { termLimit?: { askedMonths: number; limitMonths: number } } {
  const nearest = result.offers[0]?.months;
  if (result.fits || result.reason !== 'months_out_of_bounds' || asked.months === undefined) return {};
  if (nearest === undefined || nearest === asked.months) return {};
  return { termLimit: { askedMonths: asked.months, limitMonths: nearest } };
}

/** The 1-based index among the offers shown of the one offer the policy now gives, or 0. */
function onTable(stage: string, shown: readonly PlanOffer[], offers: readonly PlanOffer[]): number {
  const [only] = offers;
  if (stage !== 'offered' || offers.length !== 1 || only === undefined) return 0;
  return shown.findIndex((o) => o.id === only.id) + 1;
}

export async function sayOffers(
  dc: DialogContext,
  s: DialogServices,
  facts: AccountFacts,
  offers: PlanOffer[],
  fits: boolean,
): Promise<void> {
  return say(dc.context, s, { kind: 'plan_offers', currency: facts.currency, offers, fits });
}

/** The person picked offer `index` (1-based): it is restated for confirmation. */
export async function choose(
  dc: DialogContext,
  s: DialogServices,
  facts: AccountFacts,
  index: number | undefined,
): Promise<void> {
  const n = turnCase(dc.context).negotiation;
  const offer = index !== undefined ? n.offers[index - 1] : undefined;
  // "ok 2" to a single offer: there is no option 2; the offers on the table again (conv18).
  if (!offer && index !== undefined && index > n.offers.length && n.offers.length > 0) {
    return say(dc.context, s, {
      kind: 'plan_offers',
      currency: facts.currency,
      offers: n.offers,
      fits: true,
      missing: index,
    });
  }
  if (!offer) {
    return n.offers.length > 0
      ? sayOffers(dc, s, facts, n.offers, true)
      : say(dc.context, s, { kind: 'ask_affordability' });
  }
  n.pending = offer;
  n.pendingWords = undefined;
  n.stage = 'confirming';
  return say(dc.context, s, ...consequencesOnce(s, dc, facts, accountToday(s, turnAccountOrThrow(dc))), {
    kind: 'plan_confirm',
    currency: facts.currency,
    offer,
  });
}

/**
 * "OK" to several offers: which one, with the offers again; asked once already, the short menu
 * with a person (never the same reply twice, never option 1 by default).
 */
async function askWhich(dc: DialogContext, s: DialogServices, facts: AccountFacts): Promise<void> {
  const state = turnCase(dc.context);
  if (turnOf(dc.context).previousFallback === 'which') {
    state.lastFallback = 'menu';
    return say(dc.context, s, { kind: 'clarify', verified: true, menu: true });
  }
  state.lastFallback = 'which';
  const n = state.negotiation;
  return say(dc.context, s, {
    kind: 'plan_offers',
    currency: facts.currency,
    offers: n.offers,
    fits: true,
    which: true,
  });
}

/** "Yes": chooses a lone offer, or records the plan (or promise) being confirmed. */
export async function accept(
  dc: DialogContext,
  s: DialogServices,
  account: Account,
  facts: AccountFacts,
): Promise<void> {
  const n = turnCase(dc.context).negotiation;
  // "Yes" to one offer chooses it; to several, the person is asked which (never option 1 by default).
  if (n.stage === 'offered' && n.offers.length === 1) return choose(dc, s, facts, 1);
  if (n.stage === 'offered' && n.offers.length > 1) return askWhich(dc, s, facts);
  if (n.stage !== 'confirming' || !n.pending) {
    return n.stage === 'agreed'
      ? say(dc.context, s, { kind: 'goodbye' })
      : fallback(dc, s, 'ask_affordability');
  }
  if (n.pending.kind === 'full') return recordFullPromise(dc, s, account, n.pending);
  // One plan per account (issue 14): replacing the current one needs the person's yes first.
  const replacing = await confirmReplacement(dc, s, account, n.pending);
  if (!replacing) return;
  const planId = `P-${randomUUID().slice(0, 8).toUpperCase()}`;
  const plan = {
    planId,
    accountId: account.accountId,
    conversationId: dc.context.activity.conversation?.id,
    offer: n.pending,
    currency: account.currency,
    createdAt: s.clock.now().toISOString(),
  };
  // Compare-and-set: another conversation may have agreed a plan meanwhile (then asked again).
  if (!(await recordConfirmed(dc, s, account, plan, replacing.replaces))) return;
  const offer = n.pending;
  n.stage = 'agreed';
  n.agreedPlanId = planId;
  n.pending = undefined;
  return say(dc.context, s, { kind: 'plan_agreed', currency: facts.currency, offer, planId, ...replacing });
}

/** "No": a counter-request is countered; a bare refusal before any offer hears the consequences. */
export async function decline(
  dc: DialogContext,
  s: DialogServices,
  facts: AccountFacts,
  u: Understanding,
  today: string,
): Promise<void> {
  const state = turnCase(dc.context);
  const request = offerRequestFrom(u);
  if (request) return counter(dc, s, facts, request, today);
  const n = state.negotiation;
  n.progress = { ...n.progress, rounds: n.progress.rounds + 1 };
  if (n.progress.rounds >= s.policy.settings.maxCounterOffers) return impasse(dc, s);
  const refusedToPay = n.stage === 'asked' || n.stage === 'none';
  n.stage = 'asked';
  n.pending = undefined;
  // A refusal before any offer hears the consequences (once in full, then briefly).
  if (refusedToPay) {
    const brief = state.consequencesShown === true;
    state.consequencesShown = true;
    return say(
      dc.context,
      s,
      { kind: 'consequences', ...s.policy.consequences(facts, today), ...(brief ? { brief } : {}) },
      { kind: 'ask_affordability' },
    );
  }
  return say(dc.context, s, { kind: 'plan_declined' }, { kind: 'ask_affordability' });
}

export async function impasse(dc: DialogContext, s: DialogServices): Promise<void> {
  const state = turnCase(dc.context);
  state.negotiation.stage = 'impasse';
  await say(dc.context, s, { kind: 'plan_impasse' });
  await s.escalator.escalate(dc.context, state, 'impasse', 'no allowed plan fits what the person can pay');
}

/** The catch-all reply; the same one twice in a row becomes a short menu with a person. */
export async function fallback(
  dc: DialogContext,
  s: DialogServices,
  kind: 'ask_affordability' | 'clarify',
): Promise<void> {
  const state = turnCase(dc.context);
  const repeated = turnOf(dc.context).previousFallback === kind;
  state.lastFallback = repeated ? 'menu' : kind;
  const act: Act = repeated
    ? { kind: 'clarify', verified: true, menu: true }
    : kind === 'clarify'
      ? { kind: 'clarify', verified: true }
      : { kind: 'ask_affordability' };
  return say(dc.context, s, act);
}

function turnAccountOrThrow(dc: DialogContext): Account {
  const account = turnAccount(dc.context);
  if (!account)
    throw new Error(
      'no account in a negotiation turn: the flow starts negotiation only for a verified holder',
    );
  return account;
}
