import type { Clock } from '../../core/clock.js';
import { toPlainActivity } from './chain.js';
import { TranscriptError } from './errors.js';
import type { AppendMeta, TranscriptActivity, TranscriptStore } from './types.js';

/** Reported to `onFailure`; nothing is ever dropped without one of these. */
export type WriteFailure =
  /** The store failed; the record is kept in order and written again after `delayMs`. */
  | {
      kind: 'retrying';
      conversationId: string;
      attempt: number;
      delayMs: number;
      pending: number;
      error: string;
    }
  /** The activity cannot be stored as given (no conversation.id); it was not queued. */
  | { kind: 'rejected'; activityType: string; error: string }
  /** A record that failed before was written in the end. */
  | { kind: 'recovered'; conversationId: string; attempts: number };

export interface TranscriptWriterOptions {
  store: Pick<TranscriptStore, 'appendAll'>;
  clock: Clock;
  /** Called for every failure and recovery; wire it to the logger. */
  onFailure: (failure: WriteFailure) => void;
  /** First retry delay; doubles each attempt up to retryMaxMs. */
  retryBaseMs?: number;
  retryMaxMs?: number;
}

/** Records written together in one transaction when the queue has several waiting. */
const MAX_BATCH = 64;

interface Pending {
  activity: TranscriptActivity;
  meta: AppendMeta;
  attempts: number;
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * The write side of transcripts, off the turn's path: `append` copies the activity, stamps a
 * timestamp when it has none and queues it; the queue is written in order soon after (several
 * waiting records in one transaction). A failed write is retried with backoff (order kept) and
 * reported, never dropped.
 *
 *   const writer = new TranscriptWriter({ store, clock, onFailure: (f) => logger.warn({ transcript: f }) });
 *   writer.append(activity);           // returns at once, never throws
 *   await writer.flush();              // tests and shutdown
 */
export class TranscriptWriter {
  private readonly queue: Pending[] = [];
  private running = false;
  private waiters: (() => void)[] = [];
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;

  constructor(private readonly options: TranscriptWriterOptions) {
    this.retryBaseMs = options.retryBaseMs ?? 100;
    this.retryMaxMs = options.retryMaxMs ?? 30_000;
  }

  /** Records not yet written. */
  get pending(): number {
    return this.queue.length;
  }

  /** Queues an activity for its conversation's chain. Never throws into the caller. */
  append(activity: TranscriptActivity | object, meta: AppendMeta = {}): void {
    let plain: TranscriptActivity;
    try {
      plain = toPlainActivity(activity);
      if (typeof plain.conversation?.id !== 'string' || plain.conversation.id === '') {
        throw new TranscriptError(
          'activity has no conversation.id; apply the conversation reference before logging it',
        );
      }
    } catch (error) {
      const activityType =
        typeof (activity as { type?: unknown }).type === 'string'
          ? String((activity as { type: string }).type)
          : 'unknown';
      this.report({ kind: 'rejected', activityType, error: errorText(error) });
      return;
    }
    if (typeof plain.timestamp !== 'string') plain.timestamp = this.options.clock.now().toISOString();
    this.queue.push({ activity: plain, meta: { ...meta }, attempts: 0 });
    if (!this.running) {
      this.running = true;
      setImmediate(() => void this.drain());
    }
  }

  /**
   * Resolves once the queue is empty (waiting through retries). With `timeoutMs`, rejects when
   * records are still pending by then (shutdown reports them instead of hanging).
   */
  flush(timeoutMs?: number): Promise<void> {
    if (!this.running && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer =
        timeoutMs === undefined
          ? undefined
          : setTimeout(
              () =>
                reject(
                  new Error(`${this.queue.length} transcript records still pending after ${timeoutMs} ms`),
                ),
              timeoutMs,
            );
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private async drain(): Promise<void> {
    let batchSize = MAX_BATCH;
    while (this.queue.length > 0) {
      const batch = this.queue.slice(0, batchSize);
      const outcome = await this.writeBatch(batch);
      switch (outcome) {
        case 'written':
          this.queue.splice(0, batch.length);
          batchSize = MAX_BATCH;
          break;
        case 'rejected':
          this.queue.shift();
          batchSize = MAX_BATCH;
          break;
        case 'split':
          batchSize = 1;
          break;
        case 'retry':
          await new Promise((resolve) => setTimeout(resolve, this.delayFor(batch[0]?.attempts ?? 1)));
          break;
      }
    }
    this.running = false;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  /** Writes the batch in one transaction. A record that can never be stored is isolated and rejected. */
  private async writeBatch(batch: Pending[]): Promise<'written' | 'rejected' | 'split' | 'retry'> {
    const head = batch[0];
    if (!head) return 'written';
    const conversationId = head.activity.conversation?.id ?? '';
    try {
      await this.options.store.appendAll(batch, this.options.clock.now());
      if (head.attempts > 0) this.report({ kind: 'recovered', conversationId, attempts: head.attempts + 1 });
      return 'written';
    } catch (error) {
      if (error instanceof TranscriptError) {
        if (batch.length > 1) return 'split';
        this.report({ kind: 'rejected', activityType: head.activity.type, error: errorText(error) });
        return 'rejected';
      }
      head.attempts += 1;
      this.report({
        kind: 'retrying',
        conversationId,
        attempt: head.attempts,
        delayMs: this.delayFor(head.attempts),
        pending: this.queue.length,
        error: errorText(error),
      });
      return 'retry';
    }
  }

  private delayFor(attempts: number): number {
    return Math.min(this.retryBaseMs * 2 ** Math.max(attempts - 1, 0), this.retryMaxMs);
  }

  private report(failure: WriteFailure): void {
    try {
      this.options.onFailure(failure);
    } catch {
      // A broken reporter must not stop the queue.
    }
  }
}
