import {
  type CounterRow,
  HIT_SQL,
  type LockPolicy,
  type RateCounters,
  since,
  takeSql,
  toWindowCount,
  type WindowCount,
} from '../rateCounters.js';
import { memoryKey } from '../inboundMemory.js';
import { type PgPool, pgQuery } from './pool.js';

const TAKE_SQL = takeSql('extract(epoch from ($2::timestamptz - c.last_at)) * 1000', 'least').replace(
  '$5 <<',
  '$5::bigint <<',
);

/** `RateCounters` on PostgreSQL (`rate_counters`, migration 002): one atomic upsert per hit. */
export class PgRateCounters implements RateCounters {
  constructor(private readonly pool: PgPool) {}

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
