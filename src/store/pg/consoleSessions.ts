import {
  type ConsoleSessionRow,
  type ConsoleSessionStore,
  sessionFromRow,
  type StoredConsoleSession,
} from '../consoleSessions.js';
import { type PgPool, pgQuery } from './pool.js';
import { pgText } from './text.js';

/** Console sessions on PostgreSQL (`console_sessions`, migration 005), shared by every instance. */
export class PgConsoleSessions implements ConsoleSessionStore {
  constructor(private readonly pool: PgPool) {}

  async put(tokenDigest: string, s: StoredConsoleSession): Promise<void> {
    await pgQuery(
      this.pool,
      'start a console session',
      `INSERT INTO console_sessions (token_digest, name, roles, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)
        ON CONFLICT (token_digest) DO UPDATE SET name = excluded.name, roles = excluded.roles,
          created_at = excluded.created_at, expires_at = excluded.expires_at`,
      [tokenDigest, pgText(s.name), JSON.stringify(s.roles), s.createdAt, s.expiresAt],
    );
  }

  async get(tokenDigest: string, now: Date): Promise<StoredConsoleSession | undefined> {
    const row = (
      await pgQuery<ConsoleSessionRow>(
        this.pool,
        'read a console session',
        'SELECT name, roles, created_at, expires_at FROM console_sessions WHERE token_digest = $1 AND expires_at > $2',
        [pgText(tokenDigest), now],
      )
    ).rows[0];
    return row ? sessionFromRow(row) : undefined;
  }

  async touch(tokenDigest: string, expiresAt: Date, now: Date): Promise<boolean> {
    const result = await pgQuery(
      this.pool,
      'extend a console session',
      'UPDATE console_sessions SET expires_at = $1 WHERE token_digest = $2 AND expires_at > $3',
      [expiresAt, pgText(tokenDigest), now],
    );
    return result.rowCount === 1;
  }

  async delete(tokenDigest: string): Promise<void> {
    await pgQuery(
      this.pool,
      'end a console session',
      'DELETE FROM console_sessions WHERE token_digest = $1',
      [pgText(tokenDigest)],
    );
  }

  async prune(now: Date): Promise<number> {
    const result = await pgQuery(
      this.pool,
      'forget expired console sessions',
      'DELETE FROM console_sessions WHERE expires_at <= $1',
      [now],
    );
    return result.rowCount ?? 0;
  }
}
