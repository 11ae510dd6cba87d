import type { Activity } from 'botbuilder';
import type { TranscriptSink } from '../../src/channels/transcriptSink.js';

/** Keeps a service's transcript records in memory, so a test can read what was recorded. */
export class MemoryTranscriptSink implements TranscriptSink {
  readonly records: Partial<Activity>[] = [];
  private readonly committed = new WeakSet<object>();

  append(activity: Partial<Activity>): void {
    this.records.push(JSON.parse(JSON.stringify(activity)) as Partial<Activity>);
  }

  async commit(items: readonly { activity: Partial<Activity> }[]): Promise<void> {
    this.commitNow(items);
  }

  commitNow(items: readonly { activity: Partial<Activity> }[]): void {
    for (const item of items) {
      this.append(item.activity);
      this.committed.add(item.activity);
    }
  }

  wasCommitted(activity: object): boolean {
    return this.committed.has(activity);
  }

  conversationRecords(conversationId: string): readonly Partial<Activity>[] {
    return this.records.filter((a) => a.conversation?.id === conversationId);
  }
}
