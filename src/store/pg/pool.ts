import { createHash } from 'node:crypto';
import pg from 'pg';
import { StoreUnavailableError } from '../storeErrors.js';
import { claimRefused, claimToTake } from './turnClaim.js';
import { currentTurnReads, readsOnly } from './turnReads.js';

export type PgPool = pg.Pool;
export type PgClient = pg.PoolClient;

export interface PgPoolOptions {
  /** postgres:// or postgresql:// URL (DATABASE_URL). */
  url: string;
  /** Connections at most (default 10). */
  max?: number;
  /** Server-side limit per statement, ms (default 5000). */
  statementTimeoutMs?: number;
  /**
   * Client-side limit on waiting for an answer, ms (default the statement limit + 2000): a server
   * that stopped answering without closing the socket (stopped, partitioned) fails the query as
   * unavailable instead of holding the turn until the kernel's keepalive gives up (hours).
   */
  queryTimeoutMs?: number;
  /** Giving up on a new connection after this many ms (default 5000). */
  connectTimeoutMs?: number;
  /** Shown in pg_stat_activity (default collections-assistant). */
  applicationName?: string;
  /** Told about connections lost while idle (never the error object: it may carry the password). */
  onConnectionLost?: (message: string) => void;
}

/** How much longer than the server's statement limit the client waits for an answer. */
const QUERY_TIMEOUT_MARGIN_MS = 2000;

const INT8 = 20;
const DATE = 1082;

/**
 * Type parsers for this pool only: BIGINT (cents, counters) as a JS number when it is a safe
 * integer, DATE as the plain 'YYYY-MM-DD' text SQLite keeps (never a local-midnight Date).
 * TIMESTAMPTZ stays a Date; stores turn it into the ISO-8601 text SQLite returns.
 */
const types: pg.CustomTypesConfig = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8)
      return (value: string): number => {
        const n = Number(value);
        if (!Number.isSafeInteger(n)) throw new RangeError(`BIGINT ${value} is beyond a safe JS integer`);
        return n;
      };
    if (oid === DATE) return (value: string): string => value;
    return format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid, 'text');
  },
};

/**
 * A node-postgres pool with the service's settings. Every client gets an `error` listener, idle
 * (the pool's own event) and checked out (pg-pool detaches its listener then): a dropped
 * connection must never become an uncaught exception; the query in flight still rejects.
 *
 *   const pool = createPgPool({ url: config.DATABASE_URL, max: 10 });
 */
export function createPgPool(options: PgPoolOptions): PgPool {
  assertPostgresUrl(options.url);
  const statementMs = options.statementTimeoutMs ?? 5000;
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    idleTimeoutMillis: 30_000,
    statement_timeout: statementMs,
    query_timeout:
      options.queryTimeoutMs ?? (statementMs > 0 ? statementMs + QUERY_TIMEOUT_MARGIN_MS : undefined),
    application_name: options.applicationName ?? 'collections-assistant',
    keepAlive: true,
    types,
  });
  const lost = (err: Error): void => options.onConnectionLost?.(describePgError(err));
  pool.on('error', lost);
  pool.on('connect', (client) => {
    client.on('error', lost);
  });
  return pool;
}

/** Throws a plain Error naming what is wrong with a database URL (never echoing the password). */
export function assertPostgresUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('expected a URL like postgresql://user:password@host:5432/database');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:')
    throw new Error(`expected a postgres:// or postgresql:// URL, not ${parsed.protocol}//`);
  if (!parsed.hostname && !parsed.searchParams.get('host'))
    throw new Error('expected a host, e.g. postgresql://user:password@db.internal:5432/collections');
}

/** The URL with its password replaced by *** (for logs and error lines). */
export function maskDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
  }
}

// SQLSTATE classes and codes that mean "the database cannot serve this now", not "your SQL is
// wrong": connection exceptions (08), shutdown or termination (57P01-04), too many connections
// (53300), the statement timeout (57014: the server is too slow to answer in time), and a database
// or login that does not exist (3D000, 28P01, 28000: a configuration problem, same remedy).
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-4]|57014|53300|3D000|28P01|28000)$/;
const UNAVAILABLE_NODE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);
const UNAVAILABLE_TEXT =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed|Cannot use a pool after calling end|terminating connection|Query read timeout/i;

/** Whether an error from node-postgres means the database is unavailable. */
export function isConnectionError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_NODE.has(code)))
    return true;
  if (err instanceof AggregateError) return err.errors.some(isConnectionError);
  return UNAVAILABLE_TEXT.test(err.message);
}

