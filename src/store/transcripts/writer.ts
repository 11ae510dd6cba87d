import type { Clock } from '../../core/clock.js';
import { boundedOnce } from './bounded.js';
import { TranscriptError, TranscriptUnavailableError } from './errors.js';
import type { AppendMeta, TranscriptActivity, TranscriptRecord } from './types.js';

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

/** The synchronous append the writer needs (SqliteTranscriptStore.appendAllNow). */
export interface SyncTranscriptAppender {
  appendAllNow(
    items: readonly { activity: TranscriptActivity; meta: AppendMeta }[],
    recordedAt: Date,
  ): TranscriptRecord[];
}

export interface TranscriptWriterOptions {
  store: SyncTranscriptAppender;
  clock: Clock;
  /** Called for every failure and recovery; wire it to the logger. */
  onFailure: (failure: WriteFailure) => void;
  /** First retry delay; doubles each attempt up to retryMaxMs. */
  retryBaseMs?: number;
  retryMaxMs?: number;
}

/** What /healthz reports of the transcript. */
export interface WriterHealth {
  /** Records accepted but not yet on disk. */
  backlog: number;
  /** The last write failed and none has succeeded since. */
  failing: boolean;
  lastError: string | undefined;
  failingSince: string | undefined;
}

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
 * The write side of transcripts, write-ahead:
 * - `commit(items)` writes whatever is queued and then `items`, in order, in ONE transaction, and
 *   returns only once they are on disk; it throws TranscriptUnavailableError when they are not
 *   (the caller then must not acknowledge or deliver). Channels call it before they answer, the
 *   send path before it hands a message to the channel.
 * - `append(activity)` queues a record that does not gate anything (traces); it rides along with
 *   the next commit or is written at the next tick, retried with backoff, never dropped.
 * Activities too deep or too large are stored truncated with a marker (see boundedActivity).
 *
 *   writer.commit([{ activity: inbound }]);   // before the 200
 *   writer.append(trace);                      // never throws
 */
export class TranscriptWriter {
  private readonly queue: Pending[] = [];
  private scheduled: NodeJS.Immediate | NodeJS.Timeout | undefined;
  private waiters: (() => void)[] = [];
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private failure: { error: string; since: string } | undefined;
  private readonly committed = new WeakSet<object>();

  constructor(private readonly options: TranscriptWriterOptions) {
    this.retryBaseMs = options.retryBaseMs ?? 100;
    this.retryMaxMs = options.retryMaxMs ?? 30_000;
  }

  /** Records not yet written. */
  get pending(): number {
    return this.queue.length;
  }

  health(): WriterHealth {
    return {
      backlog: this.queue.length,
      failing: this.failure !== undefined,
      lastError: this.failure?.error,
      failingSince: this.failure?.since,
    };
  }

  /** Queues an activity for its conversation's chain. Never throws into the caller. */
  append(activity: TranscriptActivity | object, meta: AppendMeta = {}): void {
    const pending = this.prepare(activity, meta);
    if (!pending) return;
    this.queue.push(pending);
    this.schedule(0);
  }

  /**
   * Writes the queue and then `items` in one transaction; on disk when it returns. Throws
   * TranscriptUnavailableError (items not stored, queue kept for retry) when the store fails.
   */
  commit(items: readonly { activity: TranscriptActivity | object; meta?: AppendMeta }[]): void {
    const prepared = items
      .map((i) => this.prepare(i.activity, i.meta ?? {}))
      .filter((p): p is Pending => !!p);
    const batch = [...this.queue, ...prepared];
    try {
      this.options.store.appendAllNow(batch, this.options.clock.now());
    } catch (error) {
      if (error instanceof TranscriptError && batch.length > 1) {
        // One record can never be stored: write the rest one by one so it is isolated.
        this.queue.push(...prepared);
        this.drainNow();
        if (this.queue.some((p) => prepared.includes(p))) throw this.unavailable(error);
        return;
      }
      this.noteFailure(error);
      this.schedule(this.delayFor(1));
      throw this.unavailable(error);
    }
    this.queue.splice(0, this.queue.length);
    for (const item of items) this.committed.add(item.activity);
    this.noteSuccess();
    this.settle();
  }

