import { pourBody } from '../support/pourBody.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mounts } from '../../src/bot/mounts.js';
import { startServer, type Running } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

// sec16: a chunked body (no Content-Length) to a route using restify's body parser was read to
// its end, bytes past the limit discarded, until HTTP_REQUEST_TIMEOUT_MS cut it.
let app: TestApp;
let running: Running;
const LIMIT = 8192;
const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;

beforeAll(async () => {
  app = createTestApp({
    MAX_BODY_BYTES: String(LIMIT),
    AGENT_USERS: 'ag:Agent-pass-123456',
    REVIEWER_USERS: 'rev:Review-pass-123456',
  });
  running = await startServer(app, mounts);
});
afterAll(async () => {
  await running.stop();
  await app.close();
});

/**
 * Sends `head`, then up to `total` bytes of chunked body (16 KiB chunks, one per millisecond) until
 * the service answers and hangs up; what came back, how much had been sent when the answer came,
 * and how long the connection stayed open.
 */
async function pourChunked(head: string, total = 10 * 1024 * 1024) {
  return pourBody(running.url, head, { chunked: true, maxBytes: total });
}

const head = (path: string, credentials = '') =>
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
  `Origin: http://127.0.0.1\r\n${credentials}Transfer-Encoding: chunked\r\n\r\n`;

/**
 * Headers of a console session (cookie and CSRF token): checked from memory at once, so what the
 * client had sent when the 413 came is what the route read, not what queued during a scrypt check.
 */
async function session(path: string, user: string, pass: string): Promise<string> {
  const res = await fetch(`${running.url}${path}`, {
    method: 'POST',
    headers: { authorization: basic(user, pass), origin: running.url, 'content-type': 'application/json' },
    body: '{}',
  });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return `Cookie: ${cookie}\r\nX-CSRF-Token: ${csrfToken}\r\n`;
}

const json = (answer: string): unknown => {
  const body = answer.slice(answer.indexOf('\r\n\r\n') + 4);
  // the answer itself may be chunked: take the JSON object out of it
  return JSON.parse(body.slice(body.indexOf('{'), body.lastIndexOf('}') + 1)) as unknown;
};

async function healthy(): Promise<number> {
  return (await fetch(`${running.url}/healthz`)).status;
}

describe('chunked bodies past the limit', () => {
  const agent = (): Promise<string> => session('/api/agent/session', 'ag', 'Agent-pass-123456');
  const reviewer = (): Promise<string> => session('/api/review/session', 'rev', 'Review-pass-123456');
  it.each([
    ['/api/messages', async () => '', LIMIT],
    ['/api/agent/conversations/c-1/messages', agent, 16 * 1024],
    ['/api/agent/conversations/c-1/release', agent, 16 * 1024],
    ['/api/review/conversations/c-1/reveal', reviewer, 4096],
  ])('%s: a 10 MB chunked stream is cut with 413 soon after the limit', async (path, credentials, limit) => {
    const { answer, sentAtAnswer, sent, openMs } = await pourChunked(head(path, await credentials()));
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/Connection: close/i);
    expect(json(answer)).toEqual({
      error: { code: 'PayloadTooLarge', message: expect.stringContaining(String(limit)) },
    });
    // the answer came within a few chunks of the limit, and the socket closed within the
    // lingering second, long before the 10 MB were sent or the request timeout
    expect(sentAtAnswer).toBeGreaterThan(0);
    expect(sentAtAnswer).toBeLessThan(limit + 512 * 1024);
    expect(sent).toBeLessThan(10 * 1024 * 1024);
    expect(openMs).toBeLessThan(5_000);
    expect(await healthy()).toBe(200);
  });

  it.each([
    ['/api/agent/session', `Authorization: ${basic('ag', 'wrong-password-000')}\r\n`],
    ['/api/agent/conversations/c-1/accept', ''],
    ['/nowhere', ''],
  ])('%s: an answer sent before a chunked body ended closes the connection', async (path, auth) => {
    const { answer, sent, openMs } = await pourChunked(head(path, auth));
    expect(answer).toMatch(/^HTTP\/1\.1 4\d\d /);
    expect(answer).toMatch(/Connection: close/i);
    expect(json(answer)).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
    expect(sent).toBeLessThan(10 * 1024 * 1024);
    expect(openMs).toBeLessThan(5_000);
    expect(await healthy()).toBe(200);
  });
});

describe('chunked bodies within the limit', () => {
  it('/api/messages serves a small chunked JSON activity', async () => {
    const activity = JSON.stringify({
      type: 'message',
      id: 'chunked-1',
      channelId: 'test',
      serviceUrl: 'http://127.0.0.1:9/unused',
      deliveryMode: 'expectReplies',
      conversation: { id: 'chunked-conv' },
      from: { id: 'chunked-user', name: 'u' },
      recipient: { id: 'bot', name: 'bot' },
      text: 'hello',
    });
    const half = Math.floor(activity.length / 2);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(activity.slice(0, half)));
        controller.enqueue(new TextEncoder().encode(activity.slice(half)));
        controller.close();
      },
    });
    const res = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities?: { type: string; text?: string }[] };
    expect(body.activities?.some((a) => a.type === 'message' && (a.text ?? '').length > 0)).toBe(true);
  });

  it('/api/review/.../reveal reads a small chunked body (then answers for the conversation)', async () => {
    const res = await fetch(`${running.url}/api/review/conversations/none/reveal`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: running.url,
        authorization: basic('rev', 'Review-pass-123456'),
      },
      body: new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"reason":"audit '));
          controller.enqueue(new TextEncoder().encode('check"}'));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'NotFound', message: expect.any(String) } });
  });

  it('a malformed small chunked JSON body is 400 in the house shape', async () => {
    const res = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"type":'));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
  });
});
