import { GENESIS_HASH } from '../transcripts/chain.js';
import { TranscriptError } from '../transcripts/errors.js';
import {
  decodeToken,
  deletionFromRow,
  encodeToken,
  recordFromRow,
  summaryFromRow,
  type ConversationRow,
  type RecordRow,
} from '../transcripts/rows.js';
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
} from '../transcripts/types.js';
import { pgArgs, pgText } from './text.js';
import { batchArgs, BATCH_INSERT_SQL, buildRow, inlineParameters, prepare } from './transcriptAppend.js';
import { appendAtKnownHead, appendWithTurnLock, noteHeadRead, TranscriptHeads } from './transcriptHeads.js';
import { ConversationOrder } from './transcriptOrder.js';
import { type LateOutcome, TurnRecords } from './transcriptLate.js';
import type { PgTurnSession } from './turnSession.js';
import type { PgTurnSessions } from './turnSessions.js';
import { claimRefused, claimToTake } from './turnClaim.js';
import {
  isConnectionError,
  namedQuery,
  type PgClient,
  type PgPool,
  pgQuery,
  toStoreError,
  withTransaction,
} from './pool.js';
import {
  deletionRow,
  listPgConversations,
  recordRow,
  type PgDeletionRow,
  type PgRecordRow,
} from './transcriptRows.js';

const DAY_MS = 86_400_000;
/** First key of the advisory lock a conversation's chain is appended under (the second: its hash). */
export const TRANSCRIPT_LOCK_SPACE = 719_019_005;

type RetentionPolicy = { now: Date; retentionDays: number; actor: string };
type Item = { activity: TranscriptActivity; meta: AppendMeta };
type HeadResult = { rows: { conversation_id: string; seq: number; hash: string }[] };

/**
 * Transcripts on PostgreSQL, the same records and hash chain as `SqliteTranscriptStore` for the
 * same input. An append takes a transaction-scoped advisory lock on its conversation before it
 * reads the chain head, so appends from any number of instances to one conversation queue on
 * the lock and the chain stays unbroken (seq unique, each prev_hash the previous hash); appends to
 * different conversations never wait on each other. Retention deletes take the same lock.
 *
 *   const store = new PgTranscriptStore(pool);
 *   await store.append(activity, {}, clock.now());
 */
export class PgTranscriptStore implements TranscriptStore {
  constructor(
    private readonly pool: PgPool,
    private readonly pageSize = 20,
    /** The turn lock's sessions: reply records ride in the turn's transaction (`deferToTurn`). */
    private readonly sessions?: PgTurnSessions,
  ) {}

  /** The heads this instance wrote last (a hint for one-statement appends). */
  private readonly heads = new TranscriptHeads();
  /** Each running turn's reply records, gathered for its transaction. */
  private readonly late = new WeakMap<PgTurnSession, TurnRecords>();

  /**
   * Records whose delivery waits for the end of the turn (replies given with the answer) join the
   * running turn's transaction (issue 19, pg13): written with its state write and COMMIT, in its
   * round trip. False (the caller commits them itself) outside a turn holding its lock, for
   * another conversation, or when this instance does not know the conversation's chain head.
   */
  deferToTurn(items: readonly Item[], recordedAt: Date, outcome: LateOutcome): boolean {
    const session = this.sessions?.current();
    if (!session?.holdsLock || !this.heads.get(session.conversationId)) return false;
    let prepared: (Item & { conversationId: string })[];
    try {
      prepared = items.map((i) => ({ ...prepare(i.activity), meta: i.meta }));
    } catch {
      return false;
    }
    if (prepared.some((p) => p.conversationId !== session.conversationId)) return false;
    let late = this.late.get(session);
    if (!late?.open) {
      late = new TurnRecords(session.conversationId, this.heads, recordedAt, TRANSCRIPT_LOCK_SPACE, (i, at) =>
        this.appendAll(i, at),
      );
      if (!session.addLate(late)) return false;
      this.late.set(session, late);
    }
    late.add(prepared, outcome);
    return true;
  }

