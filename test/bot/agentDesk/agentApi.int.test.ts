import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { createAuth } from '../../../src/auth/index.js';
import type { Handoff } from '../../../src/bot/agentDesk/index.js';
import { MemoryTranscriptSink } from '../../support/memoryTranscriptSink.js';
import type { Chat } from '../../support/chat.js';
import restify from 'restify';
import { listen } from '../../../src/bot/server.js';
import { createTestApp, type TestApp } from '../../support/testApp.js';
import { mountAgents, People, received, wireHandoff } from './support.js';
import { MemoryStaffLoginLog } from '../../support/memoryStaffLoginLog.js';

const ENV = {
  AGENT_USERS: 'alice:alice-pass,bob:bob-pass',
  REVIEWER_USERS: 'rita:rita-pass',
  HANDOFF_CALLBACK_AFTER_SECONDS: '300',
};
const ACCEPTED = '工作人员已接入，接下来将由人工为您服务。';

let app: TestApp;
let handoff: Handoff;
let people: People;
let transcript: MemoryTranscriptSink;
let running: { url: string; stop(): Promise<void> };

/** Only the agent API and console, on loopback. */
async function startAgentServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  mountAgents(server, app);
  const url = await listen(server, 0, '127.0.0.1');
  return { url, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

beforeEach(async () => {
  transcript = new MemoryTranscriptSink();
  app = createTestApp(ENV, { transcript });
  handoff = wireHandoff(app, {
    auth: createAuth({
      config: app.config,
      clock: app.clock,
      scryptCost: 1024,
      loginLog: new MemoryStaffLoginLog(),
    }),
  });
  people = new People(app);
  running = await startAgentServer();
});
afterEach(async () => {
  await running.stop();
  await app.close();
});

type Who = 'alice' | 'bob' | 'rita' | 'nobody' | 'wrong';
const PASSWORDS: Record<Who, string | undefined> = {
  alice: 'alice-pass',
  bob: 'bob-pass',
  rita: 'rita-pass',
  nobody: undefined,
  wrong: 'guess',
};

async function api(
  who: Who,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: Record<string, string> = {};
  const password = PASSWORDS[who];
  if (password)
    headers.authorization = `Basic ${Buffer.from(`${who === 'wrong' ? 'alice' : who}:${password}`).toString('base64')}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${running.url}${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

const conv = (chat: Chat, rest = ''): string =>
  `/api/agent/conversations/${encodeURIComponent(chat.conversationId)}${rest}`;

async function queuedPerson(userId = 'demo-zh', verify = false): Promise<Chat> {
  const chat = people.chat(userId);
  await chat.say(userId === 'demo-en' ? 'Hello' : '你好');
  if (verify) await chat.say('我身份证后四位是1234');
  await chat.say(userId === 'demo-en' ? 'agent' : '转人工');
  return chat;
}

async function acceptedBy(who: Who, verify = false): Promise<Chat> {
  const chat = await queuedPerson('demo-zh', verify);
  expect((await api(who, 'POST', conv(chat, '/accept'))).status).toBe(200);
  expect(received(chat)).toEqual([ACCEPTED]);
  return chat;
}

interface ApiMessage {
  id: string;
  from: string;
  text: string;
  timestamp: string;
}

async function messages(
  who: Who,
  chat: Chat,
  after?: string,
): Promise<{ status: number; messages: ApiMessage[]; cursor: string }> {
  const r = await api(
    who,
    'GET',
    conv(chat, `/messages${after !== undefined ? `?after=${encodeURIComponent(after)}` : ''}`),
  );
  return {
    status: r.status,
    messages: (r.body.messages ?? []) as ApiMessage[],
    cursor: typeof r.body.cursor === 'string' ? r.body.cursor : '',
  };
}

const traces = (chat: Chat): string[] =>
  transcript.records
    .filter(
      (a) =>
        a.conversation?.id === chat.conversationId &&
        a.type === 'trace' &&
        (a.name ?? '').startsWith('handoff.'),
    )
    .map((a) => a.name ?? '');

describe('the agent API: who may use it', () => {
  it('answers 401 without a credential or with a wrong password, and 403 to a reviewer', async () => {
    expect((await api('nobody', 'GET', '/api/agent/queue')).status).toBe(401);
    expect((await api('wrong', 'GET', '/api/agent/queue')).status).toBe(401);
    expect((await api('rita', 'GET', '/api/agent/queue')).status).toBe(403);
    expect((await api('alice', 'GET', '/api/agent/queue')).status).toBe(200);
  });
});

describe('the queue and accepting', () => {
  it('lists waiting conversations with reason, priority, waiting time and the summary', async () => {
    const chat = await queuedPerson();
    app.clock.advance(90_000);
    const { body } = await api('alice', 'GET', '/api/agent/queue');
    expect(body.items).toEqual([
      expect.objectContaining({
        conversationId: chat.conversationId,
        reason: 'requested',
        priority: 2,
        waitingSeconds: 90,
        summary:
          'A-1001 · NOT verified (do not discuss the account) · requested: the person asked for a human · said: "转人工"',
      }),
    ]);
  });

  it('lets only one of two agents accept a conversation', async () => {
    const chat = await queuedPerson();
    const [first, second] = await Promise.all([
      api('alice', 'POST', conv(chat, '/accept')),
      api('bob', 'POST', conv(chat, '/accept')),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    expect(received(chat)).toEqual([ACCEPTED]);
    const loser = first.status === 409 ? first : second;
    expect(loser.body.error).toMatchObject({ code: 'held_by_another_agent' });
    expect((await api('alice', 'GET', '/api/agent/queue')).body.items).toEqual([]);
    expect((await api('alice', 'POST', '/api/agent/conversations/unknown/accept')).status).toBe(404);
  });
});

describe('a conversation an agent holds', () => {
  it('keeps the bot quiet and gives the person’s messages to the accepting agent only', async () => {
    const chat = await queuedPerson();
    expect(await chat.say('请问要等多久？')).toBe('');
    await api('alice', 'POST', conv(chat, '/accept'));
    received(chat);
    expect(await chat.say('我想分期还款')).toBe('');

    const all = await messages('alice', chat);
    expect(all.status).toBe(200);
    expect(all.messages.filter((m) => m.from === 'person').map((m) => m.text)).toEqual([
      '转人工',
      '请问要等多久？',
      '我想分期还款',
    ]);
    expect(all.messages.filter((m) => m.from === 'bot').map((m) => m.text)).toContain(ACCEPTED);

    expect((await messages('bob', chat)).status).toBe(403);
    expect((await api('bob', 'POST', conv(chat, '/messages'), { text: '您好' })).status).toBe(403);
    expect(received(chat)).toEqual([]);

    await chat.say('我每月能还两千');
    const next = await messages('alice', chat, all.cursor);
    expect(next.messages.map((m) => [m.from, m.text])).toEqual([['person', '我每月能还两千']]);
    expect((await messages('alice', chat, next.cursor)).messages).toEqual([]);
    expect((await messages('alice', chat, 'not-a-cursor')).status).toBe(400);
  });

  it('delivers the agent’s reply to the person through the guarded send path, recorded as agent text', async () => {
    const chat = await acceptedBy('alice');
    const text = '您好，我是客服小李，请问有什么可以帮您？';
    const r = await api('alice', 'POST', conv(chat, '/messages'), { text });
    expect(r.status).toBe(201);
    expect(received(chat)).toEqual([text]);
    const sent = transcript.records.find((a) => a.type === 'message' && a.text === text);
    expect(sent?.channelData).toMatchObject({ source: 'agent', agent: 'alice' });
    const guard = transcript.records.find(
      (a) => a.name === 'collections.reply' && (a.value as { messageId?: string }).messageId === sent?.id,
    );
    expect(guard?.value).toMatchObject({
      source: 'agent',
      agent: 'alice',
      sendPath: 'as_is',
      verified: false,
    });
    expect((await messages('alice', chat)).messages.at(-1)).toMatchObject({ from: 'agent', text });
  });

  it('never delivers a blocked agent message, and tells the agent why', async () => {
    const chat = await acceptedBy('alice');
    const threat = '再不还钱，我们就去你单位找你领导，让你同事都知道你是老赖';
    const r = await api('alice', 'POST', conv(chat, '/messages'), { text: threat });
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({ code: 'blocked', message: expect.any(String) });
    const error = r.body.error as { violations: unknown[] };
    const violations = error.violations as { category: string; rule: string; evidence: string }[];
    expect(violations.length).toBeGreaterThan(0);
    expect(violations.map((v) => v.category)).toEqual(expect.arrayContaining(['defamation']));
    const explained = error.violations as {
      reason: Record<string, string>;
      hint: Record<string, string>;
    }[];
    expect(
      explained.every((v) => v.reason['zh-CN'] && v.reason['en'] && v.hint['zh-CN'] && v.hint['en']),
    ).toBe(true);
    expect(received(chat)).toEqual([]);
    expect(transcript.records.some((a) => a.type === 'message' && a.text === threat)).toBe(false);
    expect(traces(chat)).toContain('handoff.blocked');
    expect((await messages('alice', chat)).messages.some((m) => m.text === threat)).toBe(false);
  });

  it('blocks an agent from naming the balance before the person is verified, and allows it after', async () => {
    const unverified = await acceptedBy('alice');
    const balance = '您目前的欠款是12,345.67元。';
    expect((await api('alice', 'POST', conv(unverified, '/messages'), { text: balance })).status).toBe(409);
    expect(received(unverified)).toEqual([]);

    const verified = await acceptedBy('bob', true);
    expect((await api('bob', 'POST', conv(verified, '/messages'), { text: balance })).status).toBe(201);
    expect(received(verified)).toEqual([balance]);
  });

  it('lets an agent offer a verified person what the policy allows, and never a waiver', async () => {
    const chat = await acceptedBy('alice', true);
    const extension = '理解您的难处，我们可以一起看看延期还款的办法，请问您预计哪天能够还款？';
    expect((await api('alice', 'POST', conv(chat, '/messages'), { text: extension })).status).toBe(201);
    const waiver = '这次我们可以为您免除全部利息和违约金。';
    const blocked = await api('alice', 'POST', conv(chat, '/messages'), { text: waiver });
    expect(blocked.status).toBe(409);
    expect(
      (blocked.body.error as { violations: { category: string }[] }).violations.map((v) => v.category),
    ).toContain('unauthorized_commitment');
    expect(received(chat)).toEqual([extension]);
  });

  it('returns the conversation to the bot on release, with a short note to the person', async () => {
    const chat = await acceptedBy('alice');
    expect((await api('bob', 'POST', conv(chat, '/release'), { outcome: 'resolved' })).status).toBe(403);
    expect((await api('alice', 'POST', conv(chat, '/release'), {})).status).toBe(400);
    const r = await api('alice', 'POST', conv(chat, '/release'), { outcome: 'resolved' });
    expect(r.status).toBe(200);
    expect(received(chat)).toEqual([
      '人工服务已结束，感谢您的耐心沟通。您咨询的问题已处理完毕。\n\n接下来由自动服务助手继续为您服务。如需再次转人工，请回复"转人工"。',
    ]);
    expect(await chat.say('我身份证后四位是1234')).toContain('身份验证已通过');
    expect((await messages('alice', chat)).status).toBe(404);
    expect(traces(chat)).toEqual(['handoff.queued', 'handoff.accepted', 'handoff.released']);
  });
});

describe('nobody accepts in time', () => {
  it('offers a callback after HANDOFF_CALLBACK_AFTER_SECONDS and records the answer', async () => {
    const chat = await queuedPerson();
    // Outcomes are read from what the person received, so the service's own timer may sweep too.
    app.clock.advance(299_000);
    await handoff.sweep();
    expect(received(chat)).toEqual([]);
    app.clock.advance(1_000);
    await handoff.sweep();
    expect(received(chat)).toEqual([
      '抱歉让您久等了，目前工作人员都在忙。请问需要我们稍后给您回电吗？\n\n需要回电请回复"确认"；您也可以直接在这里留言，工作人员会尽快回复您。',
    ]);
    await handoff.sweep();
    expect(received(chat)).toEqual([]);

    expect(await chat.say('确认')).toBe('您的留言已收到并记录，工作人员会尽快回复您。感谢您的耐心等待！');
    expect(await handoff.store.open(chat.conversationId)).toMatchObject({
      status: 'queued',
      callback: 'requested',
    });
    const { body } = await api('alice', 'GET', '/api/agent/queue');
    expect(body.items).toEqual([expect.objectContaining({ callback: 'requested', waitingSeconds: 300 })]);
    expect(traces(chat)).toEqual([
      'handoff.queued',
      'handoff.callback_offered',
      'handoff.callback_requested',
    ]);
  });

  it('offers it when the person writes after the wait, and records a message they leave', async () => {
    const chat = await queuedPerson();
    app.clock.advance(301_000);
    expect(await chat.say('还有人吗？')).toMatch(/^抱歉让您久等了/);
    expect(await chat.say('我下周一发工资后会先还一部分，请联系我')).toBe(
      '您的留言已收到并记录，工作人员会尽快回复您。感谢您的耐心等待！',
    );
    expect((await handoff.store.open(chat.conversationId))?.callback).toBe('message_left');
    expect(await chat.say('谢谢')).toBe('');
  });
});

describe('the transcript', () => {
  it('holds the queueing, the handoff event, accept, agent messages, blocks and release', async () => {
    const chat = await acceptedBy('alice');
    await api('alice', 'POST', conv(chat, '/messages'), { text: '您好，请问有什么可以帮您？' });
    await api('alice', 'POST', conv(chat, '/messages'), { text: '你这个骗子' });
    await api('alice', 'POST', conv(chat, '/release'), { outcome: 'unresolved' });
    const mine = transcript.records.filter((a) => a.conversation?.id === chat.conversationId);
    const steps = mine
      .filter(
        (a: Partial<Activity>) =>
          a.name?.startsWith('handoff.') ||
          (a.type === 'message' && (a.channelData as { source?: string } | undefined)?.source === 'agent'),
      )
      .map((a) => (a.type === 'message' ? `agent: ${a.text}` : `${a.type} ${a.name}`));
    expect(steps).toEqual([
      'event handoff.initiate',
      'trace handoff.queued',
      'trace handoff.accepted',
      'agent: 您好，请问有什么可以帮您？',
      'trace handoff.blocked',
      'trace handoff.released',
    ]);
  });
});
