import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import net from 'node:net';
import { MessageFactory } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { createLinkToken, LocalConversationBroker } from '../../../src/channels/directline/index.js';
import { call, StreamRecorder, type ActivitySet } from './dlClient.js';
import { startEchoServer, type EchoServer, type EchoServerOptions } from './echoApp.js';

interface Session {
  conversationId: string;
  token: string;
  streamUrl: string;
}

let running: EchoServer[] = [];
let sockets: StreamRecorder[] = [];
afterEach(async () => {
  for (const r of sockets) r.close();
  sockets = [];
  for (const s of running) await s.close();
  running = [];
});

async function start(options: EchoServerOptions = {}): Promise<EchoServer> {
  const s = await startEchoServer(options);
  running.push(s);
  return s;
}

async function session(s: EchoServer, userId = 'demo-zh'): Promise<Session> {
  const generated = await call<Session>(
    s.baseUrl,
    'POST',
    '/tokens/generate',
    createLinkToken(userId, s.app.clock, s.config),
  );
  return (await call<Session>(s.baseUrl, 'POST', '/conversations', generated.body.token, {})).body;
}

function connect(url: string): StreamRecorder {
  const r = new StreamRecorder(url);
  sockets.push(r);
  return r;
}

async function say(s: EchoServer, t: Session, text: string) {
  return call(s.baseUrl, 'POST', `/conversations/${t.conversationId}/activities`, t.token, {
    type: 'message',
    text,
    channelData: { clientActivityID: `c-${text}` },
  });
}

/** A WebSocket client that completes the upgrade and then never reads again. */
async function stalledStream(streamUrl: string): Promise<net.Socket> {
  const url = new URL(streamUrl);
  const socket = net.connect(Number(url.port), url.hostname);
  await once(socket, 'connect');
  socket.write(
    `GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\nUpgrade: websocket\r\n` +
      `Connection: Upgrade\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\n` +
      'Sec-WebSocket-Version: 13\r\n\r\n',
  );
  const [head] = (await once(socket, 'data')) as [Buffer];
  expect(head.toString('latin1')).toMatch(/^HTTP\/1\.1 101/);
  socket.pause();
  socket.on('error', () => undefined);
  return socket;
}

