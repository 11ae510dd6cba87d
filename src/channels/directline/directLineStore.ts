import { randomBytes } from 'node:crypto';
import type { Activity } from 'botbuilder';
import type { Db } from '../../store/db.js';

export interface DirectLineConversation {
  conversationId: string;
  userId: string;
  locale: string | undefined;
  createdAt: string;
  /** When the client first started it (POST /conversations); undefined before. */
  startedAt: string | undefined;
}

/** A stored activity and its watermark (sequence number within the conversation). */
export interface StoredActivity {
  seq: number;
  activity: Partial<Activity>;
  /** The one session this activity is for (a verified reply); undefined = every session. */
  audience?: string;
}

/** Whether a session may see a stored activity (its own, or one meant for every session). */
export function visibleTo(stored: StoredActivity, sessionId: string | undefined): boolean {
  return stored.audience === undefined || stored.audience === sessionId;
}

/**
 * Direct Line conversations and their activities. Watermarks increase by one per stored
 * activity within a conversation, across restarts and across processes sharing the database:
 * `append` reads the next watermark and writes the activity in one transaction, so appends with
 * awaits between them (or from two processes) never share a watermark.
 */
export interface DirectLineStore {
  get(conversationId: string): Promise<DirectLineConversation | undefined>;
  /** The user's conversation, created on first use (one per user, so links and reloads resume). */
  conversationForUser(userId: string, now: Date): Promise<DirectLineConversation>;
  /** Marks the conversation started; true only the first time (201 vs 200). */
  markStarted(conversationId: string, now: Date, locale: string | undefined): Promise<boolean>;
  /**
   * Appends an activity; `build` receives the id and watermark it will be stored under. `person`
   * is what the channel knows of whoever sent it (the write-ahead transcript records it).
   */
  append(
    conversationId: string,
    now: Date,
    build: (id: string, seq: number) => Partial<Activity>,
    person?: { accountId?: string; audience?: string },
  ): Promise<StoredActivity>;
  /** Activities after `watermark`, oldest first, at most `limit`. */
  after(conversationId: string, watermark: number, limit: number): Promise<StoredActivity[]>;
  /** The highest stored watermark (0 when empty). */
  latestWatermark(conversationId: string): Promise<number>;
}

interface ConversationRow {
  conversation_id: string;
  user_id: string;
  locale: string | null;
  created_at: string;
  started_at: string | null;
}

const fromRow = (r: ConversationRow): DirectLineConversation => ({
  conversationId: r.conversation_id,
  userId: r.user_id,
  locale: r.locale ?? undefined,
  createdAt: r.created_at,
  startedAt: r.started_at ?? undefined,
});

/** Activity ids look like Direct Line's: `<conversationId>|0000042`. */
export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

export function newConversationId(): string {
  return `dl-${randomBytes(16).toString('base64url')}`;
}

export class SqliteDirectLineStore implements DirectLineStore {
  constructor(private readonly db: Db) {}

  async get(conversationId: string): Promise<DirectLineConversation | undefined> {
    const row = this.db
      .prepare('SELECT * FROM directline_conversations WHERE conversation_id = ?')
      .get(conversationId) as ConversationRow | undefined;
    return row ? fromRow(row) : undefined;
  }

  async conversationForUser(userId: string, now: Date): Promise<DirectLineConversation> {
    const find = () =>
      this.db.prepare('SELECT * FROM directline_conversations WHERE user_id = ?').get(userId) as
        ConversationRow | undefined;
    const existing = find();
    if (existing) return fromRow(existing);
    // INSERT OR IGNORE: another request or process may have created it a moment ago.
    this.db
      .prepare(
        `INSERT OR IGNORE INTO directline_conversations (conversation_id, user_id, created_at)
        VALUES (?, ?, ?)`,
      )
      .run(newConversationId(), userId, now.toISOString());
    const row = find();
    if (!row) throw new Error(`directline: could not create a conversation for a user`);
    return fromRow(row);
  }

  async markStarted(conversationId: string, now: Date, locale: string | undefined): Promise<boolean> {
    const result = this.db
      .prepare(
        `UPDATE directline_conversations SET started_at = ?, locale = COALESCE(?, locale)
        WHERE conversation_id = ? AND started_at IS NULL`,
      )
      .run(now.toISOString(), locale ?? null, conversationId);
    return result.changes === 1;
  }

  async append(
    conversationId: string,
    now: Date,
    build: (id: string, seq: number) => Partial<Activity>,
    person: { audience?: string } = {},
  ): Promise<StoredActivity> {
    return this.appendNow(conversationId, now, build, person);
  }

  /**
   * `append` without the Promise, for a caller that wraps it in its own transaction on the same
   * database (the write-ahead store commits the transcript with it).
   */
  appendNow(
    conversationId: string,
    now: Date,
    build: (id: string, seq: number) => Partial<Activity>,
    person: { audience?: string } = {},
  ): StoredActivity {
    const next = this.db.prepare(
      'SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM directline_activities WHERE conversation_id = ?',
    );
    const insert = this.db.prepare(`INSERT INTO directline_activities
      (conversation_id, seq, activity_id, from_role, activity, created_at, audience)
      VALUES (?, ?, ?, ?, ?, ?, ?)`);
    return this.db
      .transaction((): StoredActivity => {
        const seq = (next.get(conversationId) as { seq: number }).seq;
        const id = activityId(conversationId, seq);
        const activity = build(id, seq);
        insert.run(
          conversationId,
          seq,
          id,
          activity.from?.role ?? 'unknown',
          JSON.stringify(activity),
          now.toISOString(),
          person.audience ?? null,
        );
        return { seq, activity, ...(person.audience !== undefined ? { audience: person.audience } : {}) };
      })
      .immediate();
  }

  async after(conversationId: string, watermark: number, limit: number): Promise<StoredActivity[]> {
    const rows = this.db
      .prepare(
        `SELECT seq, activity, audience FROM directline_activities WHERE conversation_id = ? AND seq > ?
        ORDER BY seq LIMIT ?`,
      )
      .all(conversationId, watermark, limit) as { seq: number; activity: string; audience: string | null }[];
    return rows.map((r) => ({
      seq: r.seq,
      activity: JSON.parse(r.activity) as Partial<Activity>,
      ...(r.audience !== null ? { audience: r.audience } : {}),
    }));
  }

  async latestWatermark(conversationId: string): Promise<number> {
    const row = this.db
      .prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM directline_activities WHERE conversation_id = ?')
      .get(conversationId) as { seq: number };
    return row.seq;
  }
}
