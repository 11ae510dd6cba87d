import { boundedOnce } from './bounded.js';
import { CommitGroup, type GroupedCommit } from './commitGroup.js';
import { TranscriptError, TranscriptUnavailableError } from './errors.js';
import type { AppendMeta, TranscriptActivity, TranscriptRecord } from './types.js';
import {
  andThen,
  errorText,
  ignore,
  MAX_BATCH,
  type Pending,
  type Step,
  type TranscriptWriterOptions,
  type WriteFailure,
  type WriterHealth,
} from './writerTypes.js';

export type {
  SyncTranscriptAppender,
  TranscriptAppender,
  TranscriptWriterOptions,
  WriteFailure,
  WriterHealth,
} from './writerTypes.js';

/**
 * The write side of transcripts, write-ahead:
 * - `commit(items)` writes whatever is queued and then `items`, in order, in ONE transaction, and
 *   resolves only once they are durable; it rejects with TranscriptUnavailableError when they are
 *   not (the caller then must not acknowledge or deliver). Channels await it before they answer,
 *   the send path before it hands a message to the channel. Commits (and the background writes
 *   of the queue) run one after another through the writer, in call order, so batches never
 *   interleave. With a synchronous store (SQLite) the commits made during one turn of the event
 *   loop are written together, in call order, in one transaction at its end (group commit, see
 *   CommitGroup); each resolves once that transaction has committed.
 * - `commitNow(items)` is `commit` inside a caller's SQLite transaction (synchronous store only).
 * - `append(activity)` queues a record that does not gate anything (traces); it rides along with
 *   the next commit or is written at the next tick, retried with backoff, never dropped.
 * Activities too deep or too large are stored truncated with a marker (see boundedActivity).
 *
 *   await writer.commit([{ activity: inbound }]);   // before the 200
 *   writer.append(trace);                            // never throws
 */
export class TranscriptWriter {
  private readonly queue: Pending[] = [];
  private scheduled: NodeJS.Immediate | NodeJS.Timeout | undefined;
  private waiters: (() => void)[] = [];
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private failure: { error: string; since: string } | undefined;
  private readonly committed = new WeakSet<object>();
  /** The last write in flight (asynchronous stores only); the next one starts after it. */
  private tail: Promise<void> | undefined;
  /** Commits waiting for this turn of the event loop's transaction (synchronous stores only). */
  private readonly group = new CommitGroup((commits) => this.commitGroup(commits));

  constructor(private readonly options: TranscriptWriterOptions) {
    this.retryBaseMs = options.retryBaseMs ?? 100;
    this.retryMaxMs = options.retryMaxMs ?? 30_000;
  }

  /** Records not yet written. */
  get pending(): number {
    return this.queue.length + this.group.size;
  }

