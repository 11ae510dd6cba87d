import type { Db } from '../store/db.js';
import { careCause, type FollowUpStore, SqliteFollowUpStore } from '../store/followUps.js';
import { todayIn } from '../store/paymentsCommitments.js';
import { caseHistory } from './history.js';
import { sqliteCaseStores } from '../store/caseFiles.js';

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

/** What the follow-up reads and writes: its own store, and the case summary handed to agents. */
export interface FollowUpDeps {
  followUps: FollowUpStore;
  /** The case's commitments and payments in one line for the agent's queue. */
  history(accountId: string): Promise<string>;
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
  const deps: FollowUpDeps = {
    followUps: new SqliteFollowUpStore(db),
    history: (accountId) => caseHistory(sqliteCaseStores(db), accountId),
  };
  return runFollowUp(deps, now, escalator);
}

/** `followUpCommitments` on any backend: the same steps through `FollowUpStore`. */
export async function runFollowUp(
  deps: FollowUpDeps,
  now: Date,
  escalator: FollowUpEscalator | undefined,
): Promise<FollowUpReport> {
  const followUps = deps.followUps;
  const report: FollowUpReport = { missed: 0, escalated: [], handedOver: [] };
  const at = now.toISOString();
  for (const { accountId, timeZone } of await followUps.accountsToSettle(now)) {
    const today = todayIn(now, timeZone);
    if (!today) continue;
    const missed = await followUps.settleAccount(accountId, today, at);
    report.missed += missed;
    if (missed === 0) continue;
    const run = await followUps.lastTwoMissed(accountId, today);
    if (run && escalator && (await followUps.record(accountId, 'escalated', run, at))) {
      const summary = `Two commitments in a row missed (${run}); ${await deps.history(accountId)}`;
      if ((await escalator.escalate(accountId, 'impasse', summary, now)) === 'queued')
        report.escalated.push(accountId);
      else await followUps.forget(accountId, 'escalated', run);
    }
  }
  if (!escalator) return report;
  for (const flag of await followUps.flaggedWithoutHandover()) {
    const cause = careCause(flag);
    if (!(await followUps.record(flag.accountId, 'care_handover', cause, at))) continue;
    const summary = `${flag.kind} flag raised: payment follow-ups stopped; ${await deps.history(flag.accountId)}`;
    if ((await escalator.escalate(flag.accountId, 'distress', summary, now)) === 'queued')
      report.handedOver.push(flag.accountId);
    else await followUps.forget(flag.accountId, 'care_handover', cause);
  }
  return report;
}
