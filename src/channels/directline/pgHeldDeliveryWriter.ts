import type { Activity } from 'botbuilder';
import { type PgPool, withTransaction } from '../../store/pg/pool.js';
import { recordDeliveredIn } from '../../store/pg/reminderDeliveries.js';
import type { PgTranscriptStore } from '../../store/pg/transcripts.js';
import { toPlainActivity } from '../../store/transcripts/index.js';
import { activityId, type StoredActivity } from './directLineStore.js';
import type { HeldDeliveryWriter, HeldWrite } from './heldDeliveryWriter.js';

/**
 * The PostgreSQL writer of a held Direct Line delivery: in one transaction, the key first (a
 * concurrent holder of the same key makes this wait for its outcome), then the conversation's row
 * lock and next watermarks (as `PgDirectLineStore.append` takes them: unique, gap-free), the
 * activities, and the transcript records (`appendAllIn`, under the transcript's own lock).
 */
export class PgHeldDeliveryWriter implements HeldDeliveryWriter {
  constructor(
    private readonly pool: PgPool,
    private readonly transcripts: Pick<PgTranscriptStore, 'appendAllIn'>,
  ) {}

  async write(held: HeldWrite): Promise<StoredActivity[] | 'duplicate'> {
    return withTransaction(this.pool, 'deliver a reminder on Direct Line', async (client) => {
      if (!(await recordDeliveredIn(client, held.deliveryKey, held.conversationId, held.now)))
        return 'duplicate';
      const locked = await client.query(
        'SELECT 1 FROM directline_conversations WHERE conversation_id = $1 FOR NO KEY UPDATE',
        [held.conversationId],
      );
      if (locked.rowCount !== 1)
        throw new Error('directline: a held delivery for a conversation that is gone');
      const next = await client.query<{ seq: number }>(
        'SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM directline_activities WHERE conversation_id = $1',
        [held.conversationId],
      );
      let seq = next.rows[0]?.seq ?? 1;
      const stored: StoredActivity[] = [];
      for (const a of held.activities) {
        const id = activityId(held.conversationId, seq);
        const activity: Partial<Activity> = a.build(id, seq);
        await client.query(
          `INSERT INTO directline_activities (conversation_id, seq, activity_id, from_role, activity, created_at, audience)
            VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            held.conversationId,
            seq,
            id,
            activity.from?.role ?? 'unknown',
            JSON.stringify(activity),
            held.now,
            a.audience ?? null,
          ],
        );
        stored.push({ seq, activity, ...(a.audience !== undefined ? { audience: a.audience } : {}) });
        seq += 1;
      }
      if (held.records.length > 0)
        await this.transcripts.appendAllIn(
          client,
          held.records.map((r) => ({ activity: toPlainActivity(r.activity), meta: r.meta ?? {} })),
          held.now,
        );
      return stored;
    });
  }
}
