import type { IsoDate } from '../../core/dates.js';
import type { FollowUpAction, FollowUpStore, UnhandedFlag } from '../followUps.js';
import { pgAccountsToSettle, pgSettleAccount } from './paymentsCommitments.js';
import type { PgPool } from './pool.js';
import { run } from './rows.js';

/** An instant column as the ISO-8601 UTC text SQLite keeps (and causes are written with). */
const ISO_TEXT = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * The daily follow-up's store on PostgreSQL, shared by every instance: settlement under the
 * account's row lock (`pgSettleAccount`), and the once-per-cause marks through the primary key of
 * `commitment_followups` (`ON CONFLICT DO NOTHING`), so two instances running the follow-up at
 * once escalate or hand over each case once.
 */
export class PgFollowUpStore implements FollowUpStore {
  constructor(private readonly pool: PgPool) {}

  accountsToSettle(now: Date): Promise<{ accountId: string; timeZone: string }[]> {
    return pgAccountsToSettle(this.pool, now);
  }

  settleAccount(accountId: string, today: IsoDate, at: string): Promise<number> {
    return pgSettleAccount(this.pool, accountId, today, at);
  }

  async lastTwoMissed(accountId: string, today: IsoDate): Promise<string | undefined> {
    const result = await run<{ missed: boolean; id: string }>(
      this.pool,
      'find two missed commitments in a row',
      `SELECT due_date, missed, id FROM (
        SELECT due_date, status <> 'kept' AS missed, 'promise:' || promise_id AS id FROM promises
          WHERE account_id = $1 AND status IN ('kept', 'partly_kept', 'broken') AND due_date < $2::date
        UNION ALL
        SELECT i.due_date, i.missed_on IS NOT NULL, 'plan:' || i.plan_id || '#' || i.seq
          FROM plan_installments i JOIN plans p ON p.plan_id = i.plan_id
          WHERE p.account_id = $1 AND i.due_date < $2::date
          AND (i.missed_on IS NOT NULL OR i.paid_cents >= i.amount_cents)) c
      ORDER BY due_date DESC, id COLLATE "C" DESC LIMIT 2`,
      [accountId, today],
    );
    const [last, before] = result.rows;
    return last?.missed === true && before?.missed === true ? last.id : undefined;
  }

  async record(accountId: string, action: FollowUpAction, cause: string, at: string): Promise<boolean> {
    const result = await run(
      this.pool,
      'record a follow-up',
      `INSERT INTO commitment_followups (account_id, action, cause, at) VALUES ($1, $2, $3, $4)
        ON CONFLICT (account_id, action, cause) DO NOTHING`,
      [accountId, action, cause, at],
    );
    return result.rowCount === 1;
  }

  async forget(accountId: string, action: FollowUpAction, cause: string): Promise<void> {
    await run(
      this.pool,
      'forget a follow-up',
      'DELETE FROM commitment_followups WHERE account_id = $1 AND action = $2 AND cause = $3',
      [accountId, action, cause],
    );
  }

  async flaggedWithoutHandover(): Promise<UnhandedFlag[]> {
    const result = await run<UnhandedFlag>(
      this.pool,
      'find care flags not handed over',
      `SELECT f.account_id AS "accountId", f.kind, f.raised_at AS "raisedAt" FROM (
          SELECT account_id, CASE WHEN bool_or(kind = 'distress') THEN 'distress' ELSE 'hardship' END AS kind,
            to_char(MIN(created_at) AT TIME ZONE 'UTC', ${ISO_TEXT}) AS raised_at
            FROM care_flags GROUP BY account_id) f
        WHERE NOT EXISTS (
          SELECT 1 FROM commitment_followups u WHERE u.account_id = f.account_id AND u.action = 'care_handover'
            AND u.cause = 'care:' || f.kind || ':' || f.raised_at)
        ORDER BY f.account_id COLLATE "C"`,
    );
    return result.rows;
  }
}
