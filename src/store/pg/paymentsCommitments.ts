import { addDays, type IsoDate } from '../../core/dates.js';
import { CURRENT_PLAN_SQL, CURRENT_PLAN_STATUSES, type PlanStatus } from '../planStatus.js';
import type { ActivePromiseRow, CurrentPlan } from '../paymentsCommitments.js';
import { type PgClient, type PgPool, withTransaction } from './pool.js';
import { lockAccount, q, run } from './rows.js';

/**
 * What `src/store/paymentsCommitments.ts` does on SQLite, on PostgreSQL: the functions take the
 * client of a transaction that already holds the account's row lock (`lockAccount`), so the
 * commitments they read are the ones they change. `pgSettleAccount` and `pgAccountsToSettle` are
 * the entry points the daily follow-up uses.
 */

/** The account's current plan (the newest active, partly kept or broken one) with its instalments. */
export async function pgCurrentPlan(client: PgClient, accountId: string): Promise<CurrentPlan | undefined> {
  const result = await q<{
    plan_id: string;
    status: PlanStatus;
    currency: string;
    seq: number;
    due_date: string;
    amount_cents: number;
    paid_cents: number;
    missed_on: string | null;
  }>(
    client,
    `SELECT p.plan_id, p.status, p.currency, i.seq, i.due_date, i.amount_cents, i.paid_cents, i.missed_on
     FROM plan_installments i JOIN plans p ON p.plan_id = i.plan_id
     WHERE p.plan_id = (SELECT plan_id FROM plans WHERE account_id = $1 AND status IN ${CURRENT_PLAN_SQL}
       ORDER BY created_at DESC LIMIT 1)
     ORDER BY i.seq`,
    [accountId],
  );
  const first = result.rows[0];
  if (!first) return undefined;
  return {
    planId: first.plan_id,
    status: first.status,
    currency: first.currency,
    instalments: result.rows.map((r) => ({
      seq: r.seq,
      dueDate: r.due_date,
      amountCents: r.amount_cents,
      paidCents: r.paid_cents,
      missedOn: r.missed_on ?? undefined,
    })),
  };
}

export async function pgActivePromise(
  client: PgClient,
  accountId: string,
): Promise<ActivePromiseRow | undefined> {
  const result = await q<ActivePromiseRow>(
    client,
    `SELECT promise_id, amount_cents, paid_cents, currency, due_date FROM promises
     WHERE account_id = $1 AND status = 'active' ORDER BY created_at DESC LIMIT 1`,
    [accountId],
  );
  return result.rows[0];
}

export async function pgRecordEvent(
  client: PgClient,
  e: {
    kind: 'plan' | 'promise';
    id: string;
    accountId: string;
    from: string | null;
    to: string;
    cause: string;
    at: string;
  },
): Promise<void> {
  await q(
    client,
    `INSERT INTO commitment_events (subject_kind, subject_id, account_id, from_status, to_status, cause, at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [e.kind, e.id, e.accountId, e.from, e.to, e.cause, e.at],
  );
}

export async function pgSetPlanStatus(
  client: PgClient,
  accountId: string,
  plan: CurrentPlan,
  to: PlanStatus,
  cause: string,
  at: string,
): Promise<void> {
  if (plan.status === to) return;
  await q(client, 'UPDATE plans SET status = $1 WHERE plan_id = $2', [to, plan.planId]);
  await pgRecordEvent(client, { kind: 'plan', id: plan.planId, accountId, from: plan.status, to, cause, at });
  plan.status = to;
}

/** A missed instalment: nothing paid -> `broken`; part paid -> `partly_kept` (broken stays broken). */
function missedStatus(current: PlanStatus, paidCents: number): PlanStatus {
  if (current === 'broken' || paidCents === 0) return 'broken';
  return 'partly_kept';
}

/** `settleAndRead` of the SQLite store: the misses up to local day `today`, then what is still current. */
export async function pgSettleAndRead(
  client: PgClient,
  accountId: string,
  today: IsoDate,
  at: string,
): Promise<{ misses: number; plan: CurrentPlan | undefined; promise: ActivePromiseRow | undefined }> {
  let misses = 0;
  const plan = await pgCurrentPlan(client, accountId);
  for (const i of plan?.instalments ?? []) {
    if (!plan || i.dueDate >= today || i.paidCents >= i.amountCents || i.missedOn) continue;
    const missedOn = addDays(i.dueDate, 1);
    await q(client, 'UPDATE plan_installments SET missed_on = $1 WHERE plan_id = $2 AND seq = $3', [
      missedOn,
      plan.planId,
      i.seq,
    ]);
    i.missedOn = missedOn;
    const to = missedStatus(plan.status, i.paidCents);
    await pgSetPlanStatus(client, accountId, plan, to, `missed:${i.dueDate}#${i.seq}`, at);
    misses += 1;
  }
  const promise = await pgActivePromise(client, accountId);
  if (promise && promise.due_date < today && promise.paid_cents < promise.amount_cents) {
    const to = promise.paid_cents === 0 ? 'broken' : 'partly_kept';
    await q(client, 'UPDATE promises SET status = $1, settled_at = $2 WHERE promise_id = $3', [
      to,
      at,
      promise.promise_id,
    ]);
    await pgRecordEvent(client, {
      kind: 'promise',
      id: promise.promise_id,
      accountId,
      from: 'active',
      to,
      cause: `missed:${promise.due_date}`,
      at,
    });
    return { misses: misses + 1, plan: stillCurrent(plan), promise: undefined };
  }
  return { misses, plan: stillCurrent(plan), promise };
}

function stillCurrent(plan: CurrentPlan | undefined): CurrentPlan | undefined {
  return plan && (CURRENT_PLAN_STATUSES as readonly string[]).includes(plan.status) ? plan : undefined;
}

/**
 * `settleAccount` in its own transaction under the account's row lock: two instances running the
 * daily follow-up at once record each miss once (the second finds it recorded). Returns the
 * number of misses this call recorded.
 */
export function pgSettleAccount(
  pool: PgPool,
  accountId: string,
  today: IsoDate,
  at: string,
): Promise<number> {
  return withTransaction(pool, "settle an account's commitments", async (client) => {
    await lockAccount(client, accountId);
    return (await pgSettleAndRead(client, accountId, today, at)).misses;
  });
}

/** Accounts with a commitment that may have been missed by `now` (as `accountsToSettle`). */
export async function pgAccountsToSettle(
  pool: PgPool,
  now: Date,
): Promise<{ accountId: string; timeZone: string }[]> {
  const horizon = addDays(now.toISOString().slice(0, 10), 1);
  const result = await run<{ accountId: string; timeZone: string }>(
    pool,
    'find accounts to settle',
    `SELECT a.account_id AS "accountId", a.time_zone AS "timeZone" FROM accounts a WHERE a.account_id IN (
       SELECT p.account_id FROM plan_installments i JOIN plans p ON p.plan_id = i.plan_id
         WHERE i.due_date < $1 AND i.missed_on IS NULL AND i.paid_cents < i.amount_cents
         AND p.status IN ${CURRENT_PLAN_SQL}
       UNION SELECT account_id FROM promises WHERE status = 'active' AND due_date < $1)
     ORDER BY a.account_id COLLATE "C"`,
    [horizon],
  );
  return result.rows;
}
