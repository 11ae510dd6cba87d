import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.js';
import { createLinkToken, verifyLinkToken } from '../../../src/channels/directline/linkToken.js';
import { DirectLineTokens } from '../../../src/channels/directline/directLineToken.js';

const config = {
  linkSecret: 'unit-secret',
  LINK_TTL_HOURS: 72,
  DIRECTLINE_TOKEN_TTL_SECONDS: 1800,
  publicUrl: 'https://chat.example.cn',
};
const scope = { conversationId: 'dl-a', userId: 'demo-zh' };

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
