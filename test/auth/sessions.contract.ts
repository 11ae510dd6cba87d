import { beforeEach, expect, it } from 'vitest';
import { SessionStore } from '../../src/auth/sessions.js';
import { ManualClock } from '../../src/core/clock.js';
import type { ConsoleSessionStore } from '../../src/store/consoleSessions.js';

export interface SessionHarness {
  reset(): Promise<void>;
  /** Another instance's view of the same sessions (for memory: the same store). */
  open(): ConsoleSessionStore;
  /** Every stored value as text (to prove no token is kept in clear); undefined for memory. */
  dump(): Promise<string | undefined>;
}

/** The contract of console sessions, run against every backend. */
export function sessionContract(h: SessionHarness): void {
  beforeEach(() => h.reset());

  it('ends a session when the clock passes its expiry', async () => {
    const clock = new ManualClock('2026-11-20T02:00:00Z');
    const sessions = new SessionStore(clock, 30 * 60_000, h.open());
    const { token, session } = await sessions.create({ name: 'alice', roles: ['reviewer'] });
    expect(session.expiresAt.toISOString()).toBe('2026-11-20T02:30:00.000Z');
    clock.advance(29 * 60_000);
    expect(await sessions.get(token)).toEqual(session);
    clock.advance(60_000);
    expect(await sessions.get(token)).toBeUndefined();
  });

  it('forgets a session that was signed out, and knows no made-up or empty token', async () => {
    const sessions = new SessionStore(new ManualClock(0), undefined, h.open());
    const { token } = await sessions.create({ name: 'alice', roles: ['reviewer', 'agent'] });
    expect((await sessions.get(token))?.principal).toEqual({ name: 'alice', roles: ['reviewer', 'agent'] });
    await sessions.end(token);
    expect(await sessions.get(token)).toBeUndefined();
    for (const bad of ['made-up', '', '\u0000', 'x'.repeat(10_000), `${token}x`])
      expect(await sessions.get(bad)).toBeUndefined();
  });

  it('knows a session on every instance, with the same CSRF token, and ends it everywhere', async () => {
    const clock = new ManualClock('2026-11-20T02:00:00Z');
    const a = new SessionStore(clock, 3600_000, h.open());
    const b = new SessionStore(clock, 3600_000, h.open());
    const { token, session } = await a.create({ name: '李娜', roles: ['agent'] });
    const seen = await b.get(token);
    expect(seen).toEqual(session);
    expect(seen?.csrfToken).toBe(session.csrfToken);
    const other = await b.create({ name: 'bob', roles: ['reviewer'] });
    expect(other.session.csrfToken).not.toBe(session.csrfToken);
    await b.end(token);
    expect(await a.get(token)).toBeUndefined();
    expect((await a.get(other.token))?.principal.name).toBe('bob');
  });

  it('keeps neither the session token nor the CSRF token in clear', async () => {
    const sessions = new SessionStore(new ManualClock('2026-11-20T02:00:00Z'), undefined, h.open());
    const { token, session } = await sessions.create({ name: 'alice', roles: ['reviewer'] });
    const dump = await h.dump();
    if (dump === undefined) return;
    expect(dump).toContain('alice');
    expect(dump).not.toContain(token);
    expect(dump).not.toContain(session.csrfToken);
  });

  it('moves an expiry on only for a live session, and prunes expired ones', async () => {
    const store = h.open();
    const t0 = new Date('2026-11-20T02:00:00Z');
    const at = (m: number): Date => new Date(t0.getTime() + m * 60_000);
    const put = (digest: string, minutes: number) =>
      store.put(digest, {
        name: digest,
        roles: ['agent'],
        createdAt: t0.toISOString(),
        expiresAt: at(minutes).toISOString(),
      });
    await put('d1', 10);
    await put('d2', 20);
    expect(await store.touch('d1', at(40), at(5))).toBe(true);
    expect(await store.touch('d2', at(40), at(25))).toBe(false);
    expect(await store.touch('nope', at(40), at(0))).toBe(false);
    expect((await store.get('d1', at(30)))?.expiresAt).toBe(at(40).toISOString());
    expect(await store.prune(at(30))).toBe(1);
    expect(await store.get('d2', at(0))).toBeUndefined();
    expect(await store.get('d1', at(39))).toMatchObject({ name: 'd1', roles: ['agent'] });
  });
}
