import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Compact HMAC-SHA256 signed tokens: `<base64url(JSON claims)>.<base64url(signature)>`.
 * Each purpose (chat link, Direct Line token, stream URL) signs with its own key derived from
 * the one configured secret, so a token minted for one purpose never verifies as another.
 *
 *   const key = deriveKey(config.linkSecret, 'chat-link');
 *   const outcome = verifySigned(signClaims({ u: 'demo-zh', exp: 1_900_000_000 }, key), key, now);
 */
export interface SignedClaims {
  /** Expiry, seconds since the epoch. */
  exp: number;
  [claim: string]: string | number;
}

export type VerifyOutcome<C> =
  | { status: 'valid'; claims: C }
  | { status: 'expired'; claims: C }
  | { status: 'invalid'; reason: 'malformed' | 'signature' };

export function deriveKey(secret: string, purpose: string): Buffer {
  // An empty secret would make every key public (PostgreSQL without LINK_SECRET before the database's is read).
  if (secret.length === 0) throw new Error(`deriveKey: the secret for ${purpose} is empty`);
  return createHmac('sha256', secret).update(`collections-assistant/${purpose}/v1`).digest();
}

export function signClaims(claims: SignedClaims, key: Buffer): string {
  const body = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
  return `${body}.${mac(body, key)}`;
}

/** Checks the signature first, then the expiry against `now`. Never throws on bad input. */
export function verifySigned<C extends SignedClaims>(
  token: string,
  key: Buffer,
  now: Date,
  isClaims: (value: unknown) => value is C,
): VerifyOutcome<C> {
  const parts = token.split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return { status: 'invalid', reason: 'malformed' };
  const [body, signature] = parts as [string, string];
  const expected = Buffer.from(mac(body, key), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { status: 'invalid', reason: 'signature' };
  }
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { status: 'invalid', reason: 'malformed' };
  }
  if (!isClaims(claims)) return { status: 'invalid', reason: 'malformed' };
  if (now.getTime() >= claims.exp * 1000) return { status: 'expired', claims };
  return { status: 'valid', claims };
}

export function epochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

function mac(body: string, key: Buffer): string {
  return createHmac('sha256', key).update(body).digest('base64url');
}
