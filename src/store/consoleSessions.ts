import { type Db, prepared } from './db.js';

/** A console login session as stored: who signed in and until when. Never the token itself. */
export interface StoredConsoleSession {
  name: string;
  roles: string[];
  createdAt: string;
  expiresAt: string;
}

/**
 * Where console login sessions live, keyed by the SHA-256 digest of the session token (the
 * caller hashes; a store never sees a token). Shared by every instance on one database, so a
 * console signed in through instance A is known to instance B. Time is the caller's.
 *
 *   await store.put(digest, { name: 'rita', roles: ['reviewer'], createdAt, expiresAt });
 *   await store.get(digest, clock.now()); // undefined once expired or deleted
 */
export interface ConsoleSessionStore {
  put(tokenDigest: string, session: StoredConsoleSession): Promise<void>;
  /** The session, or undefined when unknown or expired at `now`. */
  get(tokenDigest: string, now: Date): Promise<StoredConsoleSession | undefined>;
  /** Moves the expiry (e.g. on activity); false when the session is unknown or already expired. */
  touch(tokenDigest: string, expiresAt: Date, now: Date): Promise<boolean>;
  delete(tokenDigest: string): Promise<void>;
  /** Forgets sessions expired at `now`; returns how many. */
  prune(now: Date): Promise<number>;
}

/** In process memory: the default when no database is given (one instance only). */
export class MemoryConsoleSessions implements ConsoleSessionStore {
  private readonly sessions = new Map<string, StoredConsoleSession>();

  async put(tokenDigest: string, session: StoredConsoleSession): Promise<void> {
    this.sessions.set(tokenDigest, { ...session, roles: [...session.roles] });
  }

  async get(tokenDigest: string, now: Date): Promise<StoredConsoleSession | undefined> {
    const session = this.sessions.get(tokenDigest);
    // Expired ones stay until `prune` (as in the database stores).
    if (!session || Date.parse(session.expiresAt) <= now.getTime()) return undefined;
    return { ...session, roles: [...session.roles] };
  }

  async touch(tokenDigest: string, expiresAt: Date, now: Date): Promise<boolean> {
    const session = await this.get(tokenDigest, now);
    if (!session) return false;
    this.sessions.set(tokenDigest, { ...session, expiresAt: expiresAt.toISOString() });
    return true;
  }

  async delete(tokenDigest: string): Promise<void> {
    this.sessions.delete(tokenDigest);
  }

  async prune(now: Date): Promise<number> {
    let pruned = 0;
    for (const [key, s] of this.sessions)
      if (Date.parse(s.expiresAt) <= now.getTime()) pruned += Number(this.sessions.delete(key));
    return pruned;
  }
}

export interface ConsoleSessionRow {
  name: string;
  roles: string;
  created_at: string | Date;
  expires_at: string | Date;
}

const iso = (v: string | Date): string => (typeof v === 'string' ? v : v.toISOString());

/** A stored row; roles that are not a JSON array of strings read as none (no access). */
export function sessionFromRow(r: ConsoleSessionRow): StoredConsoleSession {
  let roles: string[] = [];
  try {
    const parsed: unknown = JSON.parse(r.roles);
    if (Array.isArray(parsed)) roles = parsed.filter((x): x is string => typeof x === 'string');
  } catch {
    roles = [];
  }
  return { name: r.name, roles, createdAt: iso(r.created_at), expiresAt: iso(r.expires_at) };
}

/** On SQLite (`console_sessions`, migration 016): every process on the file shares them. */
export class SqliteConsoleSessions implements ConsoleSessionStore {
  constructor(private readonly db: Db) {}

  async put(tokenDigest: string, s: StoredConsoleSession): Promise<void> {
    prepared(
      this.db,
      `INSERT INTO console_sessions (token_digest, name, roles, created_at, expires_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(token_digest) DO UPDATE SET name = excluded.name, roles = excluded.roles,
          created_at = excluded.created_at, expires_at = excluded.expires_at`,
    ).run(tokenDigest, s.name, JSON.stringify(s.roles), s.createdAt, s.expiresAt);
  }

  async get(tokenDigest: string, now: Date): Promise<StoredConsoleSession | undefined> {
    const row = prepared(
      this.db,
      'SELECT name, roles, created_at, expires_at FROM console_sessions WHERE token_digest = ? AND expires_at > ?',
    ).get(tokenDigest, now.toISOString()) as ConsoleSessionRow | undefined;
    return row ? sessionFromRow(row) : undefined;
  }

  async touch(tokenDigest: string, expiresAt: Date, now: Date): Promise<boolean> {
    return (
      prepared(
        this.db,
        'UPDATE console_sessions SET expires_at = ? WHERE token_digest = ? AND expires_at > ?',
      ).run(expiresAt.toISOString(), tokenDigest, now.toISOString()).changes === 1
    );
  }

  async delete(tokenDigest: string): Promise<void> {
    prepared(this.db, 'DELETE FROM console_sessions WHERE token_digest = ?').run(tokenDigest);
  }

  async prune(now: Date): Promise<number> {
    return prepared(this.db, 'DELETE FROM console_sessions WHERE expires_at <= ?').run(now.toISOString())
      .changes;
  }
}
