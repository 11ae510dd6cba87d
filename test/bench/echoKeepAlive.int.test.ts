import http from 'node:http';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startEchoBot } from '../../bench/benchTurn.js';

/** One expectReplies turn on a keep-alive connection; resolves with the reply and the socket it used. */
function turnOn(url: string, agent: http.Agent): Promise<{ text: string; socket: Socket }> {
  const body = JSON.stringify({
    type: 'message',
    channelId: 'bench',
    serviceUrl: 'http://127.0.0.1:9/unused',
    deliveryMode: 'expectReplies',
    conversation: { id: 'keep-alive' },
    from: { id: 'demo-zh' },
    recipient: { id: 'bot' },
    text: '你好',
  });
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/api/messages`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
            activities?: { text?: string }[];
          };
          resolve({ text: parsed.activities?.[0]?.text ?? '', socket: req.socket as Socket });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Whether the server closed the idle connection within `ms`. */
function closedWithin(socket: Socket, ms: number): Promise<boolean> {
  if (socket.destroyed) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

describe('the bench echo bot keeps idle connections as long as it is told', () => {
  const closers: (() => void)[] = [];
  afterEach(() => {
    for (const close of closers.splice(0)) close();
  });

  it('closes an idle keep-alive connection after keepAliveMs, and keeps it when that is long', async () => {
    const short = await startEchoBot({ keepAliveMs: 100 });
    const long = await startEchoBot({ keepAliveMs: 600_000 });
    const agents = [new http.Agent({ keepAlive: true }), new http.Agent({ keepAlive: true })];
    closers.push(short.close, long.close, ...agents.map((a) => () => a.destroy()));
    expect([short.keepAliveMs, long.keepAliveMs]).toEqual([100, 600_000]);

    const [onShort, onLong] = await Promise.all([
      turnOn(short.url, agents[0] as http.Agent),
      turnOn(long.url, agents[1] as http.Agent),
    ]);
    expect([onShort.text, onLong.text]).toEqual(['echo: 你好', 'echo: 你好']);
    // Node's default (5 s) would keep both open past 1 s; the turn-count child's 600 s must.
    const [shortClosed, longClosed] = await Promise.all([
      closedWithin(onShort.socket, 1000),
      closedWithin(onLong.socket, 1000),
    ]);
    expect(shortClosed).toBe(true);
    expect(longClosed).toBe(false);
  });

  it("leaves node's default when no keep-alive is given (bench:turns measures the echo as it always did)", async () => {
    const echo = await startEchoBot();
    closers.push(echo.close);
    expect(echo.keepAliveMs).toBe(5000);
  });
});
