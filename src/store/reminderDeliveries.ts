import { type Db, prepared } from './db.js';

/**
 * What became of a delivery key (migrations 019 and 020): `sending` while an external channel
 * (WeChat) is asked and its answer is not yet recorded; `delivered` once the channel took it (or,
 * on Direct Line, in the transaction that queued the activity); `unconfirmed` when the channel may
 * have taken it and never said so (a timeout once the request was written, a 5xx), or an attempt
 * found it still `sending` after a crash; `settled` once a reviewer checked with the channel.
 * Neither `sending` nor `unconfirmed` is ever sent again (no duplicate dunning); reviewers list
 * them with `npm run reminders -- unsettled`.
 */
export type DeliveryState = 'sending' | 'unconfirmed' | 'delivered' | 'settled';

export interface UnsettledDelivery {
  deliveryKey: string;
  conversationId: string;
  channelId: string | undefined;
  state: 'sending' | 'unconfirmed';
  /** When the send started. */
  recordedAt: string;
  /** When it was marked `unconfirmed`; undefined while `sending`. */
  stateAt: string | undefined;
}

/** What a reviewer found when they checked an unsettled send with its channel. */
export interface DeliveryReview {
  reviewer: string;
  found: 'delivered' | 'not_delivered';
  note?: string;
  at: Date;
}

/** `settled`: recorded with its review; `not_unsettled`: the key is delivered or settled already. */
export type ReviewOutcome = 'settled' | 'not_found' | 'not_unsettled';

/**
 * Which reminders were handed to their channel, by delivery key (migrations 007, 019 and 020), so
 * a reminder retried after a crash or taken over by another instance reaches the person at most once.
 */
export interface ReminderDeliveryLog {
  /**
   * Records the key as `sending` at `at`, before an external channel is asked: `fresh` when this
   * caller recorded it, else the state another attempt left.
   */
  begin(
    deliveryKey: string,
    conversationId: string,
    channelId: string,
    at: Date,
  ): Promise<'fresh' | DeliveryState>;
  /** The channel took it: `sending` (or `unconfirmed`, a late answer) becomes `delivered`. */
  settle(deliveryKey: string): Promise<void>;
  /** Nothing reached the person: a `sending` key is forgotten so a retry may send it. */
  release(deliveryKey: string): Promise<void>;
  /** The channel may have taken it and never confirmed: `sending` becomes `unconfirmed` at `at`. */
  markUnconfirmed(deliveryKey: string, at: Date): Promise<void>;
  /**
   * Sends whose outcome nobody knows, oldest first: every `unconfirmed` key, and the `sending`
   * ones recorded before `sendingBefore` (past their lease: their sender is gone).
   */
  unsettled(limit: number, sendingBefore: Date): Promise<UnsettledDelivery[]>;
  /** A reviewer checked an unsettled send with its channel: `settled`, and the review appended. */
  review(deliveryKey: string, review: DeliveryReview): Promise<ReviewOutcome>;
}

interface Row {
  delivery_key: string;
  conversation_id: string;
  channel_id: string | null;
  state: string;
  recorded_at: string;
  state_at: string | null;
}

/**
 * The Direct Line half of a delivery, inside the caller's SQLite transaction: records the key as
 * `delivered`; false when it was already recorded (the reminder went out before: write nothing).
 */
export function recordDeliveredNow(db: Db, deliveryKey: string, conversationId: string, at: Date): boolean {
  const fresh = prepared(
    db,
    `INSERT OR IGNORE INTO reminder_deliveries (delivery_key, conversation_id, recorded_at, state, channel_id)
      VALUES (?, ?, ?, 'delivered', 'directline')`,
  ).run(deliveryKey, conversationId, at.toISOString());
  return fresh.changes > 0;
}

export class SqliteReminderDeliveryLog implements ReminderDeliveryLog {
  constructor(private readonly db: Db) {}

