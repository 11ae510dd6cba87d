import {
  type CommitmentEvent,
  type NewPromise,
  type PromiseRow as SharedRow,
  type PromiseStore,
  type StoredPromise,
  promiseFromRow,
} from '../promises.js';
import type { AsyncOf } from './asyncOf.js';
import { type PgPool, withTransaction } from './pool.js';
import { iso, lockAccount, q, run } from './rows.js';

type PromiseRow = SharedRow<Date>;
const hydrate = (row: PromiseRow): StoredPromise => promiseFromRow(row, iso);

/**
 * `PromiseStore` on PostgreSQL. `record` holds the account's row lock for its transaction, so an
 * earlier active promise is superseded exactly once (one event), however many instances record
 * at once.
 */
export class PgPromiseStore implements AsyncOf<PromiseStore> {
  constructor(private readonly pool: PgPool) {}

  async record(p: NewPromise): Promise<void> {
    await withTransaction(this.pool, 'record a promise', async (client) => {
      await lockAccount(client, p.accountId);
      await q(
        client,
        `WITH superseded AS (
           UPDATE promises SET status = 'superseded', settled_at = $2
           WHERE account_id = $1 AND status = 'active' RETURNING promise_id, created_at)
         INSERT INTO commitment_events (subject_kind, subject_id, account_id, from_status, to_status, cause, at)
         SELECT 'promise', promise_id, $1, 'active', 'superseded', $3, $2 FROM superseded
         ORDER BY created_at, promise_id COLLATE "C"`,
        [p.accountId, p.createdAt, `superseded:${p.promiseId}`],
      );
      await q(
        client,
        `WITH promise AS (
           INSERT INTO promises (promise_id, account_id, conversation_id, amount_cents, currency, due_date, words,
             status, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 'active', $8) RETURNING promise_id)
         INSERT INTO commitment_events (subject_kind, subject_id, account_id, from_status, to_status, cause, at)
         SELECT 'promise', promise_id, $2, NULL, 'active', $9, $8 FROM promise`,
        [
          p.promiseId,
          p.accountId,
          p.conversationId ?? null,
          p.amountCents,
          p.currency,
          p.dueDate,
          p.words,
          p.createdAt,
          `conversation:${p.conversationId ?? 'none'}`,
        ],
      );
    });
  }

  async activeFor(accountId: string): Promise<StoredPromise | undefined> {
    const result = await run<PromiseRow>(
      this.pool,
      'read the active promise',
      `SELECT * FROM promises WHERE account_id = $1 AND status = 'active' ORDER BY created_at DESC LIMIT 1`,
      [accountId],
    );
    const row = result.rows[0];
    return row ? hydrate(row) : undefined;
  }

  async listFor(accountId: string): Promise<StoredPromise[]> {
    const result = await run<PromiseRow>(
      this.pool,
      "list an account's promises",
      'SELECT * FROM promises WHERE account_id = $1 ORDER BY created_at, promise_id COLLATE "C"',
      [accountId],
    );
    return result.rows.map(hydrate);
  }

  async get(promiseId: string): Promise<StoredPromise | undefined> {
    const result = await run<PromiseRow>(
      this.pool,
      'read a promise',
      'SELECT * FROM promises WHERE promise_id = $1',
      [promiseId],
    );
    const row = result.rows[0];
    return row ? hydrate(row) : undefined;
  }

  async eventsFor(accountId: string): Promise<CommitmentEvent[]> {
    const result = await run<{
      subject_kind: 'plan' | 'promise';
      subject_id: string;
      from_status: string | null;
      to_status: string;
      cause: string;
      at: Date;
    }>(
      this.pool,
      "read an account's commitment events",
      `SELECT subject_kind, subject_id, from_status, to_status, cause, at FROM commitment_events
       WHERE account_id = $1 ORDER BY event_id`,
      [accountId],
    );
    return result.rows.map((r) => ({
      subjectKind: r.subject_kind,
      subjectId: r.subject_id,
      fromStatus: r.from_status ?? undefined,
      toStatus: r.to_status,
      cause: r.cause,
      at: iso(r.at),
    }));
  }
}
