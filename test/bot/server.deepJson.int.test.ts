import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/bot/logger.js';
import { mounts } from '../../src/bot/mounts.js';
import { MAX_JSON_DEPTH } from '../../src/core/limits.js';
import { openDirectLine } from '../support/directLine.js';
import { startServer, type Running } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

// sec16 red team: an activity whose `from` or `conversation` nested 10,000 deep was copied into
// the replies and overflowed the stack serialising them (500, "the answer could not be recorded",
// the turn's claim left to lapse); restify then logged the whole request, raw body included,
// through its own unmasked logger. Direct Line's `value` and attachments did the same.
let app: TestApp;
let running: Running;
const lines: string[] = [];
const CARD = '6222020200112233445';

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  app = createTestApp(
    { AGENT_USERS: 'ag:Agent-pass-123456', MAX_BODY_BYTES: String(256 * 1024) },
    { logger: createLogger('info', sink) },
  );
  running = await startServer(app, mounts);
});
afterAll(async () => {
  await running.stop();
  await app.close();
});

const nest = (n: number): string => '['.repeat(n) + ']'.repeat(n);
let n = 0;
function activity(inject: (json: string) => string): string {
  n += 1;
  const base = JSON.stringify({
    type: 'message',
    id: `deep-${n}`,
    channelId: 'test',
    serviceUrl: 'http://127.0.0.1:9/unused',
    deliveryMode: 'expectReplies',
    conversation: { id: `deep-conv-${n}` },
    from: { id: `deep-user-${n}` },
    recipient: { id: 'bot' },
    text: `card ${CARD}`,
  });
  return inject(base);
}

describe('JSON bodies nested past MAX_JSON_DEPTH', () => {
  it.each([
    ['from', (j: string) => j.replace(/"from":\{/, `"from":{"properties":${nest(10_000)},`)],
    ['conversation', (j: string) => j.replace(/"conversation":\{/, `"conversation":{"x":${nest(10_000)},`)],
    ['recipient', (j: string) => j.replace(/"recipient":\{/, `"recipient":{"x":${nest(10_000)},`)],
    ['channelData', (j: string) => j.replace(/^\{/, `{"channelData":${nest(10_000)},`)],
    ['value, 100,000 deep', (j: string) => j.replace(/^\{/, `{"value":${nest(100_000)},`)],
  ])(
    '/api/messages: nested in %s → 400 TooDeep, no turn, nothing logged in clear',
    async (_where, inject) => {
      const res = await fetch(`${running.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: activity(inject),
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        error: { code: 'TooDeep', message: expect.stringContaining(String(MAX_JSON_DEPTH)) },
      });
      expect(await app.backend.transcripts.getRecords(`deep-conv-${n}`)).toEqual([]);
      expect(lines.join('')).not.toContain(CARD);
      expect(lines.join('')).not.toMatch(/Maximum call stack/);
    },
  );

  it('/api/messages still serves an activity nested within the limit', async () => {
    const res = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: activity((j) => j.replace(/"from":\{/, `"from":{"properties":${nest(MAX_JSON_DEPTH - 3)},`)),
    });
    expect(res.status).toBe(200);
  });

  it.each([
    ['value', `"value":${nest(10_000)}`],
    ['an attachment', `"attachments":[{"contentType":"x","content":${nest(10_000)}}]`],
    ['from', `"from":{"id":"u","x":${nest(10_000)}}`],
  ])('Direct Line: nested in %s → 400 BadArgument, and the conversation goes on', async (_where, part) => {
    const dl = await openDirectLine(running.url, app);
    const post = (body: string) =>
      fetch(`${running.url}/v3/directline/conversations/${dl.conversationId}/activities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${dl.token}`, 'content-type': 'application/json' },
        body,
      });
    const res = await post(`{"type":"message","text":"hi",${part}}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'BadArgument', message: expect.stringMatching(/deeper/) },
    });
    expect((await post('{"type":"message","text":"hi","from":{"id":"u"}}')).status).toBe(200);
    expect(lines.join('')).not.toMatch(/Maximum call stack/);
  });

  it('the agent API refuses a deep body with 400 before the handler', async () => {
    const login = await fetch(`${running.url}/api/agent/session`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from('ag:Agent-pass-123456').toString('base64')}`,
        origin: running.url,
        'content-type': 'application/json',
      },
      body: '{}',
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const res = await fetch(`${running.url}/api/agent/conversations/c-1/messages`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, origin: running.url, 'content-type': 'application/json' },
      body: `{"text":"hi","x":${nest(5_000)}}`,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('TooDeep');
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
  });
});
