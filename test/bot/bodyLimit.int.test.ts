import { pourBody } from '../support/pourBody.js';
import { once } from 'node:events';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mounts } from '../../src/bot/mounts.js';
import { startServer, type Running } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

// sec15: restify's body parser and Node's keep-alive both read an oversized body to its end
// before the answer (a declared 900 MB body on /api/messages was read until the client stopped),
// and `Expect: 100-continue` invited it with "100 Continue" first.
let app: TestApp;
let running: Running;

beforeAll(async () => {
  app = createTestApp({ MAX_BODY_BYTES: '8192', AGENT_USERS: 'ag:Agent-pass-123456' });
  running = await startServer(app, mounts);
});
afterAll(async () => {
  await running.stop();
  await app.close();
});

/** Sends `head`, then 16 KiB of body every millisecond until answered; what came back and when. */
async function pour(head: string, maxBytes = 4_000_000) {
  const chunked = head.includes('chunked');
  return pourBody(running.url, head, {
    chunked,
    maxBytes,
    headOnly: head.includes('Expect:'),
    safetyMs: 8000,
  });
}

const post = (path: string, extra = '') =>
  `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
  `Origin: ${'http://127.0.0.1'}\r\n${extra}Content-Length: 900000000\r\n\r\n`;

describe('bodies larger than MAX_BODY_BYTES', () => {
  it.each([
    ['/api/messages'],
    ['/v3/directline/tokens/generate'],
    ['/api/agent/session'],
    ['/api/review/session'],
    ['/nowhere'],
  ])('%s: a declared oversized body is refused with 413 before it is read', async (path) => {
    const { answer, sentAtAnswer } = await pour(post(path));
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/Connection: close/i);
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as unknown;
    expect(body).toEqual({ error: { code: 'PayloadTooLarge', message: expect.stringMatching(/8192/) } });
    expect(sentAtAnswer).toBeLessThan(256 * 1024);
  });

  it('answers Expect: 100-continue with 413 and no "100 Continue" when the body is too large', async () => {
    const { answer } = await pour(post('/api/messages', 'Expect: 100-continue\r\n'), 0);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).not.toMatch(/100 Continue/);
  });

  it('still says "100 Continue" to a body within the limit, and serves it', async () => {
    const body = JSON.stringify({ type: 'message' });
    const socket = net.connect(Number(new URL(running.url).port), '127.0.0.1');
    await once(socket, 'connect');
    socket.write(
      'POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
        `Expect: 100-continue\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
    );
    const [first] = (await once(socket, 'data')) as [Buffer];
    expect(first.toString('latin1')).toMatch(/^HTTP\/1\.1 100 Continue/);
    let rest = '';
    socket.on('data', (d: Buffer) => (rest += d.toString('latin1')));
    socket.write(body);
    await once(socket, 'close');
    expect(first.toString('latin1') + rest).toMatch(/HTTP\/1\.1 400 [\s\S]*BadActivity/);
  });
});