/** A short description of a pg error: SQLSTATE or errno and the message, nothing else. */
export function describePgError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const code = (err as { code?: unknown }).code;
  const message =
    err instanceof AggregateError && err.errors[0] instanceof Error ? err.errors[0].message : err.message;
  // A StoreUnavailableError's message already starts with its code: never say it twice.
  if (typeof code === 'string' && !message.startsWith(`${code}:`)) return `${code}: ${message}`;
  return message || err.name;
}

/** Connection failures become StoreUnavailableError; anything else is returned unchanged. */
export function toStoreError(err: unknown, operation: string): unknown {
  if (err instanceof StoreUnavailableError) return err;
  return isConnectionError(err) ? new StoreUnavailableError(operation, describePgError(err)) : err;
}

/** Statements named so far, by text (bounded: texts built at run time stop being named). */
const names = new Map<string, string | undefined>();
const MAX_NAMED = 1000;
/** `SELECT *` / `RETURNING *`: a prepared row shape a later migration may change (0A000), never named. */
const STAR = /\b(SELECT|RETURNING)\s+(DISTINCT\s+)?([a-z_]+\.)?\*/i;

/**
 * The name a parameterised statement is prepared under on each connection (node-postgres then
 * parses and plans it once per connection, not once per call), or undefined for a statement left
 * unnamed: one without parameters (the simple protocol, which may carry several statements), one
 * returning `*`, or one beyond the first thousand texts.
 */
export function statementName(text: string, values: readonly unknown[]): string | undefined {
  if (values.length === 0) return undefined;
  if (names.has(text)) return names.get(text);
  const name =
    names.size >= MAX_NAMED || STAR.test(text)
      ? undefined
      : `ca_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
  if (names.size < MAX_NAMED) names.set(text, name);
  return name;
}

/** A query config for `text`, named when `statementName` says so. */
export function namedQuery(text: string, values: unknown[]): pg.QueryConfig {
  const name = statementName(text, values);
  return name ? { name, text, values } : { text, values };
}

/** One query on the pool (a prepared statement when it can be), connection failures mapped to StoreUnavailableError. */
export async function pgQuery<R extends pg.QueryResultRow>(
  pool: PgPool,
  operation: string,
  text: string,
  values: unknown[] = [],
): Promise<pg.QueryResult<R>> {
  // A write of a turn whose activity claim is still to take takes it first (issue 19, pgturn).
  const claim = readsOnly(text) ? undefined : claimToTake();
  try {
    if (claim) {
      await pool.query(claim.sql((t) => pg.escapeLiteral(t))).catch((err: unknown) => {
        throw claimRefused(claim, err);
      });
      claim.settle();
    }
    return await pool.query<R>(namedQuery(text, values));
  } catch (err) {
    throw toStoreError(err, operation);
  }
}

/**
 * One transaction on one checked-out connection, its statements written by `run` (which sends
 * BEGIN and COMMIT itself, so it may put them in the same round trip as other statements). When
 * `run` throws, ROLLBACK; a connection that failed is destroyed, not returned to the pool, and
 * connection failures surface as StoreUnavailableError (the server rolls back whatever was not
 * committed). The turn's read memory is forgotten before and after: a turn reads its own writes.
 */
export async function onConnection<T>(
  pool: PgPool,
  operation: string,
  run: (client: PgClient) => Promise<T>,
): Promise<T> {
  let client: PgClient;
  try {
    client = await pool.connect();
  } catch (err) {
    throw toStoreError(err, operation);
  }
  let broken: Error | undefined;
  const reads = currentTurnReads();
  reads?.forget();
  try {
    return await run(client);
  } catch (err) {
    if (isConnectionError(err)) broken = err as Error;
    else await client.query('ROLLBACK').catch((e: Error) => (broken = e));
    throw toStoreError(err, operation);
  } finally {
    reads?.forget();
    client.release(broken);
  }
}

/**
 * Runs `work` in one transaction on one connection: COMMIT when it resolves, ROLLBACK when it
 * throws (see `onConnection`).
 */
export async function withTransaction<T>(
  pool: PgPool,
  operation: string,
  work: (client: PgClient) => Promise<T>,
  isolation: 'read committed' | 'repeatable read' | 'serializable' = 'read committed',
): Promise<T> {
  // issue 19 (pgturn): a turn's activity claim still to take rides in the BEGIN's round trip.
  const claim = claimToTake();
  return onConnection(pool, operation, async (client) => {
    const begin = `BEGIN ISOLATION LEVEL ${isolation.toUpperCase()}`;
    await client
      .query(claim ? `${begin}; ${claim.sql((t) => client.escapeLiteral(t))}` : begin)
      .catch((err: unknown) => {
        throw claimRefused(claim, err);
      });
    const result = await work(client);
    await client.query('COMMIT');
    claim?.settle();
    return result;
  });
}
