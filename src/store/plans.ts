import type { PlanOffer } from '../core/act.js';
import type { Currency } from '../core/money.js';
import { type Db, prepared } from './db.js';
import { CURRENT_PLAN_SQL, type PlanStatus } from './planStatus.js';

export type { PlanStatus } from './planStatus.js';

export interface StoredPlan {
  planId: string;
  accountId: string;
  conversationId: string | undefined;
  offer: PlanOffer;
  currency: Currency;
  status: PlanStatus;
  createdAt: string;
}

/**
 * What `recordReplacing` did: recorded (superseding the plan the person confirmed replacing, if
 * any), or nothing because the current plan is no longer the one they confirmed (another
 * conversation agreed or replaced a plan meanwhile); `current` is the plan now in place.
 */
export type PlanReplaceOutcome =
  | { status: 'recorded'; superseded: string | undefined }
  | { status: 'changed'; current: StoredPlan | undefined };

/** Agreed repayment plans with their instalment schedules. */
export interface PlanStore {
  /**
   * Compare-and-set: records the plan only if the account's current plan is still `expected`
   * (its plan id, or undefined for "no current plan"), the one the person confirmed replacing;
   * the check and the write are one transaction, so of two conversations agreeing a plan at the
   * same moment, the second hears that the plan changed instead of silently replacing the first.
   */
  recordReplacing(
    plan: Omit<StoredPlan, 'status'>,
    expected: string | undefined,
  ): Promise<PlanReplaceOutcome>;
  /** Records an agreed plan and its schedule in one transaction; an earlier current plan (active, partly kept or broken) becomes `superseded` (recorded in commitment_events). */
  record(plan: Omit<StoredPlan, 'status'>): Promise<void>;
  activeFor(accountId: string): Promise<StoredPlan | undefined>;
  /** The plan that still sets the schedule: the newest active, partly kept or broken one. */
  currentFor(accountId: string): Promise<StoredPlan | undefined>;
  /** Every plan of the account, oldest first. */
  listFor(accountId: string): Promise<StoredPlan[]>;
  listActive(): Promise<StoredPlan[]>;
}

interface PlanRow {
  plan_id: string;
  account_id: string;
  conversation_id: string | null;
  kind: PlanOffer['kind'];
  months: number;
  principal_cents: number;
  fee_cents: number;
  total_cents: number;
  currency: Currency;
  status: StoredPlan['status'];
  created_at: string;
}

export class SqlitePlanStore implements PlanStore {
  constructor(private readonly db: Db) {}

  async record(plan: Omit<StoredPlan, 'status'>): Promise<void> {
    this.db.transaction(() => this.write(plan))();
  }

  async recordReplacing(
    plan: Omit<StoredPlan, 'status'>,
    expected: string | undefined,
  ): Promise<PlanReplaceOutcome> {
    // IMMEDIATE: the write lock is taken before the read, so another connection (another instance
    // on the same file) cannot slip a plan in between the check and the write.
    return this.db
      .transaction((): PlanReplaceOutcome => {
        const current = this.currentRow(plan.accountId);
        if (current?.plan_id !== expected) {
          return { status: 'changed', current: current ? this.hydrate(current) : undefined };
        }
        this.write(plan);
        return { status: 'recorded', superseded: expected };
      })
      .immediate();
  }

  /** The plan, its schedule and events; earlier current plans superseded. Inside a transaction. */
  private write(plan: Omit<StoredPlan, 'status'>): void {
    const { offer } = plan;
    const earlier = prepared(
      this.db,
      `SELECT plan_id, status FROM plans WHERE account_id = ? AND status IN ${CURRENT_PLAN_SQL}`,
    ).all(plan.accountId) as { plan_id: string; status: string }[];
    for (const e of earlier) {
      prepared(this.db, `UPDATE plans SET status = 'superseded' WHERE plan_id = ?`).run(e.plan_id);
      prepared(
        this.db,
        `INSERT INTO commitment_events (subject_kind, subject_id, account_id, from_status, to_status, cause, at)
          VALUES ('plan', ?, ?, ?, 'superseded', ?, ?)`,
      ).run(e.plan_id, plan.accountId, e.status, `superseded:${plan.planId}`, plan.createdAt);
    }
    prepared(
      this.db,
      `INSERT INTO plans (plan_id, account_id, conversation_id, kind, months, principal_cents, fee_cents,
        total_cents, currency, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?)`,
    ).run(
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
    );
    const inst = prepared(
      this.db,
      'INSERT INTO plan_installments (plan_id, seq, due_date, amount_cents) VALUES (?, ?, ?, ?)',
    );
    for (const i of offer.schedule) inst.run(plan.planId, i.seq, i.dueDate, i.amountCents);
    prepared(
      this.db,
      `INSERT INTO commitment_events (subject_kind, subject_id, account_id, from_status, to_status, cause, at)
        VALUES ('plan', ?, ?, NULL, 'active', ?, ?)`,
    ).run(plan.planId, plan.accountId, `conversation:${plan.conversationId ?? 'none'}`, plan.createdAt);
  }

  private currentRow(accountId: string): PlanRow | undefined {
    return prepared(
      this.db,
      `SELECT * FROM plans WHERE account_id = ? AND status IN ${CURRENT_PLAN_SQL} ORDER BY created_at DESC LIMIT 1`,
    ).get(accountId) as PlanRow | undefined;
  }

  async activeFor(accountId: string): Promise<StoredPlan | undefined> {
    const row = prepared(
      this.db,
      `SELECT * FROM plans WHERE account_id = ? AND status = 'active' ORDER BY created_at DESC LIMIT 1`,
    ).get(accountId) as PlanRow | undefined;
    return row ? this.hydrate(row) : undefined;
  }

  async currentFor(accountId: string): Promise<StoredPlan | undefined> {
    const row = this.currentRow(accountId);
    return row ? this.hydrate(row) : undefined;
  }

  async listFor(accountId: string): Promise<StoredPlan[]> {
    const rows = prepared(this.db, `SELECT * FROM plans WHERE account_id = ? ORDER BY created_at`).all(
      accountId,
    ) as PlanRow[];
    return rows.map((r) => this.hydrate(r));
  }

  async listActive(): Promise<StoredPlan[]> {
    const rows = prepared(this.db, `SELECT * FROM plans WHERE status = 'active'`).all() as PlanRow[];
    return rows.map((r) => this.hydrate(r));
  }

  private hydrate(row: PlanRow): StoredPlan {
    const schedule = (
      prepared(
        this.db,
        'SELECT seq, due_date, amount_cents FROM plan_installments WHERE plan_id = ? ORDER BY seq',
      ).all(row.plan_id) as { seq: number; due_date: string; amount_cents: number }[]
    ).map((i) => ({ seq: i.seq, dueDate: i.due_date, amountCents: i.amount_cents }));
    const largest = schedule.reduce((m, i) => Math.max(m, i.amountCents), 0);
    return {
      planId: row.plan_id,
      accountId: row.account_id,
      conversationId: row.conversation_id ?? undefined,
      currency: row.currency,
      status: row.status,
      createdAt: row.created_at,
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
}
