import type { Activity } from 'botbuilder';

/**
 * Where the send path and the bot record activities and traces. Appending never blocks or
 * breaks a turn: the implementation queues, retries and reports failures.
 */
export interface TranscriptSink {
  append(activity: Partial<Activity>): void;
}

/** Keeps records in memory (tests, and a fallback before the SQLite transcript is wired). */
export class MemoryTranscriptSink implements TranscriptSink {
  readonly records: Partial<Activity>[] = [];
  append(activity: Partial<Activity>): void {
    this.records.push(JSON.parse(JSON.stringify(activity)) as Partial<Activity>);
  }
}
