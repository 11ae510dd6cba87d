import { CURRENT_PLAN_SQL } from '../planStatus.js';
import type { PlanReplaceOutcome, PlanStore, StoredPlan } from '../plans.js';
import type { AsyncOf } from './asyncOf.js';
import { type PgClient, type PgPool, withTransaction } from './pool.js';
import { iso, lockAccount, q, run } from './rows.js';

interface PlanRow {
  plan_id: string;
  account_id: string;
  conversation_id: string | null;
  kind: StoredPlan['offer']['kind'];
  months: number;
  principal_cents: number;
  fee_cents: number;
  total_cents: number;
  currency: StoredPlan['currency'];
  status: StoredPlan['status'];
  created_at: Date;
}

/**
 * `PlanStore` on PostgreSQL. `record` runs in one transaction holding the account's row lock, so
 * of two instances recording a plan for one account at once, the second waits, then supersedes
 * the first: exactly one plan is current.
 */
export class PgPlanStore implements AsyncOf<PlanStore> {
  constructor(private readonly pool: PgPool) {}

  async record(plan: Omit<StoredPlan, 'status'>): Promise<void> {
    await withTransaction(this.pool, 'record a plan', async (client) => {
      await lockAccount(client, plan.accountId);
      await write(client, plan);
    });
  }

  /**
   * Compare-and-set under the account's row lock: the current plan is read after the lock (read
   * committed, so every plan committed before is seen), and the plan is written only if it is
   * still the one the person confirmed replacing.
   */
  async recordReplacing(
    plan: Omit<StoredPlan, 'status'>,
    expected: string | undefined,
  ): Promise<PlanReplaceOutcome> {
    return withTransaction(this.pool, 'record a plan replacing the current one', async (client) => {
      await lockAccount(client, plan.accountId);
      const result = await q<ScheduledRow>(
        client,
        `${PLANS_SELECT} WHERE account_id = $1 AND status IN ${CURRENT_PLAN_SQL} ORDER BY created_at DESC LIMIT 1`,
        [plan.accountId],
      );
      const row = result.rows[0];
      if (row?.plan_id !== expected)
        return { status: 'changed', current: row ? withSchedule(row) : undefined };
      await write(client, plan);
      return { status: 'recorded', superseded: expected };
    });
  }

  async activeFor(accountId: string): Promise<StoredPlan | undefined> {
    const rows = await this.plans(
      'read the active plan',
      `WHERE account_id = $1 AND status = 'active' ORDER BY created_at DESC LIMIT 1`,
      [accountId],
    );
    return rows[0];
  }

  async currentFor(accountId: string): Promise<StoredPlan | undefined> {
    const rows = await this.plans(
      'read the current plan',
      `WHERE account_id = $1 AND status IN ${CURRENT_PLAN_SQL} ORDER BY created_at DESC LIMIT 1`,
      [accountId],
    );
    return rows[0];
  }

  listFor(accountId: string): Promise<StoredPlan[]> {
    return this.plans(
      "list an account's plans",
      'WHERE account_id = $1 ORDER BY created_at, plan_id COLLATE "C"',
      [accountId],
    );
  }

  listActive(): Promise<StoredPlan[]> {
    return this.plans(
      'list active plans',
      `WHERE status = 'active' ORDER BY created_at, plan_id COLLATE "C"`,
    );
  }

  /** The plans a filter selects, each with its schedule, in one statement (the schedule as JSON). */
  private async plans(operation: string, filter: string, values: unknown[] = []): Promise<StoredPlan[]> {
    const result = await run<ScheduledRow>(this.pool, operation, `${PLANS_SELECT} ${filter}`, values);
    return result.rows.map(withSchedule);
  }
}

type ScheduledRow = PlanRow & { schedule: [number, string, number][] | null };

/** Each plan with its schedule as JSON (one statement, whatever the number of plans). */
// Columns named (not p.*), so the statement is prepared once per connection (issue 19 item 5).
export const PLANS_SELECT = `SELECT p.plan_id, p.account_id, p.conversation_id, p.kind, p.months, p.principal_cents,
  p.fee_cents, p.total_cents, p.currency, p.status, p.created_at, (SELECT json_agg(json_build_array(i.seq, to_char(i.due_date, 'YYYY-MM-DD'), i.amount_cents)
  ORDER BY i.seq) FROM plan_installments i WHERE i.plan_id = p.plan_id) AS schedule FROM plans p`;

function withSchedule(r: ScheduledRow): StoredPlan {
  return hydrate(
    r,
    (r.schedule ?? []).map(([seq, dueDate, amountCents]) => ({ seq, dueDate, amountCents })),
  );
}

/**
 * Three statements after the lock: the earlier current plans superseded with their events (the
 * lock taken first, so this statement's snapshot holds every plan committed before it), then the
 * plan, its schedule and its event in one statement.
 */
async function write(client: PgClient, plan: Omit<StoredPlan, 'status'>): Promise<void> {
  const { offer } = plan;
  await q(
    client,
    `WITH earlier AS (
       SELECT plan_id, status FROM plans WHERE account_id = $1 AND status IN ${CURRENT_PLAN_SQL}
       ORDER BY created_at, plan_id COLLATE "C"),
     superseded AS (
       UPDATE plans p SET status = 'superseded' FROM earlier WHERE p.plan_id = earlier.plan_id)
     INSERT INTO commitment_events (subject_kind, subject_id, account_id, from_status, to_status, cause, at)
     SELECT 'plan', plan_id, $1, status, 'superseded', $2, $3 FROM earlier`,
    [plan.accountId, `superseded:${plan.planId}`, plan.createdAt],
  );
  await q(
    client,
    `WITH plan AS (
       INSERT INTO plans (plan_id, account_id, conversation_id, kind, months, principal_cents, fee_cents,
         total_cents, currency, status, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'active', $10) RETURNING plan_id),
     schedule AS (
       INSERT INTO plan_installments (plan_id, seq, due_date, amount_cents)
       SELECT $1, seq, due_date, amount_cents
       FROM unnest($11::int[], $12::date[], $13::bigint[]) AS s(seq, due_date, amount_cents))
     INSERT INTO commitment_events (subject_kind, subject_id, account_id, from_status, to_status, cause, at)
     SELECT 'plan', plan_id, $2, NULL, 'active', $14, $10 FROM plan`,
    [
      plan.planId,
      plan.accountId,
      plan.conversationId ?? null,
      offer.kind,
      offer.months,
      offer.principalCents,
      offer.feeCents,
      offer.totalCents,
      plan.currency,
      plan.createdAt,
      offer.schedule.map((i) => i.seq),
      offer.schedule.map((i) => i.dueDate),
      offer.schedule.map((i) => i.amountCents),
      `conversation:${plan.conversationId ?? 'none'}`,
    ],
  );
}

function hydrate(row: PlanRow, schedule: StoredPlan['offer']['schedule']): StoredPlan {
  const largest = schedule.reduce((m, i) => Math.max(m, i.amountCents), 0);
  return {
    planId: row.plan_id,
    accountId: row.account_id,
    conversationId: row.conversation_id ?? undefined,
    currency: row.currency,
    status: row.status,
    createdAt: iso(row.created_at),
    offer: {
      id: row.plan_id,
      kind: row.kind,
      months: row.months,
      principalCents: row.principal_cents,
      feeCents: row.fee_cents,
      totalCents: row.total_cents,
      installmentCents: largest,
      schedule,
    },
  };
}
