import { StoreUnavailableError } from '../storeErrors.js';
import { describePgError, type PgPool, pgQuery } from './pool.js';

export type PgHealth =
  | { status: 'ok'; writeMs: number; totalConnections: number; idleConnections: number; waiting: number }
  | { status: 'unavailable'; reason: string; waiting: number };

/**
 * What /healthz needs from PostgreSQL: a real write (the `health_probe` row, as on SQLite), not
 * only SELECT 1, and the pool's state (connections in use, callers waiting for one).
 */
export async function pgHealth(pool: PgPool, now: Date): Promise<PgHealth> {
  const started = process.hrtime.bigint();
  try {
    await pgQuery(
      pool,
      'probe storage',
      'INSERT INTO health_probe (id, at) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET at = excluded.at',
      [now],
    );
  } catch (err) {
    // The driver's own words (SQLSTATE or errno and message): /healthz puts "database unreachable: "
    // in front, so a store_unavailable sentence here would say it twice.
    const reason = err instanceof StoreUnavailableError ? err.reason : describePgError(err);
    return { status: 'unavailable', reason, waiting: pool.waitingCount };
  }
  return {
    status: 'ok',
    writeMs: Number(process.hrtime.bigint() - started) / 1e6,
    totalConnections: pool.totalCount,
    idleConnections: pool.idleCount,
    waiting: pool.waitingCount,
  };
}
