import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.js';
import { chatLink, createLinkToken, verifyLinkToken } from '../../../src/channels/directline/linkToken.js';
import { DirectLineTokens } from '../../../src/channels/directline/directLineToken.js';
import { RateLimiter } from '../../../src/channels/directline/rateLimiter.js';

const config = {
  linkSecret: 'unit-secret',
  LINK_TTL_HOURS: 72,
  DIRECTLINE_TOKEN_TTL_SECONDS: 1800,
  publicUrl: 'https://chat.example.cn',
};
const scope = { conversationId: 'dl-a', userId: 'demo-zh' };

describe('chat link tokens', () => {
  it('name the user until LINK_TTL_HOURS have passed, then are expired', () => {
    const clock = new ManualClock('2026-11-28T10:00:00Z');
    const token = createLinkToken('demo-zh', clock, config);
    expect(verifyLinkToken(token, clock, config)).toEqual({
      status: 'valid',
      userId: 'demo-zh',
      expiresAt: new Date('2026-12-01T10:00:00Z'),
    });
    clock.advance(72 * 3600_000 - 1000);
    expect(verifyLinkToken(token, clock, config).status).toBe('valid');
    clock.advance(1000);
    expect(verifyLinkToken(token, clock, config)).toEqual({ status: 'expired', userId: 'demo-zh' });
  });

  it('are invalid when altered, truncated or signed with another secret', () => {
    const clock = new ManualClock('2026-11-28T10:00:00Z');
    const token = createLinkToken('demo-zh', clock, config);
    const [body, sig] = token.split('.') as [string, string];
    const flipped = `${body}.${sig.startsWith('A') ? 'B' : 'A'}${sig.slice(1)}`;
    expect(verifyLinkToken(flipped, clock, config).status).toBe('invalid');
    expect(verifyLinkToken(body, clock, config).status).toBe('invalid');
    expect(verifyLinkToken('', clock, config).status).toBe('invalid');
    expect(verifyLinkToken(token, clock, { ...config, linkSecret: 'other' }).status).toBe('invalid');
  });

  it('make a chat URL on the public base URL', () => {
    const url = new URL(chatLink('demo-en', new ManualClock('2026-11-28T10:00:00Z'), config));
    expect(`${url.origin}${url.pathname}`).toBe('https://chat.example.cn/chat');
    expect(
      verifyLinkToken(url.searchParams.get('t') ?? '', new ManualClock('2026-11-28T11:00:00Z'), config),
    ).toMatchObject({
      status: 'valid',
      userId: 'demo-en',
    });
  });
});

describe('Direct Line and stream tokens', () => {
  it('carry their conversation and user, and expire after DIRECTLINE_TOKEN_TTL_SECONDS', () => {
    const clock = new ManualClock('2026-11-28T10:00:00Z');
    const tokens = new DirectLineTokens(config);
    const issued = tokens.issue(scope, clock.now());
    expect(issued.expiresIn).toBe(1800);
    expect(tokens.verify(issued.token, clock.now())).toMatchObject({ status: 'valid', scope });
    clock.advance(1800_000);
    expect(tokens.verify(issued.token, clock.now())).toEqual({ status: 'expired', scope });
  });

  it('are not interchangeable with each other or with chat links', () => {
    const clock = new ManualClock('2026-11-28T10:00:00Z');
    const tokens = new DirectLineTokens(config);
    const dl = tokens.issue(scope, clock.now()).token;
    const stream = tokens.issueStream(scope, clock.now()).token;
    const link = createLinkToken('demo-zh', clock, config);
    expect(tokens.verify(stream, clock.now()).status).toBe('invalid');
    expect(tokens.verify(link, clock.now()).status).toBe('invalid');
    expect(tokens.verifyStream(dl, clock.now()).status).toBe('invalid');
    expect(verifyLinkToken(dl, clock, config).status).toBe('invalid');
  });
});

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
