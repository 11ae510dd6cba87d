import type { Db } from '../store/db.js';
import { prepared } from '../store/db.js';
import { createSqliteStores } from '../store/stores.js';

export const PROMISE_STATES = ['active', 'kept', 'partly_kept', 'broken', 'superseded'] as const;
export type PromiseState = (typeof PROMISE_STATES)[number];

/**
 * A case's money side for the agents' and reviewers' consoles: the account's figures as stored
 * now, its plans with each instalment's paid amount, promises with their states, payments with
 * where they went, and every state change with its cause. Amounts in cents; the promise's words
 * are stored PII-masked.
 */
export async function caseCommitments(db: Db, accountId: string) {
  const stores = createSqliteStores(db);
  const account = await stores.accounts.get(accountId);
  if (!account) return undefined;
  const instalments = prepared(
    db,
    'SELECT seq, due_date, amount_cents, paid_cents, missed_on FROM plan_installments WHERE plan_id = ? ORDER BY seq',
  );
  return {
    accountId,
    currency: account.currency,
    balanceCents: account.balanceCents,
    minimumDueCents: account.minimumDueCents,
    daysPastDue: account.daysPastDue,
    plans: stores.plans.listFor(accountId).map((p) => ({
      planId: p.planId,
      status: p.status,
      kind: p.offer.kind,
      totalCents: p.offer.totalCents,
      createdAt: p.createdAt,
      instalments: (
        instalments.all(p.planId) as {
          seq: number;
          due_date: string;
          amount_cents: number;
          paid_cents: number;
          missed_on: string | null;
        }[]
      ).map((i) => ({
        seq: i.seq,
        dueDate: i.due_date,
        amountCents: i.amount_cents,
        paidCents: i.paid_cents,
        missed: i.missed_on !== null,
      })),
    })),
    promises: stores.promises.listFor(accountId),
    payments: await stores.payments.listFor(accountId),
    events: stores.promises.eventsFor(accountId),
  };
}

export type CaseCommitments = NonNullable<Awaited<ReturnType<typeof caseCommitments>>>;

/** Accounts with a promise in `state`, newest promise first, with their conversations to open. */
export function casesByPromiseState(db: Db, state: PromiseState, limit: number) {
  const rows = prepared(
    db,
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
