import type { Storage, StoreItems } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock.js';
import { type Db, prepared } from '../store/db.js';
import { StateConflictError as ETagConflictError } from '../store/storeErrors.js';
import { writeGroupOf } from '../store/writeGroup.js';
import { noteStateJson, takeStateJson } from '../store/stateJson.js';

/**
 * The stored item with its eTag: the object JSON.parse just made takes it itself (as the last
 * key, where a spread copy would put it), anything else is spread into a new object as before.
 */
function withETag(parsed: unknown, eTag: string): object {
  if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
    (parsed as { eTag?: string }).eTag = eTag;
    return parsed;
  }
  return { ...(parsed as object), eTag };
}

/** The eTag conflict is one error whatever the backend (`StateConflictError`, code ETAG_CONFLICT). */
export { StateConflictError as ETagConflictError } from '../store/storeErrors.js';

/**
 * botbuilder `Storage` on SQLite with optimistic concurrency: a write whose eTag is not the
 * stored one (and not "*") is refused with ETagConflictError; a write without eTag overwrites.
 */
export class SqliteStorage implements Storage {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    const stmt = prepared(this.db, 'SELECT etag, value FROM bot_state WHERE key = ?');
    for (const key of keys) {
      const row = stmt.get(key) as { etag: string; value: string } | undefined;
      if (!row) continue;
      const item = withETag(JSON.parse(row.value) as unknown, row.etag);
      // The stored text is this item's JSON without the eTag: its state's change snapshot.
      noteStateJson('read', item, row.value);
      items[key] = item;
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const now = this.clock.now().toISOString();
    const select = prepared(this.db, 'SELECT etag FROM bot_state WHERE key = ?');
    const upsert = prepared(
      this.db,
      `INSERT INTO bot_state (key, etag, value, updated_at) VALUES (?, ?, ?, ?)
      ON CONFLICT(key) DO UPDATE SET etag = excluded.etag, value = excluded.value, updated_at = excluded.updated_at`,
    );
    // issue 19 item 5: with the other writes of this event-loop turn, in one transaction (its own
    // savepoint: a conflict undoes this write alone); resolved once committed.
    // The JSON LeanConversationState judged when it decided to save (taken now, whatever the
    // write's outcome), else each item is serialised when written.
    const judged = new Map<string, string | undefined>();
    for (const [key, item] of Object.entries(changes))
      judged.set(key, item ? takeStateJson('judged', item) : undefined);
    const entries = Object.entries(changes);
    await writeGroupOf(this.db).run(
      () => {
        for (const [key, item] of entries) {
          const { eTag, ...value } = (item ?? {}) as { eTag?: string } & Record<string, unknown>;
          if (eTag && eTag !== '*') {
            const row = select.get(key) as { etag: string } | undefined;
            if (row && row.etag !== eTag) throw new ETagConflictError(key);
          }
          upsert.run(key, randomUUID(), judged.get(key) ?? JSON.stringify(value), now);
        }
      },
      // One item (a turn's conversation state): a conflict throws before its one write, so the
      // group needs no savepoint to undo it alone.
      { atomic: entries.length === 1 },
    );
  }

  async delete(keys: string[]): Promise<void> {
    const stmt = prepared(this.db, 'DELETE FROM bot_state WHERE key = ?');
    this.db.transaction(() => {
      for (const key of keys) stmt.run(key);
    })();
  }
}
