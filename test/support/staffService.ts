import http from 'node:http';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, expect } from 'vitest';
import { createApp, type App } from '../../src/bot/app.js';
import { mounts } from '../../src/bot/mounts.js';
import { ManualClock } from '../../src/core/clock.js';
import { DEMO_SECRETS, type Chat } from './chat.js';
import { startServer, type Running } from './http.js';
import { testConfig } from './testApp.js';
import { People, received } from '../bot/agentDesk/support.js';

/** The staff of a `serveStaff` service and their passwords. */
export const STAFF = { alice: 'Alice-pass-1234', bob: 'Bob-pass-12345', rita: 'Rita-pass-12345' };
export type StaffName = keyof typeof STAFF;

/** A console session: its cookie (`collections_session=…`) and CSRF token. */
export interface StaffSession {
  cookie: string;
  csrf: string;
}

export interface Answer {
  status: number;
  body: { error?: { code?: string; message?: string }; [key: string]: unknown };
}

export const basic = (name: string, password: string): string =>
  `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;

/** The agent API path of a person's conversation. */
export const agentPath = (chat: Chat, rest = ''): string =>
  `/api/agent/conversations/${encodeURIComponent(chat.conversationId)}${rest}`;

/** An answer in the house shape, `{"error":{"code","message"}}`, with this status (and code). */
export function expectRefusal(answer: Answer, status: number, code?: string): void {
  expect({ status: answer.status, code: answer.body.error?.code }).toEqual({
    status,
    code: code ?? expect.any(String),
  });
  expect(answer.body.error?.message).toEqual(expect.any(String));
}

/**
 * The whole service (`mounts`) for the staff red team (staffsec20), one per test file: agents
 * alice and bob, reviewer rita, demo people on the `test` channel, a manual clock, and its pino
 * output kept (debug) with every secret it handed out, for `leakedSecrets`.
 */
export function serveStaff() {
  const logs: string[] = [];
  const secrets: string[] = [...Object.values(STAFF)];
  const clock = new ManualClock('2026-11-28T02:00:00Z');
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  const app: App = createApp(
    testConfig({
      AGENT_USERS: `alice:${STAFF.alice},bob:${STAFF.bob}`,
      REVIEWER_USERS: `rita:${STAFF.rita}`,
      LOG_LEVEL: 'debug',
    }),
    { clock, logger: pino({ level: 'debug' }, sink) },
  );
  let running: Running | undefined;
  let people: People | undefined;
  beforeAll(async () => {
    people = new People(app);
    running = await startServer(app, mounts);
  });
  afterAll(async () => {
    await running?.stop();
    await app.close();
  });
  const url = (): string => {
    if (!running) throw new Error('the service starts in beforeAll; use it inside tests');
    return running.url;
  };

  /** A request as `who` from this service's own origin with a JSON type; a header given as '' is dropped. */
  async function call(
    who: StaffSession | undefined,
    method: string,
    path: string,
    body?: string,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const all: Record<string, string> = {
      origin: url(),
      'content-type': 'application/json',
      ...(who ? { cookie: who.cookie, 'x-csrf-token': who.csrf } : {}),
      ...headers,
    };
    for (const [k, v] of Object.entries(all)) if (v === '') delete all[k];
    const res = await fetch(`${url()}${path}`, {
      method,
      headers: all,
      ...(body !== undefined ? { body } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Answer['body']) : {} };
  }

  /** Signs `name` in to the agent or review console (Basic in, session cookie out). */
  async function signIn(console: 'agent' | 'review', name: StaffName): Promise<StaffSession> {
    const res = await fetch(`${url()}/api/${console}/session`, {
      method: 'POST',
      headers: { authorization: basic(name, STAFF[name]), origin: url(), 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(200);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
    secrets.push(cookie.split('=')[1] ?? '', csrf);
    return { cookie, csrf };
  }

  /** A GET with `authorization` from a chosen loopback address (all of 127.0.0.0/8 is this host). */
  function getFrom(address: string, path: string, authorization: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: Number(new URL(url()).port),
          path,
          localAddress: address,
          agent: false,
          headers: { authorization },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end();
    });
  }

  /** A demo person who asked for a human (in `conversationId` when given), accepted by `agent` when given. */
  async function handedOver(agent?: StaffSession, conversationId?: string): Promise<Chat> {
    if (!people) throw new Error('the service starts in beforeAll; use it inside tests');
    const chat = people.chat('demo-zh', conversationId);
    await chat.say('你好');
    await chat.say('转人工');
    if (agent) expect((await call(agent, 'POST', agentPath(chat, '/accept'), '{}')).status).toBe(200);
    received(chat);
    return chat;
  }

  /** The secrets (passwords, session and CSRF tokens, `extra`, the demo account's facts) found in the log. */
  function leakedSecrets(extra: string[] = []): string[] {
    const written = logs.join('');
    const facts = (DEMO_SECRETS['demo-zh'] ?? []).filter((f) => !/^\d{1,5}$/.test(f));
    return [...secrets, ...extra, ...facts].filter((s) => s.length > 0 && written.includes(s));
  }

  return { app, clock, logs, url, call, signIn, getFrom, handedOver, leakedSecrets };
}
