import type { RevealLog, RevealRecord } from '../transcripts/types.js';
import { type PgPool, pgQuery } from './pool.js';
import { isoText, pgArgs } from './text.js';

interface RevealRow {
  reveal_id: number;
  conversation_id: string;
  reviewer: string;
  revealed_at: Date | string;
  reason: string | null;
}

function fromRow(r: RevealRow): RevealRecord {
  return {
    revealId: r.reveal_id,
    conversationId: r.conversation_id,
    reviewer: r.reviewer,
    revealedAt: isoText(r.revealed_at),
    reason: r.reason ?? undefined,
  };
}

/**
 * The reveal audit on PostgreSQL (`transcript_reveals`; a trigger refuses updates and deletes),
 * the same records as `SqliteRevealLog`, newest first.
 */
export class PgRevealLog implements RevealLog {
  constructor(private readonly pool: PgPool) {}

  async record(conversationId: string, reviewer: string, at: Date, reason?: string): Promise<RevealRecord> {
    const result = await pgQuery<RevealRow>(
      this.pool,
      'record a transcript reveal',
      `INSERT INTO transcript_reveals (conversation_id, reviewer, revealed_at, reason) VALUES ($1, $2, $3, $4)
        RETURNING *`,
      pgArgs([conversationId, reviewer, at, reason ?? null]),
    );
    return fromRow(result.rows[0]!);
  }

  async list(conversationId?: string): Promise<RevealRecord[]> {
    const result =
      conversationId === undefined
        ? await pgQuery<RevealRow>(
            this.pool,
            'list transcript reveals',
            'SELECT * FROM transcript_reveals ORDER BY reveal_id DESC',
          )
        : await pgQuery<RevealRow>(
            this.pool,
            'list transcript reveals',
            'SELECT * FROM transcript_reveals WHERE conversation_id = $1 ORDER BY reveal_id DESC',
            pgArgs([conversationId]),
          );
    return result.rows.map(fromRow);
  }
}
