import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { startRoundRobinProxy, type RoundRobinProxy } from './roundRobinProxy.js';

interface Instance {
  url: string;
  close(): Promise<void>;
}

/** An instance that answers HTTP with its name and the body it got, and echoes WebSocket text with its name. */
async function instance(name: string): Promise<Instance> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ name, body, host: req.headers.host, pin: req.headers['x-instance'] ?? null }));
    });
  });
  const wss = new WebSocketServer({ server });
  wss.on('connection', (ws) => ws.on('message', (m: Buffer) => ws.send(`${name}:${m.toString()}`)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.close()));
});

async function setUp(): Promise<{ proxy: RoundRobinProxy; a: Instance; b: Instance }> {
  const [a, b] = [await instance('A'), await instance('B')];
  const proxy = await startRoundRobinProxy([a.url, b.url]);
  open.push(proxy, a, b);
  return { proxy, a, b };
}

const ask = async (url: string, init: RequestInit = {}) =>
  (await (await fetch(url, init)).json()) as { name: string; body: string; host: string; pin: string | null };

describe('the round-robin proxy of the multi-instance tests', () => {
  it('sends requests to the instances in turn, with their bodies and the Host the client used', async () => {
    const { proxy } = await setUp();
    const names: string[] = [];
    for (let i = 0; i < 4; i++) {
      const got = await ask(`${proxy.url}/x`, { method: 'POST', body: `hello ${i}` });
      expect(got.body).toBe(`hello ${i}`);
      expect(got.host).toBe(new URL(proxy.url).host);
      names.push(got.name);
    }
    expect(names).toEqual(['A', 'B', 'A', 'B']);
  });

  it('pins a request to one instance with x-instance, and does not forward the header', async () => {
    const { proxy } = await setUp();
    for (let i = 0; i < 3; i++) {
      const got = await ask(`${proxy.url}/x`, { headers: { 'x-instance': '1' } });
      expect(got).toMatchObject({ name: 'B', pin: null });
    }
  });

  it('carries a WebSocket to an instance and back', async () => {
    const { proxy } = await setUp();
    const ws = new WebSocket(`${proxy.url.replace('http', 'ws')}/stream`, { headers: { 'x-instance': '0' } });
    const reply = await new Promise<string>((resolve, reject) => {
      ws.on('open', () => ws.send('ping'));
      ws.on('message', (m: Buffer) => resolve(m.toString()));
      ws.on('error', reject);
    });
    ws.close();
    expect(reply).toBe('A:ping');
  });

  it('skips an instance that is gone and keeps serving from the other', async () => {
    const { proxy, a } = await setUp();
    await a.close();
    const names = [];
    for (let i = 0; i < 4; i++) names.push((await ask(`${proxy.url}/x`)).name);
    expect(names).toEqual(['B', 'B', 'B', 'B']);
  });
});
