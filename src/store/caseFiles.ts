import type { IsoDate } from '../core/dates.js';
import { type Db, prepared } from './db.js';
import { type CurrentPlan, currentPlan } from './paymentsCommitments.js';
import { createSqliteStores, type Stores } from './stores.js';

export const PROMISE_STATES = ['active', 'kept', 'partly_kept', 'broken', 'superseded'] as const;
export type PromiseState = (typeof PROMISE_STATES)[number];

/** One instalment of a plan as the consoles show it (cents). */
export interface CaseInstalment {
  seq: number;
  dueDate: IsoDate;
  amountCents: number;
  paidCents: number;
  missed: boolean;
}

/** An account with a promise in a given state, and the conversations to open for it. */
export interface PromiseCase {
  accountId: string;
  promiseId: string;
  amountCents: number;
  paidCents: number;
  currency: string;
  dueDate: string;
  status: string;
  createdAt: string;
  conversations: string[];
}

/**
 * The reads of the case views (`src/payments/caseView.ts`, `history.ts`) that the core stores do
 * not answer, on any backend. The rest of a case comes from the core stores (accounts, plans,
 * promises, payments).
 */
export interface CaseFileStore {
  /** The account's current plan (newest active, partly kept or broken) with its instalments. */
  currentPlan(accountId: string): Promise<CurrentPlan | undefined>;
  /** A plan's instalments in order, with what was paid on each. */
  instalmentsOf(planId: string): Promise<CaseInstalment[]>;
  /** Accounts with a promise in `state`, newest promise first. */
  casesByPromiseState(state: PromiseState, limit: number): Promise<PromiseCase[]>;
}

export class SqliteCaseFileStore implements CaseFileStore {
  constructor(private readonly db: Db) {}

  async currentPlan(accountId: string): Promise<CurrentPlan | undefined> {
    return currentPlan(this.db, accountId);
  }

  async instalmentsOf(planId: string): Promise<CaseInstalment[]> {
    const rows = prepared(
      this.db,
      'SELECT seq, due_date, amount_cents, paid_cents, missed_on FROM plan_installments WHERE plan_id = ? ORDER BY seq',
    ).all(planId) as {
      seq: number;
      due_date: string;
      amount_cents: number;
      paid_cents: number;
      missed_on: string | null;
    }[];
    return rows.map((i) => ({
      seq: i.seq,
      dueDate: i.due_date,
      amountCents: i.amount_cents,
      paidCents: i.paid_cents,
      missed: i.missed_on !== null,
    }));
  }

  async casesByPromiseState(state: PromiseState, limit: number): Promise<PromiseCase[]> {
    const rows = prepared(
      this.db,
      `SELECT o.account_id, o.promise_id, o.amount_cents, o.paid_cents, o.currency, o.due_date, o.status, o.created_at,
        (SELECT json_group_array(r.conversation_id) FROM conversation_refs r WHERE r.account_id = o.account_id) AS conversations
        FROM promises o WHERE o.status = ? ORDER BY o.created_at DESC LIMIT ?`,
    ).all(state, limit) as {
      account_id: string;
      promise_id: string;
      amount_cents: number;
      paid_cents: number;
      currency: string;
      due_date: string;
      status: string;
      created_at: string;
      conversations: string;
    }[];
    return rows.map((r) => ({
      accountId: r.account_id,
      promiseId: r.promise_id,
      amountCents: r.amount_cents,
      paidCents: r.paid_cents,
      currency: r.currency,
      dueDate: r.due_date,
      status: r.status,
      createdAt: r.created_at,
      conversations: JSON.parse(r.conversations) as string[],
    }));
  }
}

/** Everything a case view reads: the core stores it needs and the case file store. */
export type CaseStores = Pick<Stores, 'accounts' | 'plans' | 'promises' | 'payments' | 'contacts'> & {
  caseFiles: CaseFileStore;
};

/** The case stores on one SQLite database (what the service has used so far). */
export function sqliteCaseStores(db: Db): CaseStores {
  return { ...createSqliteStores(db), caseFiles: new SqliteCaseFileStore(db) };
}
