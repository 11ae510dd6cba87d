import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';

/**
 * What one turn has read through the core stores (`run` in rows.ts), so a dialog asking the same
 * question twice in a turn (the open dispute, the active plan, the verification status) is
 * answered once (issue 19 item 5). Any write through the stores in the turn forgets everything
 * read so far, before and after it, so a turn always reads its own writes. Only plain SELECTs are
 * kept (never FOR UPDATE/SHARE), per pool, and only while the turn runs.
 */
export class PgTurnReads {
  private readonly byPool = new WeakMap<object, Map<string, Promise<pg.QueryResult>>>();
  private pools: object[] = [];

  /** The answer to `text` with `values` on `pool`, asked once per turn. */
  read<R extends pg.QueryResultRow>(
    pool: object,
    text: string,
    values: readonly unknown[],
    ask: () => Promise<pg.QueryResult<R>>,
  ): Promise<pg.QueryResult<R>> {
    let reads = this.byPool.get(pool);
    if (!reads) {
      reads = new Map();
      this.byPool.set(pool, reads);
      this.pools.push(pool);
    }
    const key = `${text}\u0000${JSON.stringify(values)}`;
    const known = reads.get(key);
    if (known) return known as Promise<pg.QueryResult<R>>;
    const asked = ask();
    reads.set(key, asked);
    asked.catch(() => reads.delete(key));
    return asked;
  }

  private ended = false;

  /** Whether the turn is still running (its memory may still answer). */
  get running(): boolean {
    return !this.ended;
  }

  /** The turn is over: forget everything, answer nothing more. */
  end(): void {
    this.ended = true;
    this.forget();
  }

  /** Forgets every answer (a write happened or is about to). */
  forget(): void {
    for (const pool of this.pools) this.byPool.delete(pool);
    this.pools = [];
  }
}

const turnReads = new AsyncLocalStorage<PgTurnReads>();

/**
 * Runs a turn with its own memory of reads (PgConversationLock, serverLockAt 'stateRead'). Work
 * the turn started that runs on after it (a timer, a queued job) inherits the context but not the
 * memory: it ends with the turn.
 */
export async function withTurnReads<T>(fn: () => Promise<T>): Promise<T> {
  const reads = new PgTurnReads();
  try {
    return await turnReads.run(reads, fn);
  } finally {
    reads.end();
  }
}

/** The running turn's memory of reads, if a turn is running. */
export function currentTurnReads(): PgTurnReads | undefined {
  const reads = turnReads.getStore();
  return reads?.running ? reads : undefined;
}

/** A statement that only reads and takes no row lock (may be answered from the turn's memory). */
export function readsOnly(text: string): boolean {
  return /^\s*SELECT\b/i.test(text) && !/\bFOR\s+(UPDATE|NO\s+KEY\s+UPDATE|SHARE|KEY\s+SHARE)\b/i.test(text);
}
