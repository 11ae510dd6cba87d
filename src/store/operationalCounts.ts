import { prepared, type Db } from './db.js';

/**
 * Small reads the /metrics scrape makes on the stores: what is waiting now, and what finished in a
 * window of time. Each uses an index (see 013_insights.sql), so a scrape stays cheap at any size.
 * Instants are ISO-8601 UTC strings; windows are half-open (from < t <= to).
 */

export function handoffsByStatus(db: Db): { status: string; count: number }[] {
  return prepared(
    db,
    `SELECT status, COUNT(*) AS count FROM handoffs WHERE status IN ('queued', 'accepted') GROUP BY status`,
  ).all() as { status: string; count: number }[];
}

/** When the longest-waiting queued handoff was queued, if any waits. */
export function oldestQueuedHandoff(db: Db): string | undefined {
  const row = prepared(db, `SELECT MIN(queued_at) AS at FROM handoffs WHERE status = 'queued'`).get() as
    { at: string | null } | undefined;
  return row?.at ?? undefined;
}

/** Seconds each handoff accepted in the window waited for its agent. */
export function handoffWaitsAccepted(db: Db, from: string, to: string): number[] {
  const rows = prepared(
    db,
    `SELECT ROUND((julianday(accepted_at) - julianday(queued_at)) * 86400.0, 3) AS waited FROM handoffs
      WHERE accepted_at > ? AND accepted_at <= ?`,
  ).all(from, to) as { waited: number | null }[];
  return rows.map((r) => Math.max(0, r.waited ?? 0));
}

/** Reminders that reached a final state in the window, by status and reason code. */
export function remindersFinished(
  db: Db,
  from: string,
  to: string,
): { status: string; reason: string | null; count: number }[] {
  return prepared(
    db,
    `SELECT status, reason, COUNT(*) AS count FROM reminders
      WHERE done_at > ? AND done_at <= ? GROUP BY status, reason`,
  ).all(from, to) as { status: string; reason: string | null; count: number }[];
}

/** Payments received from the feed in the window, by source. */
export function paymentsReceived(db: Db, from: string, to: string): { source: string; count: number }[] {
  return prepared(
    db,
    `SELECT source, COUNT(*) AS count FROM payments WHERE received_at > ? AND received_at <= ? GROUP BY source`,
  ).all(from, to) as { source: string; count: number }[];
}

/**
 * The same reads behind one asynchronous interface, so the scrape reads any backend (SQLite here,
 * PostgreSQL with several instances).
 */
export interface OperationalCounts {
  handoffsByStatus(): Promise<{ status: string; count: number }[]>;
  oldestQueuedHandoff(): Promise<string | undefined>;
  handoffWaitsAccepted(from: string, to: string): Promise<number[]>;
  remindersFinished(
    from: string,
    to: string,
  ): Promise<{ status: string; reason: string | null; count: number }[]>;
  paymentsReceived(from: string, to: string): Promise<{ source: string; count: number }[]>;
}

export class SqliteOperationalCounts implements OperationalCounts {
  constructor(private readonly db: Db) {}

  async handoffsByStatus(): Promise<{ status: string; count: number }[]> {
    return handoffsByStatus(this.db);
  }

  async oldestQueuedHandoff(): Promise<string | undefined> {
    return oldestQueuedHandoff(this.db);
  }

  async handoffWaitsAccepted(from: string, to: string): Promise<number[]> {
    return handoffWaitsAccepted(this.db, from, to);
  }

  async remindersFinished(
    from: string,
    to: string,
  ): Promise<{ status: string; reason: string | null; count: number }[]> {
    return remindersFinished(this.db, from, to);
  }

  async paymentsReceived(from: string, to: string): Promise<{ source: string; count: number }[]> {
    return paymentsReceived(this.db, from, to);
  }
}
