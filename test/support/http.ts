import type { Server as NodeHttpServer } from 'node:http';
import type { Server } from 'restify';
import { createServer, listen, type Mount } from '../../src/bot/server.js';
import type { App } from '../../src/bot/app.js';

export interface Running {
  url: string;
  server: Server;
  stop(): Promise<void>;
}

export async function startServer(app: App, mounts: Mount[] = []): Promise<Running> {
  const server = createServer(app, mounts);
  const url = await listen(server, 0, '127.0.0.1');
  return {
    url,
    server,
    stop: () => closeHttpServer(server),
  };
}

/**
 * Stops a test server and does not wait on its clients: idle keep-alive sockets close at once, and
 * whatever is still open after `graceMs` (a browser page that keeps reconnecting, a stalled
 * request) is cut. Plain `server.close()` waits for every client to hang up, and a Web Chat page
 * left open kept one e2e suite's teardown waiting past its 120 s hook timeout (CI of 2f47689).
 */
export function closeHttpServer(server: Server | NodeHttpServer, graceMs = 2_000): Promise<void> {
  const http: NodeHttpServer = 'server' in server ? server.server : server;
  return new Promise<void>((resolve) => {
    const cut = setTimeout(() => http.closeAllConnections(), graceMs);
    http.close(() => {
      clearTimeout(cut);
      resolve();
    });
    http.closeIdleConnections();
  });
}

export interface BfActivity {
  type: string;
  text?: string;
  from?: { id: string; role?: string };
  [key: string]: unknown;
}

let counter = 0;

/** Posts one message activity to /api/messages with deliveryMode expectReplies; the raw response. */
export function sendActivity(
  url: string,
  conversationId: string,
  userId: string,
  text: string,
  extra: Record<string, unknown> = {},
): Promise<Response> {
  counter += 1;
  return fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `m${counter}`,
      channelId: 'test',
      serviceUrl: 'http://127.0.0.1:9/unused',
      deliveryMode: 'expectReplies',
      conversation: { id: conversationId },
      from: { id: userId, name: userId },
      recipient: { id: 'bot', name: 'bot' },
      text,
      ...extra,
    }),
  });
}

/** Sends one activity with deliveryMode expectReplies; returns status and the reply activities. */
export async function postActivity(
  url: string,
  conversationId: string,
  userId: string,
  text: string,
  extra: Record<string, unknown> = {},
): Promise<{ status: number; replies: BfActivity[] }> {
  const res = await sendActivity(url, conversationId, userId, text, extra);
  const body = res.status === 200 ? ((await res.json()) as { activities?: BfActivity[] }) : {};
  return { status: res.status, replies: (body.activities ?? []).filter((a) => a.type === 'message') };
}
