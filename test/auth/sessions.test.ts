import { describe, expect, it } from 'vitest';
import { SessionStore } from '../../src/auth/sessions.js';
import { ManualClock } from '../../src/core/clock.js';

describe('SessionStore', () => {
  it('ends a session when the clock passes its expiry', () => {
    const clock = new ManualClock('2026-11-20T02:00:00Z');
    const sessions = new SessionStore(clock, 30 * 60_000);
    const { token, session } = sessions.create({ name: 'alice', roles: ['reviewer'] });
    expect(session.expiresAt.toISOString()).toBe('2026-11-20T02:30:00.000Z');
    clock.advance(29 * 60_000);
    expect(sessions.get(token)?.principal.name).toBe('alice');
    clock.advance(60_000);
    expect(sessions.get(token)).toBeUndefined();
  });

  it('forgets a session that was signed out, and knows no made-up token', () => {
    const sessions = new SessionStore(new ManualClock(0));
    const { token } = sessions.create({ name: 'alice', roles: ['reviewer'] });
    sessions.end(token);
    expect(sessions.get(token)).toBeUndefined();
    expect(sessions.get('made-up')).toBeUndefined();
  });
});
