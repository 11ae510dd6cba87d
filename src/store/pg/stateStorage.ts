import { randomUUID } from 'node:crypto';
import { noteStateJson, takeStateJson } from '../stateJson.js';
import type { StateItem, StateItems, StateStorage } from '../stateStorage.js';
import { StateConflictError } from '../storeErrors.js';
import { type PgPool, pgQuery, withTransaction } from './pool.js';
import { PgTurnSession } from './turnSession.js';
import type { PgTurnSessions } from './turnSessions.js';

const READ_SQL = 'SELECT key, etag, value FROM bot_state WHERE key = ANY($1::text[])';

/**
 * Conversation state on PostgreSQL (`bot_state`) with real eTags: a conditional UPDATE on the
 * stored eTag, so of several instances writing with the same eTag exactly one wins. Keys of one
 * write are locked in sorted order (two multi-key writers cannot deadlock) in one transaction.
 */
export class PgStateStorage implements StateStorage {
  /**
   * `sessions` (the service's turn lock, PgConversationLock with serverLockAt 'stateRead'): inside
   * a turn, a read takes the conversation's lock in the same round trip and the write of the
   * conversation's state releases it in the same round trip, after its COMMIT (issue 19 item 5).
   */
  constructor(
    private readonly pool: PgPool,
    private readonly sessions?: PgTurnSessions,
  ) {}

  async read(keys: string[]): Promise<StateItems> {
    if (keys.length === 0) return {};
    const session = this.sessions?.current();
    type Row = { key: string; etag: string; value: string };
    let result;
    if (session && PgTurnSession.inlinable(keys))
      result = await session.lockedQuery<Row>(READ_SQL, [keys], 'read conversation state');
    else {
      if (session) await session.lock('take the conversation turn lock');
      result = await pgQuery<Row>(this.pool, 'read conversation state', READ_SQL, [keys]);
    }
    const items: StateItems = {};
    for (const row of result.rows) {
      const item = { ...(JSON.parse(row.value) as object), eTag: row.etag };
      // The stored text is this item's JSON without the eTag: its change snapshot (as on SQLite),
      // so LeanConversationState does not serialise the state it just read.
      noteStateJson('read', item, row.value);
      items[row.key] = item;
    }
    return items;
  }

  async write(changes: StateItems): Promise<void> {
    // The JSON LeanConversationState judged when it decided to save (taken now, whatever the
    // write's outcome): written as it is instead of serialising the state again (as on SQLite).
    const entries = Object.entries(changes)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]): Entry => [key, item, item ? takeStateJson('judged', item) : undefined]);
    if (entries.length === 0) return;
    const [only] = entries;
    const session = this.sessions?.current();
    session?.forgetAhead();
    if (entries.length === 1 && only && session && ownsKey(session, only[0])) {
      const statement = writeStatement(only);
      if (session.holdsLock && PgTurnSession.inlinable(statement[1])) {
        // The turn's last word on its state: written, committed and the lock released in one round trip.
        const written = await session.writeAndUnlock(...statement, 'write conversation state');
        if (written.rows.length !== 1) throw new StateConflictError(only[0]);
        return;
      }
    }
    if (entries.length === 1 && only) {
      // One statement is atomic by itself: no BEGIN/COMMIT round trips for the common case.
      const written = await pgQuery(this.pool, 'write conversation state', ...writeStatement(only));
      if (written.rowCount !== 1) throw new StateConflictError(only[0]);
      return;
    }
    await withTransaction(this.pool, 'write conversation state', async (client) => {
      for (const entry of entries) {
        const written = await client.query(...writeStatement(entry));
        if (written.rowCount !== 1) throw new StateConflictError(entry[0]);
      }
    });
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    this.sessions?.current()?.forgetAhead();
    await pgQuery(
      this.pool,
      'delete conversation state',
      'DELETE FROM bot_state WHERE key = ANY($1::text[])',
      [keys],
    );
  }
}

/** Whether `key` is the state of the session's conversation (botbuilder's ConversationState: `<channel>/conversations/<id>/`). */
function ownsKey(session: PgTurnSession, key: string): boolean {
  const tail = `/conversations/${session.conversationId}`;
  return key.endsWith(`${tail}/`) || key.endsWith(tail);
}

/** A key, its item, and the item's JSON as LeanConversationState judged it (when it did). */
type Entry = [string, StateItem, string | undefined];

/**
 * One key's write as one statement returning one row when written, none on an eTag conflict:
 * with an eTag (not "*"), a conditional UPDATE, else an INSERT that only a missing key lets
 * through (a first write always succeeds); without one, an upsert.
 */
function writeStatement([key, item, judged]: Entry): [string, unknown[]] {
  const { eTag, ...value } = item ?? {};
  const json = judged ?? JSON.stringify(value);
  const etag = randomUUID();
  if (!eTag || eTag === '*')
    return [
      `INSERT INTO bot_state (key, etag, value, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, value = excluded.value, updated_at = excluded.updated_at
       RETURNING 1`,
      [key, etag, json],
    ];
  return [
    `WITH updated AS (
       UPDATE bot_state SET etag = $2, value = $3, updated_at = now() WHERE key = $1 AND etag = $4 RETURNING 1),
     inserted AS (
       INSERT INTO bot_state (key, etag, value, updated_at)
       SELECT $1, $2, $3, now() WHERE NOT EXISTS (SELECT 1 FROM updated)
       ON CONFLICT (key) DO NOTHING RETURNING 1)
     SELECT 1 FROM updated UNION ALL SELECT 1 FROM inserted`,
    [key, etag, json, eTag],
  ];
}
