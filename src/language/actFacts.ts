import type { Act, Answer, PlanOffer, StandingFacts } from '../core/act.js';
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
        dates: [
          ...act.offers.flatMap(planDates),
          ...(act.tooFar ? [act.tooFar.askedDate, act.tooFar.latestDate] : []),
        ],
      };
    case 'answer':
      return answerFacts(act.answer);
    case 'ask_payment_date':
      return { currency: act.currency, amountsCents: [act.amountCents], dates: [act.latestDate] };
    case 'promise_recorded':
      return { currency: act.currency, amountsCents: [act.amountCents], dates: [act.dueDate] };
    case 'promise_status':
      return { currency: act.currency, amountsCents: [act.amountCents], dates: [act.dueDate] };
    case 'plan_replace_confirm':
      return {
        currency: act.currency,
        amountsCents: [...planAmounts(act.offer), ...planAmounts(act.current.offer)],
        dates: [...planDates(act.offer), ...planDates(act.current.offer)],
      };
    case 'payment_claimed': {
      // What the person said they paid, repeated back to them.
      const c = act.claimed;
      if (!c) return { amountsCents: [], dates: [] };
      return {
        currency: c.currency,
        amountsCents: c.amountCents !== undefined ? [c.amountCents] : [],
        dates: c.paidOn !== undefined ? [c.paidOn] : [],
      };
    }
    case 'plan_confirm':
    case 'plan_agreed':
      return { currency: act.currency, amountsCents: planAmounts(act.offer), dates: planDates(act.offer) };
    case 'plan_status':
      // The next instalment is stated as what is still open on it after payments.
      return {
        currency: act.currency,
        amountsCents: [...planAmounts(act.offer), ...(act.next ? [act.next.amountCents] : [])],
        dates: planDates(act.offer),
      };
    case 'opening':
    case 'ask_verification':
    case 'verification_failed':
    case 'verification_locked':
    case 'third_party':
    case 'unknown_person':
    case 'private_only':
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
    case 'reminder':
    case 'handoff_queued':
    case 'handoff_callback_offer':
    case 'handoff_message_left':
    case 'handoff_accepted':
    case 'handoff_returned':
    case 'hardship_ack':
    case 'crisis_followup':
    case 'verify_bank':
    case 'ask_intent':
    case 'listen':
      return { amountsCents: [], dates: [] };
  }
}

/** Every amount and date a standing may state (as payments/standing.ts `standingFacts`). */
export function standingGuardFacts(s: StandingFacts): GuardFacts {
  const rows = [...(s.plan?.overdue ?? []), ...(s.plan?.next ? [s.plan.next] : [])];
  return {
    currency: s.currency,
    balanceCents: s.balanceCents,
    daysPastDue: s.daysPastDue,
    amountsCents: [
      s.balanceCents,
      ...rows.flatMap((r) => [r.openCents, r.amountCents]),
      ...(s.promise ? [s.promise.amountCents, s.promise.amountCents - s.promise.paidCents] : []),
    ],
    dates: [...rows.map((r) => r.dueDate), ...(s.promise ? [s.promise.dueDate] : [])],
  };
}

function answerFacts(a: Answer): GuardFacts {
  switch (a.topic) {
    case 'fees':
      return a.amounts
        ? {
            currency: a.amounts.currency,
            amountsCents: [a.amounts.lateFeeCents, a.amounts.monthlyInterestCents],
            dates: [],
          }
        : { amountsCents: [], dates: [] };
    case 'my_plan':
      return standingGuardFacts(a.standing);
    case 'owed': {
      const acc = a.account;
      return {
        currency: acc.currency,
        balanceCents: acc.balanceCents,
        minimumDueCents: acc.minimumDueCents,
        daysPastDue: acc.daysPastDue,
        cardLast4: acc.cardLast4,
        amountsCents: [],
        dates: [acc.dueDate],
      };
    }
    case 'how_to_pay':
    case 'hotline':
    case 'credit_record':
    case 'third_parties':
    case 'legal':
    case 'missed_instalment':
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
