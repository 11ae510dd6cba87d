import type { Act, PlanOffer } from '../core/act.js';
import type { GuardFacts } from '../guardrails/types.js';

function planAmounts(offer: PlanOffer): number[] {
  return [
    offer.principalCents,
    offer.feeCents,
    offer.totalCents,
    offer.installmentCents,
    ...offer.schedule.map((i) => i.amountCents),
  ];
}

function planDates(offer: PlanOffer): string[] {
  return offer.schedule.map((i) => i.dueDate);
}

/**
 * The facts an act lets its wording state: every amount, count and date comes from here, so
 * the guardrails can flag any number the wording invented. Acts without facts get empty
 * lists (any amount in their wording is a violation).
 */
export function guardFactsFor(act: Act): GuardFacts {
  switch (act.kind) {
    case 'verified':
    case 'account_summary': {
      const a = act.account;
      return {
        currency: a.currency,
        balanceCents: a.balanceCents,
        minimumDueCents: a.minimumDueCents,
        daysPastDue: a.daysPastDue,
        cardLast4: a.cardLast4,
        amountsCents: [],
        dates: [a.dueDate],
      };
    }
    case 'consequences':
      return {
        currency: act.currency,
        amountsCents: [act.lateFeeCents, act.monthlyInterestCents],
        dates: [],
      };
    case 'plan_offers':
      return {
        currency: act.currency,
        amountsCents: [
          ...act.offers.flatMap(planAmounts),
          ...(act.affordableCents !== undefined ? [act.affordableCents] : []),
        ],
        dates: act.offers.flatMap(planDates),
      };
    case 'plan_confirm':
    case 'plan_agreed':
    case 'plan_status':
      return { currency: act.currency, amountsCents: planAmounts(act.offer), dates: planDates(act.offer) };
    case 'opening':
    case 'ask_verification':
    case 'verification_failed':
    case 'verification_locked':
    case 'third_party':
    case 'unknown_person':
    case 'ask_affordability':
    case 'plan_declined':
    case 'plan_impasse':
    case 'waiver_refused':
    case 'dispute_recorded':
    case 'cease_contact_confirmed':
    case 'human_requested':
    case 'distress_support':
    case 'bot_identity':
    case 'collection_paused':
    case 'clarify':
    case 'goodbye':
    case 'payment_claimed':
    case 'reminder':
    case 'handoff_queued':
    case 'handoff_callback_offer':
    case 'handoff_message_left':
    case 'handoff_accepted':
    case 'handoff_returned':
    case 'hardship_ack':
    case 'crisis_followup':
    case 'verify_bank':
      return { amountsCents: [], dates: [] };
  }
}

/** Offers an act authorises its wording to promise. */
export function authorisedOffersFor(act: Act): ('installments' | 'extension' | 'hardship_plan')[] {
  if (act.kind === 'hardship_ack') return ['hardship_plan', 'extension'];
  if (act.kind !== 'plan_offers' && act.kind !== 'plan_confirm' && act.kind !== 'plan_agreed') return [];
  const offers = act.kind === 'plan_offers' ? act.offers : [act.offer];
  const out = new Set<'installments' | 'extension' | 'hardship_plan'>();
  for (const o of offers) {
    if (o.kind === 'installments') out.add('installments');
    if (o.kind === 'hardship') out.add('hardship_plan');
    if (o.kind === 'extension' || o.kind === 'minimum') out.add('extension');
  }
  return [...out];
}
