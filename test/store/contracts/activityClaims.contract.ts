import { expect, it } from 'vitest';
import { activityClaimKey, type ActivityClaims } from '../../../src/store/activityClaims.js';

const at = (iso: string): Date => new Date(iso);
const T0 = at('2026-12-05T01:00:00Z');
const LEASE = at('2026-12-05T01:01:00Z');
let n = 0;
/** A key no other case of the suite uses (the suites share one database per backend). */
const fresh = (): string => activityClaimKey('test', `conv-${++n}-${Math.random()}`, 'act-1');

/** The contract of exactly-once inbound activity claims, run against every backend. */
export function activityClaimsContract(open: () => ActivityClaims): void {
  it('gives the first claim the turn, tells a repeat it is running, then replays the recorded answer', async () => {
    const c = open();
    const key = fresh();
    expect(await c.claim(key, 'a', T0, LEASE)).toEqual({ status: 'claimed', takenOver: false });
    expect(await c.claim(key, 'b', T0, LEASE)).toEqual({ status: 'running', leaseUntil: LEASE });
    expect(await c.complete(key, 'a', 'sealed-answer')).toBe(true);
    expect(await c.claim(key, 'c', T0, LEASE)).toEqual({ status: 'answered', answer: 'sealed-answer' });
    expect(await c.look(key)).toEqual({ status: 'answered', answer: 'sealed-answer' });
  });

  it('lets exactly one of many instances claim an activity posted to all at once', async () => {
    const instances = Array.from({ length: 8 }, () => open());
    const key = fresh();
    const outcomes = await Promise.all(instances.map((c, i) => c.claim(key, `owner-${i}`, T0, LEASE)));
    expect(outcomes.filter((o) => o.status === 'claimed')).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'running')).toHaveLength(7);
  });

  it('lets a retry take over a claim whose claimant died (lease run out), and only then', async () => {
    const c = open();
    const key = fresh();
    await c.claim(key, 'dead', T0, LEASE);
    expect((await c.claim(key, 'early', at('2026-12-05T01:00:59Z'), LEASE)).status).toBe('running');
    const later = at('2026-12-05T01:01:01Z');
    expect(await c.claim(key, 'retry', later, at('2026-12-05T01:02:01Z'))).toEqual({
      status: 'claimed',
      takenOver: true,
    });
    // The dead claimant's late answer is refused: the turn belongs to the retry now.
    expect(await c.complete(key, 'dead', 'late')).toBe(false);
    expect(await c.complete(key, 'retry', 'answer')).toBe(true);
  });

  it('renews only its owner’s running claim: a renewed lease is not taken over, a stranger or a done claim is refused', async () => {
    const c = open();
    const key = fresh();
    await c.claim(key, 'slow', T0, LEASE);
    const renewed = at('2026-12-05T01:05:00Z');
    expect(await c.renew(key, 'stranger', renewed)).toBe(false);
    expect(await c.renew(key, 'slow', renewed)).toBe(true);
    expect((await c.claim(key, 'retry', at('2026-12-05T01:02:00Z'), renewed)).status).toBe('running');
    expect(await c.complete(key, 'slow', 'answer')).toBe(true);
    expect(await c.renew(key, 'slow', at('2026-12-05T02:00:00Z'))).toBe(false);
    expect(await c.renew(fresh(), 'slow', renewed)).toBe(false);
  });

  it('never takes over a completed claim, however old its lease', async () => {
    const c = open();
    const key = fresh();
    await c.claim(key, 'a', T0, LEASE);
    await c.complete(key, 'a', 'first');
    const muchLater = at('2026-12-06T01:00:00Z');
    expect(await c.claim(key, 'b', muchLater, at('2026-12-06T01:01:00Z'))).toEqual({
      status: 'answered',
      answer: 'first',
    });
    expect(await c.complete(key, 'b', 'second')).toBe(false);
  });

  it('frees a released claim for the next arrival; a stranger cannot release it', async () => {
    const c = open();
    const key = fresh();
    await c.claim(key, 'a', T0, LEASE);
    await c.release(key, 'stranger');
    expect((await c.look(key))?.status).toBe('running');
    await c.release(key, 'a');
    expect(await c.look(key)).toBeUndefined();
    expect(await c.claim(key, 'b', T0, LEASE)).toEqual({ status: 'claimed', takenOver: false });
  });

  it('forgets claims made before the retention window, and only those', async () => {
    const c = open();
    const old = fresh();
    const recent = fresh();
    await c.claim(old, 'a', at('2000-01-01T00:00:00Z'), at('2000-01-01T00:01:00Z'));
    await c.claim(recent, 'a', T0, LEASE);
    expect(await c.forget(at('2000-01-02T00:00:00Z'))).toBeGreaterThanOrEqual(1);
    expect(await c.look(old)).toBeUndefined();
    expect((await c.look(recent))?.status).toBe('running');
  });

  it('takes hostile keys and answers: 100 KB, NUL, quotes, emoji, told apart exactly', async () => {
    const c = open();
    const keys = [
      'k'.repeat(100_000),
      `${'k'.repeat(100_000)}x`,
      'a\u0000b',
      'a\u0000c',
      "'; DROP TABLE x; --",
      '😊你好',
    ];
    for (const key of keys)
      expect(await c.claim(key, 'a', T0, LEASE), key.slice(0, 10)).toEqual({
        status: 'claimed',
        takenOver: false,
      });
    const answer = `{"q":"'\\"; --","e":"😊"}`;
    expect(await c.complete(keys[2]!, 'a', answer)).toBe(true);
    expect(await c.look(keys[2]!)).toEqual({ status: 'answered', answer });
    expect((await c.look(keys[3]!))?.status).toBe('running');
  });
}