  health(): WriterHealth {
    return {
      backlog: this.pending,
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
   * Writes the queue and then `items` in one transaction; resolves once they are durable. Rejects
   * with TranscriptUnavailableError (items not stored, queue kept for retry) when the store fails.
   */
  commit(items: readonly { activity: TranscriptActivity | object; meta?: AppendMeta }[]): Promise<void> {
    const prepared = this.prepareAll(items);
    if (!this.options.store.appendAllNow) return this.exclusive(() => this.commitPrepared(prepared, items));
    return new Promise((resolve, reject) => this.group.add({ prepared, items, resolve, reject }));
  }

  /**
   * `commit`, synchronously, for a caller that records inside its own SQLite transaction (the
   * channel storing the same message): on disk (or in that transaction) when it returns, else it
   * throws TranscriptUnavailableError. Only with a synchronous store. It is written before commits
   * still waiting for the end of the event-loop turn (none of those has been acknowledged or
   * delivered yet, so the transcript's order still follows what anyone saw).
   */
  commitNow(items: readonly { activity: TranscriptActivity | object; meta?: AppendMeta }[]): void {
    if (!this.options.store.appendAllNow || this.tail)
      throw new TranscriptUnavailableError(
        'commitNow needs a synchronous transcript store (SQLite); await commit() instead',
      );
    const prepared = this.prepareAll(items);
    const step = this.commitPrepared(prepared, items);
    if (step instanceof Promise) void step.catch(ignore);
  }

  /**
   * After a failure: writes what is queued now; true when the writer is healthy again (the
   * caller first proved the store can write, e.g. with a probe row). With an asynchronous store
   * the backlog is written in the background and this says how things stand so far.
   */
  recover(): boolean {
    void this.exclusive(() =>
      andThen(this.drain(), () => {
        if (this.queue.length === 0) this.noteSuccess();
      }),
    ).catch(ignore);
    return this.failure === undefined;
  }

  /** True for an activity object `commit` stored (a channel committed it before the turn ran). */
  wasCommitted(activity: object): boolean {
    return this.committed.has(activity);
  }

  /** Notes an activity a channel committed in its own transaction (see TranscriptSink.markCommitted). */
  markCommitted(activity: object): void {
    this.committed.add(activity);
  }

  /** Resolves once the queue is empty; with `timeoutMs`, rejects when records are still pending then. */
  flush(timeoutMs?: number): Promise<void> {
    this.group.flush();
    void this.exclusive(() => this.drain()).catch(ignore);
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

  private prepareAll(
    items: readonly { activity: TranscriptActivity | object; meta?: AppendMeta }[],
  ): Pending[] {
    return items.map((i) => this.prepare(i.activity, i.meta ?? {})).filter((p): p is Pending => !!p);
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

  /**
   * Runs one write after the one in flight. With a synchronous store nothing is ever in flight:
   * the task runs to its end before this returns (no timer, no wait).
   */
  private exclusive(task: () => Step): Promise<void> {
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
  private write(batch: readonly Pending[]): TranscriptRecord[] | Promise<TranscriptRecord[]> {
    const { store, clock } = this.options;
    return store.appendAllNow ? store.appendAllNow(batch, clock.now()) : store.appendAll(batch, clock.now());
  }

  /**
   * The group's commits in one transaction (with the queued traces before them). When that fails
   * each commit is tried alone, exactly as if none had been grouped: a record that can never be
   * stored fails its own commit only, and a store failure fails each with its own error.
   */
  private commitGroup(commits: GroupedCommit[]): void {
    if (commits.length > 1) {
      const queued = this.queue.length;
      const batch = [...this.queue];
      for (const commit of commits) batch.push(...commit.prepared);
      let written = false;
      try {
        this.options.store.appendAllNow?.(batch, this.options.clock.now());
        written = true;
      } catch {
        // Tried one by one below.
      }
      if (written) {
        this.queue.splice(0, queued);
        for (const commit of commits) for (const item of commit.items) this.committed.add(item.activity);
        this.noteSuccess();
        this.settle();
        for (const commit of commits) commit.resolve();
        return;
      }
    }
    for (const commit of commits) {
      try {
        const step = this.commitPrepared(commit.prepared, commit.items);
        if (step instanceof Promise) void step.then(commit.resolve, commit.reject);
        else commit.resolve();
      } catch (error) {
        commit.reject(error);
      }
    }
  }

  private commitPrepared(
    prepared: Pending[],
    items: readonly { activity: TranscriptActivity | object }[],
  ): Step {
    const queued = this.queue.length;
    const batch = [...this.queue, ...prepared];
    const done = (): void => {
      this.queue.splice(0, queued);
      for (const item of items) this.committed.add(item.activity);
      this.noteSuccess();
      this.settle();
    };
    let written: TranscriptRecord[] | Promise<TranscriptRecord[]>;
    try {
      written = this.write(batch);
    } catch (error) {
      return this.commitFailed(error, queued, prepared);
    }
    if (written instanceof Promise)
      return written.then(done, (error: unknown) => this.commitFailed(error, queued, prepared));
    done();
  }

  private commitFailed(error: unknown, queued: number, prepared: Pending[]): Step {
    if (error instanceof TranscriptError && queued + prepared.length > 1) {
      // One record can never be stored: write the rest one by one so it is isolated. The items go
      // right after what was queued before them (traces queued since stay behind them).
      this.queue.splice(queued, 0, ...prepared);
      return andThen(this.drain(), () => {
        if (prepared.some((p) => p.rejected || this.queue.includes(p))) throw this.unavailable(error);
      });
    }
    this.noteFailure(error);
    this.schedule(this.delayFor(1));
    throw this.unavailable(error);
  }

  private schedule(delayMs: number): void {
    if (this.scheduled) return;
    const run = (): void => {
      this.scheduled = undefined;
      void this.exclusive(() => this.drain()).catch(ignore);
    };
    this.scheduled = delayMs === 0 ? setImmediate(run) : setTimeout(run, delayMs);
  }

  /**
   * Writes the queue in batches (at once with a synchronous store); on a store failure schedules a
   * retry and stops. Never throws.
   */
  private drain(batchSize = MAX_BATCH): Step {
    while (this.queue.length > 0) {
      const batch = this.queue.slice(0, batchSize);
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
    this.queue.splice(0, batch.length);
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
    if (error instanceof TranscriptError) {
      if (batch.length > 1) return 1;
      this.queue.shift();
      head.rejected = true;
      this.report({ kind: 'rejected', activityType: head.activity.type, error: errorText(error) });
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
      pending: this.queue.length,
      error: errorText(error),
    });
    this.schedule(delayMs);
    return undefined;
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
