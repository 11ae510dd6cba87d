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
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface BfActivity {
  type: string;
  text?: string;
  from?: { id: string; role?: string };
  [key: string]: unknown;
}

let counter = 0;

/** Sends one activity with deliveryMode expectReplies; returns status and the reply activities. */
export async function postActivity(
  url: string,
  conversationId: string,
  userId: string,
  text: string,
  extra: Record<string, unknown> = {},
): Promise<{ status: number; replies: BfActivity[] }> {
  counter += 1;
  const res = await fetch(`${url}/api/messages`, {
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
  const body = res.status === 200 ? ((await res.json()) as { activities?: BfActivity[] }) : {};
  return { status: res.status, replies: (body.activities ?? []).filter((a) => a.type === 'message') };
}
