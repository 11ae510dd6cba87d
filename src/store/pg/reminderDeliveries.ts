import {
  type DeliveryReview,
  type DeliveryState,
  fromRow,
  type ReminderDeliveryLog,
  type ReviewOutcome,
  type UnsettledDelivery,
} from '../reminderDeliveries.js';
import { type PgClient, type PgPool, pgQuery, withTransaction } from './pool.js';

/**
 * The Direct Line half of a delivery, inside the caller's transaction on `client`: records the key
 * as `delivered`; false when it was already recorded (the reminder went out before: write nothing).
 * A concurrent transaction holding the same key makes this wait for its outcome (the unique key).
 */
export async function recordDeliveredIn(
  client: PgClient,
  deliveryKey: string,
  conversationId: string,
  at: Date,
): Promise<boolean> {
  const result = await client.query(
    `INSERT INTO reminder_deliveries (delivery_key, conversation_id, recorded_at, state, channel_id)
      VALUES ($1, $2, $3, 'delivered', 'directline') ON CONFLICT (delivery_key) DO NOTHING`,
    [deliveryKey, conversationId, at],
  );
  return result.rowCount === 1;
}

/**
 * `ReminderDeliveryLog` on PostgreSQL (table `reminder_deliveries`, 001_schema, 012 and 015; the
 * reviews in `reminder_delivery_reviews`, append-only): a key is
 * recorded by one insert that does nothing on a conflict, so of any number of senders on any
 * number of instances exactly one hands a reminder to its channel.
 */
export class PgReminderDeliveryLog implements ReminderDeliveryLog {
  constructor(private readonly pool: PgPool) {}

  async begin(
    deliveryKey: string,
    conversationId: string,
    channelId: string,
    at: Date,
  ): Promise<'fresh' | DeliveryState> {
    // A key released between the insert's conflict and the read left no row: nothing went out, so
    // the insert is tried again (a row still missing after that is read as unknown, never resent).
    for (let attempt = 0; attempt < 3; attempt++) {
      const state = await this.beginOnce(deliveryKey, conversationId, channelId, at);
      if (state !== undefined) return state;
    }
    return 'sending';
  }

  private async beginOnce(
    deliveryKey: string,
    conversationId: string,
    channelId: string,
    at: Date,
  ): Promise<'fresh' | DeliveryState | undefined> {
    const result = await pgQuery<{ fresh: boolean; state: DeliveryState }>(
      this.pool,
      'record a reminder send',
      `WITH fresh AS (
         INSERT INTO reminder_deliveries (delivery_key, conversation_id, recorded_at, state, channel_id)
         VALUES ($1, $2, $3, 'sending', $4) ON CONFLICT (delivery_key) DO NOTHING RETURNING state)
       SELECT true AS fresh, state FROM fresh
       UNION ALL SELECT false, state FROM reminder_deliveries WHERE delivery_key = $1 AND NOT EXISTS (SELECT 1 FROM fresh)`,
      [deliveryKey, conversationId, at, channelId],
    );
    const row = result.rows[0];
    if (!row) return undefined;
    return row.fresh ? 'fresh' : row.state;
  }

  async settle(deliveryKey: string): Promise<void> {
    await pgQuery(
      this.pool,
      'record a reminder delivered',
      `UPDATE reminder_deliveries SET state = 'delivered'
        WHERE delivery_key = $1 AND state IN ('sending', 'unconfirmed')`,
      [deliveryKey],
    );
  }

  async release(deliveryKey: string): Promise<void> {
    await pgQuery(
      this.pool,
      'release a reminder send',
      "DELETE FROM reminder_deliveries WHERE delivery_key = $1 AND state = 'sending'",
      [deliveryKey],
    );
  }

  async markUnconfirmed(deliveryKey: string, at: Date): Promise<void> {
    await pgQuery(
      this.pool,
      'record a reminder send unconfirmed',
      `UPDATE reminder_deliveries SET state = 'unconfirmed', state_at = $2
        WHERE delivery_key = $1 AND state = 'sending'`,
      [deliveryKey, at],
    );
  }

  async unsettled(limit: number, sendingBefore: Date): Promise<UnsettledDelivery[]> {
    const rows = await pgQuery<{
      delivery_key: string;
      conversation_id: string;
      channel_id: string | null;
      state: string;
      recorded_at: Date;
      state_at: Date | null;
    }>(
      this.pool,
      'list reminder sends of unknown outcome',
      `SELECT delivery_key, conversation_id, channel_id, state, recorded_at, state_at FROM reminder_deliveries
        WHERE state = 'unconfirmed' OR (state = 'sending' AND recorded_at < $2)
        ORDER BY recorded_at, delivery_key COLLATE "C" LIMIT $1`,
      [Math.max(0, Math.floor(limit)), sendingBefore],
    );
    return rows.rows.map(fromRow);
  }

  async review(deliveryKey: string, review: DeliveryReview): Promise<ReviewOutcome> {
    return withTransaction(this.pool, 'settle a reminder send after review', async (client) => {
      const row = await client.query<{ state: DeliveryState }>(
        'SELECT state FROM reminder_deliveries WHERE delivery_key = $1 FOR UPDATE',
        [deliveryKey],
      );
      const state = row.rows[0]?.state;
      if (state === undefined) return 'not_found';
      if (state !== 'sending' && state !== 'unconfirmed') return 'not_unsettled';
      await client.query(
        "UPDATE reminder_deliveries SET state = 'settled', state_at = $2 WHERE delivery_key = $1",
        [deliveryKey, review.at],
      );
      await client.query(
        `INSERT INTO reminder_delivery_reviews (delivery_key, previous_state, found, reviewer, note, reviewed_at)
          VALUES ($1, $2, $3, $4, $5, $6)`,
        [deliveryKey, state, review.found, review.reviewer, review.note ?? null, review.at],
      );
      return 'settled';
    });
  }
}
