import { describe, expect, it } from 'vitest';
import { AGENT_API, mountAgentApi } from '../../../src/bot/agentDesk/agentRoutes.js';
import { createAuth } from '../../../src/auth/auth.js';
import { HandoffHarness } from '../../support/handoffHarness.js';
import { MemoryStaffLoginLog } from '../../support/memoryStaffLoginLog.js';
import { RouteTable } from '../../support/routeTable.js';

const basic = (name: string): Record<string, string> => ({
  authorization: `Basic ${Buffer.from(`${name}:${name}-correct-horse`).toString('base64')}`,
});
const ALICE = basic('alice');
const BOB = basic('bob');
const RITA = basic('rita');

/** The agent API's routes on the desk, called without HTTP (restify's own plumbing is the integration test's). */
function setUp(): { h: HandoffHarness; call: RouteTable['call'] } {
  const h = new HandoffHarness();
  const auth = createAuth({
    config: {
      REVIEWER_USERS: [{ name: 'rita', password: 'rita-correct-horse' }],
      AGENT_USERS: [
        { name: 'alice', password: 'alice-correct-horse' },
        { name: 'bob', password: 'bob-correct-horse' },
      ],
      publicUrl: 'http://127.0.0.1',
    },
    clock: h.clock,
    scryptCost: 1024,
    loginLog: new MemoryStaffLoginLog(),
  });
  const table = new RouteTable();
  mountAgentApi(table.server, h.desk, auth);
  return { h, call: (method, url, options) => table.call(method, url, options) };
}

describe('the agent API routes', () => {
  it('show the queue, most urgent first, to agents only', async () => {
    const { h, call } = setUp();
    await h.queue('c1');
    await h.queue('c2', { reason: 'distress', priority: 0 });
    h.clock.advance(30_000);
    expect((await call('GET', `${AGENT_API}/queue`)).status).toBe(401);
    expect((await call('GET', `${AGENT_API}/queue`, { headers: RITA })).status).toBe(403);
    const queue = await call('GET', `${AGENT_API}/queue`, { headers: ALICE });
    expect(queue.status).toBe(200);
    expect(queue.headers['cache-control']).toBe('no-store');
    expect(queue.body).toMatchObject({
      items: [
        { conversationId: 'c2', reason: 'distress', waitingSeconds: 30 },
        { conversationId: 'c1', reason: 'requested' },
      ],
    });
  });

  it('let one agent accept a conversation: the next gets 409, an unknown one 404', async () => {
    const { h, call } = setUp();
    await h.queue('c1');
    const accepted = await call('POST', `${AGENT_API}/conversations/c1/accept`, { headers: ALICE });
    expect(accepted).toMatchObject({ status: 200, body: { status: 'accepted', agent: 'alice' } });
    expect(await call('POST', `${AGENT_API}/conversations/c1/accept`, { headers: BOB })).toMatchObject({
      status: 409,
      body: { error: { code: 'held_by_another_agent' } },
    });
    expect((await call('POST', `${AGENT_API}/conversations/nope/accept`, { headers: ALICE })).status).toBe(
      404,
    );
    expect((await call('GET', `${AGENT_API}/conversations`, { headers: ALICE })).body).toMatchObject({
      items: [{ conversationId: 'c1' }],
    });
  });

  it('give a conversation to exactly one of two agents accepting at once, and tell the person once', async () => {
    const { h, call } = setUp();
    await h.queue('c1');
    const url = `${AGENT_API}/conversations/c1/accept`;
    const replies = await Promise.all([
      call('POST', url, { headers: ALICE }),
      call('POST', url, { headers: BOB }),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(h.proactive.delivered()).toHaveLength(1);
  });

  it('give the holder the messages after a cursor, and nobody else', async () => {
    const { h, call } = setUp();
    const entry = await h.queue('c1');
    await h.store.appendMessage(entry.handoffId, 'person', '你好', h.clock.now());
    await call('POST', `${AGENT_API}/conversations/c1/accept`, { headers: ALICE });
    const first = await call('GET', `${AGENT_API}/conversations/c1/messages`, { headers: ALICE });
    const { messages, cursor } = first.body as { messages: { from: string }[]; cursor: string };
    expect(messages.map((m) => m.from)).toEqual(['person', 'bot']);
    await h.store.appendMessage(entry.handoffId, 'person', '在吗', h.clock.now());
    const after = await call('GET', `${AGENT_API}/conversations/c1/messages?after=${cursor}`, {
      headers: ALICE,
    });
    expect(after.body).toMatchObject({ messages: [{ from: 'person', text: '在吗' }] });
    expect((await call('GET', `${AGENT_API}/conversations/c1/messages`, { headers: BOB })).status).toBe(403);
    expect(
      (await call('GET', `${AGENT_API}/conversations/c1/messages?after=%27%3B--`, { headers: ALICE })).status,
    ).toBe(400);
    expect((await call('GET', `${AGENT_API}/conversations/c9/messages`, { headers: ALICE })).status).toBe(
      404,
    );
  });

  it("send an agent's text (201), refuse a bad body (400), explain a block (409) and a failed delivery (502)", async () => {
    const { h, call } = setUp();
    await h.queue('c1');
    await call('POST', `${AGENT_API}/conversations/c1/accept`, { headers: ALICE });
    const url = `${AGENT_API}/conversations/c1/messages`;
    expect((await call('POST', url, { headers: ALICE, body: { text: '  ' } })).status).toBe(400);
    expect((await call('POST', url, { headers: ALICE, body: { text: '好'.repeat(2001) } })).status).toBe(400);
    expect((await call('POST', url, { headers: ALICE, body: [] })).status).toBe(400);
    const sent = await call('POST', url, {
      headers: ALICE,
      body: { text: '您好，我是人工客服，正在为您查询。' },
    });
    expect(sent).toMatchObject({ status: 201, body: { message: { from: 'agent', agent: 'alice' } } });
    const blocked = await call('POST', url, { headers: ALICE, body: { text: '不还钱就去你单位找你领导' } });
    expect(blocked).toMatchObject({ status: 409, body: { error: { code: 'blocked' } } });
    expect((blocked.body as { error: { violations: unknown[] } }).error.violations.length).toBeGreaterThan(0);
    h.proactive.failing = 'socket closed';
    const lost = await call('POST', url, {
      headers: ALICE,
      body: { text: '您好，我是人工客服，正在为您查询。' },
    });
    expect(lost).toMatchObject({ status: 502, body: { error: { code: 'not_delivered' } } });
    expect((await call('POST', url, { headers: BOB, body: { text: '您好' } })).status).toBe(403);
  });

  it('let only the holder release a conversation, with an outcome', async () => {
    const { h, call } = setUp();
    await h.queue('c1');
    await call('POST', `${AGENT_API}/conversations/c1/accept`, { headers: ALICE });
    const url = `${AGENT_API}/conversations/c1/release`;
    expect((await call('POST', url, { headers: ALICE, body: {} })).status).toBe(400);
    expect((await call('POST', url, { headers: BOB, body: { outcome: 'paid' } })).status).toBe(403);
    expect(await call('POST', url, { headers: ALICE, body: { outcome: '已约定还款' } })).toMatchObject({
      status: 200,
      body: { status: 'released', outcome: '已约定还款' },
    });
    expect((await call('POST', url, { headers: ALICE, body: { outcome: 'again' } })).status).toBe(404);
  });
});