async function until(condition: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for a condition');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const texts = (r: StreamRecorder) =>
  r
    .activities()
    .filter((a) => a.type === 'message')
    .map((a) => a.text);

describe('Direct Line WebSocket stream', () => {
  it('replays history on connect, then streams the echo, a typing indicator and the reply', async () => {
    const s = await start();
    const t = await session(s);
    const socket = connect(t.streamUrl);
    await socket.opened;
    await socket.waitFor(() => texts(socket).length === 1);
    expect(socket.sets()[0]).toMatchObject({
      watermark: '1',
      activities: [{ text: '您好，我是测试助手。' }],
    });

    await say(s, t, '你好');
    await socket.waitFor(() => texts(socket).length === 3);
    expect(texts(socket)).toEqual(['您好，我是测试助手。', '你好', '回声：你好']);
    const echo = socket.activities().find((a) => a.text === '你好');
    expect(echo?.channelData).toMatchObject({ clientActivityID: 'c-你好' });
    const typing = socket.sets().find((set) => set.activities[0]?.type === 'typing');
    expect(typing).toBeDefined();
    expect(typing?.watermark).toBeUndefined();
    expect(typing?.activities[0]?.from).toMatchObject({ id: 'bot', role: 'bot' });
    expect(
      socket
        .sets()
        .map((set) => set.watermark)
        .filter(Boolean),
    ).toEqual(['1', '2', '3']);
  });

  it('replays only what came after the watermark when a client reconnects', async () => {
    const s = await start();
    const t = await session(s);
    const first = connect(t.streamUrl);
    await first.waitFor(() => texts(first).length === 1);
    first.close();
    await first.closed;
    await say(s, t, '离线时说的');
    const resumed = await call<Session>(
      s.baseUrl,
      'GET',
      `/conversations/${t.conversationId}?watermark=1`,
      t.token,
    );
    const second = connect(resumed.body.streamUrl);
    await second.waitFor(() => texts(second).length === 2);
    expect(texts(second)).toEqual(['离线时说的', '回声：离线时说的']);
    expect(second.sets()[0]?.watermark).toBe('3');
  });

  it('gives every open tab of a conversation each reply, in order, without evicting the others', async () => {
    const s = await start();
    const t = await session(s);
    const first = connect(t.streamUrl);
    await first.waitFor(() => texts(first).length === 1);
    // A second tab exchanges the link again: a new session of the same conversation.
    const other = await session(s);
    expect(other.conversationId).toBe(t.conversationId);
    const second = connect(other.streamUrl);
    await second.opened;
    expect(s.channel.openStreams()).toBe(2);

    await say(s, t, '第一个窗口');
    await say(s, other, '第二个窗口');
    // Each tab sees what it typed itself (never what another session typed: that may be an
    // answer to the verification question) and every reply that carries no verified detail.
    await first.waitFor(() => texts(first).length === 5);
    await second.waitFor(() => texts(second).length === 4);
    // The second tab's start greets it (seen by both); it sees nothing from before it began.
    const greeting = '您好，我是测试助手。';
    expect(texts(first)).toEqual([greeting, greeting, '第一个窗口', '回声：第一个窗口', '回声：第二个窗口']);
    expect(texts(second)).toEqual([greeting, '回声：第一个窗口', '第二个窗口', '回声：第二个窗口']);
    const marks = (r: StreamRecorder) => r.sets().flatMap((set) => (set.watermark ? [set.watermark] : []));
    expect(marks(first)).toEqual(['1', '2', '3', '4', '6']);
    expect(marks(second)).toEqual(['2', '4', '5', '6']);
    expect(first.ws.readyState).toBe(first.ws.OPEN);
    // Both tabs show the typing indicator of each turn.
    const typing = (r: StreamRecorder) => r.activities().filter((a) => a.type === 'typing').length;
    expect(typing(first)).toBe(2);
    expect(typing(second)).toBe(2);
  });

  it('drops a closed tab and keeps serving the one still open', async () => {
    const s = await start();
    const t = await session(s);
    const leaving = connect(t.streamUrl);
    const staying = connect(t.streamUrl);
    await Promise.all([leaving.opened, staying.opened]);
    leaving.close();
    expect(await leaving.closed).toMatchObject({ code: 1005 });
    await staying.waitFor(() => s.channel.openStreams() === 1);
    await say(s, t, '还在吗');
    await staying.waitFor(() => texts(staying).includes('回声：还在吗'));
    expect(texts(staying)).toEqual(['您好，我是测试助手。', '还在吗', '回声：还在吗']);
  });

  it('caps the sockets of one conversation: of a hundred at once, 60 a minute connect, eight stay open, the rest close with 1008', async () => {
    const broker = new LocalConversationBroker();
    const s = await start({ maxStreamsPerConversation: 8, broker });
    const t = await session(s);
    const closes: { code: number; reason: string }[] = [];
    const flood = Array.from({ length: 100 }, () => connect(t.streamUrl));
    const outcomes = await Promise.allSettled(flood.map((r) => r.opened));
    const refused = outcomes.filter((o) => o.status === 'rejected');
    // DIRECTLINE_RATE_PER_MINUTE (60) stream openings per conversation, then 429.
    expect(refused).toHaveLength(40);
    expect(new Set(refused.map((o) => String(o.reason)))).toEqual(new Set(['Error: HTTP 429']));
    const connected = flood.filter((_, i) => outcomes[i]?.status === 'fulfilled');
    for (const r of connected) void r.closed.then((c) => closes.push(c));
    await until(() => closes.length === 52 && s.channel.openStreams() === 8);
    expect(
      closes.every((c) => c.code === 1008 && c.reason === 'too many streams for this conversation'),
    ).toBe(true);
    const open = connected.filter((r) => r.ws.readyState === r.ws.OPEN);
    expect(open).toHaveLength(8);
    expect(broker.conversations).toBe(1);

    await say(s, t, '一百个窗口');
    await Promise.all(open.map((r) => r.waitFor(() => texts(r).includes('回声：一百个窗口'))));
    for (const r of open)
      expect(texts(r)).toEqual(['您好，我是测试助手。', '一百个窗口', '回声：一百个窗口']);
    for (const r of open) r.close();
    await until(() => s.channel.openStreams() === 0);
    // Nothing stays behind for a conversation without sockets: no subscription, no entry.
    expect(broker.conversations).toBe(0);
  });

  it('sends each stored activity once, in order, when another instance publishes out of order or twice', async () => {
    const broker = new LocalConversationBroker();
    const s = await start({ broker });
    const t = await session(s);
    const socket = connect(t.streamUrl);
    await socket.waitFor(() => texts(socket).length === 1);
    // Stored by another instance (shared database) but not yet announced here.
    const put = (text: string) =>
      s.channel.store.append(t.conversationId, new Date(), (id) => ({
        id,
        type: 'message',
        text,
        from: { id: 'bot', name: 'bot', role: 'bot' },
      }));
    const second = await put('第二条');
    const third = await put('第三条');
    broker.publish(t.conversationId, { kind: 'stored', seq: third.seq, activity: third.activity });
    broker.publish(t.conversationId, { kind: 'stored', seq: second.seq, activity: second.activity });
    broker.publish(t.conversationId, { kind: 'stored', seq: third.seq, activity: third.activity });
    await say(s, t, '之后');
    await socket.waitFor(() => texts(socket).includes('回声：之后'));
    expect(texts(socket)).toEqual(['您好，我是测试助手。', '第二条', '第三条', '之后', '回声：之后']);
    expect(
      socket
        .activities()
        .filter((a) => a.type === 'message')
        .map((a) => a.id?.split('|')[1]),
    ).toEqual(['0000001', '0000002', '0000003', '0000004', '0000005']);
  });

  it('stops feeding a tab that stopped reading, then cuts it off, and holds back no other tab', async () => {
    const broker = new LocalConversationBroker();
    const s = await start({ broker, maxBufferedBytes: 256 * 1024, keepAliveMs: 500 });
    const t = await session(s);
    const reading = connect(t.streamUrl);
    await reading.opened;
    const stalled = await stalledStream(t.streamUrl);
    await until(() => s.channel.openStreams() === 2);
    // 200 activities of 100 KB, more than the kernel's socket buffers take, arriving one by one.
    const big = '逾期提醒'.repeat(8_000);
    for (let i = 1; i <= 200; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      const stored = await s.channel.store.append(t.conversationId, new Date(), (id) => ({
        id,
        type: 'message',
        text: `${i} ${big}`,
        from: { id: 'bot', name: 'bot', role: 'bot' },
      }));
      broker.publish(t.conversationId, { kind: 'stored', seq: stored.seq, activity: stored.activity });
    }
    await until(() => s.channel.openStreams() === 1);
    await reading.waitFor(() => texts(reading).length === 201, 20_000);
    expect(texts(reading).map((x) => x?.split(' ')[0])).toEqual([
      '您好，我是测试助手。',
      ...Array.from({ length: 200 }, (_, i) => String(i + 1)),
    ]);
    stalled.destroy();
  });

  it('replays a long history to a new tab in pieces, all of it once and in order, without piling it up', async () => {
    const s = await start({ maxBufferedBytes: 64 * 1024, tailMs: 20, pageSize: 10 });
    const t = await session(s);
    const page = '分期还款方案说明'.repeat(2_500);
    for (let i = 1; i <= 200; i += 1)
      await s.channel.store.append(t.conversationId, new Date(), (id) => ({
        id,
        type: 'message',
        text: `${i} ${page}`,
        from: { id: 'bot', name: 'bot', role: 'bot' },
      }));
    const socket = connect(t.streamUrl);
    await socket.waitFor(() => texts(socket).length === 201, 20_000);
    expect(texts(socket).map((x) => x?.split(' ')[0])).toEqual([
      '您好，我是测试助手。',
      ...Array.from({ length: 200 }, (_, i) => String(i + 1)),
    ]);
    expect(s.channel.openStreams()).toBe(1);
  });

  it('sends empty keep-alive frames', async () => {
    const s = await start({ keepAliveMs: 50 });
    const t = await session(s);
    const socket = connect(t.streamUrl);
    await socket.waitFor(() => socket.frames.filter((f) => f === '').length >= 2);
  });

  it('refuses a stream without a valid stream token, or with another conversation’s', async () => {
    const s = await start();
    const a = await session(s, 'demo-zh');
    const b = await session(s, 'demo-en');
    const forged = connect(a.streamUrl.replace(/t=[^&]+/, 't=abc.def'));
    await expect(forged.opened).rejects.toThrow('HTTP 401');
    const crossed = connect(a.streamUrl.replace(a.conversationId, b.conversationId));
    await expect(crossed.opened).rejects.toThrow('HTTP 403');
    const bearer = connect(a.streamUrl.replace(/t=[^&]+/, `t=${encodeURIComponent(a.token)}`));
    await expect(bearer.opened).rejects.toThrow('HTTP 401');
  });

  it('delivers proactive messages (reminders, agents) to the open stream and to polls', async () => {
    const s = await start();
    const t = await session(s);
    await say(s, t, '你好'); // saves the conversation reference
    const socket = connect(t.streamUrl);
    await socket.waitFor(() => texts(socket).length === 3);
    const outcome = await s.app.proactive.continue(t.conversationId, async (context) => {
      await context.sendActivity(MessageFactory.text('温馨提示：您的还款日为11月30日。'));
    });
    expect(outcome).toEqual({ status: 'sent' });
    await socket.waitFor(() => texts(socket).length === 4);
    const polled = await call<ActivitySet>(
      s.baseUrl,
      'GET',
      `/conversations/${t.conversationId}/activities?watermark=3`,
      t.token,
    );
    expect(polled.body.activities).toEqual([
      expect.objectContaining({
        text: '温馨提示：您的还款日为11月30日。',
        channelId: 'directline',
        from: expect.objectContaining({ id: 'bot', role: 'bot' }),
        recipient: expect.objectContaining({ id: 'demo-zh' }),
      }),
    ]);
    expect(polled.body.activities[0]).not.toHaveProperty('replyToId');
    const ref = await s.app.stores.conversations.get(t.conversationId);
    expect(ref).toMatchObject({ channelId: 'directline', userId: 'demo-zh', accountId: 'A-1001' });
  });

  it('picks up activities another process stored while the socket is open', async () => {
    const s = await start({ tailMs: 50 });
    const t = await session(s);
    const socket = connect(t.streamUrl);
    await socket.waitFor(() => texts(socket).length === 1);
    // A second process (the reminders CLI) writes to the same database, not to this hub.
    await s.channel.store.append(t.conversationId, new Date(), (id) => ({
      id,
      type: 'message',
      text: '来自另一个进程的提醒',
      from: { id: 'bot', name: 'bot', role: 'bot' },
    }));
    await socket.waitFor(() => texts(socket).includes('来自另一个进程的提醒'));
  });
});
