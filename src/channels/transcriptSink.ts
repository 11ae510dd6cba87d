import type { Activity } from 'botbuilder';
import type { AppendMeta } from '../store/transcripts/types.js';

/**
 * Where channels, the send path and the bot record activities and traces (the TranscriptWriter).
 * - `commit` is write-ahead: on disk when it returns, else it throws TranscriptUnavailableError
 *   and the caller must not acknowledge or deliver what it was committing;
 * - `append` queues what gates nothing (traces); never throws, never blocks a turn.
 */
export interface TranscriptSink {
  append(activity: Partial<Activity>, meta?: AppendMeta): void;
  commit(items: readonly { activity: Partial<Activity>; meta?: AppendMeta }[]): void;
  /** True for an activity object already committed (by the channel, before the turn ran). */
  wasCommitted(activity: object): boolean;
}

/** Keeps records in memory (tests, and a fallback before the SQLite transcript is wired). */
export class MemoryTranscriptSink implements TranscriptSink {
  readonly records: Partial<Activity>[] = [];
  private readonly committed = new WeakSet<object>();

  append(activity: Partial<Activity>): void {
    this.records.push(JSON.parse(JSON.stringify(activity)) as Partial<Activity>);
  }

  commit(items: readonly { activity: Partial<Activity> }[]): void {
    for (const item of items) {
      this.append(item.activity);
      this.committed.add(item.activity);
    }
  }

  wasCommitted(activity: object): boolean {
    return this.committed.has(activity);
  }
}
