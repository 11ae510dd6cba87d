import type { DisputeKind } from '../core/act.js';
import { maskPii } from '../core/pii.js';
import { type Db, prepared } from './db.js';

export interface Dispute {
  disputeId: string;
  accountId: string;
  conversationId: string | undefined;
  text: string;
  status: 'open' | 'resolved';
  createdAt: string;
  /** What the dispute is about (migration 011); undefined for older records. */
  kind?: DisputeKind;
}

/** Disputes raised by account holders; an open dispute pauses collection for the account. */
export interface DisputeStore {
  /** Records a dispute; the person's words are stored masked (`maskPii`), on every backend. */
  open(dispute: Omit<Dispute, 'status'>): Promise<void>;
  hasOpen(accountId: string): Promise<boolean>;
  resolve(disputeId: string, now: Date): Promise<void>;
  listFor(accountId: string): Promise<Dispute[]>;
}

interface DisputeRow {
  dispute_id: string;
  account_id: string;
  conversation_id: string | null;
  text: string;
  status: 'open' | 'resolved';
  created_at: string;
  kind: DisputeKind | null;
}

export class SqliteDisputeStore implements DisputeStore {
  constructor(private readonly db: Db) {}

  async open(d: Omit<Dispute, 'status'>): Promise<void> {
    prepared(
      this.db,
      `INSERT INTO disputes (dispute_id, account_id, conversation_id, text, status, created_at, kind)
        VALUES (?, ?, ?, ?, 'open', ?, ?)`,
    ).run(d.disputeId, d.accountId, d.conversationId ?? null, maskPii(d.text), d.createdAt, d.kind ?? null);
  }

  async hasOpen(accountId: string): Promise<boolean> {
    return Boolean(
      prepared(this.db, `SELECT 1 FROM disputes WHERE account_id = ? AND status = 'open' LIMIT 1`).get(
        accountId,
      ),
    );
  }

  async resolve(disputeId: string, now: Date): Promise<void> {
    prepared(this.db, `UPDATE disputes SET status = 'resolved', resolved_at = ? WHERE dispute_id = ?`).run(
      now.toISOString(),
      disputeId,
    );
  }

  async listFor(accountId: string): Promise<Dispute[]> {
    const rows = prepared(this.db, 'SELECT * FROM disputes WHERE account_id = ? ORDER BY created_at').all(
      accountId,
    ) as DisputeRow[];
    return rows.map((r) => ({
      disputeId: r.dispute_id,
      accountId: r.account_id,
      conversationId: r.conversation_id ?? undefined,
      text: r.text,
      status: r.status,
      createdAt: r.created_at,
      ...(r.kind ? { kind: r.kind } : {}),
    }));
  }
}
