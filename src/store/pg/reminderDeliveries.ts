import type { ReminderDeliveryLog } from '../reminderDeliveries.js';
import { type PgPool, pgQuery } from './pool.js';

/**
 * `ReminderDeliveryLog` on PostgreSQL (table `reminder_deliveries`, 001_schema): a key is claimed by
 * one insert that does nothing on a conflict, so of any number of senders on any number of
 * instances exactly one hands a reminder to its channel.
 */
export class PgReminderDeliveryLog implements ReminderDeliveryLog {
  constructor(private readonly pool: PgPool) {}

  async claim(deliveryKey: string, conversationId: string, at: Date): Promise<boolean> {
    const result = await pgQuery(
      this.pool,
      'claim a reminder delivery',
      `INSERT INTO reminder_deliveries (delivery_key, conversation_id, recorded_at) VALUES ($1, $2, $3)
       ON CONFLICT (delivery_key) DO NOTHING`,
      [deliveryKey, conversationId, at],
    );
    return result.rowCount === 1;
  }

  async release(deliveryKey: string): Promise<void> {
    await pgQuery(
      this.pool,
      'release a reminder delivery',
      'DELETE FROM reminder_deliveries WHERE delivery_key = $1',
      [deliveryKey],
    );
  }
}
