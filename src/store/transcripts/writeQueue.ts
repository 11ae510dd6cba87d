import { AsyncResource } from 'node:async_hooks';
import { TranscriptError } from './errors.js';
import { refusalOf, refusalText, refusesRecord } from './recordRefusal.js';
import type { TranscriptRecord } from './types.js';
import {
  errorText,
  ignore,
  MAX_BATCH,
  type Pending,
  type Step,
  type TranscriptWriterOptions,
  type WriteFailure,
  type WriterHealth,
} from './writerTypes.js';

/**
 * The transcript writer's queue and its write machinery: records waiting to be written, the
 * one-write-at-a-time order of store transactions, batched draining with a record the store
 * refuses isolated and reported, retries with backoff on store failures, the health it reports and
 * the waiters of `flush`. TranscriptWriter builds commits on top of it.
 */
export class WriteQueue {
  readonly items: Pending[] = [];
  private scheduled: NodeJS.Immediate | NodeJS.Timeout | undefined;
  private waiters: (() => void)[] = [];
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private failure: { error: string; since: string } | undefined;
  /** The last write in flight (asynchronous stores only); the next one starts after it. */
  private tail: Promise<void> | undefined;
  /**
   * The async context the writer was made in (the service's start, no turn's): background drains
   * run in it (claim24). A drain scheduled during a turn used to inherit that turn's context, its
   * activity claim (`claimToTake`) and its lock session with it, so queued records of other
   * conversations rode on the turn's claim, and a lost claim refused them.
   */
  private readonly root = new AsyncResource('TranscriptWriterDrain');

  constructor(private readonly options: TranscriptWriterOptions) {
    this.retryBaseMs = options.retryBaseMs ?? 100;
    this.retryMaxMs = options.retryMaxMs ?? 30_000;
  }

  /** True while an asynchronous write is in flight. */
  get busy(): boolean {
    return this.tail !== undefined;
  }

  get failing(): boolean {
    return this.failure !== undefined;
  }

  health(backlog: number): WriterHealth {
    return {
      backlog,
      failing: this.failure !== undefined,
      lastError: this.failure?.error,
      failingSince: this.failure?.since,
    };
  }

