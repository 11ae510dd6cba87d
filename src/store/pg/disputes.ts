import type { DisputeKind } from '../../core/act.js';
import { maskPii } from '../../core/pii.js';
import type { Dispute, DisputeStore } from '../disputes.js';
import type { AsyncOf } from './asyncOf.js';
import type { PgPool } from './pool.js';
import { iso, run } from './rows.js';

interface DisputeRow {
  dispute_id: string;
  account_id: string;
  conversation_id: string | null;
  text: string;
  status: 'open' | 'resolved';
  created_at: Date;
  kind: DisputeKind | null;
}

/** `DisputeStore` on PostgreSQL (`disputes`): each method is one statement. */
export class PgDisputeStore implements AsyncOf<DisputeStore> {
  constructor(private readonly pool: PgPool) {}

  async open(d: Omit<Dispute, 'status'>): Promise<void> {
    await run(
      this.pool,
      'open a dispute',
      `INSERT INTO disputes (dispute_id, account_id, conversation_id, text, status, created_at, kind)
       VALUES ($1, $2, $3, $4, 'open', $5, $6)`,
      [d.disputeId, d.accountId, d.conversationId ?? null, maskPii(d.text), d.createdAt, d.kind ?? null],
    );
  }

  async hasOpen(accountId: string): Promise<boolean> {
    const result = await run(
      this.pool,
      'look for an open dispute',
      `SELECT 1 FROM disputes WHERE account_id = $1 AND status = 'open' LIMIT 1`,
      [accountId],
    );
    return result.rowCount === 1;
  }

  async resolve(disputeId: string, now: Date): Promise<void> {
    await run(
      this.pool,
      'resolve a dispute',
      `UPDATE disputes SET status = 'resolved', resolved_at = $1 WHERE dispute_id = $2`,
      [now, disputeId],
    );
  }

  async listFor(accountId: string): Promise<Dispute[]> {
    const result = await run<DisputeRow>(
      this.pool,
      "list an account's disputes",
      'SELECT * FROM disputes WHERE account_id = $1 ORDER BY created_at, dispute_id COLLATE "C"',
      [accountId],
    );
    return result.rows.map((r) => ({
      disputeId: r.dispute_id,
      accountId: r.account_id,
      conversationId: r.conversation_id ?? undefined,
      text: r.text,
      status: r.status,
      createdAt: iso(r.created_at),
      ...(r.kind ? { kind: r.kind } : {}),
    }));
  }
}
