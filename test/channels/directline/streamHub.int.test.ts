import { MessageFactory } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { createLinkToken } from '../../../src/channels/directline/index.js';
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

  it('keeps one socket per conversation: a new one closes the old with reason "collision"', async () => {
    const s = await start();
    const t = await session(s);
    const old = connect(t.streamUrl);
    await old.opened;
    const again = await call<Session>(s.baseUrl, 'GET', `/conversations/${t.conversationId}`, t.token);
    const fresh = connect(again.body.streamUrl);
    await fresh.opened;
    expect(await old.closed).toEqual({ code: 1000, reason: 'collision' });
    await say(s, t, '新窗口');
    await fresh.waitFor(() => texts(fresh).includes('回声：新窗口'));
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
    const ref = s.app.stores.conversations.get(t.conversationId);
    expect(ref).toMatchObject({ channelId: 'directline', userId: 'demo-zh', accountId: 'A-1001' });
  });

  it('picks up activities another process stored while the socket is open', async () => {
    const s = await start({ tailMs: 50 });
    const t = await session(s);
    const socket = connect(t.streamUrl);
    await socket.waitFor(() => texts(socket).length === 1);
    // A second process (the reminders CLI) writes to the same database, not to this hub.
    s.channel.store.append(t.conversationId, new Date(), (id) => ({
      id,
      type: 'message',
      text: '来自另一个进程的提醒',
      from: { id: 'bot', name: 'bot', role: 'bot' },
    }));
    await socket.waitFor(() => texts(socket).includes('来自另一个进程的提醒'));
  });
});
