import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import { travels } from './turnReadAhead.js';

/** A plain read, as the store that asks it will send it (statement and parameters). */
export interface PlannedRead {
  text: string;
  values: readonly unknown[];
}

/** A planned read handed out to ride in a pipeline (`pipeline.ts`) with the request's first statement. */
export interface Rider {
  read: PlannedRead;
}

/**
 * Plain reads a request will ask before its turn takes the conversation's lock (issue 19 pg19:
 * on `/api/messages`, the account lookup of the inbound record and the handoff check), sent in
 * the round trip of the request's first statement on the pool (its rate limits) instead of one
 * round trip each. Each answer is given once, to the first identical ask, and only before the
 * turn starts (`withTurnReads` ends it): inside the turn the lock's read-ahead and the turn's own
 * memory answer, and nothing read here outlives the request. The reads take no lock and change
 * nothing, so asking them a moment earlier is a race the request had anyway (no lock was held).
 *
 *   await withRequestReads(new PgRequestReads(pool, [{ text, values }]), () => handle(request));
 *   const known = takeRequestRead(pool, text, values); // the answer, once, or undefined
 */
export class PgRequestReads {
  private planned: readonly PlannedRead[];
  private readonly answers = new Map<string, pg.QueryResult>();
  private ended = false;

  constructor(
    private readonly pool: object,
    planned: readonly PlannedRead[],
  ) {
    this.planned = planned;
  }

  /**
   * The planned reads, handed out once, for the first statement sent on `pool` (none for another
   * pool, after the turn started, or when a parameter cannot travel: an array, an object, a NUL, a
   * number that is not finite).
   */
  ridersFor(pool: object): Rider[] {
    if (pool !== this.pool || this.ended || this.planned.length === 0) return [];
    const planned = this.planned;
    this.planned = [];
    if (!planned.every((read) => travels(read.values))) return [];
    return planned.map((read) => ({ read }));
  }

  /** Keeps the answers of the riders handed out by `ridersFor`, one per rider in their order. */
  keep(riders: readonly Rider[], results: readonly pg.QueryResult[]): void {
    if (this.ended || riders.length !== results.length) return;
    riders.forEach(({ read }, i) => this.answers.set(readKey(read.text, read.values), results[i]!));
  }

  /** The answer kept for `text` with `values` on `pool`, once; undefined when none is kept. */
  take(pool: object, text: string, values: readonly unknown[]): pg.QueryResult | undefined {
    if (pool !== this.pool || this.ended) return undefined;
    const key = readKey(text, values);
    const answer = this.answers.get(key);
    this.answers.delete(key);
    return answer;
  }

  /** The turn has started (or the request ended): nothing more is asked or answered from here. */
  end(): void {
    this.ended = true;
    this.planned = [];
    this.answers.clear();
  }
}

function readKey(text: string, values: readonly unknown[]): string {
  return `${text}\u0000${JSON.stringify(values)}`;
}

const requestReads = new AsyncLocalStorage<PgRequestReads>();

/** Runs a request with its planned reads; they end with it. */
export async function withRequestReads<T>(reads: PgRequestReads, fn: () => Promise<T>): Promise<T> {
  try {
    return await requestReads.run(reads, fn);
  } finally {
    reads.end();
  }
}

/** The running request's planned reads, or undefined outside a planned request. */
export function currentRequestReads(): PgRequestReads | undefined {
  return requestReads.getStore();
}

/** The answer the request's first round trip brought for this read, once (undefined otherwise). */
export function takeRequestRead(
  pool: object,
  text: string,
  values: readonly unknown[],
): pg.QueryResult | undefined {
  return requestReads.getStore()?.take(pool, text, values);
}
