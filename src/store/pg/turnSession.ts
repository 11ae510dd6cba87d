import type pg from 'pg';
import { ConversationBusyError } from '../conversationLock.js';
import { StoreUnavailableError } from '../storeErrors.js';
import { describePgError, isConnectionError, namedQuery, type PgClient } from './pool.js';
import { BEGIN, COMMIT, parameterText, pipelined, ROLLBACK, type Step } from './pipeline.js';
import { CLAIM_TAKE_SQL, claimRefused, claimToTake } from './turnClaim.js';
import { AskedReads, type LearnedRead, stepId, travels } from './turnReadAhead.js';
import type { PgTurnReads, ReadAhead } from './turnReads.js';
import type { LateWrite } from './lateWrite.js';
import { FlushDebt } from './flushDebt.js';

export type { LateWrite } from './lateWrite.js';

/** The first key of the two-key advisory lock space: turn locks never meet other advisory locks. */
export const TURN_LOCK_NAMESPACE = 719_019;

/** 55P03 lock_not_available: lock_timeout ran out while waiting. */
const LOCK_NOT_AVAILABLE = '55P03';

/**
 * One turn's hold on its conversation's lock connection (issue 19 item 5): the server lock is
 * taken in the same round trip as the turn's first read of conversation state, and released in
 * the same round trip as its write of it, after that write's COMMIT (so whoever takes the lock
 * next reads what this turn wrote). Small writes of the turn (`defer`: the conversation
 * reference) ride in that transaction too. Statements go in order, one at a time, on the lock's
 * own connection; any failure marks the session broken and its connection is then destroyed
 * (the server drops the lock and rolls back what was not committed).
 *
 *   const rows = await session.lockedQuery('SELECT … WHERE key = $1', [key], 'read state');
 *   const written = await session.writeAndUnlock('UPDATE …', args, 'write state');
 */
export class PgTurnSession implements ReadAhead {
  private held: boolean;
  /** Whether the reads of the conversation's last turn were asked (or can no longer be). */
  private aheadAsked = false;
  /** State reads of the session asked ahead, by statement and values: each answers once, before any write. */
  private readonly aheadLocked = new Map<string, pg.QueryResult>();
  private memory: PgTurnReads | undefined;
  /** Pool reads asked ahead before the turn's memory was attached (`writeTryingLock`), seeded at `attach`. */
  private unseeded: { read: LearnedRead; result: pg.QueryResult }[] = [];
  /** Whether `writeTryingLock` tried the lock (once a session). */
  private tried = false;
  /** What this turn asked, for the conversation's next turn. */
  readonly asked = new AskedReads();
  private ended = false;
  private broken: Error | undefined;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly deferred: Step[] = [];
  /** Writes built when the turn's transaction is sent (the turn's reply records, `addLate`). */
  private readonly late: LateWrite[] = [];
  /** No late write is taken now (the turn's answer is being given). */
  private lateClosed = false;
  private readonly started = Date.now();
  readonly flush = new FlushDebt(); // what `durable` settles (flushDebt.ts): commits of the turn may `incur` it

  constructor(
    readonly conversationId: string,
    private readonly client: PgClient,
    private readonly key: number,
    /** Whether the server lock was taken before the session began (PgConversationLock's 'start'). */
    held: boolean,
    /** What the conversation's last turn read on this instance: asked with the lock (issue 19 item 5). */
    private readonly learned: readonly LearnedRead[] = [],
  ) {
    this.held = held;
  }

  /** Whether the session can still carry statements (the turn has not ended, nothing failed). */
  get usable(): boolean {
    return !this.ended && this.broken === undefined;
  }

  /** Whether this turn holds the conversation's server lock now. */
  get holdsLock(): boolean {
    return this.held;
  }

  /** Whether `values` can be written into a statement as literals (a NUL cannot travel in the simple protocol). */
  static inlinable(values: readonly unknown[]): boolean {
    return values.every((v) =>
      typeof v === 'string' ? !v.includes('\u0000') : Array.isArray(v) ? PgTurnSession.inlinable(v) : true,
    );
  }