  async begin(
    deliveryKey: string,
    conversationId: string,
    channelId: string,
    at: Date,
  ): Promise<'fresh' | DeliveryState> {
    // Insert and read run in one synchronous step: no other sender of this process comes between
    // them, and another process's release shows as no row: nothing went out, so it is tried again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const fresh = prepared(
        this.db,
        `INSERT OR IGNORE INTO reminder_deliveries (delivery_key, conversation_id, recorded_at, state, channel_id)
        VALUES (?, ?, ?, 'sending', ?)`,
      ).run(deliveryKey, conversationId, at.toISOString(), channelId);
      if (fresh.changes > 0) return 'fresh';
      const row = prepared(this.db, 'SELECT state FROM reminder_deliveries WHERE delivery_key = ?').get(
        deliveryKey,
      ) as { state: DeliveryState } | undefined;
      if (row) return row.state;
    }
    return 'sending';
  }

  async settle(deliveryKey: string): Promise<void> {
    prepared(
      this.db,
      `UPDATE reminder_deliveries SET state = 'delivered'
        WHERE delivery_key = ? AND state IN ('sending', 'unconfirmed')`,
    ).run(deliveryKey);
  }

  async release(deliveryKey: string): Promise<void> {
    prepared(this.db, "DELETE FROM reminder_deliveries WHERE delivery_key = ? AND state = 'sending'").run(
      deliveryKey,
    );
  }

  async markUnconfirmed(deliveryKey: string, at: Date): Promise<void> {
    prepared(
      this.db,
      `UPDATE reminder_deliveries SET state = 'unconfirmed', state_at = ?
        WHERE delivery_key = ? AND state = 'sending'`,
    ).run(at.toISOString(), deliveryKey);
  }

  async unsettled(limit: number, sendingBefore: Date): Promise<UnsettledDelivery[]> {
    const rows = prepared(
      this.db,
      `SELECT delivery_key, conversation_id, channel_id, state, recorded_at, state_at FROM reminder_deliveries
        WHERE state = 'unconfirmed' OR (state = 'sending' AND recorded_at < ?)
        ORDER BY recorded_at, delivery_key LIMIT ?`,
    ).all(sendingBefore.toISOString(), Math.max(0, Math.floor(limit))) as Row[];
    return rows.map(fromRow);
  }

  async review(deliveryKey: string, review: DeliveryReview): Promise<ReviewOutcome> {
    return this.db
      .transaction((): ReviewOutcome => {
        const row = prepared(this.db, 'SELECT state FROM reminder_deliveries WHERE delivery_key = ?').get(
          deliveryKey,
        ) as { state: DeliveryState } | undefined;
        if (!row) return 'not_found';
        if (row.state !== 'sending' && row.state !== 'unconfirmed') return 'not_unsettled';
        const at = review.at.toISOString();
        prepared(
          this.db,
          "UPDATE reminder_deliveries SET state = 'settled', state_at = ? WHERE delivery_key = ?",
        ).run(at, deliveryKey);
        prepared(
          this.db,
          `INSERT INTO reminder_delivery_reviews (delivery_key, previous_state, found, reviewer, note, reviewed_at)
            VALUES (?, ?, ?, ?, ?, ?)`,
        ).run(deliveryKey, row.state, review.found, review.reviewer, review.note ?? null, at);
        return 'settled';
      })
      .immediate();
  }
}

export function fromRow(
  r: Omit<Row, 'recorded_at' | 'state_at'> & { recorded_at: string | Date; state_at: string | Date | null },
): UnsettledDelivery {
  const iso = (t: string | Date) => (typeof t === 'string' ? t : t.toISOString());
  return {
    deliveryKey: r.delivery_key,
    conversationId: r.conversation_id,
    channelId: r.channel_id ?? undefined,
    state: r.state === 'unconfirmed' ? 'unconfirmed' : 'sending',
    recordedAt: iso(r.recorded_at),
    stateAt: r.state_at === null ? undefined : iso(r.state_at),
  };
}
