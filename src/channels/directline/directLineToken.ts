import { randomBytes } from 'node:crypto';
import type { Config } from '../../config/config.js';
import { deriveKey, epochSeconds, signClaims, verifySigned } from './signedToken.js';

/** A Direct Line token's scope: one conversation, one user. */
export interface TokenScope {
  conversationId: string;
  userId: string;
  /**
   * The session this token belongs to: a new one for each chat-link exchange, kept by
   * refreshes. Verification holds for one session only (issue 12).
   */
  sessionId?: string;
  /** The watermark the session started at: history before it is not replayed to it. */
  historyFrom?: number;
}

export interface IssuedToken {
  token: string;
  /** Seconds until it expires (Direct Line's `expires_in`). */
  expiresIn: number;
}

export type TokenOutcome =
  | { status: 'valid'; scope: TokenScope; expiresAt: Date }
  | { status: 'expired'; scope: TokenScope }
  | { status: 'invalid' };

interface ScopedClaims {
  k: 'dl' | 'stream';
  c: string;
  u: string;
  /** A random nonce, so two tokens issued in the same second differ. */
  n: string;
  exp: number;
  /** Also `s` (session id) and `w` (history floor) when the scope has them (see TokenScope). */
  [claim: string]: string | number;
}

const isClaims =
  (kind: ScopedClaims['k']) =>
  (value: unknown): value is ScopedClaims => {
    const v = value as Partial<ScopedClaims> | null;
    return (
      typeof v === 'object' &&
      v !== null &&
      v.k === kind &&
      typeof v.c === 'string' &&
      v.c.length > 0 &&
      typeof v.u === 'string' &&
      v.u.length > 0 &&
      typeof v.exp === 'number' &&
      (v['s'] === undefined || typeof v['s'] === 'string') &&
      (v['w'] === undefined || (typeof v['w'] === 'number' && Number.isSafeInteger(v['w']) && v['w'] >= 0))
    );
  };

/**
 * Issues and checks Direct Line tokens (Authorization: Bearer) and the stream tokens that
 * pre-authorise a `streamUrl`. Both are HMAC-signed with keys derived from LINK_SECRET and
 * scoped to one conversation and one user; expiry is checked against the injected clock.
 *
 *   const tokens = new DirectLineTokens(config);
 *   const { token } = tokens.issue({ conversationId, userId }, clock.now());
 */
export class DirectLineTokens {
  private readonly tokenKey: Buffer;
  private readonly streamKey: Buffer;
  private readonly ttlSeconds: number;

  constructor(
    config: Pick<Config, 'linkSecret' | 'DIRECTLINE_TOKEN_TTL_SECONDS'>,
    private readonly streamTtlSeconds = 300,
  ) {
    this.tokenKey = deriveKey(config.linkSecret, 'directline-token');
    this.streamKey = deriveKey(config.linkSecret, 'directline-stream');
    this.ttlSeconds = config.DIRECTLINE_TOKEN_TTL_SECONDS;
  }

  issue(scope: TokenScope, now: Date): IssuedToken {
    return this.sign('dl', scope, now, this.ttlSeconds, this.tokenKey);
  }

  verify(token: string, now: Date): TokenOutcome {
    return this.check(token, now, 'dl', this.tokenKey);
  }

  /** A short-lived token for the `t` parameter of a streamUrl (no Authorization header there). */
  issueStream(scope: TokenScope, now: Date): IssuedToken {
    return this.sign('stream', scope, now, this.streamTtlSeconds, this.streamKey);
  }

  verifyStream(token: string, now: Date): TokenOutcome {
    return this.check(token, now, 'stream', this.streamKey);
  }

  /** Seconds left before a valid token expires. */
  static secondsLeft(expiresAt: Date, now: Date): number {
    return Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  }

  private sign(kind: ScopedClaims['k'], scope: TokenScope, now: Date, ttl: number, key: Buffer): IssuedToken {
    const claims: ScopedClaims = {
      k: kind,
      c: scope.conversationId,
      u: scope.userId,
      n: randomBytes(6).toString('base64url'),
      exp: epochSeconds(now) + ttl,
      ...(scope.sessionId !== undefined ? { s: scope.sessionId } : {}),
      ...(scope.historyFrom !== undefined ? { w: scope.historyFrom } : {}),
    };
    return { token: signClaims(claims, key), expiresIn: ttl };
  }

  private check(token: string, now: Date, kind: ScopedClaims['k'], key: Buffer): TokenOutcome {
    const outcome = verifySigned(token, key, now, isClaims(kind));
    switch (outcome.status) {
      case 'valid':
        return {
          status: 'valid',
          scope: scopeOf(outcome.claims),
          expiresAt: new Date(outcome.claims.exp * 1000),
        };
      case 'expired':
        return { status: 'expired', scope: scopeOf(outcome.claims) };
      case 'invalid':
        return { status: 'invalid' };
    }
  }
}

function scopeOf(claims: ScopedClaims): TokenScope {
  return {
    conversationId: claims.c,
    userId: claims.u,
    ...(typeof claims['s'] === 'string' ? { sessionId: claims['s'] } : {}),
    ...(typeof claims['w'] === 'number' ? { historyFrom: claims['w'] } : {}),
  };
}
