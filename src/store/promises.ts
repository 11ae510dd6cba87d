import type { Currency } from '../core/money.js';
import { type Db, prepared } from './db.js';

/** The life of a promise to pay: active until its date passes or payments keep it. */
export type PromiseStatus = 'active' | 'kept' | 'partly_kept' | 'broken' | 'superseded';

export interface StoredPromise {
  promiseId: string;
  accountId: string;
  conversationId: string | undefined;
  amountCents: number;
  currency: Currency;
  /** YYYY-MM-DD in the account's time zone. */
  dueDate: string;
  /** What the person said, PII-masked. */
  words: string;
  paidCents: number;
  status: PromiseStatus;
  createdAt: string;
  settledAt: string | undefined;
}

export type NewPromise = Omit<StoredPromise, 'paidCents' | 'status' | 'settledAt'>;

/**
 * Promises to pay ("all of it on the 15th"). Recording one supersedes the account's earlier active
 * promise; each change of state is written to `commitment_events` with its cause.
 *
 *   await promises.record({ promiseId, accountId, conversationId, amountCents: 321000, currency: 'CNY',
 *     dueDate: '2026-12-15', words: '15号发工资全还', createdAt: clock.now().toISOString() });
 */
export interface PromiseStore {
  record(promise: NewPromise): Promise<void>;
  activeFor(accountId: string): Promise<StoredPromise | undefined>;
  listFor(accountId: string): Promise<StoredPromise[]>;
  get(promiseId: string): Promise<StoredPromise | undefined>;
  /** Every state change of the account's plans and promises, oldest first, with its cause. */
  eventsFor(accountId: string): Promise<CommitmentEvent[]>;
}

/** One row of `commitment_events`: a plan or promise moving from one state to another, and why. */
export interface CommitmentEvent {
  subjectKind: 'plan' | 'promise';
  subjectId: string;
  fromStatus: string | undefined;
  toStatus: string;
  /** 'payment:<id>', 'missed:<date>' (plans: 'missed:<date>#<seq>'), 'superseded:<id>', 'conversation:<id>'. */
  cause: string;
  at: string;
}

/** A `promises` row as either database returns it: `T` is its timestamp type (SQLite: ISO text; PostgreSQL: `Date`). */
export interface PromiseRow<T> {
  promise_id: string;
  account_id: string;
  conversation_id: string | null;
  amount_cents: number;
  currency: Currency;
  due_date: string;
  words: string;
  paid_cents: number;
  status: PromiseStatus;
  created_at: T;
  settled_at: T | null;
}

/** The stored promise of a row; `iso` reads a timestamp the database gave back as ISO text. */
export function promiseFromRow<T>(row: PromiseRow<T>, iso: (value: T) => string): StoredPromise {
  return {
    promiseId: row.promise_id,
    accountId: row.account_id,
    conversationId: row.conversation_id ?? undefined,
    amountCents: row.amount_cents,
    currency: row.currency,
    dueDate: row.due_date,
    words: row.words,
    paidCents: row.paid_cents,
    status: row.status,
    createdAt: iso(row.created_at),
    settledAt: row.settled_at === null ? undefined : iso(row.settled_at),
  };
}

const hydrate = (row: PromiseRow<string>): StoredPromise => promiseFromRow(row, (v) => v);

export class SqlitePromiseStore implements PromiseStore {
  constructor(private readonly db: Db) {}

  async record(p: NewPromise): Promise<void> {
    this.db.transaction(() => {
      const earlier = prepared(
        this.db,
        `SELECT promise_id FROM promises WHERE account_id = ? AND status = 'active'`,
      ).all(p.accountId) as { promise_id: string }[];
      for (const e of earlier) {
        prepared(
          this.db,
          `UPDATE promises SET status = 'superseded', settled_at = ? WHERE promise_id = ?`,
        ).run(p.createdAt, e.promise_id);
        prepared(
          this.db,
          `INSERT INTO commitment_events (subject_kind, subject_id, account_id, from_status, to_status, cause, at)
            VALUES ('promise', ?, ?, 'active', 'superseded', ?, ?)`,
        ).run(e.promise_id, p.accountId, `superseded:${p.promiseId}`, p.createdAt);
      }
      prepared(
        this.db,
        `INSERT INTO promises (promise_id, account_id, conversation_id, amount_cents, currency, due_date, words,
          status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?)`,
      ).run(
        p.promiseId,
        p.accountId,
        p.conversationId ?? null,
        p.amountCents,
        p.currency,
        p.dueDate,
        p.words,
        p.createdAt,
      );
      prepared(
        this.db,
        `INSERT INTO commitment_events (subject_kind, subject_id, account_id, from_status, to_status, cause, at)
          VALUES ('promise', ?, ?, NULL, 'active', ?, ?)`,
      ).run(p.promiseId, p.accountId, `conversation:${p.conversationId ?? 'none'}`, p.createdAt);
    })();
  }

  async activeFor(accountId: string): Promise<StoredPromise | undefined> {
    const row = prepared(
      this.db,
      `SELECT * FROM promises WHERE account_id = ? AND status = 'active' ORDER BY created_at DESC LIMIT 1`,
    ).get(accountId) as PromiseRow<string> | undefined;
    return row ? hydrate(row) : undefined;
  }

  async listFor(accountId: string): Promise<StoredPromise[]> {
    return (
      prepared(this.db, `SELECT * FROM promises WHERE account_id = ? ORDER BY created_at`).all(
        accountId,
      ) as PromiseRow<string>[]
    ).map(hydrate);
  }

  async eventsFor(accountId: string): Promise<CommitmentEvent[]> {
    const rows = prepared(
      this.db,
      `SELECT subject_kind, subject_id, from_status, to_status, cause, at FROM commitment_events
        WHERE account_id = ? ORDER BY event_id`,
    ).all(accountId) as {
      subject_kind: 'plan' | 'promise';
      subject_id: string;
      from_status: string | null;
      to_status: string;
      cause: string;
      at: string;
    }[];
    return rows.map((r) => ({
      subjectKind: r.subject_kind,
      subjectId: r.subject_id,
      fromStatus: r.from_status ?? undefined,
      toStatus: r.to_status,
      cause: r.cause,
      at: r.at,
    }));
  }

  async get(promiseId: string): Promise<StoredPromise | undefined> {
    const row = prepared(this.db, `SELECT * FROM promises WHERE promise_id = ?`).get(promiseId) as
      PromiseRow<string> | undefined;
    return row ? hydrate(row) : undefined;
  }
}