  /**
   * Runs `sql` (parameters written in as literals), taking the lock first in the same round trip
   * when it is not held, with the reads the conversation's last turn asked (answered into the
   * turn's memory). A statement asked ahead is answered from there once.
   */
  lockedQuery<R extends pg.QueryResultRow>(
    sql: string,
    values: readonly unknown[],
    operation: string,
  ): Promise<pg.QueryResult<R>> {
    return this.step(operation, async () => {
      const statement = { text: sql, values };
      const id = stepId(statement);
      this.asked.add({ pool: undefined, text: sql, values });
      if (this.held) {
        const known = this.aheadLocked.get(id);
        this.aheadLocked.clear();
        return (known ?? (await this.multi([statement]))[0]) as pg.QueryResult<R>;
      }
      const ahead = this.takeAhead().filter((a) => a.id !== id);
      const results = await this.multi([
        this.lockOp('advisory_lock'),
        ...ahead.map((a) => a.step),
        statement,
      ]);
      this.held = true;
      this.keepAhead(ahead, results.slice(1, -1));
      return results.at(-1) as pg.QueryResult<R>;
    });
  }

  attach(reads: PgTurnReads): void {
    this.memory = reads;
    for (const { read, result } of this.unseeded.splice(0))
      reads.seed(read.pool!, read.text, read.values, result);
  }

  /** Whether `writeTryingLock` would try the lock (the session is usable, holds no lock, never tried). */
  get mayTryLock(): boolean {
    return this.usable && !this.held && !this.tried;
  }

  /**
   * Runs `writes` (the inbound record's write-ahead, issue 19 pg15) in ONE round trip behind a try
   * of the lock (`pg_try_advisory_lock`: never waits) and, when the lock was free, before the reads
   * the conversation's last turn asked (answered into the turn's memory). When another session
   * holds the lock the writes still run, the answers of the reads are dropped, and the turn takes
   * the lock later, waiting, as it would have without this. One result per write. Their commit
   * does not wait for its WAL flush: the turn's answer waits for a later one (`durable`).
   */
  writeTryingLock(writes: readonly Step[], operation: string): Promise<pg.QueryResult[]> {
    return this.step(operation, async () => {
      const trying = !this.held && !this.tried;
      const first = [...(trying ? [this.lockOp('try_advisory_lock')] : []), ...this.flush.noWait()];
      const ahead = trying ? this.takeAhead() : [];
      this.tried ||= trying;
      const results = await this.multi([...first, ...writes, ...ahead.map((a) => a.step)]);
      this.flush.incur();
      if (trying && (results[0]?.rows[0] as { ok?: unknown } | undefined)?.ok === true) {
        this.held = true;
        this.keepAhead(ahead, results.slice(first.length + writes.length));
      } else if (trying) this.aheadAsked = false;
      return results.slice(first.length, first.length + writes.length);
    });
  }

  durable(): Promise<void> {
    if (!this.flush.due) return Promise.resolve();
    return this.step('flush the record', () => this.flush.settle(this.conversationId, (s) => this.multi(s)));
  }

  noteRead(pool: object, text: string, values: readonly unknown[]): void {
    if (travels(values)) this.asked.add({ pool, text, values });
  }

  /**
   * Before the turn's first read on the pool: the lock and every read of the conversation's last
   * turn in one round trip (nothing when nothing is remembered, or the lock is already held).
   */
  readAhead(): Promise<void> | undefined {
    if (this.aheadAsked || this.held || !this.usable || this.learned.length === 0) return undefined;
    return this.step('read ahead with the conversation turn lock', async () => {
      const ahead = this.takeAhead();
      if (this.held || ahead.length === 0) return;
      const results = await this.multi([this.lockOp('advisory_lock'), ...ahead.map((a) => a.step)]);
      this.held = true;
      this.keepAhead(ahead, results.slice(1));
    });
  }

  /** A state write or delete outside `writeAndUnlock`: no state read asked ahead answers after it. */
  forgetAhead(): void {
    this.aheadLocked.clear();
  }

  /** The reads to ask ahead, once per session. */
  private takeAhead(): readonly Ahead[] {
    if (this.aheadAsked) return [];
    this.aheadAsked = true;
    const ahead: Ahead[] = [];
    for (const read of this.learned) {
      const step = PgTurnSession.travelling(read);
      if (step !== undefined) ahead.push({ read, step, id: stepId(step) });
    }
    return ahead;
  }

