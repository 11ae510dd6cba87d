import type { Server } from 'restify';
import { afterAll, beforeAll } from 'vitest';
import {
  createLinkToken,
  registerDirectLine,
  type DirectLineChannel,
} from '../../src/channels/directline/index.js';
import type { App } from '../../src/bot/app.js';
import type { Mount } from '../../src/bot/server.js';
import { startServer, type Running } from './http.js';
import { createTestApp, type TestApp } from './testApp.js';

export interface DlSession {
  conversationId: string;
  token: string;
}

/** What starting a conversation answers: the session and where its WebSocket stream is. */
export interface DlStarted extends DlSession {
  streamUrl: string;
}

/** The service with its Direct Line channel, running on a free port for one test file. */
export interface DlService {
  readonly app: TestApp;
  readonly url: string;
  readonly server: Server;
  readonly channel: DirectLineChannel;
  /** Opens a conversation as `userId` (see openDirectLine). */
  open(userId?: string): Promise<DlStarted>;
  /** Posts one message (see postDirectLine). */
  post(session: DlSession, text: string, from?: Record<string, string>): Promise<{ status: number }>;
  /** The texts a polling client of the session is shown, one a line. */
  polled(session: DlSession): Promise<string>;
}

/**
 * Starts the service with the Direct Line channel (and `mounts` after it) before the file's tests,
 * on a fresh test app configured with `env`, and stops it all after them. Read the fields inside tests.
 */
export function serveDirectLine(env: Record<string, string> = {}, mounts: Mount[] = []): DlService {
  let app: TestApp | undefined;
  let running: Running | undefined;
  let channel: DirectLineChannel | undefined;
  beforeAll(async () => {
    app = createTestApp(env);
    const withChannel: Mount = (server, a) => {
      channel = registerDirectLine(server, a);
    };
    running = await startServer(app, [withChannel, ...mounts]);
  });
  afterAll(async () => {
    await channel?.close();
    await running?.stop();
    await app?.close();
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the service starts in beforeAll; use it inside tests');
    return value;
  };
  return {
    get app() {
      return ready(app);
    },
    get url() {
      return ready(running).url;
    },
    get server() {
      return ready(running).server;
    },
    get channel() {
      return ready(channel);
    },
    open: (userId) => openDirectLine(ready(running).url, ready(app), userId),
    post: (session, text, from) => postDirectLine(ready(running).url, session, text, from),
    polled: (session) => polledTexts(ready(running).url, session),
  };
}

/** Exchanges a chat link for a Direct Line token, as the web chat page does first; fails unless 200. */
export async function generateDirectLineToken(
  baseUrl: string,
  app: App,
  userId = 'demo-zh',
): Promise<DlSession> {
  const link = createLinkToken(userId, app.clock, app.config);
  const generated = await fetch(`${baseUrl}/v3/directline/tokens/generate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${link}` },
  });
  if (generated.status !== 200) throw new Error(`tokens/generate answered ${generated.status}`);
  return (await generated.json()) as DlSession;
}

/** Starts the conversation of a token; the HTTP status and what it answered. */
export async function startDirectLine(
  baseUrl: string,
  token: string,
): Promise<{ status: number; body: DlStarted }> {
  const started = await fetch(`${baseUrl}/v3/directline/conversations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: '{}',
  });
  return { status: started.status, body: (await started.json()) as DlStarted };
}

/** Opens a Direct Line conversation the way the web chat page does (link → token → conversation). */
export async function openDirectLine(baseUrl: string, app: App, userId = 'demo-zh'): Promise<DlStarted> {
  const { token } = await generateDirectLineToken(baseUrl, app, userId);
  const started = await startDirectLine(baseUrl, token);
  if (started.status !== 200 && started.status !== 201)
    throw new Error(`starting the conversation answered ${started.status}`);
  return started.body;
}

/** Posts one message; returns the HTTP status and the id the channel gave it. */
export async function postDirectLine(
  baseUrl: string,
  session: DlSession,
  text: string,
  from: Record<string, string> = { name: 'person' },
): Promise<{ status: number; id: string | undefined }> {
  const res = await fetch(`${baseUrl}/v3/directline/conversations/${session.conversationId}/activities`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'message', text, from }),
  });
  const body = (await res.json().catch(() => ({}))) as { id?: string };
  return { status: res.status, id: body.id };
}

/** The texts a polling client of the session is shown, one a line. */
export async function polledTexts(baseUrl: string, session: DlSession): Promise<string> {
  const res = await fetch(`${baseUrl}/v3/directline/conversations/${session.conversationId}/activities`, {
    headers: { authorization: `Bearer ${session.token}` },
  });
  const page = (await res.json()) as { activities: { text?: string }[] };
  return page.activities.map((a) => a.text ?? '').join('\n');
}