  async append(activity: TranscriptActivity, meta: AppendMeta, recordedAt: Date): Promise<TranscriptRecord> {
    const [record] = await this.appendAll([{ activity, meta }], recordedAt);
    if (!record) throw new Error('transcript append wrote nothing');
    return record;
  }

  /**
   * Appends may run at once (the writer sends commits beside its queue, issue 19 pg16): those of
   * one conversation still enter its chain in call order (`ConversationOrder`), others never wait.
   */
  readonly besideQueue = true;
  private readonly order = new ConversationOrder();

  async appendAll(items: readonly Item[], recordedAt: Date): Promise<TranscriptRecord[]> {
    if (items.length === 0) return [];
    const prepared = items.map((i) => ({ ...prepare(i.activity), meta: i.meta }));
    const ids = prepared.map((p) => p.conversationId);
    return this.order.run(ids, () => this.appendInOrder(prepared, recordedAt));
  }

  private async appendInOrder(
    prepared: (Item & { conversationId: string })[],
    recordedAt: Date,
  ): Promise<TranscriptRecord[]> {
    // The turn's inbound record, on its lock session, tries the turn lock in its round trip (pg15).
    const session = this.sessions?.current();
    if (session) noteHeadRead(this.pool, this.heads, prepared); // read with the rate limits (pgturn19)
    const space = TRANSCRIPT_LOCK_SPACE;
    const locked = session && (await appendWithTurnLock(session, this.heads, prepared, recordedAt, space));
    if (locked) return locked;
    const fast = await appendAtKnownHead(this.pool, this.heads, prepared, recordedAt, TRANSCRIPT_LOCK_SPACE);
    if (fast) return fast;
    const records = await this.appendLocked(prepared, recordedAt);
    this.heads.note(records);
    return records;
  }

