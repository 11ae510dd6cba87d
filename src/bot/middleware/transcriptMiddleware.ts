import { ActivityEventNames, type Activity, type Middleware, type TurnContext } from 'botbuilder';
import type { Clock } from '../../core/clock.js';
import type { TranscriptSink } from '../../channels/transcriptSink.js';

export interface TranscriptMiddlewareDeps {
  /** The TranscriptWriter: `commit` resolves once the records are durable, or rejects. */
  writer: Pick<TranscriptSink, 'commit' | 'wasCommitted'>;
  clock: Clock;
  /** The account a conversation is bound to, when known (stored beside the record, not in it). */
  accountOf?: (conversationId: string) => Promise<string | undefined>;
  /** Told when the inbound activity could not be recorded (the turn then fails: nothing is acknowledged). */
  onError?: (error: unknown) => void;
  /**
   * Runs a turn whose inbound activity this middleware records inside the conversation's turn
   * lock scope (`ConversationLock.hold`: on PostgreSQL the record's write-ahead then tries the turn
   * lock in its own round trip, issue 19 pg15). Absent: the turn runs as it is.
   */
  turnScope?: (conversationId: string, turn: () => Promise<void>) => Promise<void>;
}

/**
 * Write-ahead for inbound activities (messages, events, conversation updates): the activity is
 * committed to the transcript before the rest of the turn runs, so before the channel answers
 * 200/201. When it cannot be recorded the turn fails (TranscriptUnavailableError), so nothing
 * unrecorded is acknowledged. Activities a channel committed itself (Direct Line, atomically
 * with storing them) are not written twice. Outbound messages are committed by the send path.
 *
 *   turnPipeline({ transcriptIn: new TranscriptMiddleware({ writer, clock, accountOf }), ... });
 */
export class TranscriptMiddleware implements Middleware {
  constructor(private readonly deps: TranscriptMiddlewareDeps) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity as Activity | undefined;
    const conversationId = activity?.conversation?.id;
    const scope = this.deps.turnScope;
    if (!scope || !conversationId || !this.records(activity)) {
      await this.commitInbound(context);
      return next();
    }
    await scope(conversationId, async () => {
      await this.commitInbound(context);
      await next();
    });
  }

  /** Whether this middleware records `activity` (not committed by its channel, not a proactive start). */
  private records(activity: Activity | undefined): activity is Activity {
    if (!activity || this.deps.writer.wasCommitted(activity)) return false;
    // The event botbuilder uses to start proactive turns is not something the person did.
    return !(activity.type === 'event' && activity.name === ActivityEventNames.ContinueConversation);
  }

  private async commitInbound(context: TurnContext): Promise<void> {
    const activity = context.activity as Activity | undefined;
    if (!this.records(activity)) return;
    const copy = { ...activity, from: { ...activity.from, role: activity.from?.role ?? 'user' } };
    if (!copy.timestamp) copy.timestamp = this.deps.clock.now();
    const conversationId = activity.conversation?.id;
    const accountId = conversationId ? await this.deps.accountOf?.(conversationId) : undefined;
    try {
      await this.deps.writer.commit([{ activity: copy, meta: accountId ? { accountId } : {} }]);
    } catch (error) {
      try {
        this.deps.onError?.(error);
      } catch {
        // Reporting is best effort.
      }
      throw error;
    }
  }
}
