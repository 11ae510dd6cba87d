import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.js';
import { chatLink, createLinkToken, verifyLinkToken } from '../../../src/channels/directline/linkToken.js';

const config = {
  linkSecret: 'unit-secret',
  LINK_TTL_HOURS: 72,
  DIRECTLINE_TOKEN_TTL_SECONDS: 1800,
  publicUrl: 'https://chat.example.cn',
};
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