  /**
   * After a failure: writes what is queued now; true when the writer is healthy again (the
   * caller first proved the store can write, e.g. with a probe row).
   */
  recover(): boolean {
    this.drainNow();
    if (this.queue.length === 0) this.noteSuccess();
    return this.failure === undefined;
  }

  /** True for an activity object `commit` stored (a channel committed it before the turn ran). */
  wasCommitted(activity: object): boolean {
    return this.committed.has(activity);
  }

  /** Resolves once the queue is empty; with `timeoutMs`, rejects when records are still pending then. */
  flush(timeoutMs?: number): Promise<void> {
    this.drainNow();
    if (this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer =
        timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              this.waiters = this.waiters.filter((w) => w !== done);
              reject(
                new Error(`${this.queue.length} transcript records still pending after ${timeoutMs} ms`),
              );
            }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        resolve();
      };
      this.waiters.push(done);
    });
  }

  private prepare(activity: TranscriptActivity | object, meta: AppendMeta): Pending | undefined {
    let plain: TranscriptActivity;
    try {
      // A copy the caller already bounded (the send path does, so its records are read once) is
      // not copied again.
      plain = boundedOnce(activity);
      if (typeof plain.conversation?.id !== 'string' || plain.conversation.id === '') {
        throw new TranscriptError(
          'activity has no conversation.id; apply the conversation reference before logging it',
        );
      }
    } catch (error) {
      const type = (activity as { type?: unknown }).type;
      this.report({
        kind: 'rejected',
        activityType: typeof type === 'string' ? type : 'unknown',
        error: errorText(error),
      });
      return undefined;
    }
    if (typeof plain.timestamp !== 'string') plain.timestamp = this.options.clock.now().toISOString();
    return { activity: plain, meta: { ...meta }, attempts: 0 };
  }

  private schedule(delayMs: number): void {
    if (this.scheduled) return;
    const run = (): void => {
      this.scheduled = undefined;
      this.drainNow();
    };
    this.scheduled = delayMs === 0 ? setImmediate(run) : setTimeout(run, delayMs);
  }

  /** Writes the queue in batches now; on a store failure schedules a retry and stops. */
  private drainNow(): void {
    let batchSize = MAX_BATCH;
    while (this.queue.length > 0) {
      const batch = this.queue.slice(0, batchSize);
      const head = batch[0] as Pending;
      try {
        this.options.store.appendAllNow(batch, this.options.clock.now());
        this.queue.splice(0, batch.length);
        if (head.attempts > 0)
          this.report({
            kind: 'recovered',
            conversationId: head.activity.conversation?.id ?? '',
            attempts: head.attempts + 1,
          });
        this.noteSuccess();
        batchSize = MAX_BATCH;
      } catch (error) {
        if (error instanceof TranscriptError) {
          if (batch.length > 1) {
            batchSize = 1;
            continue;
          }
          this.queue.shift();
          this.report({ kind: 'rejected', activityType: head.activity.type, error: errorText(error) });
          continue;
        }
        head.attempts += 1;
        this.noteFailure(error);
        const delayMs = this.delayFor(head.attempts);
        this.report({
          kind: 'retrying',
          conversationId: head.activity.conversation?.id ?? '',
          attempt: head.attempts,
          delayMs,
          pending: this.queue.length,
          error: errorText(error),
        });
        this.schedule(delayMs);
        return;
      }
    }
    this.settle();
  }

  private settle(): void {
    if (this.queue.length > 0) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  private noteFailure(error: unknown): void {
    this.failure = {
      error: errorText(error),
      since: this.failure?.since ?? this.options.clock.now().toISOString(),
    };
  }

  private noteSuccess(): void {
    this.failure = undefined;
  }

  private unavailable(error: unknown): TranscriptUnavailableError {
    return new TranscriptUnavailableError(`the transcript could not be written (${errorText(error)})`);
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
