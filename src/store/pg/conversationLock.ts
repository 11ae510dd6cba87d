import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { ConversationBusyError, type ConversationLock, LocalConversationLock } from '../conversationLock.js';
import { StoreUnavailableError } from '../storeErrors.js';
import { createPgPool, describePgError, namedQuery, type PgClient, type PgPool } from './pool.js';
import { withTurnReads } from './turnReads.js';
import { PgTurnSession, TURN_LOCK_NAMESPACE } from './turnSession.js';
import { PgTurnSessions } from './turnSessions.js';

export { TURN_LOCK_NAMESPACE } from './turnSession.js';

/** 55P03 lock_not_available: lock_timeout ran out while waiting. */
const LOCK_NOT_AVAILABLE = '55P03';
const POOL_FULL = /timeout exceeded when trying to connect/i;

export interface PgConversationLockOptions {
  /** DATABASE_URL. The lock keeps its own small pool: a turn holding a lock must never wait for a connection its own stores need. */
  url: string;
  /** How long a turn waits for its conversation's lock (and for a lock connection), ms. Default 10 000. */
  waitMs?: number;
  /** Turns this instance can hold locks for at once (connections of the lock pool). Default 16. */
  connections?: number;
  /** Told about connections lost while idle (a message, never the error object). */
  onConnectionLost?: (message: string) => void;
  /**
   * When the server lock is taken (issue 19 item 5). 'start' (default): before `fn` runs.
   * 'stateRead': with the turn's first read of conversation state, in the same round trip, and
   * released with its write of it (`sessions`, used by PgStateStorage); the turn's steps before
   * that read (the account lookup) and turns that read no state are serialised in this process
   * only. What the service uses: every turn of the bot reads its state before deciding anything.
   */
  serverLockAt?: 'start' | 'stateRead';
}

/**
 * A per-conversation turn lock shared by every instance on one PostgreSQL: a session advisory
 * lock (`pg_advisory_lock(719019, key)`, the key the first 32 bits of the id's SHA-256, computed
 * here so any id, NUL or 100 KB, is a small number) taken on a connection of the lock's
 * own pool and held while the turn runs. Turns of one conversation on one instance queue in
 * process first, so each instance holds at most one lock connection per conversation.
 *
 * Bounded wait: `lock_timeout` ends the wait (ConversationBusyError), and so does the pool's
 * connect timeout when every lock connection is busy; a lost database rejects with
 * StoreUnavailableError. Released on every path: `pg_advisory_unlock` when the turn settles, and
 * if that fails the connection is destroyed (the server drops a session's locks with it). A lock
 * connection that dies mid-turn also frees the lock: the state storage's eTags then stop a second
 * writer, as they do for any race.
 *
 *   const lock = new PgConversationLock({ url: config.DATABASE_URL, waitMs: 10_000 });
 *   await lock.run(conversationId, () => runTurn(context));
 */
export class PgConversationLock implements ConversationLock {
  private readonly local = new LocalConversationLock();
  private readonly pool: PgPool;
  private readonly waitMs: number;
  private readonly lazy: boolean;
  /** The running turn's session on its lock connection, for the state storage and the reference store. */
  readonly sessions = new PgTurnSessions();
  /** The session a `hold` opened, for a `run` of the same conversation inside it. */
  private readonly holds = new AsyncLocalStorage<{ conversationId: string; session: PgTurnSession }>();

  constructor(options: PgConversationLockOptions) {
    this.waitMs = options.waitMs ?? 10_000;
    this.lazy = options.serverLockAt === 'stateRead';
    this.pool = createPgPool({
      url: options.url,
      max: options.connections ?? 16,
      connectTimeoutMs: this.waitMs,
      statementTimeoutMs: this.waitMs + 5000,
      applicationName: 'collections-turn-locks',
      onConnectionLost: options.onConnectionLost,
    });
    // Queued ahead of every later query on the connection (a client runs its queries in order).
    // Generic plans: a lock connection runs only point reads and writes by key, prepared once
    // (`pipeline.ts`); left to choose, PostgreSQL planned the state read (`key = ANY($1)`) afresh
    // on every call, since its generic plan guesses ten keys where a turn asks one.
    this.pool.on('connect', (client) => {
      client
        .query(
          `SET lock_timeout = ${Math.max(1, Math.round(this.waitMs))}; SET plan_cache_mode = force_generic_plan`,
        )
        .catch(() => undefined);
    });
  }

  /**
   * Runs `fn` holding the conversation's lock. The turn's outcome is given back as soon as `fn`
   * settles; the unlock round trip follows off the turn's path, still inside the in-process
   * queue, so this instance's next turn of the conversation starts only once it is done (and
   * another instance's waits on the server until then, as before). Inside a `hold` of the same
   * conversation it runs in that hold's session (no second queue entry, connection or lock).
   */
  run<T>(conversationId: string, fn: () => Promise<T>): Promise<T> {
    const outer = this.holds.getStore();
    if (this.lazy && outer?.conversationId === conversationId) return this.inSession(outer.session, fn);
    return this.open(conversationId, (session) => this.inSession(session, fn));
  }

