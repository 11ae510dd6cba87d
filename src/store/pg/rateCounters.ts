import {
  type CounterHit,
  type CounterRow,
  HIT_SQL,
  type LockPolicy,
  type RateCounters,
  since,
  takeSql,
  toWindowCount,
  type WindowCount,
} from '../rateCounters.js';
import type pg from 'pg';
import { memoryKey } from '../inboundMemory.js';
import { pipelined } from './pipeline.js';
import { isConnectionError, type PgClient, type PgPool, pgQuery, toStoreError } from './pool.js';
import { currentRequestReads } from './requestReads.js';
import { travels } from './turnReadAhead.js';

const TAKE_SQL = takeSql('extract(epoch from ($2::timestamptz - c.last_at)) * 1000', 'least').replace(
  '$5 <<',
  '$5::bigint <<',
);

/** `HIT_SQL` for `hitEach`'s key `i` (1-based): its upsert and the columns it returns. */
function hitEachStep(i: number): string {
  const key = `$${3 * i - 1}::text`;
  const after = `$${3 * i}::timestamptz`;
  const set = `ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN c.window_start <= ${after} THEN 1 ELSE c.count + 1 END,
      window_start = CASE WHEN c.window_start <= ${after} THEN excluded.window_start ELSE c.window_start END,
      last_at = excluded.last_at
    RETURNING ${i} AS i, window_start, count, last_at`;
  const insert = 'INSERT INTO rate_counters AS c (key, window_start, count, last_at)';
  if (i === 1)
    return `h1 AS (${insert} SELECT ${key}, $1::timestamptz, 1, $1::timestamptz WHERE (SELECT count(*) FROM lk) > 0
    ${set})`;
  const limit = `$${3 * i - 2}::integer`;
  return `h${i} AS (${insert}
    SELECT ${key}, $1::timestamptz, 1, $1::timestamptz FROM h${i - 1} WHERE h${i - 1}.count <= ${limit}
    ${set})`;
}

/** First key of the advisory locks `hitEach` takes on its keys (the second: hashtext of the key). */
export const RATE_LOCK_SPACE = 719_019_006;

/**
 * This transaction's commit does not wait for its WAL flush (`synchronous_commit` off for it
 * alone, issue 19 pg16). Every request counts the same global key, so each held that row's lock
 * through its commit's fsync (3-4 ms here) and the requests of the whole service queued on it.
 * The count is still atomic and seen by every later statement at once; only a crash of the
 * PostgreSQL server itself can lose the last fraction of a second of request counts (a limit then
 * counts a few requests fewer). Sign-in throttles (`take`) and every other write keep waiting for
 * their flush.
 */
const NO_FLUSH_WAIT = "set_config('synchronous_commit', 'off', true)";

/**
 * `hitEach` for `n` keys as ONE statement: a chain of upserts, each fed by the row the one before
 * returned and only while that count is within its limit, so the keys after the first one over
 * are not counted. Parameters: $1 now, then per key i: $(3i-1) key, $(3i) the instant its window
 * must be newer than, and but for the last key $(3i+1) its limit. One statement is one
 * transaction. Before any row is touched it takes a transaction-scoped advisory lock per key in
 * one global order (by hash), so two callers listing the same keys in opposite orders queue
 * instead of deadlocking (which cost PostgreSQL's deadlock_timeout, 1 s, and a retry key by key).
 */
export function hitEachSql(n: number): string {
  const keys = Array.from({ length: n }, (_, i) => `$${3 * i + 2}::text`).join(', ');
  const lock = `lk AS (SELECT pg_advisory_xact_lock(${RATE_LOCK_SPACE}, o.k), ${NO_FLUSH_WAIT} FROM
    (SELECT DISTINCT hashtext(u.x) AS k FROM unnest(ARRAY[${keys}]) AS u(x) ORDER BY 1) AS o)`;
  const steps = Array.from({ length: n }, (_, i) => hitEachStep(i + 1));
  const rows = Array.from(
    { length: n },
    (_, i) => `SELECT i, window_start, count, last_at FROM h${i + 1}`,
  ).join(' UNION ALL ');
  return `WITH ${lock},\n  ${steps.join(',\n  ')}\n${rows} ORDER BY i`;
}

/** SQLSTATE deadlock_detected. */
const DEADLOCK = '40P01';

/** Statement texts by key count (a request has a handful of limits). */
const hitEachSqls = new Map<number, string>();

/** `RateCounters` on PostgreSQL (`rate_counters`, migration 002): one atomic upsert per hit. */
export class PgRateCounters implements RateCounters {
  constructor(private readonly pool: PgPool) {}

