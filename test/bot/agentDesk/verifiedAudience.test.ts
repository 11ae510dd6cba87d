import { describe, expect, it } from 'vitest';
import { audienceOf } from '../../../src/bot/agentDesk/verifiedAudience.js';

const NOW = Date.parse('2026-12-05T08:00:00Z');
const IDLE = 30 * 60_000;
const at = (minutesAgo: number): string => new Date(NOW - minutesAgo * 60_000).toISOString();

describe('the verified audience of a proactive message', () => {
  it('is the Direct Line session the person verified in, while the verification is fresh', () => {
    expect(
      audienceOf({ verified: true, verifiedSession: 's:tok-A', lastActiveAt: at(5) }, IDLE, NOW),
    ).toEqual({
      kind: 'session',
      sessionId: 'tok-A',
    });
  });

  it('is the whole conversation on a channel without sessions (one address per conversation)', () => {
    const state = { verified: true, verifiedSession: 'a:wechat/c1/u1', lastActiveAt: at(1) };
    expect(audienceOf(state, IDLE, NOW)).toEqual({ kind: 'conversation' });
  });

  it('is nobody when the person never verified, or the state is missing or malformed', () => {
    expect(audienceOf(undefined, IDLE, NOW)).toEqual({ kind: 'nobody', why: 'not_verified' });
    expect(
      audienceOf({ verified: false, verifiedSession: 's:tok-A', lastActiveAt: at(1) }, IDLE, NOW).kind,
    ).toBe('nobody');
    expect(audienceOf({ verified: true, lastActiveAt: at(1) }, IDLE, NOW).kind).toBe('nobody');
    expect(audienceOf({ verified: true, verifiedSession: 's:', lastActiveAt: at(1) }, IDLE, NOW).kind).toBe(
      'nobody',
    );
  });

  it('is nobody once the verification lapsed while idle, or when its last activity cannot be read', () => {
    expect(
      audienceOf({ verified: true, verifiedSession: 's:tok-A', lastActiveAt: at(31) }, IDLE, NOW),
    ).toEqual({
      kind: 'nobody',
      why: 'lapsed',
    });
    expect(
      audienceOf({ verified: true, verifiedSession: 's:tok-A', lastActiveAt: 'yesterday' }, IDLE, NOW).kind,
    ).toBe('nobody');
    expect(audienceOf({ verified: true, verifiedSession: 's:tok-A' }, IDLE, NOW).kind).toBe('nobody');
  });
});
