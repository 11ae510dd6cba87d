import { afterAll, describe, expect, it } from 'vitest';
import { createAuth } from '../../../src/auth/index.js';
import { registerDirectLine, type DirectLineChannel } from '../../../src/channels/directline/index.js';
import { startServer } from '../../support/http.js';
import { DEMO_SECRETS } from '../../support/chat.js';
import { openDirectLine, serveDirectLine, type DlSession } from '../../support/directLine.js';
import { MemoryStaffLoginLog } from '../../support/memoryStaffLoginLog.js';
import { createTestApp } from '../../support/testApp.js';
import { call, StreamRecorder, type ActivitySet } from './dlClient.js';

/**
 * SECURITY.md, "Proactive messages reach every session of a Direct Line conversation": an agent's
 * message that may carry account detail reaches only the session the person verified in, over
 * the real Direct Line HTTP and WebSocket and the real agent API.
 */

interface Session extends DlSession {
  stream: StreamRecorder;
}

const FIGURE = '您目前的欠款金额为12,345.67元，如有疑问请随时告诉我。';
const HELD = '您的欠款为1,234.57元。';
const GREETING = '您好，我是人工客服，请问还有什么可以帮您？';

const service = serveDirectLine(
  {
    DIRECTLINE_TOKEN_TTL_SECONDS: '7200',
    AGENT_USERS: 'alice:alice-pass',
    HANDOFF_CALLBACK_AFTER_SECONDS: '3600',
  },
  [
    (server, a) => {
      const auth = createAuth({
        config: a.config,
        clock: a.clock,
        scryptCost: 1024,
        loginLog: new MemoryStaffLoginLog(),
      });
      a.handoff.mount(server, { auth, sweepMs: 60_000 });
    },
  ],
);
const streams: StreamRecorder[] = [];
afterAll(() => {
  for (const s of streams) s.close();
});

async function open(): Promise<Session> {
  const started = await service.open('demo-zh');
  const stream = new StreamRecorder(started.streamUrl);
  streams.push(stream);
  await stream.opened;
  return { conversationId: started.conversationId, token: started.token, stream };
}

async function say(s: Session, text: string): Promise<void> {
  expect((await service.post(s, text, { id: 'x' })).status).toBe(200);
}

const polled = (s: Session): Promise<string> => service.polled(s);

const streamed = (s: Session): string =>
  s.stream
    .activities()
    .map((a) => a.text ?? '')
    .join('\n');

/** Waits until the session's stream has caught up with its own latest message `marker`. */
async function caughtUp(s: Session, marker: string): Promise<void> {
  await say(s, marker);
  await s.stream.waitFor(() => s.stream.activities().some((a) => a.text === marker));
}

async function agent(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${service.url}/api/agent${path}`, {
    method,
    headers: {
      authorization: `Basic ${Buffer.from('alice:alice-pass').toString('base64')}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : {} };
}

const leaks = (text: string): string[] => (DEMO_SECRETS['demo-zh'] ?? []).filter((s) => text.includes(s));

async function handOver(s: Session): Promise<void> {
  await say(s, '转人工');
  const accepted = await agent('POST', `/conversations/${s.conversationId}/accept`);
  expect(accepted.status).toBe(200);
}

