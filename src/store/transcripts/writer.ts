import { isConversationBusy } from '../conversationLock.js';
import { boundedOnce, stampCopy } from './bounded.js';
import { CommitGroup, type GroupedCommit } from './commitGroup.js';
import { TranscriptError, TranscriptUnavailableError } from './errors.js';
import { refusalText, refusesRecord } from './recordRefusal.js';
import type { AppendMeta, TranscriptActivity, TranscriptRecord } from './types.js';
import { WriteQueue } from './writeQueue.js';
import {
  andThen,
  errorText,
  ignore,
  type Pending,
  type Step,
  type TranscriptWriterOptions,
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
  /** Records waiting to be written, and the write order, retries and health around them. */
  private readonly queue: WriteQueue;
  private readonly committed = new WeakSet<object>();
  /** Commits waiting for this turn of the event loop's transaction (synchronous stores only). */
  private readonly group = new CommitGroup((commits) => this.commitGroup(commits));

  constructor(private readonly options: TranscriptWriterOptions) {
    this.queue = new WriteQueue(options);
  }

  /** Records not yet written. */
  get pending(): number {
    return this.queue.items.length + this.group.size;
  }

  health(): WriterHealth {
    return this.queue.health(this.pending);
  }

  /** Queues an activity for its conversation's chain. Never throws into the caller. */
  append(activity: TranscriptActivity | object, meta: AppendMeta = {}): void {
    const pending = this.prepare(activity, meta);
    if (!pending) return;
    this.queue.items.push(pending);
    this.queue.schedule(0);
  }

  /**
   * Writes the queue and then `items` in one transaction; resolves once they are durable. Rejects
   * with TranscriptUnavailableError (items not stored, queue kept for retry) when the store fails.
   */
  commit(items: readonly { activity: TranscriptActivity | object; meta?: AppendMeta }[]): Promise<void> {
    const prepared = this.prepareAll(items);
    if (!this.options.store.appendAllNow) {
      // issue 19 pg16: beside the queue when the store orders each conversation itself and
      // nothing of these conversations is queued (one commit at a time capped PostgreSQL turns/s).
      if (this.options.store.besideQueue && prepared.length > 0 && !this.queues(prepared))
        return this.commitBeside(prepared, items);
      return this.queue.exclusive(() => this.commitPrepared(prepared, items));
    }
    return new Promise((resolve, reject) => this.group.add({ prepared, items, resolve, reject }));
  }

  /**
   * `commit` for records whose delivery waits for the end of the turn (replies given with the
   * answer, expectReplies): on a store that can (PostgreSQL) they are written in the turn's own
   * transaction, with its state, before the turn's answer is given; true then, and `lost` is
   * called if they never become durable (the caller must then not deliver them). False: the
   * store cannot; `commit` them.
   */
  commitWithTurn(
    items: readonly { activity: TranscriptActivity | object; meta?: AppendMeta }[],
    lost: (error: unknown) => void,
  ): boolean {
    const store = this.options.store;
    if (!store.deferToTurn) return false;
    const prepared = this.prepareAll(items);
    if (prepared.length !== items.length) return false;
    const plain = prepared.map((p) => ({ activity: p.activity, meta: p.meta }));
    return store.deferToTurn(plain, this.options.clock.now(), {
      committed: () => {
        for (const item of items) this.committed.add(item.activity);
      },
      lost,
    });
  }

  /**
   * `commit`, synchronously, for a caller that records inside its own SQLite transaction (the
   * channel storing the same message): on disk (or in that transaction) when it returns, else it
   * throws TranscriptUnavailableError. Only with a synchronous store. It is written before commits
   * still waiting for the end of the event-loop turn (none of those has been acknowledged or
   * delivered yet, so the transcript's order still follows what anyone saw).
   */
  commitNow(items: readonly { activity: TranscriptActivity | object; meta?: AppendMeta }[]): void {
    if (!this.options.store.appendAllNow || this.queue.busy)
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
    const queue = this.queue;
    queue.background(() => {
      if (queue.items.length === 0) queue.noteSuccess();
    });
    return !queue.failing;
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
    return this.queue.whenEmpty(timeoutMs);
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
      this.queue.report({
        kind: 'rejected',
        activityType: typeof type === 'string' ? type : 'unknown',
        error: errorText(error),
      });
      return undefined;
    }
    if (typeof plain.timestamp !== 'string') stampCopy(plain, this.options.clock.now().toISOString());
    return { activity: plain, meta: { ...meta }, attempts: 0 };
  }

  /**
   * The group's commits in one transaction (with the queued traces before them). When that fails
   * each commit is tried alone, exactly as if none had been grouped: a record that can never be
   * stored fails its own commit only, and a store failure fails each with its own error.
   */
  private commitGroup(commits: GroupedCommit[]): void {
    if (commits.length > 1 && this.commitTogether(commits)) return;
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

  /** All the group's commits in one transaction; false (nothing written) when that fails. */
  private commitTogether(commits: GroupedCommit[]): boolean {
    const queue = this.queue;
    const queued = queue.items.length;
    const batch = [...queue.items];
    for (const commit of commits) batch.push(...commit.prepared);
    try {
      this.options.store.appendAllNow?.(batch, this.options.clock.now());
    } catch {
      return false;
    }
    queue.items.splice(0, queued);
    for (const commit of commits) for (const item of commit.items) this.committed.add(item.activity);
    queue.noteSuccess();
    queue.settle();
    for (const commit of commits) commit.resolve();
    return true;
  }

  /** Whether a record of one of `prepared`'s conversations waits in the queue. */
  private queues(prepared: readonly Pending[]): boolean {
    if (this.queue.items.length === 0) return false;
    const ids = new Set(prepared.map((p) => p.activity.conversation?.id));
    return this.queue.items.some((p) => ids.has(p.activity.conversation?.id));
  }

  /** `commit` straight to a `besideQueue` store; a record it refuses is retried the queued way. */
  private commitBeside(prepared: Pending[], items: readonly { activity: object }[]): Promise<void> {
    return this.options.store.appendAll(prepared, this.options.clock.now()).then(
      () => {
        for (const item of items) this.committed.add(item.activity);
        this.queue.noteSuccess();
      },
      (error: unknown) => {
        if (isConversationBusy(error)) throw error;
        // A record the store refused (claim24) is tried once more the queued way, where it is
        // isolated; the writer is not marked failing for it.
        if (refusesRecord(error)) return this.queue.exclusive(() => this.commitPrepared(prepared, items));
        this.queue.noteFailure(error);
        throw this.unavailable(error);
      },
    );
  }

  private commitPrepared(
    prepared: Pending[],
    items: readonly { activity: TranscriptActivity | object }[],
  ): Step {
    const queue = this.queue;
    const queued = queue.items.length;
    const batch = [...queue.items, ...prepared];
    const done = (): void => {
      queue.items.splice(0, queued);
      for (const item of items) this.committed.add(item.activity);
      queue.noteSuccess();
      queue.settle();
    };
    let written: TranscriptRecord[] | Promise<TranscriptRecord[]>;
    try {
      written = queue.write(batch);
    } catch (error) {
      return this.commitFailed(error, queued, prepared);
    }
    if (written instanceof Promise)
      return written.then(done, (error: unknown) => this.commitFailed(error, queued, prepared));
    done();
  }

  private commitFailed(error: unknown, queued: number, prepared: Pending[]): Step {
    const queue = this.queue;
    const refused = refusesRecord(error);
    if (refused && queued + prepared.length > 1) {
      // One record can never be stored: write the rest one by one so it is isolated. The items go
      // right after what was queued before them (traces queued since stay behind them).
      queue.items.splice(queued, 0, ...prepared);
      return andThen(queue.drain(), () => {
        if (prepared.some((p) => p.rejected || queue.items.includes(p))) throw this.unavailable(error);
      });
    }
    // issue 19 (pgturn): an activity claim another arrival holds refused the write (PostgreSQL):
    // the store is fine and this turn's records must not be written; queued records stay queued.
    if (isConversationBusy(error)) throw error;
    if (refused) {
      // claim24: the store refused this commit's one record, nothing queued rode with it: only
      // this commit fails (its turn is not acknowledged); the writer stays healthy, so the
      // instance's other conversations are not refused (503) for it. Reported, and counted.
      for (const p of prepared) queue.reportRefused(p, error, 'commit');
      throw this.unavailable(error);
    }
    queue.noteFailure(error);
    queue.schedule(queue.delayFor(1));
    throw this.unavailable(error);
  }

  private unavailable(error: unknown): TranscriptUnavailableError {
    if (refusesRecord(error) && !(error instanceof TranscriptError))
      return new TranscriptUnavailableError(
        `the transcript store refused this record (${refusalText(error)}); this turn is not recorded, other conversations are unaffected`,
      );
    return new TranscriptUnavailableError(`the transcript could not be written (${errorText(error)})`);
  }
}
