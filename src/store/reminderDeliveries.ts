import { type Db, prepared } from './db.js';

/**
 * What became of a delivery key (migration 019): `sending` while an external channel (WeChat) is
 * asked and its answer is not yet recorded, `delivered` once it is (or, on Direct Line, in the
 * transaction that queued the activity). A key still `sending` after a crash is a send of unknown
 * outcome: never retried (no duplicate dunning), shown to reviewers by `unsettled`.
 */
export type DeliveryState = 'sending' | 'delivered';

export interface UnsettledDelivery {
  deliveryKey: string;
  conversationId: string;
  channelId: string | undefined;
  recordedAt: string;
}

/**
 * Which reminders were handed to their channel, by delivery key (migrations 007 and 019), so a
 * reminder retried after a crash or taken over by another instance reaches the person at most once.
 */
export interface ReminderDeliveryLog {
  /**
   * Records the key as `sending` at `at`, before an external channel is asked: `fresh` when this
   * caller recorded it, else the state another attempt left (`delivered`, or `sending`: unknown).
   */
  begin(
    deliveryKey: string,
    conversationId: string,
    channelId: string,
    at: Date,
  ): Promise<'fresh' | DeliveryState>;
  /** The channel took it: `sending` becomes `delivered`. */
  settle(deliveryKey: string): Promise<void>;
  /** Nothing reached the person: a `sending` key is forgotten so a retry may send it. */
  release(deliveryKey: string): Promise<void>;
  /** Keys whose send started and whose answer was never recorded, oldest first. */
  unsettled(limit: number): Promise<UnsettledDelivery[]>;
}

interface Row {
  delivery_key: string;
  conversation_id: string;
  channel_id: string | null;
  recorded_at: string;
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
      "UPDATE reminder_deliveries SET state = 'delivered' WHERE delivery_key = ? AND state = 'sending'",
    ).run(deliveryKey);
  }

  async release(deliveryKey: string): Promise<void> {
    prepared(this.db, "DELETE FROM reminder_deliveries WHERE delivery_key = ? AND state = 'sending'").run(
      deliveryKey,
    );
  }

  async unsettled(limit: number): Promise<UnsettledDelivery[]> {
    const rows = prepared(
      this.db,
      `SELECT delivery_key, conversation_id, channel_id, recorded_at FROM reminder_deliveries
        WHERE state = 'sending' ORDER BY recorded_at, delivery_key LIMIT ?`,
    ).all(Math.max(0, Math.floor(limit))) as Row[];
    return rows.map(fromRow);
  }
}

export function fromRow(r: Omit<Row, 'recorded_at'> & { recorded_at: string | Date }): UnsettledDelivery {
  return {
    deliveryKey: r.delivery_key,
    conversationId: r.conversation_id,
    channelId: r.channel_id ?? undefined,
    recordedAt: typeof r.recorded_at === 'string' ? r.recorded_at : r.recorded_at.toISOString(),
  };
}
