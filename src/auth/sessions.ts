import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../core/clock.js';
import type { Principal } from './credentials.js';

export interface Session {
  principal: Principal;
  /** Sent back by the console in `x-csrf-token` on every state-changing request. */
  csrfToken: string;
  expiresAt: Date;
}

/**
 * Console login sessions, in memory: a random token (the cookie) maps to who signed in, until
 * the injected clock passes its expiry. Tokens are kept only as SHA-256 digests.
 *
 *   const { token, session } = sessions.create(principal);
 *   sessions.get(token); // undefined once expired or ended
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly clock: Clock,
    readonly ttlMs: number = 8 * 3600_000,
  ) {}

  create(principal: Principal): { token: string; session: Session } {
    this.prune();
    const token = randomBytes(32).toString('base64url');
    const session: Session = {
      principal,
      csrfToken: randomBytes(24).toString('base64url'),
      expiresAt: new Date(this.clock.now().getTime() + this.ttlMs),
    };
    this.sessions.set(digest(token), session);
    return { token, session };
  }

  get(token: string): Session | undefined {
    const key = digest(token);
    const session = this.sessions.get(key);
    if (!session) return undefined;
    if (session.expiresAt.getTime() <= this.clock.now().getTime()) {
      this.sessions.delete(key);
      return undefined;
    }
    return session;
  }

  end(token: string): void {
    this.sessions.delete(digest(token));
  }

  private prune(): void {
    const now = this.clock.now().getTime();
    for (const [key, s] of this.sessions) if (s.expiresAt.getTime() <= now) this.sessions.delete(key);
  }
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
