import { addDays, localDate, type IsoDate } from '../core/dates.js';
import { type Db, prepared } from './db.js';
import { CURRENT_PLAN_SQL, CURRENT_PLAN_STATUSES, type PlanStatus } from './planStatus.js';

export { CURRENT_PLAN_SQL, CURRENT_PLAN_STATUSES } from './planStatus.js';

export interface CurrentInstalment {
  seq: number;
  dueDate: IsoDate;
  amountCents: number;
  paidCents: number;
  missedOn: IsoDate | undefined;
}

export interface CurrentPlan {
  planId: string;
  status: PlanStatus;
  currency: string;
  instalments: CurrentInstalment[];
}

export interface ActivePromiseRow {
  promise_id: string;
  amount_cents: number;
  paid_cents: number;
  currency: string;
  due_date: string;
}

/** The account's current plan (the newest active, partly kept or broken one) with its instalments. */
export function currentPlan(db: Db, accountId: string): CurrentPlan | undefined {
  // One statement: the newest current plan's instalments, each row carrying the plan's columns.
  const rows = prepared(
    db,
    `SELECT p.plan_id, p.status, p.currency, i.seq, i.due_date, i.amount_cents, i.paid_cents, i.missed_on
      FROM plan_installments i JOIN plans p ON p.plan_id = i.plan_id
      WHERE p.plan_id = (SELECT plan_id FROM plans WHERE account_id = ? AND status IN ${CURRENT_PLAN_SQL}
        ORDER BY created_at DESC LIMIT 1)
      ORDER BY i.seq`,
  ).all(accountId) as {
    plan_id: string;
    status: PlanStatus;
    currency: string;
    seq: number;
    due_date: string;
    amount_cents: number;
    paid_cents: number;
    missed_on: string | null;
  }[];
  const first = rows[0];
  if (!first) return undefined;
  return {
    planId: first.plan_id,
    status: first.status,
    currency: first.currency,
    instalments: rows.map((r) => ({
      seq: r.seq,
      dueDate: r.due_date,
      amountCents: r.amount_cents,
      paidCents: r.paid_cents,
      missedOn: r.missed_on ?? undefined,
    })),
  };
}

export function activePromise(db: Db, accountId: string): ActivePromiseRow | undefined {
  return prepared(
    db,
    `SELECT promise_id, amount_cents, paid_cents, currency, due_date FROM promises
      WHERE account_id = ? AND status = 'active' ORDER BY created_at DESC LIMIT 1`,
  ).get(accountId) as ActivePromiseRow | undefined;
}

export function recordEvent(
  db: Db,
  e: {
    kind: 'plan' | 'promise';
    id: string;
    accountId: string;
    from: string | null;
    to: string;
    cause: string;
    at: string;
  },
): void {
  prepared(
    db,
    `INSERT INTO commitment_events (subject_kind, subject_id, account_id, from_status, to_status, cause, at)
      VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.kind, e.id, e.accountId, e.from, e.to, e.cause, e.at);
}

export function setPlanStatus(
  db: Db,
  accountId: string,
  plan: CurrentPlan,
  to: PlanStatus,
  cause: string,
  at: string,
): void {
  if (plan.status === to) return;
  prepared(db, 'UPDATE plans SET status = ? WHERE plan_id = ?').run(to, plan.planId);
  recordEvent(db, { kind: 'plan', id: plan.planId, accountId, from: plan.status, to, cause, at });
  plan.status = to;
}

/**
 * The rule for a missed instalment (its date has passed in the account's zone and it is not paid
 * in full): nothing paid towards it -> the plan is `broken`; part paid -> `partly_kept` (a plan
 * already broken stays broken). The plan stays current: it keeps its schedule, takes payments and
 * its reminders go on until a new plan supersedes it or it is paid in full (`completed`).
 */
function missedStatus(current: PlanStatus, paidCents: number): PlanStatus {
  if (current === 'broken' || paidCents === 0) return 'broken';
  return 'partly_kept';
}

/**
 * Moves the account's commitments on to local day `today`: instalments and the active promise
 * whose date is before `today` and that are not paid in full become missed (plan `broken` /
 * `partly_kept`; promise `broken` when nothing was paid, `partly_kept` when part was), each
 * change recorded with cause `missed:<date>`. Returns how many misses were recorded.
 */
export function settleAccount(db: Db, accountId: string, today: IsoDate, at: string): number {
  return settleAndRead(db, accountId, today, at).misses;
}

/** `settleAccount`, returning the current plan and the promise still active afterwards (for allocation). */
export function settleAndRead(
  db: Db,
  accountId: string,
  today: IsoDate,
  at: string,
): { misses: number; plan: CurrentPlan | undefined; promise: ActivePromiseRow | undefined } {
  let misses = 0;
  const plan = currentPlan(db, accountId);
  if (plan) {
    for (const i of plan.instalments) {
      if (i.dueDate >= today || i.paidCents >= i.amountCents || i.missedOn) continue;
      const missedOn = addDays(i.dueDate, 1);
      prepared(db, 'UPDATE plan_installments SET missed_on = ? WHERE plan_id = ? AND seq = ?').run(
        missedOn,
        plan.planId,
        i.seq,
      );
      i.missedOn = missedOn;
      setPlanStatus(
        db,
        accountId,
        plan,
        missedStatus(plan.status, i.paidCents),
        `missed:${i.dueDate}#${i.seq}`,
        at,
      );
      misses += 1;
    }
  }
  const promise = activePromise(db, accountId);
  if (promise && promise.due_date < today && promise.paid_cents < promise.amount_cents) {
    const to = promise.paid_cents === 0 ? 'broken' : 'partly_kept';
    prepared(db, `UPDATE promises SET status = ?, settled_at = ? WHERE promise_id = ?`).run(
      to,
      at,
      promise.promise_id,
    );
    recordEvent(db, {
      kind: 'promise',
      id: promise.promise_id,
      accountId,
      from: 'active',
      to,
      cause: `missed:${promise.due_date}`,
      at,
    });
    misses += 1;
    return { misses, plan: stillCurrent(plan), promise: undefined };
  }
  return { misses, plan: stillCurrent(plan), promise };
}

function stillCurrent(plan: CurrentPlan | undefined): CurrentPlan | undefined {
  return plan && (CURRENT_PLAN_STATUSES as readonly string[]).includes(plan.status) ? plan : undefined;
}

/**
 * Accounts with a commitment that may have been missed by `now`: an open instalment of a current
 * plan, or an active promise, dated before the latest local day anywhere (UTC date + 1).
 */
export function accountsToSettle(db: Db, now: Date): { accountId: string; timeZone: string }[] {
  const horizon = addDays(now.toISOString().slice(0, 10), 1);
  return prepared(
    db,
    `SELECT a.account_id AS accountId, a.time_zone AS timeZone FROM accounts a WHERE a.account_id IN (
      SELECT p.account_id FROM plan_installments i JOIN plans p ON p.plan_id = i.plan_id
        WHERE i.due_date < @horizon AND i.missed_on IS NULL AND i.paid_cents < i.amount_cents
        AND p.status IN ${CURRENT_PLAN_SQL}
      UNION SELECT account_id FROM promises WHERE status = 'active' AND due_date < @horizon)`,
  ).all({ horizon }) as { accountId: string; timeZone: string }[];
}

/** The local day of `now` in `zone`; undefined for a zone the runtime does not know. */
export function todayIn(now: Date, zone: string): IsoDate | undefined {
  try {
    return localDate(now, zone);
  } catch {
    return undefined;
  }
}
