import type {
  Activity,
  PagedResult,
  TranscriptInfo,
  TranscriptStore as BotTranscriptStore,
} from 'botbuilder';
import type { Clock } from '../core/clock.js';
import type { TranscriptActivity, TranscriptStore } from '../store/transcripts/types.js';
import type { TranscriptWriter } from '../store/transcripts/writer.js';

/** A transcript deletion the retention policy does not allow yet. */
export class TranscriptRetentionError extends Error {
  readonly code = 'TRANSCRIPT_RETENTION';

  constructor(
    readonly conversationId: string,
    readonly deletableFrom: string,
  ) {
    super(
      `transcript ${conversationId} is within the retention period (TRANSCRIPT_RETENTION_DAYS) and may be deleted from ${deletableFrom}`,
    );
    this.name = 'TranscriptRetentionError';
  }
}

export interface TranscriptStoreAdapterDeps {
  store: TranscriptStore;
  writer: Pick<TranscriptWriter, 'append' | 'flush'>;
  clock: Clock;
  /** TRANSCRIPT_RETENTION_DAYS. */
  retentionDays: number;
  /** Recorded as who deleted, e.g. 'retention-job'. */
  actor?: string;
}

/**
 * botbuilder's TranscriptStore over our plain, hash-chained store, for anything that speaks the
 * Bot Framework contract (TranscriptLoggerMiddleware, tools). Writes go through the writer
 * (chained, retried); `logActivity` resolves once the write is done. Deleting refuses a
 * conversation still within retention (TranscriptRetentionError) and records what it deletes.
 *
 *   adapter.use(new TranscriptLoggerMiddleware(new TranscriptStoreAdapter({ store, writer, clock, retentionDays: 730 })));
 */
export class TranscriptStoreAdapter implements BotTranscriptStore {
  constructor(private readonly deps: TranscriptStoreAdapterDeps) {}

  async logActivity(activity: Activity): Promise<void> {
    if (!activity) throw new Error('activity cannot be null for logActivity()');
    this.deps.writer.append(activity);
    await this.deps.writer.flush();
  }

  async getTranscriptActivities(
    channelId: string,
    conversationId: string,
    continuationToken?: string,
    startDate?: Date,
  ): Promise<PagedResult<Activity>> {
    if (!channelId) throw new Error('Missing channelId');
    if (!conversationId) throw new Error('Missing conversationId');
    const page = await this.deps.store.getTranscriptActivities(
      channelId,
      conversationId,
      continuationToken,
      startDate,
    );
    return { items: page.items.map(asActivity), continuationToken: page.continuationToken ?? '' };
  }

  async listTranscripts(channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> {
    if (!channelId) throw new Error('Missing channelId');
    const page = await this.deps.store.listTranscripts(channelId, continuationToken);
    return { items: page.items, continuationToken: page.continuationToken ?? '' };
  }

  async deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    if (!channelId) throw new Error('Missing channelId');
    if (!conversationId) throw new Error('Missing conversationId');
    const outcome = await this.deps.store.deleteTranscript(channelId, conversationId, {
      now: this.deps.clock.now(),
      retentionDays: this.deps.retentionDays,
      actor: this.deps.actor ?? 'transcript-store',
    });
    switch (outcome.status) {
      case 'deleted':
      case 'not_found':
        return;
      case 'within_retention':
        throw new TranscriptRetentionError(conversationId, outcome.deletableFrom);
    }
  }
}

/** Stored JSON back to an Activity: the one field JSON changed is the timestamp (a Date again). */
function asActivity(stored: TranscriptActivity): Activity {
  const { timestamp, ...rest } = stored;
  // Stored activities were Activities when logged; only their Date fields became strings.
  const activity = rest as unknown as Activity;
  if (timestamp !== undefined) activity.timestamp = new Date(timestamp);
  return activity;
}
