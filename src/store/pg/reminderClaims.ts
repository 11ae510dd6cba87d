import type { ReminderKey } from '../remindersTypes.js';
import {
  assertClaimArgs,
  byDayThenKey,
  type ClaimedReminder,
  type ClaimRow,
  type ReminderClaims,
  toClaim,
} from '../reminderClaims.js';
import { type PgPool, pgQuery } from './pool.js';

/**
 * `ReminderClaims` on PostgreSQL: one statement selects the due rows FOR UPDATE SKIP LOCKED and
 * leases them, so concurrent claimers on any number of instances take disjoint batches without
 * waiting on each other.
 */
export class PgReminderClaims implements ReminderClaims {
  constructor(private readonly pool: PgPool) {}

  async queue(key: ReminderKey, now: Date, detail?: string): Promise<boolean> {
    const result = await pgQuery(
      this.pool,
      'queue a reminder',
      `INSERT INTO reminders (account_id, kind, local_date, status, detail, updated_at)
       VALUES ($1, $2, $3, 'queued', $4, $5) ON CONFLICT DO NOTHING`,
      [key.accountId, key.kind, key.localDate, detail ?? null, now],
    );
    return result.rowCount === 1;
  }

  async claimDue(now: Date, limit: number, leaseMs: number): Promise<ClaimedReminder[]> {
    assertClaimArgs(limit, leaseMs);
    const result = await pgQuery<ClaimRow>(
      this.pool,
      'claim due reminders',
      `WITH due AS (
         SELECT account_id, local_date, kind FROM reminders
         WHERE status IN ('queued', 'sending') AND (status = 'queued' OR lease_until <= $1)
         ORDER BY local_date, account_id, kind
         LIMIT $2
         FOR UPDATE SKIP LOCKED)
       UPDATE reminders r SET status = 'sending', attempts = r.attempts + 1, claimed_at = $1, lease_until = $3,
         updated_at = $1
       FROM due WHERE r.account_id = due.account_id AND r.local_date = due.local_date AND r.kind = due.kind
       RETURNING r.account_id, r.kind, r.local_date, r.attempts, r.claimed_at, r.lease_until, r.detail,
         r.channel_id, r.conversation_id`,
      [now, limit, new Date(now.getTime() + leaseMs)],
    );
    return result.rows.map(toClaim).sort(byDayThenKey);
  }

  async finish(
    claim: ClaimedReminder,
    status: 'sent' | 'unreachable' | 'failed',
    reason: string | undefined,
    now: Date,
  ): Promise<boolean> {
    const result = await pgQuery(
      this.pool,
      'record a reminder outcome',
      `UPDATE reminders SET status = $1, reason = $2, lease_until = NULL, done_at = $3, updated_at = $3
       WHERE account_id = $4 AND local_date = $5 AND kind = $6 AND status = 'sending' AND claimed_at = $7`,
      [
        status,
        reason ?? null,
        now,
        claim.key.accountId,
        claim.key.localDate,
        claim.key.kind,
        claim.claimedAt,
      ],
    );
    return result.rowCount === 1;
  }
}
