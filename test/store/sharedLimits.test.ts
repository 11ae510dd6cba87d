import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { openDatabase } from '../../src/store/db.js';
import { SqliteRateCounters } from '../../src/store/rateCounters.js';
import { SharedRateLimiter } from '../../src/store/sharedLimits.js';
import { testConfig } from '../support/testApp.js';

describe('the shared rate limiter (the Direct Line and /api/messages limits)', () => {
  it('allows the configured number per window and key, then says how long to wait', async () => {
    const clock = new ManualClock('2026-11-28T10:00:00Z');
    const limiter = new SharedRateLimiter(
      new SqliteRateCounters(openDatabase(testConfig().dataDir)),
      clock,
      2,
    );
    expect((await limiter.take('a')).status).toBe('allowed');
    clock.advance(15_000);
    expect((await limiter.take('a')).status).toBe('allowed');
    expect((await limiter.take('b')).status).toBe('allowed');
    expect(await limiter.take('a')).toEqual({ status: 'limited', retryAfterSeconds: 45 });
    clock.advance(45_000);
    expect((await limiter.take('a')).status).toBe('allowed');
  });

  it('takes several limits in one step with the answers of taking each in turn, counting none after one that is over', async () => {
    const clock = new ManualClock('2026-11-28T10:00:00Z');
    const counters = new SqliteRateCounters(openDatabase(testConfig().dataDir));
    const global = new SharedRateLimiter(counters, clock, 3);
    const perSender = new SharedRateLimiter(counters, clock, 1);
    const limits = (sender: string) => [[global, 'all'] as const, [perSender, sender] as const];
    expect(await SharedRateLimiter.takeEach(limits('甲'))).toEqual({ status: 'allowed' });
    clock.advance(20_000);
    expect(await SharedRateLimiter.takeEach(limits('甲'))).toEqual({
      status: 'limited',
      retryAfterSeconds: 40,
    });
    expect(await SharedRateLimiter.takeEach(limits('乙'))).toEqual({ status: 'allowed' });
    expect(await SharedRateLimiter.takeEach(limits('丙'))).toEqual({
      status: 'limited',
      retryAfterSeconds: 40,
    });
    const now = clock.now();
    expect((await counters.peek('all', now, 60_000))?.count).toBe(4);
    // 丙 was stopped by the global limit, so its own count never started.
    expect(await counters.peek('丙', now, 60_000)).toBeUndefined();
    expect(await SharedRateLimiter.takeEach([])).toEqual({ status: 'allowed' });
  });

  it('counts the requests of two instances on one database together', async () => {
    const clock = new ManualClock('2026-11-28T10:00:00Z');
    const dir = testConfig().dataDir;
    const [a, b] = [openDatabase(dir), openDatabase(dir)].map(
      (db) => new SharedRateLimiter(new SqliteRateCounters(db), clock, 3),
    );
    const decisions = await Promise.all([a!, b!, a!, b!].map((l) => l.take('conv:1')));
    expect(decisions.filter((d) => d.status === 'allowed')).toHaveLength(3);
  });
});
