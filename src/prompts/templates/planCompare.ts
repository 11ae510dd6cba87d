import type { PlanOffer } from '../../core/act.js';
import { isSinglePayment } from '../format.js';

/**
 * How the offers on the table differ (conv18: "what's the difference between the options"), read
 * from the offers alone: which costs least in total, which has the smallest payments (and whether
 * that one costs most), and whether one of them repays only part of the balance. Indexes are 1-based,
 * as the person sees the options.
 */
export interface OfferComparison {
  cheapest: number;
  smallest: number;
  /** The offer with the smallest payments also costs the most in total. */
  smallestDearest: boolean;
  /** 1-based indexes of offers that repay only part (a short extension, the minimum). */
  partOnly: number[];
}

/** The amount of each payment an offer asks: the regular instalment, or the single payment. */
export function paymentOf(offer: PlanOffer): number {
  return isSinglePayment(offer) ? offer.totalCents : offer.installmentCents;
}

function indexOfBest(offers: readonly PlanOffer[], score: (o: PlanOffer) => number): number {
  let best = 0;
  offers.forEach((o, i) => {
    const b = offers[best];
    if (b !== undefined && score(o) < score(b)) best = i;
  });
  return best + 1;
}

export function compareOffers(offers: readonly PlanOffer[]): OfferComparison {
  const partOnly = offers.flatMap((o, i) => (o.kind === 'extension' || o.kind === 'minimum' ? [i + 1] : []));
  // Only offers that repay the whole balance compete on total cost and payment size.
  const whole = offers.map((o, i) => ({ o, i })).filter(({ i }) => !partOnly.includes(i + 1));
  const pool = whole.length > 0 ? whole : offers.map((o, i) => ({ o, i }));
  const cheapestAt = indexOfBest(
    pool.map((p) => p.o),
    (o) => o.totalCents,
  );
  const smallestAt = indexOfBest(
    pool.map((p) => p.o),
    paymentOf,
  );
  const dearestAt = indexOfBest(
    pool.map((p) => p.o),
    (o) => -o.totalCents,
  );
  const idx = (at: number): number => (pool[at - 1]?.i ?? 0) + 1;
  return {
    cheapest: idx(cheapestAt),
    smallest: idx(smallestAt),
    smallestDearest: smallestAt === dearestAt && smallestAt !== cheapestAt,
    partOnly,
  };
}