  /** BEGIN, the locks and heads in one round trip; the records and COMMIT in a second. */
  private async appendLocked(
    prepared: readonly (Item & { conversationId: string })[],
    recordedAt: Date,
  ): Promise<TranscriptRecord[]> {
    const operation = 'append to the transcript';
    const claim = claimToTake();
    let client: PgClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      throw toStoreError(err, operation);
    }
    let broken: Error | undefined;
    try {
      // Two round trips in all: BEGIN with the locks and heads (and the turn's activity claim
      // still to take, issue 19 pgturn), then the records with the COMMIT.
      const begin = claim ? `BEGIN; ${claim.sql((t) => client.escapeLiteral(t))}; ` : 'BEGIN; ';
      const records = await this.appendIn(client, prepared, recordedAt, begin, '; COMMIT');
      claim?.settle();
      return records;
    } catch (err) {
      if (isConnectionError(err)) broken = err as Error;
      else await client.query('ROLLBACK').catch((e: Error) => (broken = e));
      throw toStoreError(claimRefused(claim, err), operation);
    } finally {
      client.release(broken);
    }
  }

  /**
   * Appends inside a transaction the caller holds (the Direct Line store records what a person
   * sent in the same transaction that stores it for the channel).
   */
  async appendAllIn(client: PgClient, items: readonly Item[], recordedAt: Date): Promise<TranscriptRecord[]> {
    const prepared = items.map((i) => ({ ...prepare(i.activity), meta: i.meta }));
    const records = await this.appendIn(client, prepared, recordedAt, '', '');
    // A hint only: if the caller rolls back, the next one-statement append finds no such head.
    this.heads.note(records);
    return records;
  }

  /**
   * Locks the conversations (sorted: two batches over the same ones cannot deadlock) and reads
   * their heads in ONE round trip: simple-protocol statements, each with its own snapshot, so the
   * heads are read after the locks are held. `begin` opens the transaction in the same trip.
   */
  private async appendIn(
    client: PgClient,
    items: readonly (Item & { conversationId: string })[],
    recordedAt: Date,
    begin: string,
    end: '; COMMIT' | '',
  ): Promise<TranscriptRecord[]> {
    const ids = [...new Set(items.map((i) => i.conversationId))].sort();
    const literals = ids.map((id) => client.escapeLiteral(id));
    const text =
      begin +
      literals
        .map((l) => `SELECT pg_advisory_xact_lock(${TRANSCRIPT_LOCK_SPACE}, hashtext(${l}));`)
        .join(' ') +
      ` SELECT DISTINCT ON (conversation_id) conversation_id, seq, hash FROM transcript_records
        WHERE conversation_id IN (${literals.join(', ')}) ORDER BY conversation_id, seq DESC`;
    const results = (await client.query(text)) as unknown as HeadResult | HeadResult[];
    const last = Array.isArray(results) ? results[results.length - 1] : results;
    const heads = new Map<string, { seq: number; hash: string }>();
    for (const r of last?.rows ?? []) heads.set(r.conversation_id, { seq: r.seq, hash: r.hash });
    const built = items.map((item) => {
      const last = heads.get(item.conversationId) ?? { seq: 0, hash: GENESIS_HASH };
      const one = buildRow(item, last, recordedAt);
      heads.set(item.conversationId, { seq: one.row.seq, hash: one.row.hash });
      return { ...one, activity: item.activity };
    });
    // Every record of the batch in one statement (one round trip whatever the batch size); with
    // `end`, its values written in so that the COMMIT rides in the same trip.
    const args = batchArgs(built, recordedAt);
    if (end)
      await client.query(inlineParameters(BATCH_INSERT_SQL, args, (t) => client.escapeLiteral(t)) + end);
    else await client.query(namedQuery(BATCH_INSERT_SQL, args));
    const records = built.map((b) => recordFromRow(b.row, b.activity));
    return records;
  }

  async getTranscriptActivities(
    channelId: string,
    conversationId: string,
    continuationToken?: string,
    startDate?: Date,
  ): Promise<Page<TranscriptActivity>> {
    const after = continuationToken ? Number(continuationToken) : 0;
    if (!Number.isSafeInteger(after) || after < 0)
      throw new TranscriptError(
        'continuation token is not one this store issued; pass the token from the previous page',
      );
    const rows = await this.records(
      'read transcript activities',
      `SELECT * FROM transcript_records WHERE conversation_id = $1 AND channel_id = $2 AND seq > $3
        AND timestamp COLLATE "C" >= $4 ORDER BY seq LIMIT $5`,
      [
        conversationId,
        channelId,
        Math.min(after, 2 ** 31 - 1),
        startDate?.toISOString() ?? '',
        this.pageSize + 1,
      ],
    );
    const page = rows.slice(0, this.pageSize);
    const lastSeq = page[page.length - 1]?.seq;
    return {
      items: page.map((r) => recordFromRow(r).activity),
      continuationToken: rows.length > this.pageSize && lastSeq !== undefined ? String(lastSeq) : undefined,
    };
  }

  async listTranscripts(channelId: string, continuationToken?: string): Promise<Page<TranscriptInfo>> {
    const [startedAt, id] = decodeToken(continuationToken) ?? ['', ''];
    const rows = (
      await pgQuery<ConversationRow>(
        this.pool,
        'list transcripts',
        `SELECT * FROM transcript_conversations WHERE channel_id = $1
          AND (started_at COLLATE "C" > $2 OR (started_at = $2 AND conversation_id COLLATE "C" > $3))
          ORDER BY started_at COLLATE "C", conversation_id COLLATE "C" LIMIT $4`,
        pgArgs([channelId, startedAt, id, this.pageSize + 1]),
      )
    ).rows;
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
    return withTransaction(this.pool, 'delete a transcript', async (client): Promise<DeleteOutcome> => {
      await lockConversation(client, conversationId);
      const found = await client.query<ConversationRow>(
        'SELECT * FROM transcript_conversations WHERE conversation_id = $1 AND channel_id = $2',
        pgArgs([conversationId, channelId]),
      );
      const row = found.rows[0];
      if (!row) return { status: 'not_found' };
      const deletableFrom = new Date(Date.parse(row.last_at) + policy.retentionDays * DAY_MS);
      if (deletableFrom.getTime() > policy.now.getTime())
        return {
          status: 'within_retention',
          lastAt: row.last_at,
          deletableFrom: deletableFrom.toISOString(),
        };
      const logged = await client.query<PgDeletionRow>(
        `INSERT INTO transcript_deletions (conversation_id, channel_id, record_count, head_hash, started_at,
          last_at, deleted_at, deleted_by, reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
        [
          row.conversation_id,
          row.channel_id,
          row.record_count,
          row.head_hash,
          row.started_at,
          row.last_at,
          policy.now,
          policy.actor,
          `retention: last activity older than ${policy.retentionDays} days`,
        ],
      );
      await client.query('DELETE FROM transcript_records WHERE conversation_id = $1', [row.conversation_id]);
      await client.query('DELETE FROM transcript_conversations WHERE conversation_id = $1', [
        row.conversation_id,
      ]);
      return { status: 'deleted', deletion: deletionFromRow(deletionRow(logged.rows[0]!)) };
    });
  }

  async deleteExpired(policy: RetentionPolicy): Promise<DeletionRecord[]> {
    const cutoff = new Date(policy.now.getTime() - policy.retentionDays * DAY_MS).toISOString();
    const rows = (
      await pgQuery<{ conversation_id: string; channel_id: string }>(
        this.pool,
        'find transcripts past retention',
        `SELECT conversation_id, channel_id FROM transcript_conversations WHERE last_at COLLATE "C" <= $1
          ORDER BY last_at COLLATE "C"`,
        [cutoff],
      )
    ).rows;
    const deleted: DeletionRecord[] = [];
    for (const r of rows) {
      const outcome = await this.deleteTranscript(r.channel_id, r.conversation_id, policy);
      if (outcome.status === 'deleted') deleted.push(outcome.deletion);
    }
    return deleted;
  }

  async listConversations(filter: ConversationFilter): Promise<Page<ConversationSummary>> {
    return listPgConversations(this.pool, filter);
  }

  async getSummary(conversationId: string): Promise<ConversationSummary | undefined> {
    const row = (
      await pgQuery<ConversationRow>(
        this.pool,
        'read a transcript summary',
        'SELECT * FROM transcript_conversations WHERE conversation_id = $1',
        [pgText(conversationId)],
      )
    ).rows[0];
    return row ? summaryFromRow(row) : undefined;
  }

  async getRecords(conversationId: string): Promise<TranscriptRecord[]> {
    const rows = await this.records(
      'read transcript records',
      'SELECT * FROM transcript_records WHERE conversation_id = $1 ORDER BY seq',
      [conversationId],
    );
    return rows.map((r) => recordFromRow(r));
  }

  async listConversationIds(): Promise<string[]> {
    const rows = await pgQuery<{ conversation_id: string }>(
      this.pool,
      'list transcript conversations',
      `SELECT conversation_id FROM (SELECT conversation_id FROM transcript_conversations UNION
        SELECT conversation_id FROM transcript_records) ids ORDER BY conversation_id COLLATE "C"`,
    );
    return rows.rows.map((r) => r.conversation_id);
  }

  async listDeletions(): Promise<DeletionRecord[]> {
    const rows = await pgQuery<PgDeletionRow>(
      this.pool,
      'list transcript deletions',
      'SELECT * FROM transcript_deletions ORDER BY deletion_id',
    );
    return rows.rows.map((r) => deletionFromRow(deletionRow(r)));
  }

  private async records(operation: string, sql: string, args: unknown[]): Promise<RecordRow[]> {
    return (await pgQuery<PgRecordRow>(this.pool, operation, sql, pgArgs(args))).rows.map(recordRow);
  }
}

async function lockConversation(client: PgClient, conversationId: string): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
    TRANSCRIPT_LOCK_SPACE,
    pgText(conversationId),
  ]);
}
