import { type Db, prepared } from './db.js';
import { writeGroupOf } from './writeGroup.js';

/**
 * A stored Bot Framework conversation reference (plain JSON here), so reminders and agents can
 * reach a person later on their own channel.
 */
export interface StoredConversation {
  conversationId: string;
  channelId: string;
  userId: string;
  accountId: string | undefined;
  /** The ConversationReference as JSON. */
  reference: Record<string, unknown>;
  /** When the person last wrote (WeChat's 48-hour window). */
  lastInboundAt: string | undefined;
  updatedAt: string;
}

export interface ConversationRefStore {
  /** Saves the reference; `inbound` marks that the person just wrote. */
  save(
    ref: Omit<StoredConversation, 'lastInboundAt' | 'updatedAt'>,
    now: Date,
    inbound: boolean,
  ): Promise<void>;
  get(conversationId: string): Promise<StoredConversation | undefined>;
  /** The account a conversation is bound to (cheap: no reference parsing). */
  accountOf(conversationId: string): Promise<string | undefined>;
  /** The most recently used conversation of an account, optionally on one channel. */
  latestForAccount(accountId: string, channelId?: string): Promise<StoredConversation | undefined>;
}

/** The stored row is the reference given (parameters: conversation, channel, user, account, reference JSON). */
const SAME_ROW =
  'conversation_id = ? AND channel_id = ? AND user_id = ? AND account_id IS ? AND reference = ?';

interface RefRow {
  conversation_id: string;
  channel_id: string;
  user_id: string;
  account_id: string | null;
  reference: string;
  last_inbound_at: string | null;
  updated_at: string;
}

function fromRow(r: RefRow): StoredConversation {
  return {
    conversationId: r.conversation_id,
    channelId: r.channel_id,
    userId: r.user_id,
    accountId: r.account_id ?? undefined,
    reference: JSON.parse(r.reference) as Record<string, unknown>,
    lastInboundAt: r.last_inbound_at ?? undefined,
    updatedAt: r.updated_at,
  };
}

/**
 * `ConversationRefStore` on SQLite. What this process last wrote per conversation is only a hint:
 * an unchanged reference is checked against the stored row in the same statement that touches it
 * (or read, when the person did not write), so a row another writer changed meanwhile (a CLI on
 * the same file, a restored backup) is written again instead of being taken as unchanged.
 */
export class SqliteConversationRefStore implements ConversationRefStore {
  /** What this process last wrote per conversation, so an unchanged reference is not rewritten. */
  private readonly written = new Map<string, string>();

  constructor(private readonly db: Db) {}

  async save(
    ref: Omit<StoredConversation, 'lastInboundAt' | 'updatedAt'>,
    now: Date,
    inbound: boolean,
  ): Promise<void> {
    const at = now.toISOString();
    const reference = JSON.stringify(ref.reference);
    const signature = `${ref.channelId}\u0000${ref.userId}\u0000${ref.accountId ?? ''}\u0000${reference}`;
    if (this.written.get(ref.conversationId) === signature) {
      // Same as last time if the stored row still says so: only the time of the person's last message moves.
      const same = [ref.conversationId, ref.channelId, ref.userId, ref.accountId ?? null, reference];
      const unchanged = inbound
        ? await writeGroupOf(this.db).run(
            () =>
              prepared(
                this.db,
                `UPDATE conversation_refs SET last_inbound_at = ?, updated_at = ? WHERE ${SAME_ROW}`,
              ).run(at, at, ...same).changes > 0,
            { atomic: true },
          )
        : prepared(this.db, `SELECT 1 FROM conversation_refs WHERE ${SAME_ROW}`).get(...same) !== undefined;
      if (unchanged) return;
    }
    if (this.written.size > 10_000) this.written.clear();
    this.written.set(ref.conversationId, signature);
    const upsert = prepared(
      this.db,
      `INSERT INTO conversation_refs (conversation_id, channel_id, user_id, account_id, reference,
          last_inbound_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(conversation_id) DO UPDATE SET channel_id = excluded.channel_id, user_id = excluded.user_id,
          account_id = excluded.account_id, reference = excluded.reference,
          last_inbound_at = COALESCE(excluded.last_inbound_at, conversation_refs.last_inbound_at),
          updated_at = excluded.updated_at`,
    );
    // issue 19 item 5: with the other writes of this event-loop turn, in one transaction
    await writeGroupOf(this.db).run(() =>
      upsert.run(
        ref.conversationId,
        ref.channelId,
        ref.userId,
        ref.accountId ?? null,
        reference,
        inbound ? at : null,
        at,
      ),
      { atomic: true },
    );
  }

  async get(conversationId: string): Promise<StoredConversation | undefined> {
    const row = prepared(this.db, 'SELECT * FROM conversation_refs WHERE conversation_id = ?').get(
      conversationId,
    ) as RefRow | undefined;
    return row ? fromRow(row) : undefined;
  }

  async accountOf(conversationId: string): Promise<string | undefined> {
    const row = prepared(this.db, 'SELECT account_id FROM conversation_refs WHERE conversation_id = ?').get(
      conversationId,
    ) as { account_id: string | null } | undefined;
    return row?.account_id ?? undefined;
  }

  async latestForAccount(accountId: string, channelId?: string): Promise<StoredConversation | undefined> {
    const row = (
      channelId
        ? prepared(
            this.db,
            `SELECT * FROM conversation_refs WHERE account_id = ? AND channel_id = ?
              ORDER BY updated_at DESC LIMIT 1`,
          ).get(accountId, channelId)
        : prepared(
            this.db,
            'SELECT * FROM conversation_refs WHERE account_id = ? ORDER BY updated_at DESC LIMIT 1',
          ).get(accountId)
    ) as RefRow | undefined;
    return row ? fromRow(row) : undefined;
  }
}
