import type { Db } from '../db.js';
import type { RevealLog, RevealRecord } from './types.js';

interface RevealRow {
  reveal_id: number;
  conversation_id: string;
  reviewer: string;
  revealed_at: string;
  reason: string | null;
}

function fromRow(r: RevealRow): RevealRecord {
  return {
    revealId: r.reveal_id,
    conversationId: r.conversation_id,
    reviewer: r.reviewer,
    revealedAt: r.revealed_at,
    reason: r.reason ?? undefined,
  };
}

/** The reveal audit in SQLite; the table refuses updates and deletes (see 002_transcripts.sql). */
export class SqliteRevealLog implements RevealLog {
  constructor(private readonly db: Db) {}

  async record(conversationId: string, reviewer: string, at: Date, reason?: string): Promise<RevealRecord> {
    const info = this.db
      .prepare(
        'INSERT INTO transcript_reveals (conversation_id, reviewer, revealed_at, reason) VALUES (?, ?, ?, ?)',
      )
      .run(conversationId, reviewer, at.toISOString(), reason ?? null);
    return {
      revealId: Number(info.lastInsertRowid),
      conversationId,
      reviewer,
      revealedAt: at.toISOString(),
      reason,
    };
  }

  async list(conversationId?: string): Promise<RevealRecord[]> {
    const rows = (
      conversationId === undefined
        ? this.db.prepare('SELECT * FROM transcript_reveals ORDER BY reveal_id DESC').all()
        : this.db
            .prepare('SELECT * FROM transcript_reveals WHERE conversation_id = ? ORDER BY reveal_id DESC')
            .all(conversationId)
    ) as RevealRow[];
    return rows.map(fromRow);
  }
}
