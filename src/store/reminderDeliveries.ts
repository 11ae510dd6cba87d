import { type Db, prepared } from './db.js';

/**
 * Which reminders were handed to their channel, by delivery key (migration 007): a key is
 * claimed before the channel is asked to send, so a reminder retried after a crash reaches the
 * person at most once; a delivery that reached nobody is released so a retry may send it.
 */
export interface ReminderDeliveryLog {
  /** Records the key at `at`; false when it was already claimed (the reminder went out before). */
  claim(deliveryKey: string, conversationId: string, at: Date): Promise<boolean>;
  release(deliveryKey: string): Promise<void>;
}

export class SqliteReminderDeliveryLog implements ReminderDeliveryLog {
  constructor(private readonly db: Db) {}

  async claim(deliveryKey: string, conversationId: string, at: Date): Promise<boolean> {
    const fresh = prepared(
      this.db,
      `INSERT OR IGNORE INTO reminder_deliveries (delivery_key, conversation_id, recorded_at)
      VALUES (?, ?, ?)`,
    ).run(deliveryKey, conversationId, at.toISOString());
    return fresh.changes > 0;
  }

  async release(deliveryKey: string): Promise<void> {
    prepared(this.db, 'DELETE FROM reminder_deliveries WHERE delivery_key = ?').run(deliveryKey);
  }
}
