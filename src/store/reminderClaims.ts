import type Database from 'better-sqlite3';
import type { Db } from './db.js';
import { prepared } from './db.js';
import type { ReminderKey } from './remindersTypes.js';

/**
 * A reminder some instance holds a lease on. `claimedAt` is the fencing token: finishing is
 * accepted only while the row still carries it, so an instance whose lease ran out (and whose row
 * another instance re-claimed) cannot overwrite the newer outcome.
 */
export interface ClaimedReminder {
  key: ReminderKey;
  attempts: number;
  claimedAt: string;
  leaseUntil: string;
  detail: string | undefined;
  channelId: string | undefined;
  conversationId: string | undefined;
}

/**
 * Reminder delivery claims shared by every instance (the `reminders` table). Rows are queued
 * (by the command line, or a dispatcher that decided to send) and then claimed in batches by
 * whichever instance asks: two claimers never get the same row, a claim is a lease, and a row
 * whose lease ran out is claimed again. The contact rules are the claimant's to check again after
 * claiming (closing the row as skipped when they forbid it).
 */
export interface ReminderClaims {
  /** Queues a reminder; false when the key is already recorded (in any state). */
  queue(key: ReminderKey, now: Date, detail?: string): Promise<boolean>;
  /** Up to `limit` queued rows, or sending rows whose lease ran out, oldest day first, leased for `leaseMs`. */
  claimDue(now: Date, limit: number, leaseMs: number): Promise<ClaimedReminder[]>;
  /** Records the outcome; false when the lease was lost (the row was re-claimed or finished). */
  finish(
    claim: ClaimedReminder,
    status: 'sent' | 'unreachable' | 'failed',
    reason: string | undefined,
    now: Date,
  ): Promise<boolean>;
}

export interface ClaimRow {
  account_id: string;
  kind: string;
  local_date: string;
  attempts: number;
  claimed_at: string | Date;
  lease_until: string | Date;
  detail: string | null;
  channel_id: string | null;
  conversation_id: string | null;
}

const iso = (v: string | Date): string => (typeof v === 'string' ? v : v.toISOString());

export function toClaim(row: ClaimRow): ClaimedReminder {
  return {
    key: { accountId: row.account_id, kind: row.kind, localDate: row.local_date },
    attempts: row.attempts,
    claimedAt: iso(row.claimed_at),
    leaseUntil: iso(row.lease_until),
    detail: row.detail ?? undefined,
    channelId: row.channel_id ?? undefined,
    conversationId: row.conversation_id ?? undefined,
  };
}

/** Claims in the order every backend uses. */
export const byDayThenKey = (a: ClaimedReminder, b: ClaimedReminder): number =>
  `${a.key.localDate}\u0000${a.key.accountId}\u0000${a.key.kind}` <
  `${b.key.localDate}\u0000${b.key.accountId}\u0000${b.key.kind}`
    ? -1
    : 1;

export function assertClaimArgs(limit: number, leaseMs: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000)
    throw new RangeError(`claimDue: limit must be a whole number from 1 to 10000, not ${limit}`);
  if (!Number.isInteger(leaseMs) || leaseMs < 1)
    throw new RangeError(`claimDue: leaseMs must be a positive whole number of milliseconds, not ${leaseMs}`);
}

/** On SQLite: one IMMEDIATE transaction per batch (SQLite has one writer, so claims never overlap). */
export class SqliteReminderClaims implements ReminderClaims {
  private readonly claimTx: Database.Transaction<(now: string, limit: number, until: string) => ClaimRow[]>;

  constructor(private readonly db: Db) {
    this.claimTx = db.transaction((now: string, limit: number, until: string) => {
      const due = prepared(
        db,
        `SELECT account_id, local_date, kind FROM reminders
         WHERE status IN ('queued', 'sending') AND (status = 'queued' OR lease_until <= ?)
         ORDER BY local_date, account_id, kind LIMIT ?`,
      ).all(now, limit) as { account_id: string; local_date: string; kind: string }[];
      const take = prepared(
        db,
        `UPDATE reminders SET status = 'sending', attempts = attempts + 1, claimed_at = ?, lease_until = ?,
           updated_at = ? WHERE account_id = ? AND local_date = ? AND kind = ?
         RETURNING account_id, kind, local_date, attempts, claimed_at, lease_until, detail, channel_id, conversation_id`,
      );
      return due.map((r) => take.get(now, until, now, r.account_id, r.local_date, r.kind) as ClaimRow);
    });
  }

  async queue(key: ReminderKey, now: Date, detail?: string): Promise<boolean> {
    const at = now.toISOString();
    return (
      prepared(
        this.db,
        `INSERT INTO reminders (account_id, kind, local_date, status, detail, updated_at)
         VALUES (?, ?, ?, 'queued', ?, ?) ON CONFLICT DO NOTHING`,
      ).run(key.accountId, key.kind, key.localDate, detail ?? null, at).changes === 1
    );
  }

  async claimDue(now: Date, limit: number, leaseMs: number): Promise<ClaimedReminder[]> {
    assertClaimArgs(limit, leaseMs);
    const until = new Date(now.getTime() + leaseMs).toISOString();
    return this.claimTx.immediate(now.toISOString(), limit, until).map(toClaim).sort(byDayThenKey);
  }

  async finish(
    claim: ClaimedReminder,
    status: 'sent' | 'unreachable' | 'failed',
    reason: string | undefined,
    now: Date,
  ): Promise<boolean> {
    const at = now.toISOString();
    const info = prepared(
      this.db,
      `UPDATE reminders SET status = ?, reason = ?, lease_until = NULL, done_at = ?, updated_at = ?
       WHERE account_id = ? AND local_date = ? AND kind = ? AND status = 'sending' AND claimed_at = ?`,
    ).run(
      status,
      reason ?? null,
      at,
      at,
      claim.key.accountId,
      claim.key.localDate,
      claim.key.kind,
      claim.claimedAt,
    );
    return info.changes === 1;
  }
}
