import { randomBytes } from 'node:crypto';
import type { Config } from '../../bot/config.js';
import { deriveKey, epochSeconds, signClaims, verifySigned } from './signedToken.js';

/** A Direct Line token's scope: one conversation, one user. */
export interface TokenScope {
  conversationId: string;
  userId: string;
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
      typeof v.exp === 'number'
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
    };
    return { token: signClaims(claims, key), expiresIn: ttl };
  }

  private check(token: string, now: Date, kind: ScopedClaims['k'], key: Buffer): TokenOutcome {
    const outcome = verifySigned(token, key, now, isClaims(kind));
    switch (outcome.status) {
      case 'valid':
        return {
          status: 'valid',
          scope: { conversationId: outcome.claims.c, userId: outcome.claims.u },
          expiresAt: new Date(outcome.claims.exp * 1000),
        };
      case 'expired':
        return { status: 'expired', scope: { conversationId: outcome.claims.c, userId: outcome.claims.u } };
      case 'invalid':
        return { status: 'invalid' };
    }
  }
}