  /**
   * Resolves once no turn of the conversation runs on any instance: the server lock taken (after
   * this instance's own turns of it, within `waitMs`) and given back at once, whatever
   * `serverLockAt` says (claim24, see ConversationLock.whenIdle). Rejects with
   * ConversationBusyError when a turn holds it longer.
   */
  whenIdle(conversationId: string): Promise<void> {
    return this.open(conversationId, async () => undefined, true);
  }

  /**
   * Opens the conversation's turn session around `fn` (the whole of a message turn, from its
   * inbound record on: issue 19 pg15) without taking the server lock: the first statement on the
   * session takes it (the inbound record's write-ahead tries it, `PgTurnSession.writeTryingLock`),
   * and a `run` of the same conversation inside `fn` joins the session. Only with serverLockAt
   * 'stateRead' (else `fn` runs as it is).
   */
  hold<T>(conversationId: string, fn: () => Promise<T>): Promise<T> {
    if (!this.lazy) return fn();
    return this.open(conversationId, (session) =>
      this.holds.run({ conversationId, session }, () =>
        this.sessions.run(session, async () => {
          session.flush.defer(); // the answer waits for `durable()` below
          let value: T;
          try {
            value = await fn();
          } catch (error) {
            // Whatever answers a failed turn comes after a flush covering its inbound record too; a
            // failed flush is what the turn answers then (store unavailable: nothing acknowledged).
            await session.durable();
            throw error;
          }
          await session.flushLate();
          // The inbound record's commit did not wait for its WAL flush (flushDebt.ts): the answer does.
          await session.durable();
          return value;
        }),
      ),
    );
  }

  /** The turn inside its session: its own memory of reads, its replies committed before its outcome. */
  private async inSession<T>(session: PgTurnSession, fn: () => Promise<T>): Promise<T> {
    if (!this.lazy) return fn();
    try {
      return await this.sessions.run(session, async () => {
        const value = await withTurnReads(fn, session);
        await session.flushLate();
        return value;
      });
    } catch (error) {
      session.dropLate(error);
      throw error;
    }
  }

  /**
   * Queues in process, takes a lock connection (and the server lock when eager), runs `fn` in a
   * session. The in-process queue has the same bound as the server's wait (scalesec22): a turn
   * still queued behind this instance's earlier turns of the conversation after `waitMs` gives up
   * with ConversationBusyError, nothing run, and is skipped when its place comes. Without it a
   * burst of N posts to a conversation held elsewhere waited N × TURN_LOCK_WAIT_MS, each in turn;
   * now no turn waits more than twice it (the queue, then the server lock).
   */
  private open<T>(
    conversationId: string,
    fn: (session: PgTurnSession) => Promise<T>,
    /** Only to wait for the lock (`whenIdle`): taken at once, and what the turn read is not learned. */
    idle = false,
  ): Promise<T> {
    const arrived = Date.now();
    return new Promise<T>((resolve, reject) => {
      let gaveUp = false;
      const deadline = setTimeout(() => {
        gaveUp = true;
        reject(new ConversationBusyError(Date.now() - arrived));
      }, this.waitMs);
      this.local
        .run(conversationId, async () => {
          clearTimeout(deadline);
          if (gaveUp) return;
          const key = lockKey(conversationId);
          const eager = idle || !this.lazy;
          const client = await this.acquire(key, eager);
          const learned = this.lazy && !idle ? this.sessions.learned.of(key) : [];
          const session = new PgTurnSession(conversationId, client, key, eager, learned);
          try {
            resolve(await fn(session));
          } catch (error) {
            session.dropLate(error);
            reject(error instanceof Error ? error : new Error(String(error)));
          }
          const broken = await session.end();
          // A session that broke may have broken on a read asked ahead: its next turn asks none.
          if (this.lazy && !idle)
            this.sessions.learned.remember(key, broken ? undefined : session.asked.list);
          client.release(broken);
        })
        .catch((error: unknown) => {
          clearTimeout(deadline);
          reject(error instanceof Error ? error : new Error(String(error)));
        });
    });
  }

  /** Closes the lock pool (locks still held are dropped with their sessions). */
  async close(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }

  /** A lock connection, and the server lock on it when `lock` (else the turn's session takes it later). */
  private async acquire(key: number, lock: boolean): Promise<PgClient> {
    const started = Date.now();
    let client: PgClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      // Every lock connection is held by a running turn (pg-pool's wait for a free one ran out).
      if (POOL_FULL.test(describePgError(err))) throw new ConversationBusyError(Date.now() - started);
      throw new StoreUnavailableError('take the conversation turn lock', describePgError(err));
    }
    if (!lock) return client;
    try {
      await client.query(namedQuery('SELECT pg_advisory_lock($1, $2)', [TURN_LOCK_NAMESPACE, key]));
      return client;
    } catch (err) {
      const busy = (err as { code?: unknown }).code === LOCK_NOT_AVAILABLE;
      client.release(busy ? undefined : (err as Error));
      if (busy) throw new ConversationBusyError(Date.now() - started);
      throw new StoreUnavailableError('take the conversation turn lock', describePgError(err));
    }
  }
}

/**
 * The second key of a conversation's lock: 32 bits of the id's SHA-256. Two conversations
 * sharing a key only take turns with each other (one in four billion pairs), never run at once.
 */
export function lockKey(conversationId: string): number {
  return createHash('sha256').update(conversationId, 'utf8').digest().readInt32BE(0);
}
