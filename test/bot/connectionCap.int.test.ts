import { once } from 'node:events';
import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { StreamRecorder } from '../channels/directline/dlClient.js';
import { serveDirectLine } from '../support/directLine.js';
import { startServer, type Running } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

// sec19: a client may hold a connection ~25 s with a few bytes (header and body deadlines); many
// such connections from one address were bounded only by the process. Real sockets on loopback,
// with loopback's default exemption lifted.
const started: { app: TestApp; running: Running }[] = [];
afterAll(async () => {
  for (const s of started) {
    await s.running.stop();
    await s.app.close();
  }
});

async function serve(env: Record<string, string>): Promise<string> {
  const app = createTestApp(env);
  const running = await startServer(app);
  started.push({ app, running });
  return running.url;
}

interface Held {
  socket: net.Socket;
  said: () => string;
  closed: Promise<unknown>;
}

/** A raw connection that sends `first` (a partial request head holds it open). */
async function hold(url: string, first: string): Promise<Held> {
  const socket = net.connect(Number(new URL(url).port), '127.0.0.1');
  await once(socket, 'connect');
  let said = '';
  socket.on('data', (d: Buffer) => {
    said += d.toString('latin1');
  });
  socket.on('error', () => undefined);
  const closed = once(socket, 'close');
  socket.write(first);
  return { socket, said: () => said, closed };
}

const PARTIAL = 'GET /healthz HTTP/1.1\r\nHost: x\r\n';
const WHOLE = 'GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';

describe('connections per peer address', () => {
  it('refuses a connection over the cap with 429 in the house shape and closes it; one freed is reusable', async () => {
    const url = await serve({ HTTP_MAX_CONNECTIONS_PER_ADDRESS: '3', HTTP_CONNECTION_CAP_EXEMPT: '' });
    const held = await Promise.all([1, 2, 3].map(() => hold(url, PARTIAL)));
    const over = await hold(url, WHOLE);
    await over.closed;
    const [head, body] = over.said().split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 429 /);
    expect(head).toMatch(/connection: close/i);
    expect(head).toMatch(/retry-after: 1/i);
    expect(JSON.parse(body ?? '')).toEqual({
      error: { code: 'TooManyConnections', message: expect.any(String) },
    });
    // the held ones are untouched: one completes its request
    held[0]?.socket.write('Connection: close\r\n\r\n');
    await held[0]?.closed;
    expect(held[0]?.said()).toMatch(/^HTTP\/1\.1 200 /);
    // its slot is free again (once the service has seen it close)
    let answer = '';
    for (let tries = 0; !answer.startsWith('HTTP/1.1 200') && tries < 20; tries++) {
      if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 50));
      const again = await hold(url, WHOLE);
      await again.closed;
      answer = again.said();
    }
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    for (const h of held) h.socket.destroy();
  });

  it('exempts loopback by default (a local proxy, the bench, the tests)', async () => {
    const url = await serve({ HTTP_MAX_CONNECTIONS_PER_ADDRESS: '2' });
    const held = await Promise.all([1, 2, 3, 4, 5].map(() => hold(url, PARTIAL)));
    const extra = await hold(url, WHOLE);
    await extra.closed;
    expect(extra.said()).toMatch(/^HTTP\/1\.1 200 /);
    for (const h of held) h.socket.destroy();
  });
});

describe('several tabs of one person under the cap', () => {
  const service = serveDirectLine({ HTTP_MAX_CONNECTIONS_PER_ADDRESS: '12', HTTP_CONNECTION_CAP_EXEMPT: '' });

  it('keeps three WebSocket streams open and each is delivered to', async () => {
    const tabs = await Promise.all([1, 2, 3].map(() => service.open('demo-en')));
    const streams = tabs.map((t) => new StreamRecorder(t.streamUrl));
    await Promise.all(streams.map((s) => s.opened));
    for (const [i, tab] of tabs.entries()) {
      expect((await service.post(tab, 'hello', { id: `tab-${i}` })).status).toBe(200);
      const stream = streams[i];
      await stream?.waitFor(() => stream.activities().some((a) => a.from?.role === 'bot'));
    }
    for (const s of streams) s.close();
  });
});
