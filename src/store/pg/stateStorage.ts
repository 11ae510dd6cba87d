import { randomUUID } from 'node:crypto';
import type { StateItems, StateStorage } from '../stateStorage.js';
import { StateConflictError } from '../storeErrors.js';
import { type PgPool, pgQuery, withTransaction } from './pool.js';

/**
 * Conversation state on PostgreSQL (`bot_state`) with real eTags: a conditional UPDATE on the
 * stored eTag, so of several instances writing with the same eTag exactly one wins. Keys of one
 * write are locked in sorted order (two multi-key writers cannot deadlock) in one transaction.
 */
export class PgStateStorage implements StateStorage {
  constructor(private readonly pool: PgPool) {}

  async read(keys: string[]): Promise<StateItems> {
    if (keys.length === 0) return {};
    const result = await pgQuery<{ key: string; etag: string; value: string }>(
      this.pool,
      'read conversation state',
      'SELECT key, etag, value FROM bot_state WHERE key = ANY($1::text[])',
      [keys],
    );
    const items: StateItems = {};
    for (const row of result.rows) items[row.key] = { ...(JSON.parse(row.value) as object), eTag: row.etag };
    return items;
  }

  async write(changes: StateItems): Promise<void> {
    const entries = Object.entries(changes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (entries.length === 0) return;
    await withTransaction(this.pool, 'write conversation state', async (client) => {
      for (const [key, item] of entries) {
        const { eTag, ...value } = item ?? {};
        const json = JSON.stringify(value);
        const etag = randomUUID();
        if (eTag && eTag !== '*') {
          const updated = await client.query(
            'UPDATE bot_state SET etag = $2, value = $3, updated_at = now() WHERE key = $1 AND etag = $4',
            [key, etag, json, eTag],
          );
          if (updated.rowCount === 1) continue;
          // Not updated: either the key does not exist (a first write always succeeds) or its eTag moved on.
          const inserted = await client.query(
            `INSERT INTO bot_state (key, etag, value, updated_at) VALUES ($1, $2, $3, now())
             ON CONFLICT (key) DO NOTHING`,
            [key, etag, json],
          );
          if (inserted.rowCount !== 1) throw new StateConflictError(key);
          continue;
        }
        await client.query(
          `INSERT INTO bot_state (key, etag, value, updated_at) VALUES ($1, $2, $3, now())
           ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, value = excluded.value, updated_at = excluded.updated_at`,
          [key, etag, json],
        );
      }
    });
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await pgQuery(
      this.pool,
      'delete conversation state',
      'DELETE FROM bot_state WHERE key = ANY($1::text[])',
      [keys],
    );
  }
}