  /**
   * A remembered read as a pipeline step, or undefined when one of its values cannot travel (the
   * same values as were written in as literals before: no NUL, array, object or non-finite number
   * for a read of the pool; no NUL for a read of the session).
   */
  private static travelling(read: LearnedRead): Step | undefined {
    if (read.pool !== undefined ? !travels(read.values) : !PgTurnSession.inlinable(read.values))
      return undefined;
    try {
      read.values.forEach(parameterText);
    } catch {
      return undefined;
    }
    return { text: read.text, values: read.values };
  }

  /** Keeps the answers, only when there is exactly one per read asked (never a misplaced answer). */
  private keepAhead(ahead: readonly Ahead[], results: readonly pg.QueryResult[]): void {
    if (results.length !== ahead.length) return;
    ahead.forEach(({ read, id }, i) => {
      const result = results[i];
      if (!result) return;
      if (read.pool === undefined) this.aheadLocked.set(id, result);
      else if (this.memory) this.memory.seed(read.pool, read.text, read.values, result);
      else this.unseeded.push({ read, result });
    });
  }

  /** Takes the lock alone (for a read that cannot ride with it). */
  lock(operation: string): Promise<void> {
    return this.step(operation, async () => {
      if (this.held) return;
      await this.multi([this.lockOp('advisory_lock')]);
      this.held = true;
    });
  }

  /**
   * Runs `sql` and the deferred statements in one transaction, then releases the lock: one
   * round trip. Only while the lock is held (the caller checks `holdsLock`).
   */
  writeAndUnlock<R extends pg.QueryResultRow>(
    sql: string,
    values: readonly unknown[],
    operation: string,
  ): Promise<pg.QueryResult<R>> {
    return this.step(operation, async () => {
      if (!this.held) throw new Error('writeAndUnlock needs the turn lock held');
      this.aheadLocked.clear();
      const writes = [...this.deferred.splice(0), { text: sql, values }];
      const results = await this.withLate(writes, [COMMIT, this.lockOp('advisory_unlock')]);
      this.held = false;
      if ((results.at(-1)?.rows[0] as { ok?: unknown } | undefined)?.ok !== true)
        throw new Error('the turn lock was not held at release');
      return results.at(-3) as pg.QueryResult<R>;
    });
  }

  /**
   * Queues a write built when the turn's transaction is sent: after BEGIN (and the activity claim),
   * before the state write, all in its one round trip (the turn's reply records, which are given
   * only with the turn's answer). Refused (false) when the lock is not held or the answer is going.
   */
  addLate(write: LateWrite): boolean {
    if (!this.usable || !this.held || this.lateClosed) return false;
    this.late.push(write);
    return true;
  }

  /**
   * Before the turn's answer is given: commits the late writes no state write took (one round
   * trip, the lock kept), and takes no more. A failure rejects (the writes are lost, told so).
   */
  flushLate(): Promise<void> {
    this.lateClosed = true;
    if (this.late.length === 0) return Promise.resolve();
    return this.step("record the turn's replies", async () => {
      await this.withLate([], [COMMIT]);
    });
  }

  /** The turn failed: its late writes are lost (rolled back or never sent); none is taken after. */
  dropLate(error: unknown): void {
    this.lateClosed = true;
    for (const write of this.late.splice(0)) write.lost(error);
  }

  /**
   * BEGIN (with the activity claim still to take), the late writes, `writes`, then `tail`, in one
   * pipeline; answers the results of everything but the late writes. A late write that cannot go
   * here (its chain head moved) rolls the whole transaction back; it is then written on its own
   * and the rest sent again. Every other failure loses the late writes (they are told).
   */
  private async withLate(writes: readonly Step[], tail: readonly Step[]): Promise<pg.QueryResult[]> {
    const open = this.late.splice(0);
    const told = (write: LateWrite): void => void open.splice(open.indexOf(write), 1);
    try {
      const riding: { write: LateWrite; step: Step }[] = [];
      for (const write of [...open]) {
        const step = write.step();
        if (step !== undefined) riding.push({ write, step });
        else await write.writeAlone().then(() => told(write));
      }
      // A turn that wrote nothing before takes its activity claim here (issue 19, pgturn). The flush
      // owed goes after the records: it locks their summary row, as they do after the chain's lock.
      let claim = claimToTake();
      const cover = this.flush.covering(this.conversationId);
      const begin = claim ? [BEGIN, { text: CLAIM_TAKE_SQL, values: claim.values() }] : [BEGIN];
      try {
        const steps = [...begin, ...riding.map((r) => r.step), ...cover, ...writes, ...tail];
        const results = await this.multi(steps);
        if (cover.length > 0) this.flush.pay();
        claim?.settle();
        riding.forEach(({ write }, i) => (told(write), write.committed(results[begin.length + i]!)));
        return [...results.slice(0, begin.length), ...results.slice(begin.length + riding.length)];
      } catch (err) {
        if (riding.length === 0 || !riding.some((r) => r.write.movable(err))) throw claimRefused(claim, err);
      }
      // The explicit transaction is left aborted (holding the chain's lock): end it, write the
      // records on their own, then send the rest again.
      await this.multi([ROLLBACK]);
      for (const { write } of riding) await write.writeAlone().then(() => told(write));
      claim = claimToTake();
      const again = claim ? [BEGIN, { text: CLAIM_TAKE_SQL, values: claim.values() }] : [BEGIN];
      const results = await this.multi([...again, ...cover, ...writes, ...tail]).catch((e: unknown) => {
        throw claimRefused(claim, e);
      });
      if (cover.length > 0) this.flush.pay();
      claim?.settle();
      return results;
    } catch (err) {
      for (const write of open) write.lost(err);
      throw err;
    }
  }

