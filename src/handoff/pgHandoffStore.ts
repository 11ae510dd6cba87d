import { randomUUID } from 'node:crypto';
import type { AsyncOf } from '../store/pg/asyncOf.js';
import { type PgClient, type PgPool, pgQuery, withTransaction } from '../store/pg/pool.js';
import { type PlannedRead, takeRequestRead } from '../store/pg/requestReads.js';
import { pgArgs, pgText } from '../store/pg/text.js';
import * as rows from './rows.js';
import type {
  AcceptOutcome,
  AccessOutcome,
  CallbackState,
  EnqueueOutcome,
  HandoffEntry,
  HandoffMessage,
  HandoffStore,
  MessageSender,
  NewHandoff,
  ReleaseOutcome,
} from './types.js';

type Instant = Date | string;

type HandoffRow = rows.HandoffRow<Instant, boolean>;
type MessageRow = rows.MessageRow<Instant>;

const iso = (v: Instant): string => (typeof v === 'string' ? new Date(v).toISOString() : v.toISOString());

const values: rows.RowValues<Instant, boolean> = { iso, bool: (v) => v };
const entryFrom = (r: HandoffRow): HandoffEntry => rows.entryFrom(r, values);
const messageFrom = (r: MessageRow): HandoffMessage => rows.messageFrom(r, iso);

const OPEN = "status IN ('queued', 'accepted')";
/** Advisory lock spaces: a conversation's enqueue, a handoff's message list. */
const ENQUEUE_LOCK = 719_019_006;
const MESSAGES_LOCK = 719_019_007;

/** Every column of `handoffs` (migration 001), for statements prepared once per connection. */
export const HANDOFF_COLUMNS = `handoff_id, conversation_id, channel_id, account_id, reason, priority, summary, locale,
  verified, guard, status, agent, queued_at, accepted_at, released_at, outcome, callback, callback_at`;

const OPEN_HANDOFF_SQL = `SELECT ${HANDOFF_COLUMNS} FROM handoffs WHERE conversation_id = $1 AND ${OPEN}`;

/** `open` as a read a request can plan ahead (issue 19 pg19, `PgRequestReads`). */
export function openHandoffRead(conversationId: string): PlannedRead {
  return { text: OPEN_HANDOFF_SQL, values: pgArgs([conversationId]) };
}

/**
 * The handoff queue on PostgreSQL, shared by every instance. Accepting is one conditional UPDATE
 * (`WHERE status = 'queued'`): of two agents on two instances accepting at once, the second waits
 * for the first's row lock, sees the row accepted and gets `held_by_other`. Enqueueing takes an
 * advisory lock on the conversation (and the unique partial index `handoffs_open` backs it), so
 * a conversation never has two open handoffs. Messages of one handoff are numbered under a lock
 * on that handoff, so a cursor never skips a message committed late.
 *
 *   const store = new PgHandoffStore(pool);
 *   await store.accept(conversationId, 'alice', clock.now()); // { status: 'accepted', entry }
 */
export class PgHandoffStore implements AsyncOf<HandoffStore> {
  constructor(private readonly pool: PgPool) {}

