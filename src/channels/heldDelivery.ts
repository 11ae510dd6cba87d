import type { Activity, TurnContext } from 'botbuilder';
import type { AppendMeta } from '../store/transcripts/types.js';

/**
 * A delivery held for one transaction (issue 19 remind23): on a channel whose delivery is our own
 * store (Direct Line: the activity is queued in the database the socket reads), a proactive turn
 * that carries a delivery key does not commit its transcript records or queue its activities one
 * by one. The send path hands its records here, the adapter its activities, and once the turn is
 * over the adapter writes the key, the records and the activities in one transaction: a crash
 * leaves all or nothing, and a key already recorded means the delivery went out before (nothing
 * is written again).
 *
 *   // adapter, before the turn:      offerHeldDelivery(context);
 *   // the reminder sender, in it:    const held = holdDelivery(context, key);   // undefined: not offered
 *   // send path and adapter:         heldDeliveryOf(context)?.records.push(...)
 *   // adapter, after the turn:       if (held) held.outcome = await write(held)
 */
export class HeldDelivery {
  /** What the send path would have committed to the transcript (messages and their traces). */
  readonly records: { activity: Partial<Activity>; meta?: AppendMeta }[] = [];
  /** What the channel would have queued for the person, in order. */
  readonly activities: Partial<Activity>[] = [];
  /** Set by the adapter after its transaction: `duplicate` when the key was already recorded. */
  outcome: 'delivered' | 'duplicate' | undefined;

  constructor(readonly deliveryKey: string) {}
}

const OFFER: unique symbol = Symbol('collections.heldDeliveryOffer');
const HELD: unique symbol = Symbol('collections.heldDelivery');

/** Called by an adapter that can write a held delivery in one transaction, before the turn runs. */
export function offerHeldDelivery(context: TurnContext): void {
  context.turnState.set(OFFER, true);
}

/**
 * Holds this turn's delivery under `deliveryKey` when its adapter offered to; undefined when it did
 * not (an external channel: each send goes out as it is made).
 */
export function holdDelivery(context: TurnContext, deliveryKey: string): HeldDelivery | undefined {
  if (context.turnState.get<boolean | undefined>(OFFER) !== true) return undefined;
  const held = new HeldDelivery(deliveryKey);
  context.turnState.set(HELD, held);
  return held;
}

/** The turn's held delivery, if its sender asked for one. */
export function heldDeliveryOf(context: TurnContext): HeldDelivery | undefined {
  return context.turnState.get<HeldDelivery | undefined>(HELD);
}
