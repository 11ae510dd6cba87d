import type { IsoDate } from '../core/dates.js';
import { type Db, prepared } from './db.js';
import { accountsToSettle, settleAccount } from './paymentsCommitments.js';

/** What the daily follow-up acts on once per cause: a second miss in a row, or a care flag. */
export type FollowUpAction = 'escalated' | 'care_handover';

/** An account's care flag with no handover recorded for it yet. */
export interface UnhandedFlag {
  accountId: string;
  kind: 'distress' | 'hardship';
  /** When the account's first flag was raised (ISO-8601 UTC): part of the handover's cause. */
  raisedAt: string;
}

/**
 * The reads and writes of the daily follow-up of commitments (`src/payments/followUp.ts`), on
 * any backend. `record` is the exactly-once marker: true only for the one caller that wrote it.
 */
export interface FollowUpStore {
  /** Accounts with a commitment that may have been missed by `now`. */
  accountsToSettle(now: Date): Promise<{ accountId: string; timeZone: string }[]>;
  /** Records the account's misses up to `today` in one transaction; how many were new. */
  settleAccount(accountId: string, today: IsoDate, at: string): Promise<number>;
  /** The id of the second of two commitments in a row that were missed, or undefined. */
  lastTwoMissed(accountId: string, today: IsoDate): Promise<string | undefined>;
  /** Marks the action as taken for this cause; false when it already was. */
  record(accountId: string, action: FollowUpAction, cause: string, at: string): Promise<boolean>;
  /** Removes the mark (nobody could be reached): the next run decides again. */
  forget(accountId: string, action: FollowUpAction, cause: string): Promise<void>;
  /** Accounts whose care flag has not been handed over yet. */
  flaggedWithoutHandover(): Promise<UnhandedFlag[]>;
}

/** The cause a care handover is recorded under. */
export function careCause(flag: UnhandedFlag): string {
  return `care:${flag.kind}:${flag.raisedAt}`;
}

export class SqliteFollowUpStore implements FollowUpStore {
  constructor(private readonly db: Db) {}

  async accountsToSettle(now: Date): Promise<{ accountId: string; timeZone: string }[]> {
    return accountsToSettle(this.db, now);
  }

  async settleAccount(accountId: string, today: IsoDate, at: string): Promise<number> {
    return this.db.transaction(() => settleAccount(this.db, accountId, today, at)).immediate();
  }

  /**
   * The account's settled commitments in date order: promises kept, partly kept or broken, and
   * instalments dated before `today` that were missed or paid in full; a kept promise or an
   * instalment paid on time in between breaks the run.
   */
  async lastTwoMissed(accountId: string, today: IsoDate): Promise<string | undefined> {
    const rows = prepared(
      this.db,
      `SELECT due_date, missed, id FROM (
        SELECT due_date, status <> 'kept' AS missed, 'promise:' || promise_id AS id FROM promises
          WHERE account_id = @accountId AND status IN ('kept', 'partly_kept', 'broken') AND due_date < @today
        UNION ALL
        SELECT i.due_date, i.missed_on IS NOT NULL, 'plan:' || i.plan_id || '#' || i.seq
          FROM plan_installments i JOIN plans p ON p.plan_id = i.plan_id
          WHERE p.account_id = @accountId AND i.due_date < @today
          AND (i.missed_on IS NOT NULL OR i.paid_cents >= i.amount_cents))
      ORDER BY due_date DESC, id DESC LIMIT 2`,
    ).all({ accountId, today }) as { due_date: string; missed: number; id: string }[];
    const [last, before] = rows;
    return last?.missed === 1 && before?.missed === 1 ? last.id : undefined;
  }

  async record(accountId: string, action: FollowUpAction, cause: string, at: string): Promise<boolean> {
    return (
      prepared(
        this.db,
        'INSERT OR IGNORE INTO commitment_followups (account_id, action, cause, at) VALUES (?, ?, ?, ?)',
      ).run(accountId, action, cause, at).changes === 1
    );
  }

  async forget(accountId: string, action: FollowUpAction, cause: string): Promise<void> {
    prepared(
      this.db,
      'DELETE FROM commitment_followups WHERE account_id = ? AND action = ? AND cause = ?',
    ).run(accountId, action, cause);
  }

  async flaggedWithoutHandover(): Promise<UnhandedFlag[]> {
    const rows = prepared(
      this.db,
      `SELECT f.account_id, f.kind, f.raised_at FROM (
          SELECT account_id, CASE WHEN MAX(kind = 'distress') = 1 THEN 'distress' ELSE 'hardship' END AS kind,
            MIN(created_at) AS raised_at FROM care_flags GROUP BY account_id) f
        WHERE NOT EXISTS (
          SELECT 1 FROM commitment_followups u WHERE u.account_id = f.account_id AND u.action = 'care_handover'
            AND u.cause = 'care:' || f.kind || ':' || f.raised_at)`,
    ).all() as { account_id: string; kind: 'distress' | 'hardship'; raised_at: string }[];
    return rows.map((r) => ({ accountId: r.account_id, kind: r.kind, raisedAt: r.raised_at }));
  }
}
