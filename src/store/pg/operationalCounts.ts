import type { OperationalCounts } from '../operationalCounts.js';
import type { PgPool } from './pool.js';
import { iso, run } from './rows.js';

/**
 * The /metrics reads of `src/store/operationalCounts.ts` on PostgreSQL: the same questions on the
 * same indexes (see 001_schema.sql `insights_*`), so every instance's scrape sees the shared state.
 * Windows are half-open (from < t <= to); instants come back as ISO-8601 UTC text, as on SQLite.
 */
export class PgOperationalCounts implements OperationalCounts {
  constructor(private readonly pool: PgPool) {}

  async handoffsByStatus(): Promise<{ status: string; count: number }[]> {
    const result = await run<{ status: string; count: string }>(
      this.pool,
      'metrics.handoffsByStatus',
      `SELECT status, COUNT(*) AS count FROM handoffs WHERE status IN ('queued', 'accepted') GROUP BY status`,
    );
    return result.rows.map((r) => ({ status: r.status, count: Number(r.count) }));
  }

  async oldestQueuedHandoff(): Promise<string | undefined> {
    const result = await run<{ at: Date | null }>(
      this.pool,
      'metrics.oldestQueuedHandoff',
      `SELECT MIN(queued_at) AS at FROM handoffs WHERE status = 'queued'`,
    );
    const at = result.rows[0]?.at ?? null;
    return at === null ? undefined : iso(at);
  }

  async handoffWaitsAccepted(from: string, to: string): Promise<number[]> {
    const result = await run<{ waited: string | number | null }>(
      this.pool,
      'metrics.handoffWaitsAccepted',
      `SELECT ROUND(EXTRACT(EPOCH FROM (accepted_at - queued_at))::numeric, 3) AS waited FROM handoffs
        WHERE accepted_at > $1 AND accepted_at <= $2`,
      [from, to],
    );
    return result.rows.map((r) => Math.max(0, Number(r.waited ?? 0)));
  }

  async remindersFinished(
    from: string,
    to: string,
  ): Promise<{ status: string; reason: string | null; count: number }[]> {
    const result = await run<{ status: string; reason: string | null; count: string }>(
      this.pool,
      'metrics.remindersFinished',
      `SELECT status, reason, COUNT(*) AS count FROM reminders
        WHERE done_at > $1 AND done_at <= $2 GROUP BY status, reason`,
      [from, to],
    );
    return result.rows.map((r) => ({ status: r.status, reason: r.reason, count: Number(r.count) }));
  }

  async paymentsReceived(from: string, to: string): Promise<{ source: string; count: number }[]> {
    const result = await run<{ source: string; count: string }>(
      this.pool,
      'metrics.paymentsReceived',
      `SELECT source, COUNT(*) AS count FROM payments WHERE received_at > $1 AND received_at <= $2 GROUP BY source`,
      [from, to],
    );
    return result.rows.map((r) => ({ source: r.source, count: Number(r.count) }));
  }
}
