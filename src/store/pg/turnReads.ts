import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import { currentRequestReads } from './requestReads.js';
import { ReadChain } from './readChains.js';
import type { Step } from './pipeline.js';

/** Asks several plain reads in one round trip (a pipeline on one connection of the pool). */
export type AskTogether = (steps: readonly Step[]) => Promise<pg.QueryResult[]>;

/**
 * The turn's lock session as the memory sees it (PgTurnSession): told every read the turn asks
 * (what the next turn asks ahead), and asked to fetch ahead before a read goes to the pool.
 */
export interface ReadAhead {
  /** The memory the read-ahead answers into. */
  attach(reads: PgTurnReads): void;
  /** A read the turn asked (answered from memory or not). */
  noteRead(pool: object, text: string, values: readonly unknown[]): void;
  /** Settles once the reads asked ahead are in memory; undefined when there is nothing to wait for. */
  readAhead(): Promise<void> | undefined;
}

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
  /** The reads asked one after another since the turn's start or its last write (readChains.ts). */
  private readonly chain = new ReadChain();
  /** Counts the forgettings: an answer asked before one is not kept after it. */
  private generation = 0;

  constructor(private readonly ahead?: ReadAhead) {
    ahead?.attach(this);
  }

  /** The answer to `text` with `values` on `pool`, asked once per turn (or answered by the read-ahead). */
  read<R extends pg.QueryResultRow>(
    pool: object,
    text: string,
    values: readonly unknown[],
    ask: () => Promise<pg.QueryResult<R>>,
    together?: AskTogether,
  ): Promise<pg.QueryResult<R>> {
    this.ahead?.noteRead(pool, text, values);
    const reads = this.memoryOf(pool);
    const key = readKey(text, values);
    const known = reads.get(key);
    if (known) {
      this.chain.follow(pool, text, values, key, false);
      return known as Promise<pg.QueryResult<R>>;
    }
    const pending = this.ahead?.readAhead();
    if (!pending) return this.miss(pool, text, values, key, ask, together);
    // After the read-ahead: its answer if it brought one and no write of the turn forgot it since.
    return pending.then(
      () =>
        (this.byPool.get(pool)?.get(key) as Promise<pg.QueryResult<R>> | undefined) ??
        this.miss(pool, text, values, key, ask, together),
    );
  }

  /** A read the memory cannot answer: asked alone, or with the reads that followed it last time. */
  private miss<R extends pg.QueryResultRow>(
    pool: object,
    text: string,
    values: readonly unknown[],
    key: string,
    ask: () => Promise<pg.QueryResult<R>>,
    together: AskTogether | undefined,
  ): Promise<pg.QueryResult<R>> {
    const reads = this.memoryOf(pool);
    if (!this.chain.armed) {
      this.chain.follow(pool, text, values, key, true);
      return this.ask(reads, key, ask);
    }
    const followers = this.chain.start(pool, text, values);
    if (followers.length === 0 || !together) return this.ask(reads, key, ask);
    return this.ask(reads, key, () => this.askChain(pool, { text, values }, followers, ask, together));
  }

  /**
   * The head and its followers in one round trip; the followers' answers are kept unless a write
   * of the turn came between (then they are asked again when read). A failed pipeline asks the
   * head alone, as it would have been asked.
   */
  private async askChain<R extends pg.QueryResultRow>(
    pool: object,
    head: Step,
    followers: readonly Step[],
    ask: () => Promise<pg.QueryResult<R>>,
    together: AskTogether,
  ): Promise<pg.QueryResult<R>> {
    const generation = this.generation;
    let results: pg.QueryResult[];
    try {
      results = await together([head, ...followers]);
    } catch {
      return ask();
    }
    if (generation === this.generation && !this.ended)
      followers.forEach((f, i) => {
        const result = results[i + 1];
        if (!result) return;
        const key = readKey(f.text, f.values);
        this.chain.noteBrought(key);
        const reads = this.memoryOf(pool);
        if (!reads.has(key)) reads.set(key, Promise.resolve(result));
      });
    return results[0] as pg.QueryResult<R>;
  }

  /**
   * A one-statement write of the turn that heads a chain (issue 19, pgtail21): what the turn read
   * before is forgotten; the reads that followed this statement last time go after it in its round
   * trip, in its implicit transaction (each statement with its own snapshot, so they see the write),
   * and answer the turn's memory; the reads the turn asks after it until its next write are what
   * follows it next time. The verification turn's identity check: the open dispute, the plan, the
   * account, its payments and promises, all by the account just verified. When the pipeline fails
   * on the server (nothing of it committed) the write is sent alone, as it would have been; a lost
   * connection is the write's failure. Whatever was asked while the write was in flight is forgotten,
   * and nothing it brought is kept when another write of the turn came meanwhile.
   */
  async lead<R extends pg.QueryResultRow>(
    pool: object,
    head: Step,
    write: () => Promise<pg.QueryResult<R>>,
    together: AskTogether,
    lost: (err: unknown) => boolean,
  ): Promise<pg.QueryResult<R>> {
    this.forget();
    const followers = this.chain.start(pool, head.text, head.values);
    const generation = this.generation;
    let results: pg.QueryResult[] | undefined;
    if (followers.length > 0)
      results = await together([head, ...followers]).catch((err: unknown) => {
        if (lost(err)) throw err;
        return undefined;
      });
    const written = results ? (results[0] as pg.QueryResult<R>) : await write();
    const alone = generation === this.generation; // no other write of the turn came between
    this.dropAnswers();
    if (results && alone && !this.ended)
      followers.forEach((f, i) => {
        const result = results[i + 1];
        if (!result) return;
        const key = readKey(f.text, f.values);
        this.chain.noteBrought(key);
        this.memoryOf(pool).set(key, Promise.resolve(result));
      });
    return written;
  }

  /** Forgets every answer without ending the chain under way (a write that heads it has answered). */
  private dropAnswers(): void {
    this.generation++;
    for (const pool of this.pools) this.byPool.delete(pool);
    this.pools = [];
  }

  private ask<R extends pg.QueryResultRow>(
    reads: Map<string, Promise<pg.QueryResult>>,
    key: string,
    ask: () => Promise<pg.QueryResult<R>>,
  ): Promise<pg.QueryResult<R>> {
    const asked = ask();
    reads.set(key, asked);
    asked.catch(() => reads.delete(key));
    return asked;
  }

  /** Keeps an answer the read-ahead brought (taken under the turn lock, in this turn). */
  seed(pool: object, text: string, values: readonly unknown[], result: pg.QueryResult): void {
    if (this.ended) return;
    this.memoryOf(pool).set(readKey(text, values), Promise.resolve(result));
  }

  private memoryOf(pool: object): Map<string, Promise<pg.QueryResult>> {
    let reads = this.byPool.get(pool);
    if (!reads) {
      reads = new Map();
      this.byPool.set(pool, reads);
      this.pools.push(pool);
    }
    return reads;
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

  /** Forgets every answer (a write happened or is about to); the chain of reads under way ends. */
  forget(): void {
    this.chain.finish();
    this.dropAnswers();
  }
}

const turnReads = new AsyncLocalStorage<PgTurnReads>();

/**
 * Runs a turn with its own memory of reads (PgConversationLock, serverLockAt 'stateRead'). Work
 * the turn started that runs on after it (a timer, a queued job) inherits the context but not the
 * memory: it ends with the turn.
 */
export async function withTurnReads<T>(fn: () => Promise<T>, ahead?: ReadAhead): Promise<T> {
  // What the request read before its turn (PgRequestReads) answers nothing inside it.
  currentRequestReads()?.end();
  const reads = new PgTurnReads(ahead);
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

function readKey(text: string, values: readonly unknown[]): string {
  return `${text}\u0000${JSON.stringify(values)}`;
}

/** A statement that only reads and takes no row lock (may be answered from the turn's memory). */
export function readsOnly(text: string): boolean {
  return /^\s*SELECT\b/i.test(text) && !/\bFOR\s+(UPDATE|NO\s+KEY\s+UPDATE|SHARE|KEY\s+SHARE)\b/i.test(text);
}