  /**
   * Every key in one statement (one round trip, one transaction): see `hitEachSql`. A key named
   * twice would be updated twice by one statement, which PostgreSQL does not order; such a list
   * is counted one key at a time instead (the same answers, one round trip per key), as is a
   * list whose statement lost a deadlock to a caller locking the same keys in another order.
   */
  async hitEach(hits: readonly CounterHit[], now: Date): Promise<WindowCount[]> {
    if (hits.length === 0) return [];
    const keys = hits.map((h) => memoryKey(h.key));
    if (new Set(keys).size < keys.length) return this.hitInTurn(hits, now);
    let sql = hitEachSqls.get(hits.length);
    if (!sql) {
      sql = hitEachSql(hits.length);
      hitEachSqls.set(hits.length, sql);
    }
    const values: unknown[] = [now];
    for (const [i, h] of hits.entries()) {
      values.push(keys[i], since(now, h.windowMs));
      if (i < hits.length - 1) values.push(h.limit);
    }
    let result: { rows: (CounterRow & { i: number })[] };
    try {
      result =
        (await this.withRiders(sql, values)) ??
        (await pgQuery<CounterRow & { i: number }>(this.pool, "count a request's limits", sql, values));
    } catch (err) {
      // Keys listed in another order by another caller: PostgreSQL rolled this statement back whole.
      if ((err as { code?: unknown }).code === DEADLOCK) return this.hitInTurn(hits, now);
      throw err;
    }
    return result.rows.map((row) => toWindowCount(row, (hits[row.i - 1] as CounterHit).windowMs));
  }

  /**
   * The statement with the request's planned reads in the same round trip (issue 19 pg19:
   * `PgRequestReads`), as one pipeline (`pipeline.ts`: one implicit transaction, each statement
   * prepared once per connection); undefined when the request planned none (the caller sends the
   * prepared statement alone). The reads answer the request once; when the statement fails they
   * are not kept and are asked as before.
   */
  private async withRiders(
    sql: string,
    values: unknown[],
  ): Promise<{ rows: (CounterRow & { i: number })[] } | undefined> {
    const reads = currentRequestReads();
    const riders = reads && travels(values) ? reads.ridersFor(this.pool) : [];
    if (!reads || riders.length === 0) return undefined;
    const operation = "count a request's limits";
    let client: PgClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      throw toStoreError(err, operation);
    }
    let broken: Error | undefined;
    let results: pg.QueryResult[];
    try {
      results = await pipelined(client, [{ text: sql, values }, ...riders.map((r) => r.read)]);
    } catch (err) {
      if (isConnectionError(err)) broken = err as Error;
      throw toStoreError(err, operation); // a deadlock keeps its SQLSTATE
    } finally {
      client.release(broken);
    }
    reads.keep(riders, results.slice(1));
    return results[0] as pg.QueryResult<CounterRow & { i: number }>;
  }

  private async hitInTurn(hits: readonly CounterHit[], now: Date): Promise<WindowCount[]> {
    const counts: WindowCount[] = [];
    for (const h of hits) {
      const count = await this.hit(h.key, now, h.windowMs);
      counts.push(count);
      if (count.count > h.limit) break;
    }
    return counts;
  }

  async hit(key: string, now: Date, windowMs: number): Promise<WindowCount> {
    const result = await pgQuery<CounterRow>(this.pool, 'count a hit', HIT_SQL, [
      memoryKey(key),
      now,
      since(now, windowMs),
    ]);
    return toWindowCount(result.rows[0]!, windowMs);
  }

  async take(key: string, now: Date, windowMs: number, lock: LockPolicy): Promise<WindowCount | undefined> {
    const result = await pgQuery<CounterRow>(this.pool, 'check and count a hit', TAKE_SQL, [
      memoryKey(key),
      now,
      since(now, windowMs),
      lock.free,
      lock.baseMs,
      lock.maxMs,
    ]);
    const row = result.rows[0];
    return row ? toWindowCount(row, windowMs) : undefined;
  }

  async peek(key: string, now: Date, windowMs: number): Promise<WindowCount | undefined> {
    const result = await pgQuery<CounterRow>(
      this.pool,
      'read a counter',
      'SELECT window_start, count, last_at FROM rate_counters WHERE key = $1 AND window_start > $2',
      [memoryKey(key), since(now, windowMs)],
    );
    const row = result.rows[0];
    return row ? toWindowCount(row, windowMs) : undefined;
  }

  async undo(key: string, now: Date, windowMs: number): Promise<void> {
    await pgQuery(
      this.pool,
      'take back a hit',
      'UPDATE rate_counters SET count = greatest(count - 1, 0) WHERE key = $1 AND window_start > $2',
      [memoryKey(key), since(now, windowMs)],
    );
  }

  async clear(key: string): Promise<void> {
    await pgQuery(this.pool, 'clear a counter', 'DELETE FROM rate_counters WHERE key = $1', [memoryKey(key)]);
  }

  async forget(before: Date): Promise<number> {
    const result = await pgQuery(
      this.pool,
      'forget old counters',
      'DELETE FROM rate_counters WHERE last_at < $1',
      [before],
    );
    return result.rowCount ?? 0;
  }
}
