import type { Clock } from '../../core/clock.js';

export type RateDecision = { status: 'allowed' } | { status: 'limited'; retryAfterSeconds: number };

/**
 * A fixed one-minute window per key (a conversation, a link's user): at most `perMinute`
 * requests, then `limited` until the window ends. Time comes from the injected clock.
 *
 *   const limiter = new RateLimiter(60, clock);
 *   if (limiter.take(conversationId).status === 'limited') ... // 429
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly clock: Clock,
    private readonly windowMs = 60_000,
  ) {}

  take(key: string): RateDecision {
    const now = this.clock.now().getTime();
    if (this.windows.size > 10_000) this.prune(now);
    const window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      return { status: 'allowed' };
    }
    if (window.count >= this.perMinute) {
      return {
        status: 'limited',
        retryAfterSeconds: Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000)),
      };
    }
    window.count += 1;
    return { status: 'allowed' };
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.windowMs) this.windows.delete(key);
    }
  }
}
