import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mounts } from '../../src/bot/mounts.js';
import { startServer, type Running } from '../support/http.js';
import { pourBody } from '../support/pourBody.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

// sec18: a client that trickled one body byte inside every HTTP_BODY_IDLE_TIMEOUT_MS was cut only
// by HTTP_REQUEST_TIMEOUT_MS. Short limits so the test runs in seconds; the request timeout is
// far above them, so only the body deadline can explain a cut at DEADLINE_MS.
const IDLE_MS = 1500;
const DEADLINE_MS = 3000;
const REQUEST_MS = 20_000;

let app: TestApp;
let running: Running;
beforeAll(async () => {
  app = createTestApp({
    HTTP_BODY_IDLE_TIMEOUT_MS: String(IDLE_MS),
    HTTP_BODY_DEADLINE_MS: String(DEADLINE_MS),
    HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_MS),
    REVIEWER_USERS: 'rev:Review-pass-123456',
    PAYMENTS_WEBHOOK_SECRET: 'a-shared-secret-of-at-least-32-characters',
  });
  running = await startServer(app, mounts);
});
afterAll(async () => {
  await running.stop();
  await app.close();
});

const activity = (conversationId: string) =>
  JSON.stringify({
    type: 'message',
    id: `${conversationId}-1`,
    channelId: 'test',
    serviceUrl: 'http://127.0.0.1:9/unused',
    deliveryMode: 'expectReplies',
    conversation: { id: conversationId },
    from: { id: `${conversationId}-user`, name: 'u' },
    recipient: { id: 'bot', name: 'bot' },
    text: 'hello',
  });

const head = (path: string, framing: string, extra = '') =>
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n${extra}${framing}\r\n\r\n`;

const SIGN_IN =
  `Authorization: Basic ${Buffer.from('rev:Review-pass-123456').toString('base64')}\r\n` +
  'Origin: http://127.0.0.1\r\n';

/** One byte every `everyMs` (inside the idle limit), until the service hangs up. */
function trickle(path: string, body: string, chunked: boolean, extra = '', everyMs = IDLE_MS / 2) {
  const framing = chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${Buffer.byteLength(body)}`;
  return pourBody(running.url, head(path, framing, extra), {
    chunked,
    body,
    chunkBytes: 1,
    everyMs,
    maxBytes: Buffer.byteLength(body),
    safetyMs: 10_000,
  });
}

describe('a body trickled inside every idle period', () => {
  it.each([
    ['/api/messages, Content-Length', '/api/messages', activity('trickle-cl'), false, ''],
    ['/api/messages, chunked', '/api/messages', activity('trickle-chunked'), true, ''],
    [
      '/api/payments, Content-Length',
      '/api/payments',
      '{"payment_id":"p-trickle","amount":"1.00"}',
      false,
      '',
    ],
    ['/api/review/session, right credential', '/api/review/session', '{}'.padEnd(200, ' '), false, SIGN_IN],
  ])(
    '%s: 408 BodyDeadline in the house shape at the deadline, the connection closed',
    async (_name, path, body, chunked, extra) => {
      const poured = await trickle(path, body, chunked, extra);
      expect(poured.answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(poured.answer).toMatch(/Connection: close/i);
      expect(JSON.parse(poured.answer.slice(poured.answer.indexOf('\r\n\r\n') + 4))).toEqual({
        error: { code: 'BodyDeadline', message: expect.stringMatching(/HTTP_BODY_DEADLINE_MS/) },
      });
      // cut by the deadline (not the idle limit, not the request timeout), the body unfinished
      expect(poured.openMs).toBeGreaterThanOrEqual(DEADLINE_MS - 100);
      expect(poured.openMs).toBeLessThan(DEADLINE_MS + 2000);
      expect(poured.sent).toBeLessThan(Buffer.byteLength(body));
      expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    },
  );

  it('records nothing of a cut /api/messages turn', async () => {
    await trickle('/api/messages', activity('trickle-none'), false);
    expect(await app.backend.transcripts.getRecords('trickle-none')).toEqual([]);
  });

  it('serves a slow body that ends within the deadline', async () => {
    const body = activity('steady');
    const poured = await pourBody(
      running.url,
      head('/api/messages', `Content-Length: ${body.length}`, 'Connection: close\r\n'),
      {
        chunked: false,
        body,
        chunkBytes: Math.ceil(body.length / 4),
        everyMs: 500,
        maxBytes: body.length,
      },
    );
    expect(poured.answer).toMatch(/^HTTP\/1\.1 200 /);
  });
});
