import type { HandoffReason } from '../core/act.js';
import { type Db, prepared } from './db.js';

export interface Escalation {
  escalationId: string;
  conversationId: string;
  accountId: string | undefined;
  reason: HandoffReason;
  /** Lower is more urgent: distress is 0. */
  priority: number;
  summary: string;
  status: string;
  createdAt: string;
}

/** Requests for a human, recorded whenever a trigger fires (the agent queue builds on them). */
export interface EscalationStore {
  record(e: Omit<Escalation, 'status'>): Promise<void>;
  listFor(conversationId: string): Promise<Escalation[]>;
}

interface EscalationRow {
  escalation_id: string;
  conversation_id: string;
  account_id: string | null;
  reason: HandoffReason;
  priority: number;
  summary: string;
  status: string;
  created_at: string;
}

export class SqliteEscalationStore implements EscalationStore {
  constructor(private readonly db: Db) {}

  async record(e: Omit<Escalation, 'status'>): Promise<void> {
    prepared(
      this.db,
      `INSERT INTO escalations (escalation_id, conversation_id, account_id, reason, priority, summary,
        status, created_at) VALUES (?, ?, ?, ?, ?, ?, 'queued', ?)`,
    ).run(
      e.escalationId,
      e.conversationId,
      e.accountId ?? null,
      e.reason,
      e.priority,
      e.summary,
      e.createdAt,
    );
  }

  async listFor(conversationId: string): Promise<Escalation[]> {
    const rows = prepared(
      this.db,
      'SELECT * FROM escalations WHERE conversation_id = ? ORDER BY created_at',
    ).all(conversationId) as EscalationRow[];
    return rows.map((r) => ({
      escalationId: r.escalation_id,
      conversationId: r.conversation_id,
      accountId: r.account_id ?? undefined,
      reason: r.reason,
      priority: r.priority,
      summary: r.summary,
      status: r.status,
      createdAt: r.created_at,
    }));
  }
}
