import type { Transaction } from 'better-sqlite3';
import type { Db } from './db.js';
import { prepared } from './db.js';
import { writeGroupOf } from './writeGroup.js';
import { memoryKey } from './inboundMemory.js';

/** One key's count in its current fixed window. Instants are ISO-8601 UTC text on every backend. */
export interface WindowCount {
  count: number;
  windowStart: string;
  /** When the window ends and the count starts again. */
  resetAt: string;
  /** The latest hit. */
  lastAt: string;
}

/**
 * Counters in fixed windows, shared by every instance on one database: request rate limits and
 * failed sign-ins. A window opens at a key's first hit and lasts `windowMs`; a hit after it opens
 * the next one. `hit` is one atomic statement, so parallel hits from several instances are all
 * counted. Time is the caller's (`now` from the injected clock).
 */
export interface RateCounters {
  hit(key: string, now: Date, windowMs: number): Promise<WindowCount>;
  /**
   * `hit` unless the key is locked, checked and counted in ONE statement (parallel guesses on
   * several instances cannot all pass the check first): locked while the window holds at least
   * `lock.free` hits and the latest is younger than min(baseMs·2^(count−free), maxMs). Undefined
   * (nothing counted) when locked.
   */
  take(key: string, now: Date, windowMs: number, lock: LockPolicy): Promise<WindowCount | undefined>;
  /** The count of the window `now` falls in, without counting (undefined: none). */
  peek(key: string, now: Date, windowMs: number): Promise<WindowCount | undefined>;
  /** Takes back one hit of the current window (a failure counted in advance, then forgiven). */
  undo(key: string, now: Date, windowMs: number): Promise<void>;
  clear(key: string): Promise<void>;
  /** Forgets keys whose latest hit is before `before`; returns how many. */
  forget(before: Date): Promise<number>;
  /**
   * `hit` on each key in order, stopping after the first whose count is above its `limit` (as
   * calling `hit` in turn and stopping there would), in one transaction: one write to the database
   * for a request's several limits. Optional: without it callers hit one key at a time.
   */
  hitEach?(hits: readonly CounterHit[], now: Date): Promise<WindowCount[]>;
}

/** One key of `hitEach`: its window and the count above which the later keys are not counted. */
export interface CounterHit {
  key: string;
  windowMs: number;
  limit: number;
}

/** How a key's failures lock it (the sign-in throttle's policy). */
export interface LockPolicy {
  free: number;
  baseMs: number;
  maxMs: number;
}

export interface CounterRow {
  window_start: string | Date;
  count: number;
  last_at: string | Date;
}

const iso = (v: string | Date): string => (typeof v === 'string' ? v : v.toISOString());

export function toWindowCount(row: CounterRow, windowMs: number): WindowCount {
  const windowStart = iso(row.window_start);
  return {
    count: row.count,
    windowStart,
    resetAt: new Date(Date.parse(windowStart) + windowMs).toISOString(),
    lastAt: iso(row.last_at),
  };
}

/**
 * The SQL both backends run: a window that opened at or before `now - windowMs` is over, so the
 * hit opens a new one. Parameters: $1 key, $2 now, $3 the instant a window must be newer than.
 */
export const HIT_SQL = `INSERT INTO rate_counters AS c (key, window_start, count, last_at) VALUES ($1, $2, 1, $2)
  ON CONFLICT (key) DO UPDATE SET
    count = CASE WHEN c.window_start <= $3 THEN 1 ELSE c.count + 1 END,
    window_start = CASE WHEN c.window_start <= $3 THEN excluded.window_start ELSE c.window_start END,
    last_at = excluded.last_at
  RETURNING window_start, count, last_at`;

/**
 * `HIT_SQL` that does not update (so returns no row) while the key is locked. `elapsedMs` and
 * `least` are the backend's: the milliseconds from the latest hit to $2, and the smaller of two.
 * Parameters: $4 free hits, $5 first lock in ms, $6 longest lock in ms.
 */
