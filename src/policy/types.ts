import type { ActOf, PlanOffer } from '../core/act.js';
import type { Cents } from '../core/money.js';
import type { IsoDate } from '../core/dates.js';

/** The facts of the `consequences` act, as the policy computes them. */
export type Consequences = Omit<ActOf<'consequences'>, 'kind'>;

/**
 * What the person said they can do, as the dialog understood it. Every field is optional;
 * an empty request asks for the default menu.
 *
 *   { affordableCents: 200_000, period: 'month' }   // "每个月只能还2000"
 *   { affordableCents: 350_000, period: 'once' }    // "三千五"
 *   { byDate: '2026-12-04' }                         // "next Friday"
 */
export interface OfferRequest {
  /** What they can pay: per month, or as one lump sum when `period` is 'once'. */
  affordableCents?: Cents;
  /** Default 'month'. */
  period?: 'month' | 'once';
  /** The number of monthly instalments they asked for ("分12期"). */
  months?: number;
  /** The date they can pay by ("下周五", "next Friday"). */
  byDate?: IsoDate;
}

/** Why nothing allowed fits the request. */
export type NoFitReason =
  /** The balance is zero: there is nothing to offer. */
  | 'nothing_due'
  /** A lump sum below the minimum due. */
  | 'below_minimum_due'
  /** No instalment plan's largest instalment is within the monthly amount. */
  | 'no_plan_fits'
  /** The months asked for are outside the policy's bounds. */
  | 'months_out_of_bounds'
  /** The date asked for is in the past or later than today + the extension days. */
  | 'date_outside_window';

/**
 * Offers for a request, best first, at most 3.
 * - `fits: true`: EVERY offer satisfies everything the person stated: the amount (a monthly
 *   amount bounds the largest instalment, a lump sum the total) and the date; months too when no
 *   amount was given (with an amount, months is only a preference).
 * - `fits: false`: nothing allowed does; the offers are the closest allowed ones (e.g. the
 *   longest plan) and `reason` says why, so the dialog can counter or end in an impasse.
 */
export type OfferResult =
  { fits: true; offers: PlanOffer[] } | { fits: false; offers: PlanOffer[]; reason: NoFitReason };

/** Why `plan()` refused to build a plan. */
export type PlanRefusal =
  | 'nothing_due'
  | 'months_out_of_bounds'
  | 'not_hardship_eligible'
  | 'date_outside_window'
  /** Fewer cents than instalments: an instalment would be zero. */
  | 'amount_too_small';

/** The outcome of `plan()`: an exact offer, or the rule that forbids it. */
export type PlanOutcome =
  { outcome: 'offer'; offer: PlanOffer } | { outcome: 'not_allowed'; reason: PlanRefusal };

/**
 * Where a negotiation stands, as plain JSON the dialog keeps in its state.
 * `rounds` counts counter-offers that fitted nothing; `offeredIds` every offer already shown.
 */
export interface Negotiation {
  rounds: number;
  offeredIds: string[];
}

/**
 * The next step of a negotiation.
 * - 'offers': something fits; the person can agree to one of them.
 * - 'counter': nothing fits; the closest allowed offers (new ones first).
 * - 'impasse': the policy's counter-offers are used up; hand over or end politely.
 */
export type CounterOutcome =
  | { step: 'offers'; negotiation: Negotiation; result: OfferResult & { fits: true } }
  | { step: 'counter'; negotiation: Negotiation; result: OfferResult & { fits: false } }
  | { step: 'impasse'; negotiation: Negotiation };
