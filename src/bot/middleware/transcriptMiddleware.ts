import { ActivityEventNames, type Middleware, type TurnContext } from 'botbuilder';
import type { Clock } from '../../core/clock.js';
import type { AppendMeta } from '../../store/transcripts/types.js';

export interface TranscriptMiddlewareDeps {
  /** The TranscriptWriter (queues, retries and reports; never blocks the turn). */
  writer: { append(activity: object, meta?: AppendMeta): void };
  clock: Clock;
  /** The account a conversation is bound to, when known (stored beside the record, not in it). */
  accountOf?: (conversationId: string) => string | undefined;
  /** Told when logging failed before it reached the writer; the turn goes on regardless. */
  onError?: (error: unknown) => void;
}

/**
 * Logs every inbound activity (messages, events, conversation updates) to the transcript before
 * the rest of the turn runs. Outbound messages and their traces are logged by the guarded send
 * path. Best effort by design: a logging failure is reported and never reaches the turn.
 *
 *   adapter.use(new TranscriptMiddleware({ writer, clock, accountOf }), guardedSend, ...);
 */
export class TranscriptMiddleware implements Middleware {
  constructor(private readonly deps: TranscriptMiddlewareDeps) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    this.logInbound(context);
    await next();
  }

  private logInbound(context: TurnContext): void {
    try {
      const activity = context.activity;
      if (!activity) return;
      // The event botbuilder uses to start proactive turns is not something the person did.
      if (activity.type === 'event' && activity.name === ActivityEventNames.ContinueConversation) return;
      const copy = { ...activity, from: { ...activity.from, role: activity.from?.role ?? 'user' } };
      if (!copy.timestamp) copy.timestamp = this.deps.clock.now();
      const conversationId = activity.conversation?.id;
      const accountId = conversationId ? this.deps.accountOf?.(conversationId) : undefined;
      this.deps.writer.append(copy, accountId ? { accountId } : {});
    } catch (error) {
      try {
        this.deps.onError?.(error);
      } catch {
        // Reporting is best effort too.
      }
    }
  }
}
