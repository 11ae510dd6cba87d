import type { Logger } from 'pino';
import type { ReminderMessage, ReminderSender, SendOutcome } from '../reminders/types.js';
import type { DeliveryState, ReminderDeliveryLog } from '../store/reminderDeliveries.js';
import type { Clock } from '../core/clock.js';
import type { ProactiveMessenger } from '../channels/host.js';
import { holdDelivery, type HeldDelivery } from '../channels/heldDelivery.js';
import type { CollectionBot } from './collectionBot.js';
import { aimAtVerifiedSession, type VerifiedAudienceReader } from './agentDesk/verifiedAudience.js';

/**
 * Delivers reminders on the person's own channel through the proactive send path (so they are
 * worded by the reminder act, guarded and transcribed), once per delivery key (issue 19 remind23):
 *
 * - Direct Line (the delivery is our own store): the turn's delivery is held and written with its
 *   key and transcript records in one transaction (channels/heldDelivery.ts). Exactly once: a
 *   crash leaves all or nothing, and a retry of a key already recorded writes nothing.
 * - External channels (WeChat: no idempotency key): the key is recorded `sending` before the
 *   channel is asked and `delivered` once it answered. At most once: a retry that finds the key
 *   still `sending` (a crash between the two) does not send again, marks it `unconfirmed` and
 *   answers `unknown`. A channel that failed but may have taken the message (WeChat: a timeout
 *   once the request was written, a 5xx; issue 19 wechat24) is `unconfirmed` too; one that says
 *   nothing reached the person releases the key, so a retry may send it.
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
    const key = reminder.deliveryKey;
    let held: HeldDelivery | undefined;
    let before: DeliveryState | undefined;
    let begun = false;
    let taken = false;
    const outcome = await this.proactive.continue(reminder.conversationId, async (context) => {
      held = holdDelivery(context, key);
      if (!held) {
        const state = await this.deliveries.begin(
          key,
          reminder.conversationId,
          reminder.channelId,
          this.clock.now(),
        );
        if (state !== 'fresh') {
          before = state;
          return;
        }
        begun = true;
        // Registered after the send path's handler: runs once the records are committed and
        // marks the channel's answer (a failure after it took the message is not a refusal).
        context.onSendActivities(async (_ctx, activities, next) => {
          const answer = await next();
          if (activities.some((a) => a.type === 'message')) taken = true;
          return answer;
        });
      }
      if (this.audience) await aimAtVerifiedSession(context, this.audience);
      await this.bot.remind(context, reminder.kind);
    });
    if (before === 'delivered' || held?.outcome === 'duplicate') {
      this.logger.warn({ deliveryKey: key }, 'reminder already handed to its channel; not sent again');
      return 'sent';
    }
    if (before !== undefined) {
      // `sending` (started before a crash, or still under way elsewhere), `unconfirmed`, `settled`.
      await this.deliveries.markUnconfirmed(key, this.clock.now());
      this.logger.warn(
        { deliveryKey: key, channelId: reminder.channelId, state: before },
        'reminder send of unknown outcome: started before, never confirmed; not sent again',
      );
      return 'unknown';
    }
    switch (outcome.status) {
      case 'sent':
        if (begun) await this.deliveries.settle(key);
        return 'sent';
      case 'no_conversation':
        return 'unreachable';
      case 'failed':
        if (begun && outcome.arrival === 'unknown') {
          await this.deliveries.markUnconfirmed(key, this.clock.now());
          this.logger.warn(
            { deliveryKey: key, channelId: reminder.channelId, detail: outcome.error },
            'reminder send of unknown outcome: the channel may have taken it; not sent again',
          );
          return 'unknown';
        }
        if (taken && outcome.arrival === undefined) {
          await this.deliveries.settle(key);
          return 'sent';
        }
        // Nothing reached the person (the channel refused, or the turn failed before it): release
        // the key so a retry may deliver it. A held delivery wrote nothing.
        if (begun) await this.deliveries.release(key);
        return { failed: outcome.error };
    }
  }
}
