import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../core/clock.js';
import { type ConsoleSessionStore, MemoryConsoleSessions } from '../store/consoleSessions.js';
import { ROLES, type Principal, type Role } from './credentials.js';

export interface Session {
  principal: Principal;
  /** Sent back by the console in `x-csrf-token` on every state-changing request. */
  csrfToken: string;
  expiresAt: Date;
}

/** Sessions are pruned at most this often (on a sign-in), not on every request. */
const PRUNE_EVERY_MS = 60_000;

/**
 * Console login sessions: a random token (the cookie) maps to who signed in, until the injected
 * clock passes its expiry. Kept in a `ConsoleSessionStore` (in memory by default; SQLite or
 * PostgreSQL so every instance knows every session) under the token's SHA-256 digest only; the
 * CSRF token is derived from the session token, so the store holds no secret a reader could use.
 *
 *   const { token, session } = await sessions.create(principal);
 *   await sessions.get(token); // undefined once expired or ended
 */
export class SessionStore {
  private lastPrune = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly clock: Clock,
    readonly ttlMs: number = 8 * 3600_000,
    private readonly store: ConsoleSessionStore = new MemoryConsoleSessions(),
  ) {}

  async create(principal: Principal): Promise<{ token: string; session: Session }> {
    const now = this.clock.now();
    if (now.getTime() - this.lastPrune >= PRUNE_EVERY_MS) {
      this.lastPrune = now.getTime();
      await this.store.prune(now);
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.ttlMs);
    await this.store.put(digest(token), {
      name: principal.name,
      roles: [...principal.roles],
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    });
    return { token, session: { principal, csrfToken: csrfFor(token), expiresAt } };
  }

  async get(token: string): Promise<Session | undefined> {
    if (!token) return undefined;
    const stored = await this.store.get(digest(token), this.clock.now());
    if (!stored) return undefined;
    const roles = stored.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r));
    return {
      principal: { name: stored.name, roles },
      csrfToken: csrfFor(token),
      expiresAt: new Date(stored.expiresAt),
    };
  }

  async end(token: string): Promise<void> {
    await this.store.delete(digest(token));
  }
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The session's CSRF token: derived from the session token, never stored. */
function csrfFor(token: string): string {
  return createHash('sha256').update(`csrf\u0000${token}`).digest('base64url');
}
