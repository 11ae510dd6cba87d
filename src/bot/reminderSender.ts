import type { Logger } from 'pino';
import type { ReminderMessage, ReminderSender, SendOutcome } from '../reminders/types.js';
import type { ReminderDeliveryLog } from '../store/reminderDeliveries.js';
import type { Clock } from '../core/clock.js';
import type { ProactiveMessenger } from '../channels/host.js';
import type { CollectionBot } from './collectionBot.js';
import { aimAtVerifiedSession, type VerifiedAudienceReader } from './agentDesk/verifiedAudience.js';

/**
 * Delivers reminders on the person's own channel through the proactive send path (so they are
 * worded by the reminder act, guarded and transcribed). Each delivery key is recorded before
 * the channel is asked, so a reminder retried after a crash reaches the person at most once.
 */
export class ProactiveReminderSender implements ReminderSender {
  constructor(
    private readonly deliveries: ReminderDeliveryLog,
    private readonly clock: Clock,
    private readonly proactive: ProactiveMessenger,
    private readonly bot: CollectionBot,
    private readonly logger: Logger,
    /** SECURITY.md: a reminder worded as verified reaches only the session that verified. */
    private readonly audience?: VerifiedAudienceReader,
  ) {}

  async send(reminder: ReminderMessage): Promise<SendOutcome> {
    if (!(await this.deliveries.claim(reminder.deliveryKey, reminder.conversationId, this.clock.now()))) {
      this.logger.warn(
        { deliveryKey: reminder.deliveryKey },
        'reminder already handed to its channel; not sent again',
      );
      return 'sent';
    }
    const outcome = await this.proactive.continue(reminder.conversationId, async (context) => {
      if (this.audience) await aimAtVerifiedSession(context, this.audience);
      await this.bot.remind(context, reminder.kind);
    });
    // Nothing reached the person when there was no conversation or the channel failed: release
    // the key so a retry may deliver it.
    switch (outcome.status) {
      case 'sent':
        return 'sent';
      case 'no_conversation':
        await this.deliveries.release(reminder.deliveryKey);
        return 'unreachable';
      case 'failed':
        await this.deliveries.release(reminder.deliveryKey);
        return { failed: outcome.error };
    }
  }
}
