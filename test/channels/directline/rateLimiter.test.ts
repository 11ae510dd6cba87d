import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.js';
import { RateLimiter } from '../../../src/channels/directline/rateLimiter.js';

describe('rate limiter', () => {
  it('allows the configured number per minute and key, then says how long to wait', () => {
    const clock = new ManualClock('2026-11-28T10:00:00Z');
    const limiter = new RateLimiter(2, clock);
    expect(limiter.take('a').status).toBe('allowed');
    clock.advance(15_000);
    expect(limiter.take('a').status).toBe('allowed');
    expect(limiter.take('b').status).toBe('allowed');
    expect(limiter.take('a')).toEqual({ status: 'limited', retryAfterSeconds: 45 });
    clock.advance(45_000);
    expect(limiter.take('a').status).toBe('allowed');
  });
});
