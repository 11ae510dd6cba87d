import { once } from 'node:events';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createLinkToken,
  registerDirectLine,
  type DirectLineChannel,
} from '../../src/channels/directline/index.js';
import { call, StreamRecorder } from '../channels/directline/dlClient.js';
import { startServer, type Running } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

// sec15 (attack14 left it open): a client sending its headers a byte at a time held a connection
// for Node's five-minute default. Short limits here so the test runs in seconds.
const HEADERS_MS = 1000;
const REQUEST_MS = 2000;

let app: TestApp;
let running: Running;
let channel: DirectLineChannel | undefined;

beforeAll(async () => {
  app = createTestApp({
    HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_MS),
    HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_MS),
    HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000',
  });
  running = await startServer(app, [
    (server, a) => {
      channel = registerDirectLine(server, a);
    },
  ]);
});
afterAll(async () => {
  await channel?.close();
  await running.stop();
  await app.close();
});

/** Opens a raw socket to the service; resolves how long it stayed open and what it was told. */
async function trickle(first: string, byte: string, everyMs: number): Promise<{ ms: number; said: string }> {
  const { port } = new URL(running.url);
  const socket = net.connect(Number(port), '127.0.0.1');
  await once(socket, 'connect');
  const t0 = Date.now();
  let said = '';
  socket.on('data', (d: Buffer) => {
    said += d.toString('latin1');
  });
  socket.on('error', () => undefined);
  socket.write(first);
  const timer = setInterval(() => {
    if (!socket.destroyed) socket.write(byte);
  }, everyMs);
  const safety = setTimeout(() => socket.destroy(), 15_000);
  await once(socket, 'close');
  clearInterval(timer);
  clearTimeout(safety);
  return { ms: Date.now() - t0, said };
}

describe('slow clients', () => {
  it('cuts a client that sends its headers a byte at a time once the headers limit passes', async () => {
    const { ms, said } = await trickle('GET /healthz HTTP/1.1\r\nHost: x\r\n', 'X', 100);
    expect(ms).toBeGreaterThanOrEqual(HEADERS_MS - 100);
    expect(ms).toBeLessThan(HEADERS_MS + 1500);
    expect(said).toMatch(/^HTTP\/1\.1 408/);
  });

  it('cuts a client that trickles its body once the request limit passes', async () => {
    const head =
      'POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{';
    const { ms } = await trickle(head, ' ', 100);
    expect(ms).toBeGreaterThanOrEqual(REQUEST_MS - 100);
    expect(ms).toBeLessThan(REQUEST_MS + 1500);
  });

  it('keeps a Direct Line WebSocket open past both limits, and it still delivers', async () => {
    const link = createLinkToken('demo-en', app.clock, app.config);
    const generated = await call<{ token: string }>(running.url, 'POST', '/tokens/generate', link);
    const started = await call<{ conversationId: string; token: string; streamUrl: string }>(
      running.url,
      'POST',
      '/conversations',
      generated.body.token,
      {},
    );
    const stream = new StreamRecorder(started.body.streamUrl);
    await stream.opened;
    let closed = false;
    void stream.closed.then(() => {
      closed = true;
    });
    await new Promise((resolve) => setTimeout(resolve, REQUEST_MS + 1500));
    expect(closed).toBe(false);
    const said = await call(
      running.url,
      'POST',
      `/conversations/${started.body.conversationId}/activities`,
      started.body.token,
      { type: 'message', text: 'hello', from: { id: 'x' } },
    );
    expect(said.status).toBe(200);
    await stream.waitFor(() => stream.activities().some((a) => a.from?.role === 'bot' || a.from?.id !== 'x'));
    stream.close();
  });

  it('answers a request whose turn takes longer than the request limit (the limit is on receiving it)', async () => {
    running.server.get('/slow-answer', async (_req, res) => {
      await new Promise((resolve) => setTimeout(resolve, REQUEST_MS + 500));
      res.send(200, { ok: true });
    });
    const res = await fetch(`${running.url}/slow-answer`);
    expect(res.status).toBe(200);
  });
});
