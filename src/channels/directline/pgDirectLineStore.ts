import type { Activity } from 'botbuilder';
import type { AsyncOf } from '../../store/pg/asyncOf.js';
import type pg from 'pg';
import { inOneTrip, type Statement } from '../../store/pg/batched.js';
import { onConnection, type PgClient, type PgPool, pgQuery } from '../../store/pg/pool.js';
import { claimRefused, claimToTake } from '../../store/pg/turnClaim.js';
import { pgText } from '../../store/pg/text.js';
import {
  activityId,
  type DirectLineConversation,
  type DirectLineStore,
  newConversationId,
  type StoredActivity,
} from './directLineStore.js';

interface ConversationRow {
  conversation_id: string;
  user_id: string;
  locale: string | null;
  created_at: Date | string;
  started_at: Date | string | null;
}

const iso = (v: Date | string): string =>
  typeof v === 'string' ? new Date(v).toISOString() : v.toISOString();

const fromRow = (r: ConversationRow): DirectLineConversation => ({
  conversationId: r.conversation_id,
  userId: r.user_id,
  locale: r.locale ?? undefined,
  createdAt: iso(r.created_at),
  startedAt: r.started_at === null ? undefined : iso(r.started_at),
});

/**
 * Records what a person sent in the transcript inside the transaction that stores it for the
 * channel (write-ahead: the channel never holds a message the transcript lacks). Throwing rolls
 * both back. `PgTranscriptStore.appendAllIn` is the usual one.
 */
export type PgWriteAhead = (
  client: PgClient,
  activity: Partial<Activity>,
  person: { accountId?: string },
) => Promise<void>;

/**
 * Direct Line conversations and activities on PostgreSQL, shared by every instance. An append
 * locks its conversation's row (FOR NO KEY UPDATE: it does not block inserts referencing it) and
 * takes the next watermark under that lock, so watermarks stay unique and gap-free per
 * conversation whichever instance appends; a rolled-back append leaves no gap. The audience of a
 * verified reply (migration 003) is stored and read back.
 *
 *   const store = new PgDirectLineStore(pool, (client, activity, person) =>
 *     transcripts.appendAllIn(client, [{ activity: toPlainActivity(activity), meta: person }], clock.now()).then(() => undefined));
 */
export class PgDirectLineStore implements AsyncOf<DirectLineStore> {
  constructor(
    private readonly pool: PgPool,
    private readonly writeAhead?: PgWriteAhead,
  ) {}

  async get(conversationId: string): Promise<DirectLineConversation | undefined> {
    const row = (
      await pgQuery<ConversationRow>(
        this.pool,
        'read a Direct Line conversation',
        'SELECT * FROM directline_conversations WHERE conversation_id = $1',
        [pgText(conversationId)],
      )
    ).rows[0];
    return row ? fromRow(row) : undefined;
  }

  async conversationForUser(userId: string, now: Date): Promise<DirectLineConversation> {
    const find = async (): Promise<ConversationRow | undefined> =>
      (
        await pgQuery<ConversationRow>(
          this.pool,
          "read a user's Direct Line conversation",
          'SELECT * FROM directline_conversations WHERE user_id = $1',
          [pgText(userId)],
        )
      ).rows[0];
    const existing = await find();
    if (existing) return fromRow(existing);
    // Another request or instance may create it a moment before us: the unique user_id decides.
    const created = await pgQuery<ConversationRow>(
      this.pool,
      'start a Direct Line conversation',
      `INSERT INTO directline_conversations (conversation_id, user_id, created_at) VALUES ($1, $2, $3)
        ON CONFLICT DO NOTHING RETURNING *`,
      [newConversationId(), pgText(userId), now],
    );
    const row = created.rows[0] ?? (await find());
    if (!row) throw new Error('directline: could not create a conversation for a user');
    return fromRow(row);
  }