  /** Resolves once the queue is empty; with `timeoutMs`, rejects when records are still pending then. */
  whenEmpty(timeoutMs?: number): Promise<void> {
    this.background();
    if (this.items.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer =
        timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              this.waiters = this.waiters.filter((w) => w !== done);
              reject(
                new Error(`${this.items.length} transcript records still pending after ${timeoutMs} ms`),
              );
            }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        resolve();
      };
      this.waiters.push(done);
    });
  }

  /**
   * Runs one write after the one in flight. With a synchronous store nothing is ever in flight:
   * the task runs to its end before this returns (no timer, no wait).
   */
  exclusive(task: () => Step): Promise<void> {
    if (!this.tail) {
      let step: Step;
      try {
        step = task();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      return step instanceof Promise ? this.track(step) : Promise.resolve();
    }
    return this.track(this.tail.then(task));
  }

  private track(run: Promise<void>): Promise<void> {
    const tail = run.then(ignore, ignore);
    this.tail = tail;
    void tail.then(() => {
      if (this.tail === tail) this.tail = undefined;
    });
    return run;
  }

  /** One store transaction: synchronous when the store can, else its promise. */
  write(batch: readonly Pending[]): TranscriptRecord[] | Promise<TranscriptRecord[]> {
    const { store, clock } = this.options;
    return store.appendAllNow ? store.appendAllNow(batch, clock.now()) : store.appendAll(batch, clock.now());
  }

  schedule(delayMs: number): void {
    if (this.scheduled) return;
    const run = (): void => {
      this.scheduled = undefined;
      this.background();
    };
    this.scheduled = this.root.runInAsyncScope(() =>
      delayMs === 0 ? setImmediate(run) : setTimeout(run, delayMs),
    );
  }

  /**
   * Drains the queue after the write in flight, outside any turn's context (`root`), then runs
   * `after` (in that drain's turn of the queue). Never throws.
   */
  background(after?: () => void): void {
    this.root.runInAsyncScope(() => {
      const drained = this.exclusive(() => {
        const step = this.drain();
        return after ? (step instanceof Promise ? step.then(after) : after()) : step;
      });
      void drained.catch(ignore);
    });
  }

  /**
   * Writes the queue in batches (at once with a synchronous store); on a store failure schedules a
   * retry and stops. Never throws.
   */
  drain(batchSize = MAX_BATCH): Step {
    while (this.items.length > 0) {
      const batch = this.items.slice(0, batchSize);
      let written: TranscriptRecord[] | Promise<TranscriptRecord[]>;
      try {
        written = this.write(batch);
      } catch (error) {
        const next = this.drainFailed(batch, error);
        if (next === undefined) return;
        batchSize = next;
        continue;
      }
      if (written instanceof Promise)
        return written.then(
          () => {
            this.drained(batch);
            return this.drain();
          },
          (error: unknown) => {
            const next = this.drainFailed(batch, error);
            return next === undefined ? undefined : this.drain(next);
          },
        );
      this.drained(batch);
      batchSize = MAX_BATCH;
    }
    this.settle();
  }

  private drained(batch: readonly Pending[]): void {
    const head = batch[0] as Pending;
    this.items.splice(0, batch.length);
    if (head.attempts > 0)
      this.report({
        kind: 'recovered',
        conversationId: head.activity.conversation?.id ?? '',
        attempts: head.attempts + 1,
      });
    this.noteSuccess();
  }

  /** The next batch size to try, or undefined when the store failed and a retry is scheduled. */
  private drainFailed(batch: readonly Pending[], error: unknown): number | undefined {
    const head = batch[0] as Pending;
    if (refusesRecord(error)) {
      // One record the store refuses (claim24: a constraint, a data error, not only TranscriptError)
      // is isolated and left out, reported; the writer is not marked failing for it.
      if (batch.length > 1) return 1;
      this.items.shift();
      head.rejected = true;
      this.reportRefused(head, error, 'queued');
      return MAX_BATCH;
    }
    head.attempts += 1;
    this.noteFailure(error);
    const delayMs = this.delayFor(head.attempts);
    this.report({
      kind: 'retrying',
      conversationId: head.activity.conversation?.id ?? '',
      attempt: head.attempts,
      delayMs,
      pending: this.items.length,
      error: errorText(error),
    });
    this.schedule(delayMs);
    return undefined;
  }

  /** Reports a record the store refused (code and constraint only, never a value). */
  reportRefused(record: Pending, error: unknown, stage: 'commit' | 'queued'): void {
    if (error instanceof TranscriptError && stage === 'queued') {
      this.report({ kind: 'rejected', activityType: record.activity.type, error: errorText(error) });
      return;
    }
    this.report({
      kind: 'refused',
      stage,
      refusal: refusalOf(error).kind,
      conversationId: record.activity.conversation?.id ?? '',
      activityType: record.activity.type,
      error: refusalText(error),
    });
  }

  /** Wakes the `flush` waiters once nothing is queued. */
  settle(): void {
    if (this.items.length > 0) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  noteFailure(error: unknown): void {
    this.failure = {
      error: errorText(error),
      since: this.failure?.since ?? this.options.clock.now().toISOString(),
    };
  }

  noteSuccess(): void {
    this.failure = undefined;
  }

  delayFor(attempts: number): number {
    return Math.min(this.retryBaseMs * 2 ** Math.max(attempts - 1, 0), this.retryMaxMs);
  }

  report(failure: WriteFailure): void {
    try {
      this.options.onFailure(failure);
    } catch {
      // A broken reporter must not stop the queue.
    }
  }
}