  async enqueue(h: NewHandoff, now: Date): Promise<EnqueueOutcome> {
    return withTransaction(this.pool, 'queue a handoff', async (client): Promise<EnqueueOutcome> => {
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
        ENQUEUE_LOCK,
        pgText(h.conversationId),
      ]);
      const found = await client.query<HandoffRow>(
        `SELECT * FROM handoffs WHERE conversation_id = $1 AND ${OPEN} FOR UPDATE`,
        [pgText(h.conversationId)],
      );
      const existing = found.rows[0];
      if (existing) {
        if (h.priority >= existing.priority) return { status: 'already_open', entry: entryFrom(existing) };
        const raised = await client.query<HandoffRow>(
          'UPDATE handoffs SET reason = $1, priority = $2 WHERE handoff_id = $3 RETURNING *',
          [h.reason, h.priority, existing.handoff_id],
        );
        return { status: 'already_open', entry: entryFrom(raised.rows[0]!) };
      }
      const inserted = await client.query<HandoffRow>(
        `INSERT INTO handoffs (handoff_id, conversation_id, channel_id, account_id, reason, priority, summary,
          locale, verified, guard, status, queued_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'queued', $11)
          RETURNING *`,
        pgArgs([
          `H-${randomUUID()}`,
          h.conversationId,
          h.channelId,
          h.accountId ?? null,
          h.reason,
          h.priority,
          h.summary,
          h.locale,
          h.verified,
          h.guard ? JSON.stringify(h.guard) : null,
          now,
        ]),
      );
      return { status: 'queued', entry: entryFrom(inserted.rows[0]!) };
    });
  }

  async open(conversationId: string): Promise<HandoffEntry | undefined> {
    // Every turn asks: columns named (not *), so the statement is prepared once per connection;
    // on /api/messages it rides with the request's rate limits (issue 19 pg19, PgRequestReads).
    const planned = openHandoffRead(conversationId);
    const known = takeRequestRead(this.pool, planned.text, planned.values);
    if (known) {
      const row = known.rows[0] as HandoffRow | undefined;
      return row ? entryFrom(row) : undefined;
    }
    return this.one('read a handoff', OPEN_HANDOFF_SQL, [conversationId]);
  }

  async openForAccount(accountId: string): Promise<HandoffEntry | undefined> {
    return this.one(
      "read an account's handoff",
      `SELECT * FROM handoffs WHERE account_id = $1 AND ${OPEN} ORDER BY queued_at DESC LIMIT 1`,
      [accountId],
    );
  }

  async queued(): Promise<HandoffEntry[]> {
    return this.many(
      'read the handoff queue',
      `SELECT * FROM handoffs WHERE status = 'queued' ORDER BY priority, queued_at, handoff_id COLLATE "C"`,
    );
  }

  async heldBy(agent: string): Promise<HandoffEntry[]> {
    return this.many(
      "read an agent's conversations",
      'SELECT * FROM handoffs WHERE status = \'accepted\' AND agent = $1 ORDER BY accepted_at, handoff_id COLLATE "C"',
      [agent],
    );
  }

  async accept(conversationId: string, agent: string, now: Date): Promise<AcceptOutcome> {
    const taken = await this.one(
      'accept a handoff',
      `UPDATE handoffs SET status = 'accepted', agent = $1, accepted_at = $2
        WHERE conversation_id = $3 AND status = 'queued' RETURNING *`,
      [agent, now, conversationId],
    );
    if (taken) return { status: 'accepted', entry: taken };
    const entry = await this.open(conversationId);
    if (!entry) return { status: 'not_queued' };
    return entry.agent === agent ? { status: 'already_yours', entry } : { status: 'held_by_other' };
  }

  async release(conversationId: string, agent: string, outcome: string, now: Date): Promise<ReleaseOutcome> {
    const released = await this.one(
      'release a handoff',
      `UPDATE handoffs SET status = 'released', released_at = $1, outcome = $2
        WHERE conversation_id = $3 AND status = 'accepted' AND agent = $4 RETURNING *`,
      [now, outcome, conversationId, agent],
    );
    if (released) return { status: 'released', entry: released };
    const access = await this.access(conversationId, agent);
    // Accepted by this agent a moment ago yet not released: another release of it won the race.
    return access.status === 'ok' ? { status: 'not_open' } : access;
  }

  async access(conversationId: string, agent: string): Promise<AccessOutcome> {
    const entry = await this.open(conversationId);
    if (!entry) return { status: 'not_open' };
    return entry.status === 'accepted' && entry.agent === agent
      ? { status: 'ok', entry }
      : { status: 'not_holder' };
  }

  async setCallback(handoffId: string, from: CallbackState, to: CallbackState, now: Date): Promise<boolean> {
    const result = await pgQuery(
      this.pool,
      'move a callback offer on',
      `UPDATE handoffs SET callback = $1, callback_at = $2 WHERE handoff_id = $3 AND callback = $4 AND ${OPEN}`,
      pgArgs([to, now, handoffId, from]),
    );
    return result.rowCount === 1;
  }

  async dueForCallbackOffer(now: Date, waitedSeconds: number): Promise<HandoffEntry[]> {
    return this.many(
      'find handoffs due a callback offer',
      `SELECT * FROM handoffs WHERE status = 'queued' AND callback = 'none' AND queued_at <= $1
        ORDER BY priority, queued_at`,
      [new Date(now.getTime() - waitedSeconds * 1000)],
    );
  }

  async appendMessage(
    handoffId: string,
    from: MessageSender,
    text: string,
    now: Date,
    agent?: string,
  ): Promise<HandoffMessage> {
    return withTransaction(this.pool, 'relay a handoff message', async (client: PgClient) => {
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
        MESSAGES_LOCK,
        pgText(handoffId),
      ]);
      const row = await client.query<MessageRow>(
        `INSERT INTO handoff_messages (message_id, handoff_id, sender, agent, text, created_at)
          VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
        pgArgs([randomUUID(), handoffId, from, agent ?? null, text, now]),
      );
      return messageFrom(row.rows[0]!);
    });
  }

  async messages(handoffId: string, afterSeq: number, limit: number): Promise<HandoffMessage[]> {
    const rows = await pgQuery<MessageRow>(
      this.pool,
      'read handoff messages',
      'SELECT * FROM handoff_messages WHERE handoff_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
      pgArgs([handoffId, afterSeq, Math.max(0, Math.floor(limit))]),
    );
    return rows.rows.map(messageFrom);
  }

  private async one(operation: string, sql: string, args: unknown[]): Promise<HandoffEntry | undefined> {
    const row = (await pgQuery<HandoffRow>(this.pool, operation, sql, pgArgs(args))).rows[0];
    return row ? entryFrom(row) : undefined;
  }

  private async many(operation: string, sql: string, args: unknown[] = []): Promise<HandoffEntry[]> {
    return (await pgQuery<HandoffRow>(this.pool, operation, sql, pgArgs(args))).rows.map(entryFrom);
  }
}
