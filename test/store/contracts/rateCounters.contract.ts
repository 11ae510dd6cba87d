import { expect, it } from 'vitest';
import type { Clock } from '../../../src/core/clock.js';
import type { CounterHit, RateCounters, WindowCount } from '../../../src/store/rateCounters.js';
import { SharedLoginThrottle, SharedRateLimiter } from '../../../src/store/sharedLimits.js';

const MIN = 60_000;

/** A clock the test moves by hand. */
function handClock(start: string): Clock & { advance(ms: number): void } {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms) => void (t += ms) };
}

/** `hitEach` of a backend that has it (every backend here does: a request's limits in one write). */
function hitEachOf(c: RateCounters): (hits: readonly CounterHit[], now: Date) => Promise<WindowCount[]> {
  const hitEach = c.hitEach?.bind(c);
  if (!hitEach) throw new Error("this backend counts a request's limits one key at a time (no hitEach)");
  return hitEach;
}

const counts = (rows: WindowCount[]): number[] => rows.map((r) => r.count);

/** The contract of shared counters (and the limits built on them), run against every backend. */
export function rateCountersContract(open: () => RateCounters): void {
  it('counts hits in a fixed window that opens at the first hit, then starts again', async () => {
    const c = open();
    const t0 = new Date('2026-12-05T01:00:00.000Z');
    expect(await c.hit('k', t0, MIN)).toEqual({
      count: 1,
      windowStart: '2026-12-05T01:00:00.000Z',
      resetAt: '2026-12-05T01:01:00.000Z',
      lastAt: '2026-12-05T01:00:00.000Z',
    });
    expect((await c.hit('k', new Date('2026-12-05T01:00:59.999Z'), MIN)).count).toBe(2);
    const next = await c.hit('k', new Date('2026-12-05T01:01:00.000Z'), MIN);
    expect([next.count, next.windowStart]).toEqual([1, '2026-12-05T01:01:00.000Z']);
    expect(await c.peek('k', new Date('2026-12-05T01:02:00.000Z'), MIN)).toBeUndefined();
    expect((await c.peek('k', new Date('2026-12-05T01:01:30.000Z'), MIN))?.count).toBe(1);
  });

  it('counts every one of many parallel hits from several instances', async () => {
    const instances = Array.from({ length: 4 }, () => open());
    const now = new Date('2026-12-05T02:00:00Z');
    const hits = await Promise.all(
      Array.from({ length: 40 }, (_, i) => instances[i % 4]!.hit('burst', now, MIN)),
    );
    expect(hits.map((h) => h.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
  });

  it('undoes one hit, clears a key, and forgets idle keys', async () => {
    const c = open();
    const now = new Date('2026-12-05T03:00:00Z');
    await c.hit('u', now, MIN);
    await c.hit('u', now, MIN);
    await c.undo('u', now, MIN);
    expect((await c.peek('u', now, MIN))?.count).toBe(1);
    await c.clear('u');
    expect(await c.peek('u', now, MIN)).toBeUndefined();
    await c.hit('idle', new Date('2026-12-01T00:00:00Z'), MIN);
    expect(await c.forget(new Date('2026-12-02T00:00:00Z'))).toBeGreaterThanOrEqual(1);
    expect(await c.peek('idle', new Date('2026-12-01T00:00:01Z'), MIN)).toBeUndefined();
  });

  it('counts hostile keys (NUL, 50 KB, quotes) apart from each other', async () => {
    const c = open();
    const now = new Date('2026-12-05T03:30:00Z');
    const keys = [
      'a\u0000b',
      'a\u0000c',
      'k'.repeat(50_000),
      `${'k'.repeat(50_000)}x`,
      "'; DELETE FROM rate_counters; --",
    ];
    for (const key of keys) expect((await c.hit(key, now, MIN)).count, key.slice(0, 20)).toBe(1);
    for (const key of keys) expect((await c.hit(key, now, MIN)).count, key.slice(0, 20)).toBe(2);
  });

  it('limits a key across instances: the 4th request in a minute gets 429 with Retry-After', async () => {
    const clock = handClock('2026-12-05T04:00:00Z');
    const a = new SharedRateLimiter(open(), clock, 3, MIN);
    const b = new SharedRateLimiter(open(), clock, 3, MIN);
    expect((await a.take('dl:c1')).status).toBe('allowed');
    expect((await b.take('dl:c1')).status).toBe('allowed');
    expect((await a.take('dl:c1')).status).toBe('allowed');
    clock.advance(20_000);
    expect(await b.take('dl:c1')).toEqual({ status: 'limited', retryAfterSeconds: 40 });
    expect((await a.take('dl:other')).status).toBe('allowed');
    clock.advance(40_000);
    expect((await a.take('dl:c1')).status).toBe('allowed');
  });

  it('throttles sign-ins across instances with an exponential lock, forgiveness and success', async () => {
    const clock = handClock('2026-12-05T05:00:00Z');
    const a = new SharedLoginThrottle(open(), clock, { freeFailures: 3, baseLockMs: 1000 });
    const b = new SharedLoginThrottle(open(), clock, { freeFailures: 3, baseLockMs: 1000 });
    const keys = ['user:alice', 'addr:10.0.0.7'];
    await a.fail(keys);
    await b.fail(keys);
    expect((await a.check(keys)).status).toBe('allowed');
    await a.fail(keys);
    expect(await b.check(keys)).toEqual({ status: 'locked', retryAfterSeconds: 1 });
    await b.fail(keys);
    expect(await a.check(['user:alice'])).toEqual({ status: 'locked', retryAfterSeconds: 2 });
    await a.forgive(keys);
    expect(await a.check(keys)).toEqual({ status: 'locked', retryAfterSeconds: 1 });
    clock.advance(1000);
    expect((await a.check(keys)).status).toBe('allowed');
    await b.succeed(['user:alice']);
    expect((await a.check(['user:alice'])).status).toBe('allowed');
    expect((await a.check(['addr:10.0.0.7'])).status).toBe('allowed');
  });

  it("counts a request's keys in one step, each in its own window, as hitting them in turn would", async () => {
    const c = open();
    const hitEach = hitEachOf(c);
    const t0 = new Date('2026-12-05T06:00:00.000Z');
    const hits = [
      { key: 'e:all', windowMs: MIN, limit: 100 },
      { key: 'e:addr', windowMs: 10_000, limit: 100 },
      { key: 'e:from', windowMs: 2 * MIN, limit: 100 },
    ];
    expect(await hitEach(hits, t0)).toEqual([
      {
        count: 1,
        windowStart: t0.toISOString(),
        resetAt: '2026-12-05T06:01:00.000Z',
        lastAt: t0.toISOString(),
      },
      {
        count: 1,
        windowStart: t0.toISOString(),
        resetAt: '2026-12-05T06:00:10.000Z',
        lastAt: t0.toISOString(),
      },
      {
        count: 1,
        windowStart: t0.toISOString(),
        resetAt: '2026-12-05T06:02:00.000Z',
        lastAt: t0.toISOString(),
      },
    ]);
    await c.hit('e:addr', t0, 10_000);
    expect(counts(await hitEach(hits, new Date('2026-12-05T06:00:05.000Z')))).toEqual([2, 3, 2]);
    // 06:00:10: the address's 10-second window is over and starts again; the others go on.
    const later = await hitEach(hits, new Date('2026-12-05T06:00:10.000Z'));
    expect(counts(later)).toEqual([3, 1, 3]);
    expect(later.map((r) => r.windowStart)).toEqual([
      t0.toISOString(),
      '2026-12-05T06:00:10.000Z',
      t0.toISOString(),
    ]);
    expect(await hitEach([], t0)).toEqual([]);
    expect((await c.peek('e:from', new Date('2026-12-05T06:00:10.000Z'), 2 * MIN))?.count).toBe(3);
  });

  it('stops after the first key over its limit: the keys after it are not counted', async () => {
    const c = open();
    const hitEach = hitEachOf(c);
    const now = new Date('2026-12-05T06:30:00.000Z');
    const hits = [
      { key: 's:all', windowMs: MIN, limit: 10 },
      { key: 's:addr', windowMs: MIN, limit: 2 },
      { key: 's:from', windowMs: MIN, limit: 10 },
    ];
    expect(counts(await hitEach(hits, now))).toEqual([1, 1, 1]);
    expect(counts(await hitEach(hits, now))).toEqual([2, 2, 2]);
    expect(counts(await hitEach(hits, now))).toEqual([3, 3]);
    expect(counts(await hitEach(hits, now))).toEqual([4, 4]);
    expect((await c.peek('s:from', now, MIN))?.count).toBe(2);
    // A count exactly at its limit is within it; the first key over stops the rest at once.
    expect(counts(await hitEach([{ key: 's:first', windowMs: MIN, limit: 0 }, ...hits], now))).toEqual([1]);
    expect((await c.peek('s:all', now, MIN))?.count).toBe(4);
    // The next window counts every key again.
    expect(counts(await hitEach(hits, new Date('2026-12-05T06:31:00.000Z')))).toEqual([1, 1, 1]);
  });

  it('counts a key named twice in one request twice, as hitting in turn would', async () => {
    const hitEach = hitEachOf(open());
    const now = new Date('2026-12-05T06:45:00.000Z');
    const twice = { key: 'd:same', windowMs: MIN, limit: 1 };
    expect(counts(await hitEach([twice, twice, { key: 'd:after', windowMs: MIN, limit: 1 }], now))).toEqual([
      1, 2,
    ]);
  });

  it('gives exactly the allowed number to 30 parallel requests from two instances, counting none past a limit', async () => {
    const clock = handClock('2026-12-05T07:00:00Z');
    const instances = [open(), open()].map((c) => ({
      c,
      global: new SharedRateLimiter(c, clock, 20, MIN),
      perSender: new SharedRateLimiter(c, clock, 7, MIN),
    }));
    const decisions = await Promise.all(
      Array.from({ length: 30 }, (_, i) => {
        const { global, perSender } = instances[i % 2]!;
        return SharedRateLimiter.takeEach([
          [global, 'p:all'],
          [perSender, 'p:from:甲'],
        ]);
      }),
    );
    expect(decisions.filter((d) => d.status === 'allowed')).toHaveLength(7);
    expect(decisions.filter((d) => d.status === 'limited')).toHaveLength(23);
    const now = clock.now();
    const c = instances[0]!.c;
    expect((await c.peek('p:all', now, MIN))?.count).toBe(30);
    // Only the 20 requests within the global limit went on to the sender's count.
    expect((await c.peek('p:from:甲', now, MIN))?.count).toBe(20);
  });
}
