import type { CaseFileStore, CaseInstalment, PromiseCase, PromiseState } from '../caseFiles.js';
import type { CurrentPlan } from '../paymentsCommitments.js';
import { pgCurrentPlan } from './paymentsCommitments.js';
import { type PgPool, withTransaction } from './pool.js';
import { iso, run } from './rows.js';

/** The case views' own reads on PostgreSQL (see `CaseFileStore`): read-only, any instance. */
export class PgCaseFileStore implements CaseFileStore {
  constructor(private readonly pool: PgPool) {}

  currentPlan(accountId: string): Promise<CurrentPlan | undefined> {
    return withTransaction(this.pool, 'read the current plan', (client) => pgCurrentPlan(client, accountId));
  }

  async instalmentsOf(planId: string): Promise<CaseInstalment[]> {
    const result = await run<{
      seq: number;
      due_date: string;
      amount_cents: number;
      paid_cents: number;
      missed: boolean;
    }>(
      this.pool,
      "read a plan's instalments",
      `SELECT seq, due_date, amount_cents, paid_cents, missed_on IS NOT NULL AS missed
        FROM plan_installments WHERE plan_id = $1 ORDER BY seq`,
      [planId],
    );
    return result.rows.map((i) => ({
      seq: i.seq,
      dueDate: i.due_date,
      amountCents: i.amount_cents,
      paidCents: i.paid_cents,
      missed: i.missed,
    }));
  }

  async casesByPromiseState(state: PromiseState, limit: number): Promise<PromiseCase[]> {
    const result = await run<{
      account_id: string;
      promise_id: string;
      amount_cents: number;
      paid_cents: number;
      currency: string;
      due_date: string;
      status: string;
      created_at: Date;
      conversations: string[];
    }>(
      this.pool,
      'list cases by promise state',
      `SELECT o.account_id, o.promise_id, o.amount_cents, o.paid_cents, o.currency, o.due_date, o.status, o.created_at,
        COALESCE((SELECT array_agg(r.conversation_id) FROM conversation_refs r WHERE r.account_id = o.account_id),
          '{}') AS conversations
        FROM promises o WHERE o.status = $1 ORDER BY o.created_at DESC LIMIT $2`,
      [state, limit],
    );
    return result.rows.map((r) => ({
      accountId: r.account_id,
      promiseId: r.promise_id,
      amountCents: Number(r.amount_cents),
      paidCents: Number(r.paid_cents),
      currency: r.currency,
      dueDate: r.due_date,
      status: r.status,
      createdAt: iso(r.created_at),
      conversations: r.conversations,
    }));
  }
}
