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
  store: Pick<TranscriptStore, 'append'>;
  clock: Clock;
  /** Called for every failure and recovery; wire it to the logger. */
  onFailure: (failure: WriteFailure) => void;
  /** First retry delay; doubles each attempt up to retryMaxMs. */
  retryBaseMs?: number;
  retryMaxMs?: number;
}

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
 * timestamp when it has none and queues it; the queue is written in order soon after. A failed
 * write is retried with backoff (order kept) and reported, never dropped.
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
    for (let item = this.queue[0]; item; item = this.queue[0]) {
      const outcome = await this.writeOne(item);
      if (outcome === 'retry')
        await new Promise((resolve) => setTimeout(resolve, this.delayFor(item.attempts)));
      else this.queue.shift();
    }
    this.running = false;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  private async writeOne(item: Pending): Promise<'written' | 'rejected' | 'retry'> {
    const conversationId = item.activity.conversation?.id ?? '';
    try {
      await this.options.store.append(item.activity, item.meta, this.options.clock.now());
      if (item.attempts > 0) this.report({ kind: 'recovered', conversationId, attempts: item.attempts + 1 });
      return 'written';
    } catch (error) {
      if (error instanceof TranscriptError) {
        this.report({ kind: 'rejected', activityType: item.activity.type, error: errorText(error) });
        return 'rejected';
      }
      item.attempts += 1;
      const delayMs = this.delayFor(item.attempts);
      this.report({
        kind: 'retrying',
        conversationId,
        attempt: item.attempts,
        delayMs,
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
