import { maskTextFields } from '../../core/pii.js';
import type { Transaction } from 'better-sqlite3';
import type { Db } from '../db.js';
import { boundedOnce, isCanonicalCopy } from './bounded.js';
import { unrecordedChannelMessages, type UnrecordedMessage } from './channelCrossCheck.js';
import { canonicalJson, GENESIS_HASH, recordHashOf } from './chain.js';
import { ConversationHeads } from './conversationHeads.js';
import { turnTraceOf } from './turnTrace.js';
import { accountIdOf, flagsOf, outcomeOf, roleOf } from './classify.js';
import { TranscriptError } from './errors.js';
import { listConversations } from './conversationQuery.js';
import {
  decodeToken,
  deletionFromRow,
  encodeToken,
  flagBits,
  recordFromRow,
  summaryFromRow,
  type ConversationRow,
  type DeletionRow,
  type RecordRow,
} from './rows.js';
import type {
  AppendMeta,
  ConversationFilter,
  ConversationSummary,
  DeleteOutcome,
  DeletionRecord,
  Page,
  TranscriptActivity,
  TranscriptInfo,
  TranscriptRecord,
  TranscriptStore,
} from './types.js';

const DAY_MS = 86_400_000;

type AppendItems = readonly { activity: TranscriptActivity; meta: AppendMeta }[];

type RetentionPolicy = { now: Date; retentionDays: number; actor: string };

function prepareWrites(db: Db) {
  return {
    head: db.prepare(
      'SELECT seq, hash FROM transcript_records WHERE conversation_id = ? ORDER BY seq DESC LIMIT 1',
    ),
    insert: db.prepare(
      `INSERT INTO transcript_records (conversation_id, seq, channel_id, account_id, activity_id, type, role,
        timestamp, flags, activity, prev_hash, hash, recorded_at) VALUES (@conversation_id, @seq, @channel_id,
        @account_id, @activity_id, @type, @role, @timestamp, @flags, @activity, @prev_hash, @hash, @recorded_at)`,
    ),
    head_upsert: db.prepare(
      `INSERT INTO transcript_conversations (conversation_id, channel_id, account_id, started_at, last_at,
          record_count, head_hash, flags, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(conversation_id) DO UPDATE SET
          account_id = COALESCE(transcript_conversations.account_id, excluded.account_id),
          last_at = MAX(transcript_conversations.last_at, excluded.last_at),
          record_count = excluded.record_count, head_hash = excluded.head_hash,
          flags = transcript_conversations.flags | excluded.flags,
          outcome = COALESCE(excluded.outcome, transcript_conversations.outcome)`,
    ),
  };
}

function isoOr(value: unknown, fallback: Date): string {
  if (typeof value !== 'string') return fallback.toISOString();
  const t = Date.parse(value);
  return Number.isNaN(t) ? fallback.toISOString() : new Date(t).toISOString();
}

/**
 * Transcripts in SQLite. Each append reads the chain head and inserts in one IMMEDIATE
 * transaction, so the service and the command line can both write to the same file.
 *
 *   const store = new SqliteTranscriptStore(openDatabase('./data'));
 */
export class SqliteTranscriptStore implements TranscriptStore {
  private readonly statements: ReturnType<typeof prepareWrites>;

  /** Made once: better-sqlite3 builds a transaction function's wrappers each time one is made. */
  private readonly appendAllTx: Transaction<(items: AppendItems, recordedAt: Date) => TranscriptRecord[]>;

  constructor(
    private readonly db: Db,
    private readonly pageSize = 20,
  ) {
    this.statements = prepareWrites(db);
    this.appendAllTx = db.transaction((items, recordedAt) => {
      // Each conversation's head read once and its row written once per transaction.
      const heads = new ConversationHeads(this.statements.head, this.statements.head_upsert, GENESIS_HASH);
      const records = items.map((i) => this.appendNow(i.activity, i.meta, recordedAt, heads));
      heads.writeRows();
      return records;
    });
  }

  async append(activity: TranscriptActivity, meta: AppendMeta, recordedAt: Date): Promise<TranscriptRecord> {
    const [record] = this.appendAllTx.immediate([{ activity, meta }], recordedAt);
    return record as TranscriptRecord;
  }

  async appendAll(items: AppendItems, recordedAt: Date): Promise<TranscriptRecord[]> {
    return this.appendAllNow(items, recordedAt);
  }

