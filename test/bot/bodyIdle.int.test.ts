import { once } from 'node:events';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mounts } from '../../src/bot/mounts.js';
import { startServer, type Running } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

// sec17: a client that declared a chunk (or a Content-Length) and then sent nothing held its
// connection until HTTP_REQUEST_TIMEOUT_MS. Short limits so the test runs in seconds.
const IDLE_MS = 1000;
const REQUEST_MS = 8000;

let app: TestApp;
let running: Running;
beforeAll(async () => {
  app = createTestApp({
    HTTP_BODY_IDLE_TIMEOUT_MS: String(IDLE_MS),
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

/**
 * Writes `parts` on a raw socket, `everyMs` apart, then waits (sending nothing more) until the
 * service closes the connection; what it answered and how long after the last write it closed.
 */
async function send(parts: string[], everyMs = 0): Promise<{ answer: string; closedAfterMs: number }> {
  const socket = net.connect(Number(new URL(running.url).port), '127.0.0.1');
  await once(socket, 'connect');
  let answer = '';
  socket.on('data', (d: Buffer) => {
    answer += d.toString('utf8');
  });
  socket.on('error', () => undefined);
  for (const [i, part] of parts.entries()) {
    if (i > 0 && everyMs > 0) await new Promise((r) => setTimeout(r, everyMs));
    socket.write(part);
  }
  const lastWrite = Date.now();
  const safety = setTimeout(() => socket.destroy(), 15_000);
  await new Promise((resolve) => socket.once('close', resolve));
  clearTimeout(safety);
  return { answer, closedAfterMs: Date.now() - lastWrite };
}

const bodyOf = (answer: string): unknown =>
  JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as unknown;

const head = (path: string, framing: string, extra = '') =>
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n${extra}${framing}\r\n\r\n`;

describe('a body that stops arriving', () => {
  it.each([
    [
      '/api/messages, a chunk declared and never sent',
      head('/api/messages', 'Transfer-Encoding: chunked'),
      ['400\r\n{"type":"mess'],
    ],
    [
      '/api/messages, Content-Length never reached',
      head('/api/messages', 'Content-Length: 1000'),
      ['{"type":'],
    ],
    [
      '/api/payments, a chunk declared and never sent',
      head('/api/payments', 'Transfer-Encoding: chunked'),
      ['1000\r\n{'],
    ],
    [
      '/api/review/session with Basic credentials, a stalled chunk',
      head(
        '/api/review/session',
        'Transfer-Encoding: chunked',
        `Authorization: Basic ${Buffer.from('rev:Review-pass-123456').toString('base64')}\r\nOrigin: http://127.0.0.1\r\n`,
      ),
      ['100\r\n{'],
    ],
  ])(
    '%s: 408 in the house shape after the idle limit, and the connection closes',
    async (_name, first, rest) => {
      const { answer, closedAfterMs } = await send([first, ...rest]);
      expect(closedAfterMs).toBeLessThan(IDLE_MS + 2000);
      expect(closedAfterMs).toBeLessThan(REQUEST_MS);
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
      expect(answer).toMatch(/Connection: close/i);
      expect(bodyOf(answer)).toEqual({
        error: { code: 'BodyIdleTimeout', message: expect.stringMatching(/HTTP_BODY_IDLE_TIMEOUT_MS/) },
      });
      expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    },
  );

  it('/api/messages: answers 408 (not another status) to a stalled chunk', async () => {
    const { answer, closedAfterMs } = await send([
      head('/api/messages', 'Transfer-Encoding: chunked'),
      '10\r\n{"type":"message',
    ]);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(closedAfterMs).toBeGreaterThanOrEqual(IDLE_MS - 100);
  });

  it('does not cut a body whose bytes keep coming more often than the limit (it is served)', async () => {
    const activity = JSON.stringify({
      type: 'message',
      id: 'idle-1',
      channelId: 'test',
      serviceUrl: 'http://127.0.0.1:9/unused',
      deliveryMode: 'expectReplies',
      conversation: { id: 'idle-conv' },
      from: { id: 'idle-user', name: 'u' },
      recipient: { id: 'bot', name: 'bot' },
      text: 'hello',
    });
    const pieces = activity.match(/[\s\S]{1,40}/g) ?? [];
    const started = Date.now();
    const { answer } = await send(
      [
        head('/api/messages', `Content-Length: ${Buffer.byteLength(activity)}`, 'Connection: close\r\n'),
        ...pieces,
      ],
      IDLE_MS / 3,
    );
    // the body took well over the idle limit to arrive, yet was read whole and answered
    expect(Date.now() - started).toBeGreaterThan(IDLE_MS * 1.5);
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
  });
});
