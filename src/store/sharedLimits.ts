import type { Clock } from '../core/clock.js';
import type { RateCounters, WindowCount } from './rateCounters.js';

export type SharedRateDecision = { status: 'allowed' } | { status: 'limited'; retryAfterSeconds: number };

/**
 * A fixed-window rate limit every instance shares: at most `limit` requests per key per window.
 * The same answers as the in-memory `RateLimiter` of Direct Line, counted in the database.
 *
 *   const limiter = new SharedRateLimiter(counters, clock, 60, 60_000);
 *   if ((await limiter.take(`dl:${conversationId}`)).status === 'limited') ... // 429
 */
export class SharedRateLimiter {
  constructor(
    private readonly counters: RateCounters,
    private readonly clock: Clock,
    private readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  async take(key: string): Promise<SharedRateDecision> {
    const now = this.clock.now();
    return this.decide(await this.counters.hit(key, now, this.windowMs), now);
  }

  /**
   * `take` on each limit in order, stopping at the first that is over (the later ones are not
   * counted), as awaiting `take` on each in turn does; in one database transaction when the
   * limits share counters that can (`hitEach`), so a request's limits cost one write.
   *
   *   await SharedRateLimiter.takeEach([[global, 'msg:all'], [perSender, `msg:from:${id}`]]);
   */
  static async takeEach(
    limits: readonly (readonly [SharedRateLimiter, string])[],
  ): Promise<SharedRateDecision> {
    const first = limits[0]?.[0];
    const counters = first?.counters;
    if (!first || !counters?.hitEach || limits.some(([l]) => l.counters !== counters)) {
      for (const [limiter, key] of limits) {
        const decision = await limiter.take(key);
        if (decision.status === 'limited') return decision;
      }
      return { status: 'allowed' };
    }
    const now = first.clock.now();
    const hits = limits.map(([l, key]) => ({ key, windowMs: l.windowMs, limit: l.limit }));
    const counts = await counters.hitEach(hits, now);
    for (const [i, count] of counts.entries()) {
      const decision = (limits[i] as readonly [SharedRateLimiter, string])[0].decide(count, now);
      if (decision.status === 'limited') return decision;
    }
    return { status: 'allowed' };
  }

  private decide(hit: WindowCount, now: Date): SharedRateDecision {
    if (hit.count <= this.limit) return { status: 'allowed' };
    const wait = Date.parse(hit.resetAt) - now.getTime();
    return { status: 'limited', retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
  }
}

export interface SharedThrottleOptions {
  freeFailures?: number;
  baseLockMs?: number;
  maxLockMs?: number;
  /** Failures are counted in windows this long (default a day). */
  windowMs?: number;
}

export type SharedThrottleVerdict = { status: 'allowed' } | { status: 'locked'; retryAfterSeconds: number };

/**
 * Failed staff sign-ins, shared by every instance: after `freeFailures` failures in the window
 * each further one locks the key exponentially longer from the latest failure (1 s, 2 s, 4 s … up
 * to `maxLockMs`), as the in-memory `LoginThrottle` does for one process. A guess on instance A
 * counts on instance B.
 */
export class SharedLoginThrottle {
  private readonly free: number;
  private readonly baseLockMs: number;
  private readonly maxLockMs: number;
  private readonly windowMs: number;

  constructor(
    private readonly counters: RateCounters,
    private readonly clock: Clock,
    options: SharedThrottleOptions = {},
  ) {
    this.free = options.freeFailures ?? 5;
    this.baseLockMs = options.baseLockMs ?? 1000;
    this.maxLockMs = options.maxLockMs ?? 3600_000;
    this.windowMs = options.windowMs ?? 24 * 3600_000;
  }

  /** Locked when any key is locked; the longest wait wins. */
  async check(keys: string[]): Promise<SharedThrottleVerdict> {
    const now = this.clock.now();
    let wait = 0;
    for (const key of keys) {
      const counted = await this.counters.peek(`login:${key}`, now, this.windowMs);
      if (!counted || counted.count < this.free) continue;
      const lock = Math.min(this.baseLockMs * 2 ** Math.min(counted.count - this.free, 30), this.maxLockMs);
      wait = Math.max(wait, Date.parse(counted.lastAt) + lock - now.getTime());
    }
    return wait > 0 ? { status: 'locked', retryAfterSeconds: Math.ceil(wait / 1000) } : { status: 'allowed' };
  }

  /**
   * `check` and `fail` as one atomic step per key (one statement each, keys in a fixed order), so
   * parallel guesses on any number of instances get exactly the free attempts between them. A
   * guess locked on a later key stays counted on the earlier ones.
   */
  async take(keys: string[]): Promise<SharedThrottleVerdict> {
    const now = this.clock.now();
    const lock = { free: this.free, baseMs: this.baseLockMs, maxMs: this.maxLockMs };
    for (const key of [...keys].sort()) {
      const counted = await this.counters.take(`login:${key}`, now, this.windowMs, lock);
      if (counted) continue;
      const verdict = await this.check(keys);
      return verdict.status === 'locked' ? verdict : { status: 'locked', retryAfterSeconds: 1 };
    }
    return { status: 'allowed' };
  }

  async fail(keys: string[]): Promise<void> {
    const now = this.clock.now();
    for (const key of keys) await this.counters.hit(`login:${key}`, now, this.windowMs);
  }

  /** Takes back one failure counted in advance (before the slow password check). */
  async forgive(keys: string[]): Promise<void> {
    const now = this.clock.now();
    for (const key of keys) await this.counters.undo(`login:${key}`, now, this.windowMs);
  }

  async succeed(keys: string[]): Promise<void> {
    for (const key of keys) await this.counters.clear(`login:${key}`);
  }
}
