import type { PlanOffer } from '../core/act.js';
import { computeOffers } from './offers.js';
import type { PolicyContext } from './plans.js';
import type { CounterOutcome, Negotiation, OfferRequest } from './types.js';

/** A negotiation before any offer. Plain JSON: keep it in the dialog's state. */
export function startNegotiation(): Negotiation {
  return { rounds: 0, offeredIds: [] };
}

/**
 * The policy's answer to the person's latest request in a negotiation.
 * - Something fits: 'offers' (always, whatever the round: the person can still agree).
 * - Nothing fits: a 'counter' with the closest allowed offers, ones not shown before first; each
 *   counts one round. Once `maxCounterOffers` counters were made (or nothing at all is
 *   allowed), the next misfit is an 'impasse'.
 *
 *   let n = startNegotiation();
 *   const next = nextCounterOffer(ctx, n, { affordableCents: 50_000 }); n = next.negotiation;
 */
export function nextCounterOffer(
  ctx: PolicyContext,
  negotiation: Negotiation,
  request: OfferRequest,
): CounterOutcome {
  const result = computeOffers(ctx, request);
  if (result.fits) {
    return { step: 'offers', negotiation: remember(negotiation, result.offers, 0), result };
  }
  if (negotiation.rounds >= ctx.settings.maxCounterOffers || result.offers.length === 0) {
    return { step: 'impasse', negotiation };
  }
  const shown = new Set(negotiation.offeredIds);
  const offers = [
    ...result.offers.filter((o) => !shown.has(o.id)),
    ...result.offers.filter((o) => shown.has(o.id)),
  ];
  return { step: 'counter', negotiation: remember(negotiation, offers, 1), result: { ...result, offers } };
}

function remember(negotiation: Negotiation, offers: PlanOffer[], addRounds: number): Negotiation {
  const offeredIds = [...negotiation.offeredIds];
  for (const o of offers) if (!offeredIds.includes(o.id)) offeredIds.push(o.id);
  return { rounds: negotiation.rounds + addRounds, offeredIds };
}