describe('proactive messages on a Direct Line conversation with two sessions', () => {
  it('an agent figure reaches only the verified session, is held back when nobody is verified, and follows a new verification', async () => {
    const a = await open();
    const b = await open(); // a copy of the link: the same conversation, another session
    expect(b.conversationId).toBe(a.conversationId);
    const id = a.conversationId;

    // A verifies and asks for a person; the agent writes a figure.
    await say(a, '身份证后四位是1234');
    await handOver(a);
    expect((await agent('POST', `/conversations/${id}/messages`, { text: FIGURE })).status).toBe(201);
    expect(await polled(a)).toContain(FIGURE);
    await a.stream.waitFor(() => streamed(a).includes(FIGURE));
    expect(await polled(b)).not.toContain(FIGURE);
    await caughtUp(b, '在吗');
    expect(leaks(streamed(b))).toEqual([]);
    expect(leaks(await polled(b))).toEqual([]);
    // Nor what A typed: B never reads A's answer to the verification question.
    expect(streamed(b)).not.toContain('1234');
    expect(await polled(b)).not.toContain('1234');

    // A's verification lapses while the agent still holds the conversation: a figure is held
    // back (nobody gets it), a greeting without account detail reaches both sessions.
    service.app.clock.advance(31 * 60_000);
    const held = await agent('POST', `/conversations/${id}/messages`, { text: HELD });
    expect(held.status).toBe(409);
    expect(held.body).toMatchObject({ error: { code: 'not_verified' } });
    expect((await agent('POST', `/conversations/${id}/messages`, { text: GREETING })).status).toBe(201);
    for (const s of [a, b]) {
      await s.stream.waitFor(() => streamed(s).includes(GREETING));
      expect(await polled(s)).toContain(GREETING);
      expect(streamed(s)).not.toContain(HELD);
      expect(await polled(s)).not.toContain(HELD);
    }
    expect((await agent('POST', `/conversations/${id}/release`, { outcome: 'resolved' })).status).toBe(200);

    // B verifies now: the agent's figure follows the verification to B and never reaches A.
    await say(b, '身份证后四位是1234');
    await handOver(b);
    expect((await agent('POST', `/conversations/${id}/messages`, { text: FIGURE })).status).toBe(201);
    expect(await polled(b)).toContain(FIGURE);
    await b.stream.waitFor(() => streamed(b).includes(FIGURE));
    const aSawBefore = streamed(a).split(FIGURE).length;
    await caughtUp(a, '还在吗');
    expect(streamed(a).split(FIGURE).length).toBe(aSawBefore); // nothing new for A
    expect((await polled(a)).split(FIGURE).length).toBe(2); // only the copy sent when A was verified
  });
});

describe('a reminder on a Direct Line conversation with two sessions', () => {
  it('worded for a verified person reaches only the session that verified, never a second session', async () => {
    const own = createTestApp({ DIRECTLINE_TOKEN_TTL_SECONDS: '7200' });
    // 23 November 2026, 10:00 in Shanghai: demo-zh has its due+30 reminder today.
    own.clock.set('2026-11-23T02:00:00Z');
    let dl: DirectLineChannel | undefined;
    const server = await startServer(own, [
      (s, a) => {
        dl = registerDirectLine(s, a);
      },
    ]);
    const texts = async (token: string, id: string): Promise<string[]> => {
      const page = await call<ActivitySet>(server.url, 'GET', `/conversations/${id}/activities`, token);
      return page.body.activities.filter((x) => x.from?.role === 'bot').map((x) => x.text ?? '');
    };
    try {
      const start = async (): Promise<{ token: string; id: string }> => {
        const { token, conversationId } = await openDirectLine(server.url, own, 'demo-zh');
        return { token, id: conversationId };
      };
      const a = await start();
      const b = await start();
      const posted = await call(server.url, 'POST', `/conversations/${a.id}/activities`, a.token, {
        type: 'message',
        text: '身份证后四位是1234',
        from: { id: 'x' },
      });
      expect(posted.status).toBe(200);
      const [aBefore, bBefore] = [(await texts(a.token, a.id)).length, (await texts(b.token, b.id)).length];
      const report = await own.reminders.run(own.clock.now());
      expect(report.results.map((r) => r.outcome)).toContain('sent');
      await expect.poll(async () => (await texts(a.token, a.id)).length, { timeout: 5000 }).toBe(aBefore + 1);
      expect((await texts(a.token, a.id)).at(-1)).toContain('退订');
      expect((await texts(b.token, b.id)).length).toBe(bBefore);
    } finally {
      await dl?.close();
      await server.stop();
      await own.close();
    }
  });
});
