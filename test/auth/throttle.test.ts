import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DigestedThrottle, LoginThrottle, type SignInThrottle } from '../../src/auth/throttle.js';
import { ManualClock } from '../../src/core/clock.js';
import { openDatabase } from '../../src/store/db.js';
import { PgRateCounters } from '../../src/store/pg/rateCounters.js';
import { SqliteRateCounters } from '../../src/store/rateCounters.js';
import { SharedLoginThrottle } from '../../src/store/sharedLimits.js';
import { describePg } from '../support/postgres.js';

interface ThrottleHarness {
  reset(): Promise<void>;
  /** Another instance's throttle on the same counters (for memory: the same throttle). */
  open(clock: ManualClock): SignInThrottle;
}

const OPTIONS = { freeFailures: 3, baseLockMs: 1000, maxLockMs: 8000 };

/** The contract of the sign-in throttle, run against every backend through the digesting wrapper. */
function throttleContract(h: ThrottleHarness): void {
  beforeEach(() => h.reset());

  it('allows the free failures, then locks exponentially up to the cap', async () => {
    const clock = new ManualClock('2026-12-05T04:00:00Z');
    const [a, b] = [h.open(clock), h.open(clock)];
    const keys = ['user:alice', 'addr:10.0.0.7'];
    await a.fail(keys);
    await b.fail(keys);
    expect(await a.check(keys)).toEqual({ status: 'allowed' });
    await b.fail(keys);
    expect(await a.check(keys)).toEqual({ status: 'locked', retryAfterSeconds: 1 });
    for (let i = 0; i < 6; i++) await (i % 2 ? a : b).fail(['user:alice']);
    expect(await b.check(['user:alice'])).toEqual({ status: 'locked', retryAfterSeconds: 8 });
    expect(await b.check(['addr:10.0.0.7'])).toEqual({ status: 'locked', retryAfterSeconds: 1 });
    expect(await a.check(['user:bob', 'addr:10.0.0.8'])).toEqual({ status: 'allowed' });
    clock.advance(8000);
    expect(await a.check(keys)).toEqual({ status: 'allowed' });
  });

  it('takes back a failure counted in advance, and forgets a key on success', async () => {
    const clock = new ManualClock('2026-12-05T05:00:00Z');
    const [a, b] = [h.open(clock), h.open(clock)];
    for (let i = 0; i < 3; i++) await a.fail(['user:carol']);
    expect((await b.check(['user:carol'])).status).toBe('locked');
    await b.forgive(['user:carol']);
    expect(await a.check(['user:carol'])).toEqual({ status: 'allowed' });
    await a.fail(['user:carol']);
    await b.succeed(['user:carol']);
    expect(await a.check(['user:carol'])).toEqual({ status: 'allowed' });
    await a.fail(['user:carol']);
    expect(await a.check(['user:carol'])).toEqual({ status: 'allowed' });
  });

  it('takes hostile keys (huge, NUL, unicode) without failing', async () => {
    const clock = new ManualClock('2026-12-05T06:00:00Z');
    const t = h.open(clock);
    const keys = [`user:${'x'.repeat(100_000)}`, 'user:\u0000', 'user:李娜🙂', 'addr:'];
    for (let i = 0; i < 3; i++) await t.fail(keys);
    expect((await t.check([keys[1]!])).status).toBe('locked');
    expect((await t.check(['user:'])).status).toBe('allowed');
  });
}

describe('the sign-in throttle in memory (the contract)', () => {
  let shared: LoginThrottle | undefined;
  throttleContract({
    reset: async () => {
      shared = undefined;
    },
    open: (clock) => new DigestedThrottle((shared ??= new LoginThrottle(clock, OPTIONS))),
  });
});

describe('the sign-in throttle on SQLite (the contract)', () => {
  let dir = '';
  throttleContract({
    reset: async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'throttle-contract-'));
    },
    open: (clock) =>
      new DigestedThrottle(
        new SharedLoginThrottle(new SqliteRateCounters(openDatabase(dir)), clock, OPTIONS),
      ),
  });
});

describePg('the sign-in throttle on PostgreSQL (the contract)', (pg) => {
  throttleContract({
    reset: async () => {
      await pg.pool({ max: 1 }).query('TRUNCATE rate_counters');
    },
    open: (clock) =>
      new DigestedThrottle(new SharedLoginThrottle(new PgRateCounters(pg.pool({ max: 2 })), clock, OPTIONS)),
  });
});
