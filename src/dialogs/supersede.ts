import type { DialogContext } from 'botbuilder-dialogs';
import type { PlanOffer } from '../core/act.js';
import type { Account } from '../store/accounts.js';
import type { StoredPlan } from '../store/plans.js';
import type { DialogServices } from './services.js';
import { say, turnCase, turnUnderstanding } from './turn.js';

/** What identifies an offer for the confirmation: its kind, months and total. */
function offerKey(offer: PlanOffer): string {
  return `${offer.kind}:${offer.months}:${offer.totalCents}`;
}

/**
 * One active plan per account. Before a new plan is recorded while another is current (active,
 * partly kept or broken), the person is told which plan it replaces and asked to confirm; only on
 * their "yes" to that question is the new plan recorded (the store then marks the old one
 * `superseded`). Returns what the agreement replaces, or undefined when the turn was spent asking.
 *
 *   const go = await confirmReplacement(dc, s, account, n.pending);
 *   if (!go) return;                       // asked "this replaces plan P-…, confirm?"
 *   record(...); say({ kind: 'plan_agreed', ..., ...go });
 */
export async function confirmReplacement(
  dc: DialogContext,
  s: DialogServices,
  account: Account,
  offer: PlanOffer,
): Promise<{ replaces?: string } | undefined> {
  const n = turnCase(dc.context).negotiation;
  const current = await s.stores.plans.currentFor(account.accountId);
  if (!current) {
    n.replacing = undefined;
    return {};
  }
  const key = offerKey(offer);
  if (n.replacing?.planId === current.planId && n.replacing.offerKey === key) {
    n.replacing = undefined;
    return { replaces: current.planId };
  }
  // Asked about another plan, and this one took its place meanwhile (another conversation): say so.
  const changed = n.replacing !== undefined && n.replacing.planId !== current.planId;
  n.replacing = { planId: current.planId, offerKey: key };
  await say(dc.context, s, {
    kind: 'plan_replace_confirm',
    currency: account.currency,
    current: { planId: current.planId, offer: current.offer },
    offer,
    ...(changed ? { changed } : {}),
  });
  return undefined;
}

/**
 * Records the plan the person agreed, only if the account's current plan is still the one they
 * confirmed replacing (or still none): compare-and-set in the store, so of two conversations of
 * one account agreeing a plan at the same moment, the second does not silently replace the
 * first. When the plan changed meanwhile, the person is told so truthfully, with the plan now in
 * place, and asked again to confirm (the turn is spent; nothing recorded). A current plan that
 * ended meanwhile (no plan now) is not a change to confirm: the new plan is recorded.
 *
 *   const done = await recordConfirmed(dc, s, account, plan, go.replaces);
 *   if (!done) return;                     // asked again: "your plans changed meanwhile …"
 */
export async function recordConfirmed(
  dc: DialogContext,
  s: DialogServices,
  account: Account,
  plan: Omit<StoredPlan, 'status'>,
  replaces: string | undefined,
): Promise<boolean> {
  const n = turnCase(dc.context).negotiation;
  let outcome = await s.stores.plans.recordReplacing(plan, replaces);
  if (outcome.status === 'changed' && outcome.current === undefined) {
    outcome = await s.stores.plans.recordReplacing(plan, undefined);
  }
  if (outcome.status === 'recorded') return true;
  const { current } = outcome;
  if (!current) return false;
  n.replacing = { planId: current.planId, offerKey: offerKey(plan.offer) };
  await say(dc.context, s, {
    kind: 'plan_replace_confirm',
    currency: account.currency,
    current: { planId: current.planId, offer: current.offer },
    offer: plan.offer,
    changed: true,
  });
  return false;
}

/**
 * "No thanks" to replacing the current plan: the new one is dropped and the person hears the plan
 * they keep. True when the turn is answered.
 */
export async function keepCurrentPlan(
  dc: DialogContext,
  s: DialogServices,
  account: Account | undefined,
): Promise<boolean> {
  const state = turnCase(dc.context);
  const n = state.negotiation;
  const u = turnUnderstanding(dc.context);
  if (!n.replacing || !account || u?.intent !== 'decline') return false;
  const current = await s.stores.plans.currentFor(account.accountId);
  n.replacing = undefined;
  n.pending = undefined;
  if (!current) return false;
  n.stage = 'agreed';
  n.agreedPlanId = current.planId;
  await say(dc.context, s, {
    kind: 'plan_status',
    currency: current.currency,
    planId: current.planId,
    offer: current.offer,
  });
  return true;
}