  async markStarted(conversationId: string, now: Date, locale: string | undefined): Promise<boolean> {
    const result = await pgQuery(
      this.pool,
      'start a Direct Line conversation',
      `UPDATE directline_conversations SET started_at = $1, locale = COALESCE($2, locale)
        WHERE conversation_id = $3 AND started_at IS NULL`,
      [now, pgText(locale ?? null), pgText(conversationId)],
    );
    return result.rowCount === 1;
  }

  /**
   * issue 19 (pgturn): BEGIN, the turn's activity claim still to take, the row lock and the next
   * watermark in one round trip; a reply's INSERT with the COMMIT in a second (what a person sends
   * is written ahead into the transcript between them). Each statement of a trip has its own
   * snapshot, so the watermark is read after the lock is held.
   */
  async append(
    conversationId: string,
    now: Date,
    build: (id: string, seq: number) => Partial<Activity>,
    person: { accountId?: string; audience?: string } = {},
  ): Promise<StoredActivity> {
    const operation = 'store a Direct Line activity';
    const claim = claimToTake();
    return onConnection(this.pool, operation, async (client) => {
      const id = client.escapeLiteral(conversationId.replaceAll('\u0000', '\uFFFD'));
      const claimed = claim ? [claim.sql((t) => client.escapeLiteral(t))] : [];
      const opened = await inOneTrip(client, [
        'BEGIN ISOLATION LEVEL READ COMMITTED',
        ...claimed,
        `SELECT 1 FROM directline_conversations WHERE conversation_id = ${id} FOR NO KEY UPDATE`,
        `SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM directline_activities WHERE conversation_id = ${id}`,
      ]).catch((err: unknown) => {
        throw claimRefused(claim, err);
      });
      const [locked, next] = opened.slice(-2) as [pg.QueryResult, pg.QueryResult<{ seq: number }>];
      if (locked.rowCount !== 1 || conversationId.includes('\u0000'))
        throw new Error(`directline: no conversation ${conversationId}; create it before appending`);
      const seq = next.rows[0]?.seq ?? 1;
      const activityIdOf = activityId(conversationId, seq);
      const activity = build(activityIdOf, seq);
      const insert: Statement = [
        `INSERT INTO directline_activities (conversation_id, seq, activity_id, from_role, activity, created_at, audience)
          VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          conversationId,
          seq,
          activityIdOf,
          activity.from?.role ?? 'unknown',
          JSON.stringify(activity),
          now,
          pgText(person.audience ?? null),
        ],
      ];
      if (this.writeAhead && activity.from?.role === 'user') {
        await inOneTrip(client, [insert]);
        await this.writeAhead(client, activity, person.accountId ? { accountId: person.accountId } : {});
        await client.query('COMMIT');
      } else await inOneTrip(client, [insert, 'COMMIT']);
      claim?.settle();
      return { seq, activity, ...(person.audience !== undefined ? { audience: person.audience } : {}) };
    });
  }

  async after(conversationId: string, watermark: number, limit: number): Promise<StoredActivity[]> {
    const rows = await pgQuery<{ seq: number; activity: string; audience: string | null }>(
      this.pool,
      'read Direct Line activities',
      `SELECT seq, activity, audience FROM directline_activities WHERE conversation_id = $1 AND seq > $2
        ORDER BY seq LIMIT $3`,
      [pgText(conversationId), clampInt(watermark), Math.max(0, Math.floor(limit))],
    );
    return rows.rows.map((r) => ({
      seq: r.seq,
      activity: JSON.parse(r.activity) as Partial<Activity>,
      ...(r.audience !== null ? { audience: r.audience } : {}),
    }));
  }

  async latestWatermark(conversationId: string): Promise<number> {
    const row = await pgQuery<{ seq: number }>(
      this.pool,
      'read a Direct Line watermark',
      'SELECT COALESCE(MAX(seq), 0) AS seq FROM directline_activities WHERE conversation_id = $1',
      [pgText(conversationId)],
    );
    return row.rows[0]?.seq ?? 0;
  }
}

/** seq is an INTEGER column: a watermark past it (hostile or corrupt) finds nothing instead of failing. */
function clampInt(n: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(Math.floor(n), -1), 2 ** 31 - 1) : 0;
}
