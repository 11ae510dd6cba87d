import type pg from 'pg';
import { isConnectionError, namedQuery, type PgClient, type PgPool, pgQuery, toStoreError } from './pool.js';
import { pipelined, type Step } from './pipeline.js';
import { currentTurnReads, readsOnly } from './turnReads.js';
import { claimToTake } from './turnClaim.js';
import { StoreUnavailableError } from '../storeErrors.js';

/** A TIMESTAMPTZ read back (a Date, from the pool's parsers) as the ISO-8601 UTC text SQLite keeps. */
export function iso(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

/** `iso` for a nullable column: NULL becomes undefined, as the SQLite stores return it. */
export function isoOrUndefined(value: Date | string | null): string | undefined {
  return value === null ? undefined : iso(value);
}

/**
 * Takes the account's row lock (FOR NO KEY UPDATE) for the rest of the transaction: the
 * per-account mutex every multi-statement write of plans, promises, payments, settlement and
 * reminder claims takes first, so
 * two instances writing one account queue instead of both reading the same "before". It does not
 * block inserts that merely reference the account (those take FOR KEY SHARE). Returns whether the
 * account exists.
 */
export async function lockAccount(client: PgClient, accountId: string): Promise<boolean> {
  const result = await q(client, 'SELECT 1 FROM accounts WHERE account_id = $1 FOR NO KEY UPDATE', [
    accountId,
  ]);
  return result.rowCount === 1;
}

/** Whether an error is PostgreSQL's unique violation, optionally on one named constraint. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = err as Partial<pg.DatabaseError> | undefined;
  return e?.code === '23505' && (constraint === undefined || e.constraint === constraint);
}

/** Deadlock detected or serialization failure: the transaction may simply be run again. */
export function isRetryable(err: unknown): boolean {
  const code = (err as { code?: unknown } | undefined)?.code;
  return code === '40P01' || code === '40001';
}

/**
 * PostgreSQL TEXT cannot hold U+0000 (SQLite can): a NUL a person typed would fail the write and
 * the turn. Every string parameter (and string array) is passed with NUL as U+FFFD instead, on
 * writes and lookups alike, so a lookup by an id with NUL still finds what was written under it.
 */
export function clean(values: unknown[]): unknown[] {
  return values.map((v) =>
    typeof v === 'string'
      ? noNul(v)
      : Array.isArray(v)
        ? v.map((x: unknown) => (typeof x === 'string' ? noNul(x) : x))
        : v,
  );
}

function noNul(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '\uFFFD') : text;
}

/**
 * `pgQuery` with `clean` parameters: one statement on the pool, connection failures as
 * store_unavailable. Inside a service turn a plain read is asked once per turn and any other
 * statement forgets what the turn read (`PgTurnReads`).
 */
export async function run<R extends pg.QueryResultRow>(
  pool: PgPool,
  operation: string,
  text: string,
  values: unknown[] = [],
): Promise<pg.QueryResult<R>> {
  const cleaned = clean(values);
  const reads = currentTurnReads();
  if (!reads) return pgQuery<R>(pool, operation, text, cleaned);
  if (readsOnly(text))
    return reads.read(
      pool,
      text,
      cleaned,
      () => pgQuery<R>(pool, operation, text, cleaned),
      (steps) => together(pool, operation, steps),
    );
  reads.forget();
  try {
    return await pgQuery<R>(pool, operation, text, cleaned);
  } finally {
    reads.forget();
  }
}

/**
 * `run` for a one-statement write of a turn that the reads after it follow (`PgTurnReads.lead`,
 * issue 19 pgtail21): what followed it last time rides in its round trip. Outside a turn, or while
 * the turn's activity claim is still to take (it rides in the turn's first write), it is `run`.
 */
export async function writeLeading<R extends pg.QueryResultRow>(
  pool: PgPool,
  operation: string,
  text: string,
  values: unknown[] = [],
): Promise<pg.QueryResult<R>> {
  const reads = currentTurnReads();
  if (!reads || claimToTake() || readsOnly(text)) return run<R>(pool, operation, text, values);
  const cleaned = clean(values);
  return reads.lead(
    pool,
    { text, values: cleaned },
    () => pgQuery<R>(pool, operation, text, cleaned),
    (steps) => together(pool, operation, steps),
    (err) => err instanceof StoreUnavailableError,
  );
}

/** Statements in one round trip on one connection of the pool (a turn's chain of reads and its head, readChains.ts). */
async function together(pool: PgPool, operation: string, steps: readonly Step[]): Promise<pg.QueryResult[]> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (err) {
    throw toStoreError(err, operation);
  }
  let broken: Error | undefined;
  try {
    return await pipelined(client, steps);
  } catch (err) {
    if (isConnectionError(err)) broken = err as Error;
    throw toStoreError(err, operation);
  } finally {
    client.release(broken);
  }
}

/** One statement on a transaction's client, with `clean` parameters. */
export function q<R extends pg.QueryResultRow>(
  client: PgClient,
  text: string,
  values: unknown[] = [],
): Promise<pg.QueryResult<R>> {
  return client.query<R>(namedQuery(text, clean(values)));
}