export function takeSql(elapsedMs: string, least: string): string {
  return `${HIT_SQL.slice(0, HIT_SQL.indexOf('  RETURNING'))}  WHERE c.window_start <= $3 OR c.count < $4
    OR ${elapsedMs} >= ${least}($5 << ${least}(c.count - $4, 30), $6)
  RETURNING window_start, count, last_at`;
}

const SQLITE_TAKE_SQL = takeSql('round((julianday($2) - julianday(c.last_at)) * 86400000.0)', 'min');

const sqlite = (sql: string): string => sql.replace(/\$(\d)/g, '@p$1');

/** The two counting statements as SQLite spells them, rewritten once (not on every hit). */
const SQLITE_HIT = sqlite(HIT_SQL);
const SQLITE_TAKE = sqlite(SQLITE_TAKE_SQL);

/** On SQLite (`rate_counters`, migration 014): one atomic upsert per hit. */
export class SqliteRateCounters implements RateCounters {
  /** Made once (better-sqlite3 builds a transaction function's wrappers each time one is made). */
  private readonly hitEachTx: Transaction<(hits: readonly CounterHit[], now: Date) => WindowCount[]>;

  constructor(private readonly db: Db) {
    this.hitEachTx = db.transaction((hits: readonly CounterHit[], now: Date) => {
      const counts: WindowCount[] = [];
      for (const h of hits) {
        const count = this.hitNow(h.key, now, h.windowMs);
        counts.push(count);
        if (count.count > h.limit) break;
      }
      return counts;
    });
  }

  async hit(key: string, now: Date, windowMs: number): Promise<WindowCount> {
    return this.hitNow(key, now, windowMs);
  }

  /** With the other writes of this event-loop turn, in one transaction (see SqliteWriteGroup). */
  async hitEach(hits: readonly CounterHit[], now: Date): Promise<WindowCount[]> {
    // Its own (nested) transaction: atomic, so the group adds no savepoint around it.
    return writeGroupOf(this.db).run(() => this.hitEachTx(hits, now), { atomic: true });
  }

  private hitNow(key: string, now: Date, windowMs: number): WindowCount {
    const row = prepared(this.db, SQLITE_HIT).get({
      p1: memoryKey(key),
      p2: now.toISOString(),
      p3: since(now, windowMs),
    });
    return toWindowCount(row as CounterRow, windowMs);
  }

  async take(key: string, now: Date, windowMs: number, lock: LockPolicy): Promise<WindowCount | undefined> {
    const row = prepared(this.db, SQLITE_TAKE).get({
      p1: memoryKey(key),
      p2: now.toISOString(),
      p3: since(now, windowMs),
      p4: lock.free,
      p5: lock.baseMs,
      p6: lock.maxMs,
    }) as CounterRow | undefined;
    return row ? toWindowCount(row, windowMs) : undefined;
  }

  async peek(key: string, now: Date, windowMs: number): Promise<WindowCount | undefined> {
    const row = prepared(
      this.db,
      'SELECT window_start, count, last_at FROM rate_counters WHERE key = ? AND window_start > ?',
    ).get(memoryKey(key), since(now, windowMs)) as CounterRow | undefined;
    return row ? toWindowCount(row, windowMs) : undefined;
  }

  async undo(key: string, now: Date, windowMs: number): Promise<void> {
    prepared(
      this.db,
      'UPDATE rate_counters SET count = max(count - 1, 0) WHERE key = ? AND window_start > ?',
    ).run(memoryKey(key), since(now, windowMs));
  }

  async clear(key: string): Promise<void> {
    prepared(this.db, 'DELETE FROM rate_counters WHERE key = ?').run(memoryKey(key));
  }

  async forget(before: Date): Promise<number> {
    return prepared(this.db, 'DELETE FROM rate_counters WHERE last_at < ?').run(before.toISOString()).changes;
  }
}

/** The instant a live window must have opened after. */
export function since(now: Date, windowMs: number): string {
  return new Date(now.getTime() - windowMs).toISOString();
}