  /** Queues a write to go with the lock's release (true), or says the caller must write it itself (false). */
  defer(sql: string, values: readonly unknown[]): boolean {
    if (!this.usable || !this.held || !PgTurnSession.inlinable(values)) return false;
    this.deferred.push({ text: sql, values });
    return true;
  }

  /**
   * Ends the turn: the deferred writes and the unlock in one round trip when the lock is held,
   * the deferred writes alone when it is not. Returns the error that must destroy the connection,
   * if any (the caller releases the client with it).
   */
  async end(): Promise<Error | undefined> {
    await this.chain.catch(() => undefined);
    this.ended = true;
    this.dropLate(new Error('the turn ended before its late writes were sent'));
    if (this.broken) return this.broken;
    const writes = this.deferred.splice(0);
    try {
      if (this.held && writes.length === 0) {
        const unlocked = await this.client.query<{ ok: boolean }>(
          namedQuery('SELECT pg_advisory_unlock($1, $2) AS ok', [TURN_LOCK_NAMESPACE, this.key]),
        );
        if (unlocked.rows[0]?.ok !== true) throw new Error('the turn lock was not held at release');
      } else if (this.held) {
        const results = await this.multi([BEGIN, ...writes, COMMIT, this.lockOp('advisory_unlock')]);
        if ((results.at(-1)?.rows[0] as { ok?: unknown } | undefined)?.ok !== true)
          throw new Error('the turn lock was not held at release');
      } else if (writes.length > 0) await this.multi(writes);
      this.held = false;
      return undefined;
    } catch (err) {
      return err instanceof Error ? err : new Error(String(err));
    }
  }

  /** Runs `work` after the session's earlier statements; a failure breaks the session. */
  private step<T>(operation: string, work: () => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      if (this.broken) throw this.mapped(this.broken, operation); // scalesec21: mapped, never raw
      if (this.ended) throw new Error(`${operation}: the turn's lock session has ended`);
      try {
        return await work();
      } catch (err) {
        this.broken = err instanceof Error ? err : new Error(String(err));
        throw this.mapped(err, operation);
      }
    };
    const next = this.chain.then(run, run);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private mapped(err: unknown, operation: string): unknown {
    if ((err as { code?: unknown }).code === LOCK_NOT_AVAILABLE)
      return new ConversationBusyError(Date.now() - this.started);
    if (isConnectionError(err)) return new StoreUnavailableError(operation, describePgError(err));
    return err;
  }

  /** Several statements in one round trip (a pipeline: each prepared once per connection); one result per statement. */
  private multi(steps: readonly Step[]): Promise<pg.QueryResult[]> {
    return pipelined(this.client, steps);
  }

  private lockOp(op: 'advisory_lock' | 'try_advisory_lock' | 'advisory_unlock'): Step {
    const text = `SELECT pg_${op}($1, $2)${op === 'advisory_lock' ? '' : ' AS ok'}`;
    return { text, values: [TURN_LOCK_NAMESPACE, this.key] };
  }
}

/** A read asked ahead: what the last turn read, its step, and the step's identity. */
type Ahead = { read: LearnedRead; step: Step; id: string };