  /**
   * `appendAll`, synchronously: committed when it returns (the write-ahead path needs that, and
   * it nests inside a caller's transaction, e.g. the channel storing the same message).
   */
  appendAllNow(items: AppendItems, recordedAt: Date): TranscriptRecord[] {
    return this.db.inTransaction
      ? this.appendAllTx(items, recordedAt)
      : this.appendAllTx.immediate(items, recordedAt);
  }

  private appendNow(
    given: TranscriptActivity,
    meta: AppendMeta,
    recordedAt: Date,
    heads: ConversationHeads,
  ): TranscriptRecord {
    // Bounded (too deep or too large is stored truncated with a marker, issue 13), and what a person
    // typed is stored with full ID/card/phone numbers masked (issue 12).
    const bounded = boundedOnce(given);
    const activity = roleOf(bounded) === 'user' ? maskTextFields(bounded) : bounded;
    const conversationId = activity.conversation?.id;
    if (typeof conversationId !== 'string' || conversationId === '') {
      throw new TranscriptError(
        'activity has no conversation.id; apply the conversation reference before logging it',
      );
    }
    const { seq, prevHash } = heads.next(conversationId);
    const trace = turnTraceOf(activity);
    // A copy made in canonical order is written as it stands (its masked copy keeps every key in
    // place); anything else is checked, and sorted where it is not.
    const activityJson = isCanonicalCopy(bounded) ? JSON.stringify(activity) : canonicalJson(activity);
    const row: RecordRow = {
      conversation_id: conversationId,
      seq,
      channel_id:
        typeof activity.channelId === 'string' && activity.channelId ? activity.channelId : 'unknown',
      account_id: accountIdOf(activity, meta, trace) ?? null,
      activity_id: typeof activity.id === 'string' ? activity.id : null,
      type: typeof activity.type === 'string' ? activity.type : 'unknown',
      role: roleOf(activity),
      timestamp: isoOr(activity.timestamp, recordedAt),
      flags: flagBits(flagsOf(activity, meta, trace)),
      activity: activityJson,
      prev_hash: prevHash,
      hash: recordHashOf(conversationId, seq, prevHash, activityJson),
      recorded_at: recordedAt.toISOString(),
    };
    this.statements.insert.run(row);
    heads.appended(row, outcomeOf(activity, trace) ?? null);
    return recordFromRow(row, activity);
  }

  /** Messages the Direct Line and WeChat stores hold that the transcript lacks (for verify). */
  unrecordedChannelMessages(): UnrecordedMessage[] {
    return unrecordedChannelMessages(this.db);
  }

  /** Proves the database file can take a write now (disk full, read-only, I/O errors throw). */
  probeWrite(now: Date): void {
    this.db
      .prepare(
        'INSERT INTO health_probe (id, at) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET at = excluded.at',
      )
      .run(now.toISOString());
  }

  async getTranscriptActivities(
    channelId: string,
    conversationId: string,
    continuationToken?: string,
    startDate?: Date,
  ): Promise<Page<TranscriptActivity>> {
    const after = continuationToken ? Number(continuationToken) : 0;
    if (!Number.isSafeInteger(after) || after < 0) {
      throw new TranscriptError(
        'continuation token is not one this store issued; pass the token from the previous page',
      );
    }
    const rows = this.db
      .prepare(
        `SELECT * FROM transcript_records WHERE conversation_id = ? AND channel_id = ? AND seq > ?
        AND timestamp >= ? ORDER BY seq LIMIT ?`,
      )
      .all(
        conversationId,
        channelId,
        after,
        startDate ? startDate.toISOString() : '',
        this.pageSize + 1,
      ) as RecordRow[];
    const page = rows.slice(0, this.pageSize);
    const lastSeq = page[page.length - 1]?.seq;
    return {
      items: page.map((r) => recordFromRow(r).activity),
      continuationToken: rows.length > this.pageSize && lastSeq !== undefined ? String(lastSeq) : undefined,
    };
  }

  async listTranscripts(channelId: string, continuationToken?: string): Promise<Page<TranscriptInfo>> {
    const [startedAt, id] = decodeToken(continuationToken) ?? ['', ''];
    const rows = this.db
      .prepare(
        `SELECT * FROM transcript_conversations WHERE channel_id = ?
        AND (started_at > ? OR (started_at = ? AND conversation_id > ?))
        ORDER BY started_at, conversation_id LIMIT ?`,
      )
      .all(channelId, startedAt, startedAt, id, this.pageSize + 1) as ConversationRow[];
    const page = rows.slice(0, this.pageSize);
    const last = page[page.length - 1];
    return {
      items: page.map((r) => ({
        channelId: r.channel_id,
        id: r.conversation_id,
        created: new Date(r.started_at),
      })),
      continuationToken:
        rows.length > this.pageSize && last ? encodeToken(last.started_at, last.conversation_id) : undefined,
    };
  }

