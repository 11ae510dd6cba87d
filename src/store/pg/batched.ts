import type pg from 'pg';
import { onConnection, type PgClient, type PgPool } from './pool.js';
import { clean } from './rows.js';
import { inlineParameters } from './transcriptAppend.js';
import { NO_FLUSH_WAIT } from './flushDebt.js';
import { claimRefused, claimToTake } from './turnClaim.js';

/** A statement and its parameters (written in as literals when it shares a round trip). */
export type Statement = [sql: string, values: unknown[]];

/** Several statements in one simple-protocol round trip (parameters as escaped literals, NUL as U+FFFD). */
export async function inOneTrip(
  client: PgClient,
  statements: readonly (Statement | string)[],
): Promise<pg.QueryResult[]> {
  const text = statements
    .map((s) =>
      typeof s === 'string' ? s : inlineParameters(s[0], clean(s[1]), (t) => client.escapeLiteral(t)),
    )
    .join(';\n');
  const result = (await client.query(text)) as unknown;
  return Array.isArray(result) ? (result as pg.QueryResult[]) : [result as pg.QueryResult];
}

/**
 * A read-decide-write transaction in two round trips (issue 19 item 5): BEGIN and the reads
 * (row locks taken there hold to the end) in one, then what `decide` makes of them, the writes and
 * COMMIT in the next. `decide` throwing rolls back; a lost connection is destroyed, never
 * returned to the pool, and surfaces as StoreUnavailableError (the server rolls back).
 *
 *   const outcome = await readDecideWrite(pool, 'count an attempt', [[LOCK_SQL, [id]]], ([row]) => ({
 *     writes: [[UPDATE_SQL, [id, n + 1]]], result: n + 1 }));
 */
export async function readDecideWrite<T>(
  pool: PgPool,
  operation: string,
  reads: readonly Statement[],
  decide: (results: pg.QueryResult[]) => { writes: Statement[]; result: T },
  /** The commit does not wait for its WAL flush (a later flushed commit of the turn covers it, flushDebt.ts). */
  noFlushWait = false,
): Promise<T> {
  // issue 19 (pgturn): a turn's activity claim still to take rides in the BEGIN's round trip.
  const claim = claimToTake();
  return onConnection(pool, operation, async (client) => {
    const begin = [
      'BEGIN ISOLATION LEVEL READ COMMITTED',
      ...(claim ? [claim.sql((t) => client.escapeLiteral(t))] : []),
    ];
    const read = await inOneTrip(client, [...begin, ...reads]).catch((err: unknown) => {
      throw claimRefused(claim, err);
    });
    const { writes, result } = decide(read.slice(begin.length));
    await inOneTrip(client, [...writes, ...(noFlushWait ? [NO_FLUSH_WAIT.text] : []), 'COMMIT']);
    claim?.settle();
    return result;
  });
}
