import type { Clock } from '../../core/clock.js';
import type { Config } from '../../config/config.js';
import { deriveKey, epochSeconds, signClaims, verifySigned, type VerifyOutcome } from './signedToken.js';

/** What a link token needs from the config. */
export type LinkConfig = Pick<Config, 'linkSecret' | 'LINK_TTL_HOURS'>;

interface LinkClaims {
  k: 'link';
  /** The channel user id (the account's `channelUserId`). */
  u: string;
  iat: number;
  exp: number;
  [claim: string]: string | number;
}

export type LinkTokenOutcome =
  | { status: 'valid'; userId: string; expiresAt: Date }
  | { status: 'expired'; userId: string }
  | { status: 'invalid' };

function isLinkClaims(value: unknown): value is LinkClaims {
  const v = value as Partial<LinkClaims> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.k === 'link' &&
    typeof v.u === 'string' &&
    v.u.length > 0 &&
    typeof v.exp === 'number' &&
    typeof v.iat === 'number'
  );
}

const linkKey = (config: LinkConfig): Buffer => deriveKey(config.linkSecret, 'chat-link');

/**
 * A signed chat-link token naming one channel user, valid for LINK_TTL_HOURS. Whoever holds it
 * may open that user's chat; the bot still verifies identity before disclosing anything.
 *
 *   const t = createLinkToken('demo-zh', systemClock, config);
 *   verifyLinkToken(t, systemClock, config); // { status: 'valid', userId: 'demo-zh', ... }
 */
export function createLinkToken(userId: string, clock: Clock, config: LinkConfig): string {
  if (!userId.trim()) throw new Error('createLinkToken: the channel user id is empty');
  const iat = epochSeconds(clock.now());
  const claims: LinkClaims = { k: 'link', u: userId, iat, exp: iat + config.LINK_TTL_HOURS * 3600 };
  return signClaims(claims, linkKey(config));
}

/** Checks a link token's signature and expiry. Never throws. */
export function verifyLinkToken(token: string, clock: Clock, config: LinkConfig): LinkTokenOutcome {
  const outcome: VerifyOutcome<LinkClaims> = verifySigned(token, linkKey(config), clock.now(), isLinkClaims);
  switch (outcome.status) {
    case 'valid':
      return { status: 'valid', userId: outcome.claims.u, expiresAt: new Date(outcome.claims.exp * 1000) };
    case 'expired':
      return { status: 'expired', userId: outcome.claims.u };
    case 'invalid':
      return { status: 'invalid' };
  }
}

/**
 * The chat URL for a channel user: `${publicUrl}/chat?t=<link token>`.
 *
 *   chatLink('demo-zh', systemClock, config); // 'http://localhost:3978/chat?t=eyJr...'
 */
export function chatLink(
  userId: string,
  clock: Clock,
  config: LinkConfig & Pick<Config, 'publicUrl'>,
): string {
  return `${config.publicUrl}/chat?t=${encodeURIComponent(createLinkToken(userId, clock, config))}`;
}
