import type { Db } from '../store/db.js';
import { prepared } from '../store/db.js';
import { accountsToSettle, settleAccount, todayIn } from '../store/paymentsCommitments.js';
import { caseHistory } from './history.js';

/** Hands a case to the agents' queue; `no_conversation` when there is no conversation to hold. */
export interface FollowUpEscalator {
  escalate(
    accountId: string,
    reason: 'impasse' | 'distress',
    summary: string,
    now: Date,
  ): Promise<'queued' | 'no_conversation'>;
}

export interface FollowUpReport {
  /** Plan instalments and promises newly recorded as missed. */
  missed: number;
  /** Accounts put in the agents' queue after two misses in a row. */
  escalated: string[];
  /** Accounts with a hardship or distress flag handed to a person. */
  handedOver: string[];
}

/**
 * The daily follow-up of commitments, run before reminders are chosen: records the misses of
 * every account up to its own local day (a promise or instalment whose date has passed in the
 * account's zone without being paid in full), puts in the agents' queue each account whose last
 * two commitments were both missed (once per second miss), and hands over, once per flag, every
 * account with a hardship or distress flag. Idempotent: running it again changes nothing.
 */
export async function followUpCommitments(
  db: Db,
  now: Date,
  escalator: FollowUpEscalator | undefined,
): Promise<FollowUpReport> {
  const report: FollowUpReport = { missed: 0, escalated: [], handedOver: [] };
  const at = now.toISOString();
  for (const { accountId, timeZone } of accountsToSettle(db, now)) {
    const today = todayIn(now, timeZone);
    if (!today) continue;
    const missed = db.transaction(() => settleAccount(db, accountId, today, at)).immediate();
    report.missed += missed;
    if (missed === 0) continue;
    const run = lastTwoMissed(db, accountId, today);
    if (run && escalator && record(db, accountId, 'escalated', run, at)) {
      const summary = `Two commitments in a row missed (${run}); ${await caseHistory(db, accountId)}`;
      if ((await escalator.escalate(accountId, 'impasse', summary, now)) === 'queued')
        report.escalated.push(accountId);
      else forget(db, accountId, 'escalated', run);
    }
  }
  for (const flag of flaggedWithoutHandover(db)) {
    if (!escalator) break;
    const cause = `care:${flag.kind}:${flag.raised_at}`;
    if (!record(db, flag.account_id, 'care_handover', cause, at)) continue;
    const summary = `${flag.kind} flag raised: payment follow-ups stopped; ${await caseHistory(db, flag.account_id)}`;
    if ((await escalator.escalate(flag.account_id, 'distress', summary, now)) === 'queued')
      report.handedOver.push(flag.account_id);
    else forget(db, flag.account_id, 'care_handover', cause);
  }
  return report;
}

/**
 * The id of the second of two commitments in a row that were missed ('promise:<id>' or
 * 'plan:<id>#<seq>'), or undefined. The account's settled commitments are taken in date order:
 * promises kept, partly kept or broken, and instalments dated before `today` that were missed or
 * paid in full; a kept promise or an instalment paid on time in between breaks the run.
 */
export function lastTwoMissed(db: Db, accountId: string, today: string): string | undefined {
  const rows = prepared(
    db,
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

function record(
  db: Db,
  accountId: string,
  action: 'escalated' | 'care_handover',
  cause: string,
  at: string,
): boolean {
  return (
    prepared(
      db,
      'INSERT OR IGNORE INTO commitment_followups (account_id, action, cause, at) VALUES (?, ?, ?, ?)',
    ).run(accountId, action, cause, at).changes === 1
  );
}

/** Nobody could be reached: leave the decision open for the next run. */
function forget(db: Db, accountId: string, action: string, cause: string): void {
  prepared(db, 'DELETE FROM commitment_followups WHERE account_id = ? AND action = ? AND cause = ?').run(
    accountId,
    action,
    cause,
  );
}

function flaggedWithoutHandover(db: Db): { account_id: string; kind: string; raised_at: string }[] {
  return prepared(
    db,
    `SELECT f.account_id, f.kind, f.raised_at FROM (
        SELECT account_id, CASE WHEN MAX(kind = 'distress') = 1 THEN 'distress' ELSE 'hardship' END AS kind,
          MIN(created_at) AS raised_at FROM care_flags GROUP BY account_id) f
      WHERE NOT EXISTS (
        SELECT 1 FROM commitment_followups u WHERE u.account_id = f.account_id AND u.action = 'care_handover'
          AND u.cause = 'care:' || f.kind || ':' || f.raised_at)`,
  ).all() as { account_id: string; kind: string; raised_at: string }[];
}
