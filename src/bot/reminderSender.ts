import type { Logger } from 'pino';
import type { ReminderMessage, ReminderSender, SendOutcome } from '../reminders/types.js';
import type { Db } from '../store/db.js';
import type { ProactiveMessenger } from '../channels/host.js';
import type { CollectionBot } from './collectionBot.js';

/**
 * Delivers reminders on the person's own channel through the proactive send path (so they are
 * worded by the reminder act, guarded and transcribed). Each delivery key is recorded before
 * the channel is asked, so a reminder retried after a crash reaches the person at most once.
 */
export class ProactiveReminderSender implements ReminderSender {
  constructor(
    private readonly db: Db,
    private readonly proactive: ProactiveMessenger,
    private readonly bot: CollectionBot,
    private readonly logger: Logger,
  ) {}

  async send(reminder: ReminderMessage): Promise<SendOutcome> {
    const fresh = this.db
      .prepare(
        `INSERT OR IGNORE INTO reminder_deliveries (delivery_key, conversation_id, recorded_at)
        VALUES (?, ?, ?)`,
      )
      .run(reminder.deliveryKey, reminder.conversationId, new Date().toISOString());
    if (fresh.changes === 0) {
      this.logger.warn(
        { deliveryKey: reminder.deliveryKey },
        'reminder already handed to its channel; not sent again',
      );
      return 'sent';
    }
    const outcome = await this.proactive.continue(reminder.conversationId, (context) =>
      this.bot.remind(context, reminder.kind),
    );
    switch (outcome.status) {
      case 'sent':
        return 'sent';
      case 'no_conversation':
        this.forget(reminder.deliveryKey);
        return 'unreachable';
      case 'failed':
        this.forget(reminder.deliveryKey);
        return { failed: outcome.error };
    }
  }

  /** Nothing reached the person: a retry may deliver it. */
  private forget(deliveryKey: string): void {
    this.db.prepare('DELETE FROM reminder_deliveries WHERE delivery_key = ?').run(deliveryKey);
  }
}
