import net from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { mounts } from '../../src/bot/mounts.js';
import { startServer, type Running } from '../support/http.js';
import { openDirectLine, postDirectLine } from '../support/directLine.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function start(withMounts = true): Promise<{ app: TestApp; running: Running }> {
  const app = createTestApp();
  const running = await startServer(app, withMounts ? mounts : []);
  cleanup.push(
    async () => void (await app.close()),
    () => running.stop(),
  );
  return { app, running };
}

/** Sends a raw WebSocket upgrade; resolves with the status line and whether the server closed. */
function upgrade(url: string, path: string): Promise<{ statusLine: string; closed: boolean }> {
  const port = Number(new URL(url).port);
  return new Promise((resolve) => {
    let out = '';
    const socket = net.connect(port, '127.0.0.1', () =>
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      ),
    );
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ statusLine: out.split('\r\n')[0] ?? '', closed: false });
    }, 3000);
    socket.on('data', (d: Buffer) => (out += d.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ statusLine: out.split('\r\n')[0] ?? '', closed: true });
    });
  });
}

describe('hostile requests', () => {
  it('refuses a stream upgrade with a bad escape and closes the socket', async () => {
    const { running } = await start();
    const answer = await upgrade(running.url, '/v3/directline/conversations/%25%ZZ/stream');
    expect(answer).toEqual({ statusLine: 'HTTP/1.1 400 Bad Request', closed: true });
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
  });

  it('refuses an upgrade on any path that is not a stream, with or without channels mounted', async () => {
    for (const withMounts of [true, false]) {
      const { running } = await start(withMounts);
      for (const path of ['/healthz', '/api/messages', '/v3/directline/conversations/x/activities']) {
        const answer = await upgrade(running.url, path);
        expect(answer).toEqual({ statusLine: 'HTTP/1.1 404 Not Found', closed: true });
      }
    }
  });

  it("answers an unknown route, a wrong method and a bad escape in the service's one error shape", async () => {
    const { running } = await start(true);
    for (const [method, path, status] of [
      ['GET', '/nope', 404],
      ['PUT', '/healthz', 405],
      ['GET', '/api/review/accounts/%ZZ/commitments', 404],
    ] as const) {
      const res = await fetch(`${running.url}${path}`, { method });
      expect(res.status, `${method} ${path}`).toBe(status);
      const body = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
      expect(typeof body.error?.code, `${method} ${path}`).toBe('string');
      expect(typeof body.error?.message, `${method} ${path}`).toBe('string');
    }
  });

  it('answers bad escapes, deep nesting and huge numbers with a 4xx or a normal answer', async () => {
    const { running } = await start();
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    const requests: [string, string, string | undefined][] = [
      ['GET', '/v3/directline/conversations/%ZZ/activities', undefined],
      ['GET', '/review/api/conversations/%E0%A4%A', undefined],
      ['POST', '/api/messages', deep],
      [
        'POST',
        '/api/messages',
        '{"type":"message","conversation":{"id":"c"},"from":{"id":"u"},"text":1e999999}',
      ],
      ['POST', '/api/messages', '{"type":"message","conversation":{"id":"c'],
      ['POST', '/v3/directline/conversations', deep],
    ];
    for (const [method, path, body] of requests) {
      const res = await fetch(`${running.url}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(res.status, `${method} ${path}`).toBeLessThan(500);
    }
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
  });

  it('refuses a compressed body (bad gzip, a gzip bomb, deflate) with 415 and keeps serving', async () => {
    // Attack: restify's body parser inflated `Content-Encoding: gzip` itself; a body that was not
    // gzip threw Z_DATA_ERROR outside any handler and stopped the worker (one request, no
    // credential), and a small valid gzip inflated past MAX_BODY_BYTES unchecked.
    const { running } = await start();
    const bomb = new Blob([gzipSync(`{"type":"message","text":"${' '.repeat(20_000_000)}"}`)]);
    const requests: [string, string, Blob | string][] = [
      ['/api/messages', 'gzip', '{"type":"message"}'],
      ['/api/messages', 'gzip', bomb],
      ['/api/messages', 'deflate', '{}'],
      ['/api/review/conversations/x/reveal', 'gzip', '{}'],
      ['/api/agent/conversations/x/accept', 'gzip', '{}'],
      ['/api/payments', 'gzip', '{}'],
    ];
    for (const [path, encoding, body] of requests) {
      const res = await fetch(`${running.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': encoding },
        body,
      });
      expect(res.status, `${encoding} ${path}`).toBe(415);
      const answer = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
      expect(answer.error?.code, `${encoding} ${path}`).toBe('UnsupportedContentEncoding');
    }
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
  });

  it('refuses ids that are not well-formed Unicode (a lone surrogate) with 400 before any turn', async () => {
    // Attack: a conversation id with a lone surrogate ("c-\ud800") was stored in SQLite as bytes
    // that read back as U+FFFD, so `review verify` reported the chain broken (no head row) and
    // the reviewer could not open the conversation by the id it listed.
    const { running } = await start();
    for (const field of ['conversation', 'from'] as const) {
      const activity = {
        type: 'message',
        channelId: 'cli',
        serviceUrl: 'http://localhost:1',
        deliveryMode: 'expectReplies',
        conversation: { id: 'c-ok' },
        from: { id: 'u-ok' },
        recipient: { id: 'bot' },
        text: 'hi',
        [field]: { id: `${field}-\ud800` },
      };
      const res = await fetch(`${running.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      expect(res.status, field).toBe(400);
      const answer = (await res.json()) as { error?: { code?: unknown } };
      expect(answer.error?.code, field).toBe('BadActivity');
    }
  });

  it('caps text length on Direct Line the same as on /api/messages', async () => {
    const { app, running } = await start();
    const session = await openDirectLine(running.url, app);
    expect((await postDirectLine(running.url, session, '1 '.repeat(30_000))).status).toBe(400);
    const viaApi = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        conversation: { id: 'c' },
        from: { id: 'u' },
        text: 'x'.repeat(5001),
      }),
    });
    expect(viaApi.status).toBe(400);
  });
});