  async deleteTranscript(
    channelId: string,
    conversationId: string,
    policy: RetentionPolicy,
  ): Promise<DeleteOutcome> {
    const remove = this.db.transaction((): DeleteOutcome => {
      const row = this.db
        .prepare('SELECT * FROM transcript_conversations WHERE conversation_id = ? AND channel_id = ?')
        .get(conversationId, channelId) as ConversationRow | undefined;
      if (!row) return { status: 'not_found' };
      const deletableFrom = new Date(Date.parse(row.last_at) + policy.retentionDays * DAY_MS);
      if (deletableFrom.getTime() > policy.now.getTime()) {
        return {
          status: 'within_retention',
          lastAt: row.last_at,
          deletableFrom: deletableFrom.toISOString(),
        };
      }
      return { status: 'deleted', deletion: this.deleteNow(row, policy) };
    });
    return remove.immediate();
  }

  private deleteNow(row: ConversationRow, policy: RetentionPolicy): DeletionRecord {
    const deletion: DeletionRow = {
      conversation_id: row.conversation_id,
      channel_id: row.channel_id,
      record_count: row.record_count,
      head_hash: row.head_hash,
      started_at: row.started_at,
      last_at: row.last_at,
      deleted_at: policy.now.toISOString(),
      deleted_by: policy.actor,
      reason: `retention: last activity older than ${policy.retentionDays} days`,
    };
    this.db
      .prepare(
        `INSERT INTO transcript_deletions (conversation_id, channel_id, record_count, head_hash, started_at,
        last_at, deleted_at, deleted_by, reason) VALUES (@conversation_id, @channel_id, @record_count, @head_hash,
        @started_at, @last_at, @deleted_at, @deleted_by, @reason)`,
      )
      .run(deletion);
    this.db.prepare('DELETE FROM transcript_records WHERE conversation_id = ?').run(row.conversation_id);
    this.db
      .prepare('DELETE FROM transcript_conversations WHERE conversation_id = ?')
      .run(row.conversation_id);
    return deletionFromRow(deletion);
  }

  async deleteExpired(policy: RetentionPolicy): Promise<DeletionRecord[]> {
    const cutoff = new Date(policy.now.getTime() - policy.retentionDays * DAY_MS).toISOString();
    const rows = this.db
      .prepare(
        'SELECT conversation_id, channel_id FROM transcript_conversations WHERE last_at <= ? ORDER BY last_at',
      )
      .all(cutoff) as { conversation_id: string; channel_id: string }[];
    const deleted: DeletionRecord[] = [];
    for (const r of rows) {
      const outcome = await this.deleteTranscript(r.channel_id, r.conversation_id, policy);
      if (outcome.status === 'deleted') deleted.push(outcome.deletion);
    }
    return deleted;
  }

  async listConversations(filter: ConversationFilter): Promise<Page<ConversationSummary>> {
    return listConversations(this.db, filter);
  }

  async getSummary(conversationId: string): Promise<ConversationSummary | undefined> {
    const row = this.db
      .prepare('SELECT * FROM transcript_conversations WHERE conversation_id = ?')
      .get(conversationId) as ConversationRow | undefined;
    return row ? summaryFromRow(row) : undefined;
  }

  async getRecords(conversationId: string): Promise<TranscriptRecord[]> {
    const rows = this.db
      .prepare('SELECT * FROM transcript_records WHERE conversation_id = ? ORDER BY seq')
      .all(conversationId) as RecordRow[];
    return rows.map((r) => recordFromRow(r));
  }

  async listConversationIds(): Promise<string[]> {
    const rows = this.db
      .prepare(
        `SELECT conversation_id FROM transcript_conversations UNION
        SELECT DISTINCT conversation_id FROM transcript_records ORDER BY conversation_id`,
      )
      .all() as { conversation_id: string }[];
    return rows.map((r) => r.conversation_id);
  }

  async listDeletions(): Promise<DeletionRecord[]> {
    const rows = this.db
      .prepare('SELECT * FROM transcript_deletions ORDER BY deletion_id')
      .all() as DeletionRow[];
    return rows.map(deletionFromRow);
  }
}
