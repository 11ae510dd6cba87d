import type { Activity } from 'botbuilder';
import type { AppendMeta } from '../store/transcripts/types.js';

/**
 * Where channels, the send path and the bot record activities and traces (the TranscriptWriter).
 * - `commit` is write-ahead: it resolves once the items are durable, else it rejects with
 *   TranscriptUnavailableError and the caller must not acknowledge or deliver what it was committing;
 * - `commitNow` is the same, synchronously, inside the caller's SQLite transaction (a channel
 *   storing the very message it records); it throws when the transcript is not on SQLite;
 * - `append` queues what gates nothing (traces); never throws, never blocks a turn.
 */
export interface TranscriptSink {
  append(activity: Partial<Activity>, meta?: AppendMeta): void;
  commit(items: readonly { activity: Partial<Activity>; meta?: AppendMeta }[]): Promise<void>;
  commitNow(items: readonly { activity: Partial<Activity>; meta?: AppendMeta }[]): void;
  /**
   * `commit` for records given only with the turn's answer (expectReplies): true when the store
   * took them into the turn's own transaction (PostgreSQL), durable before the answer is given;
   * `lost` is called if they never are (nothing of them may then be delivered). False: `commit`.
   */
  commitWithTurn?(
    items: readonly { activity: Partial<Activity>; meta?: AppendMeta }[],
    lost: (error: unknown) => void,
  ): boolean;
  /** True for an activity object already committed (by the channel, before the turn ran). */
  wasCommitted(activity: object): boolean;
  /**
   * Notes an activity object a channel committed through another path (in its own PostgreSQL
   * transaction, e.g. WeChat's MsgId mark with `PgTranscriptStore.appendAllIn`), so the turn does
   * not record it again; `wasCommitted` is true for it afterwards.
   */
  markCommitted?(activity: object): void;
  /**
   * A sink that keeps its own records rather than writing them to the SQLite transcript store
   * lists a conversation's records, oldest first; the handoff reads them from here then.
   */
  conversationRecords?(conversationId: string): readonly Partial<Activity>[];
}
