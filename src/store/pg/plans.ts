import { CURRENT_PLAN_SQL } from '../planStatus.js';
import type { PlanStore, StoredPlan } from '../plans.js';
import type { AsyncOf } from './asyncOf.js';
import { type PgPool, withTransaction } from './pool.js';
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

interface InstalmentRow {
  plan_id: string;
  seq: number;
  due_date: string;
  amount_cents: number;
}

const EVENT_SQL = `INSERT INTO commitment_events (subject_kind, subject_id, account_id, from_status, to_status, cause, at)
  VALUES ('plan', $1, $2, $3, $4, $5, $6)`;

/**
 * `PlanStore` on PostgreSQL. `record` runs in one transaction holding the account's row lock, so
 * of two instances recording a plan for one account at once, the second waits, then supersedes
 * the first: exactly one plan is current.
 */
export class PgPlanStore implements AsyncOf<PlanStore> {
  constructor(private readonly pool: PgPool) {}

  async record(plan: Omit<StoredPlan, 'status'>): Promise<void> {
    const { offer } = plan;
    await withTransaction(this.pool, 'record a plan', async (client) => {
      await lockAccount(client, plan.accountId);
      const earlier = await q<{ plan_id: string; status: string }>(
        client,
        `SELECT plan_id, status FROM plans WHERE account_id = $1 AND status IN ${CURRENT_PLAN_SQL}
         ORDER BY created_at, plan_id COLLATE "C"`,
        [plan.accountId],
      );
      for (const e of earlier.rows) {
        await q(client, `UPDATE plans SET status = 'superseded' WHERE plan_id = $1`, [e.plan_id]);
        await q(client, EVENT_SQL, [
          e.plan_id,
          plan.accountId,
          e.status,
          'superseded',
          `superseded:${plan.planId}`,
          plan.createdAt,
        ]);
      }
      await q(
        client,
        `INSERT INTO plans (plan_id, account_id, conversation_id, kind, months, principal_cents, fee_cents,
           total_cents, currency, status, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'active', $10)`,
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
        ],
      );
      if (offer.schedule.length > 0)
        await q(
          client,
          `INSERT INTO plan_installments (plan_id, seq, due_date, amount_cents)
           SELECT $1, seq, due_date, amount_cents
           FROM unnest($2::int[], $3::date[], $4::bigint[]) AS s(seq, due_date, amount_cents)`,
          [
            plan.planId,
            offer.schedule.map((i) => i.seq),
            offer.schedule.map((i) => i.dueDate),
            offer.schedule.map((i) => i.amountCents),
          ],
        );
      await q(client, EVENT_SQL, [
        plan.planId,
        plan.accountId,
        null,
        'active',
        `conversation:${plan.conversationId ?? 'none'}`,
        plan.createdAt,
      ]);
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

  /** The plans a filter selects, each with its schedule (two queries, whatever the number of plans). */
  private async plans(operation: string, filter: string, values: unknown[] = []): Promise<StoredPlan[]> {
    const result = await run<PlanRow>(this.pool, operation, `SELECT * FROM plans ${filter}`, values);
    if (result.rows.length === 0) return [];
    const schedules = await instalmentsOf(
      this.pool,
      operation,
      result.rows.map((r) => r.plan_id),
    );
    return result.rows.map((r) => hydrate(r, schedules.get(r.plan_id) ?? []));
  }
}

async function instalmentsOf(
  pool: PgPool,
  operation: string,
  planIds: string[],
): Promise<Map<string, StoredPlan['offer']['schedule']>> {
  const result = await run<InstalmentRow>(
    pool,
    operation,
    `SELECT plan_id, seq, due_date, amount_cents FROM plan_installments WHERE plan_id = ANY($1::text[])
     ORDER BY plan_id, seq`,
    [planIds],
  );
  const byPlan = new Map<string, StoredPlan['offer']['schedule']>();
  for (const i of result.rows) {
    const list = byPlan.get(i.plan_id) ?? [];
    list.push({ seq: i.seq, dueDate: i.due_date, amountCents: i.amount_cents });
    byPlan.set(i.plan_id, list);
  }
  return byPlan;
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
