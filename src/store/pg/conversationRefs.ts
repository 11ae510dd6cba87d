import type { ConversationRefStore, StoredConversation } from '../conversationRefs.js';
import type { AsyncOf } from './asyncOf.js';
import type { PgPool } from './pool.js';
import { type PlannedRead, takeRequestRead } from './requestReads.js';
import { iso, isoOrUndefined, run } from './rows.js';
import { pgText } from './text.js';
import type { PgTurnSessions } from './turnSessions.js';

const SAVE_SQL = `INSERT INTO conversation_refs AS r (conversation_id, channel_id, user_id, account_id, reference,
         last_inbound_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6::timestamptz, $7::timestamptz)
       ON CONFLICT (conversation_id) DO UPDATE SET channel_id = excluded.channel_id, user_id = excluded.user_id,
         account_id = excluded.account_id, reference = excluded.reference,
         last_inbound_at = COALESCE(excluded.last_inbound_at, r.last_inbound_at),
         updated_at = excluded.updated_at
       WHERE excluded.last_inbound_at IS NOT NULL
         OR (r.channel_id, r.user_id, r.account_id, r.reference)
           IS DISTINCT FROM (excluded.channel_id, excluded.user_id, excluded.account_id, excluded.reference)`;

const ACCOUNT_OF_SQL = 'SELECT account_id FROM conversation_refs WHERE conversation_id = $1';

/** `accountOf` as a read a request can plan ahead (issue 19 pg19, `PgRequestReads`). */
export function accountOfRead(conversationId: string): PlannedRead {
  return { text: ACCOUNT_OF_SQL, values: [pgText(conversationId)] };
}

interface RefRow {
  conversation_id: string;
  channel_id: string;
  user_id: string;
  account_id: string | null;
  reference: string;
  last_inbound_at: Date | null;
  updated_at: Date;
}

function fromRow(r: RefRow): StoredConversation {
  return {
    conversationId: r.conversation_id,
    channelId: r.channel_id,
    userId: r.user_id,
    accountId: r.account_id ?? undefined,
    reference: JSON.parse(r.reference) as Record<string, unknown>,
    lastInboundAt: isoOrUndefined(r.last_inbound_at),
    updatedAt: iso(r.updated_at),
  };
}

/**
 * `ConversationRefStore` on PostgreSQL. `save` is one upsert that leaves the row untouched when
 * nothing changed and the person did not write (what the SQLite store's per-process memory of
 * the last write achieves), decided by the database, so it stays right with several instances.
 *
 * With `sessions` (the service's turn lock), a save of the running turn's own conversation while
 * the turn holds its lock is written in the transaction that writes the turn's state and releases
 * the lock (issue 19 item 5: no round trip of its own; a turn that fails before saving its state
 * writes it with the unlock). `save` then resolves once queued; readers on other instances take
 * the conversation's lock first or read the previous reference, as they would a moment earlier.
 */
export class PgConversationRefStore implements AsyncOf<ConversationRefStore> {
  constructor(
    private readonly pool: PgPool,
    private readonly sessions?: PgTurnSessions,
  ) {}

  async save(
    ref: Omit<StoredConversation, 'lastInboundAt' | 'updatedAt'>,
    now: Date,
    inbound: boolean,
  ): Promise<void> {
    const values = [
      ref.conversationId,
      ref.channelId,
      ref.userId,
      ref.accountId ?? null,
      JSON.stringify(ref.reference),
      inbound ? now : null,
      now,
    ];
    const session = this.sessions?.current();
    if (session?.conversationId === ref.conversationId && session.defer(SAVE_SQL, values)) return;
    await run(this.pool, 'save a conversation reference', SAVE_SQL, values);
  }

  async get(conversationId: string): Promise<StoredConversation | undefined> {
    const result = await run<RefRow>(
      this.pool,
      'read a conversation reference',
      'SELECT * FROM conversation_refs WHERE conversation_id = $1',
      [conversationId],
    );
    const row = result.rows[0];
    return row ? fromRow(row) : undefined;
  }

  async accountOf(conversationId: string): Promise<string | undefined> {
    const planned = accountOfRead(conversationId);
    const result =
      (takeRequestRead(this.pool, planned.text, planned.values) as
        { rows: { account_id: string | null }[] } | undefined) ??
      (await run<{ account_id: string | null }>(this.pool, "read a conversation's account", ACCOUNT_OF_SQL, [
        conversationId,
      ]));
    return result.rows[0]?.account_id ?? undefined;
  }

  async latestForAccount(accountId: string, channelId?: string): Promise<StoredConversation | undefined> {
    const result = await run<RefRow>(
      this.pool,
      "read an account's latest conversation",
      `SELECT * FROM conversation_refs WHERE account_id = $1 AND ($2::text IS NULL OR channel_id = $2)
       ORDER BY updated_at DESC LIMIT 1`,
      [accountId, channelId || null],
    );
    const row = result.rows[0];
    return row ? fromRow(row) : undefined;
  }
}
