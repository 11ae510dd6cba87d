import type { HandoffReason } from '../../core/act.js';
import type { Escalation, EscalationStore } from '../escalations.js';
import type { AsyncOf } from './asyncOf.js';
import type { PgPool } from './pool.js';
import { iso, run } from './rows.js';

interface EscalationRow {
  escalation_id: string;
  conversation_id: string;
  account_id: string | null;
  reason: HandoffReason;
  priority: number;
  summary: string;
  status: string;
  created_at: Date;
}

/** `EscalationStore` on PostgreSQL (`escalations`). */
export class PgEscalationStore implements AsyncOf<EscalationStore> {
  constructor(private readonly pool: PgPool) {}

  async record(e: Omit<Escalation, 'status'>): Promise<void> {
    await run(
      this.pool,
      'record an escalation',
      `INSERT INTO escalations (escalation_id, conversation_id, account_id, reason, priority, summary,
         status, created_at) VALUES ($1, $2, $3, $4, $5, $6, 'queued', $7)`,
      [e.escalationId, e.conversationId, e.accountId ?? null, e.reason, e.priority, e.summary, e.createdAt],
    );
  }

  async listFor(conversationId: string): Promise<Escalation[]> {
    const result = await run<EscalationRow>(
      this.pool,
      "list a conversation's escalations",
      'SELECT * FROM escalations WHERE conversation_id = $1 ORDER BY created_at, escalation_id COLLATE "C"',
      [conversationId],
    );
    return result.rows.map((r) => ({
      escalationId: r.escalation_id,
      conversationId: r.conversation_id,
      accountId: r.account_id ?? undefined,
      reason: r.reason,
      priority: r.priority,
      summary: r.summary,
      status: r.status,
      createdAt: iso(r.created_at),
    }));
  }
}
