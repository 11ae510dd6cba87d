import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.js';
import { createLinkToken } from '../../../src/channels/directline/index.js';
import { call, type ActivitySet } from './dlClient.js';
import { startEchoServer, type EchoServer, type EchoServerOptions } from './echoApp.js';

interface Session {
  conversationId: string;
  token: string;
  expires_in: number;
  streamUrl?: string;
}

let running: EchoServer[] = [];
afterEach(async () => {
  for (const s of running) await s.close();
  running = [];
});

async function start(options: EchoServerOptions = {}): Promise<EchoServer> {
  const s = await startEchoServer(options);
  running.push(s);
  return s;
}

function link(s: EchoServer, userId = 'demo-zh'): string {
  return createLinkToken(userId, s.app.clock, s.config);
}

async function session(s: EchoServer, userId = 'demo-zh'): Promise<Session> {
  const generated = await call<Session>(s.baseUrl, 'POST', '/tokens/generate', link(s, userId));
  expect(generated.status).toBe(200);
  const started = await call<Session>(s.baseUrl, 'POST', '/conversations', generated.body.token, {});
  expect([200, 201]).toContain(started.status);
  return started.body;
}

async function say(s: EchoServer, t: Session, text: string, clientActivityID = `c-${text}`) {
  return call<{ id: string }>(s.baseUrl, 'POST', `/conversations/${t.conversationId}/activities`, t.token, {
    type: 'message',
    text,
    from: { id: 'mallory', name: '张伟', role: 'bot' },
    channelData: { clientActivityID },
  });
}

async function poll(s: EchoServer, t: Session, watermark = '') {
  const q = watermark ? `?watermark=${watermark}` : '';
  return call<ActivitySet>(s.baseUrl, 'GET', `/conversations/${t.conversationId}/activities${q}`, t.token);
}

describe('Direct Line token exchange', () => {
  it('exchanges a chat link for a token scoped to the user’s one conversation, the same one every time', async () => {
    const s = await start();
    const first = await call<Session>(s.baseUrl, 'POST', '/tokens/generate', link(s));
    const again = await call<Session>(s.baseUrl, 'POST', '/tokens/generate', link(s));
    const other = await call<Session>(s.baseUrl, 'POST', '/tokens/generate', link(s, 'demo-en'));
    expect(first.status).toBe(200);
    expect(first.body.expires_in).toBe(1800);
    expect(first.body.conversationId).toMatch(/^dl-/);
    expect(again.body.conversationId).toBe(first.body.conversationId);
    expect(again.body.token).not.toBe(first.body.token);
    expect(other.body.conversationId).not.toBe(first.body.conversationId);
  });

  it('answers 401 with a Direct Line error body when the link token is missing or forged', async () => {
    const s = await start();
    const missing = await call(s.baseUrl, 'POST', '/tokens/generate');
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({
      error: { code: 'Unauthorized', message: expect.stringContaining('Bearer') },
    });

    const genuine = link(s);
    const [claims] = genuine.split('.');
    const forgedClaims = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(claims ?? '', 'base64url').toString()), u: 'demo-en' }),
    ).toString('base64url');
    const forged = await call(
      s.baseUrl,
      'POST',
      '/tokens/generate',
      `${forgedClaims}.${genuine.split('.')[1]}`,
    );
    expect(forged.status).toBe(401);
    const otherSecret = createLinkToken('demo-zh', s.app.clock, { ...s.config, linkSecret: 'someone-else' });
    expect((await call(s.baseUrl, 'POST', '/tokens/generate', otherSecret)).status).toBe(401);
  });

  it('answers 403 TokenExpired for a chat link past LINK_TTL_HOURS', async () => {
    const clock = new ManualClock('2026-11-28T10:00:00Z');
    const s = await start({ clock });
    const token = link(s);
    clock.advance(72 * 3600_000);
    const expired = await call(s.baseUrl, 'POST', '/tokens/generate', token);
    expect(expired.status).toBe(403);
    expect(expired.body).toMatchObject({ error: { code: 'TokenExpired' } });
  });

  it('refreshes a Direct Line token before expiry and refuses an expired one with 403 TokenExpired', async () => {
    const clock = new ManualClock('2026-11-28T10:00:00Z');
    const s = await start({ clock });
    const t = await session(s);
    clock.advance(1000 * 1000);
    const refreshed = await call<Session>(s.baseUrl, 'POST', '/tokens/refresh', t.token);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.conversationId).toBe(t.conversationId);
    clock.advance(801 * 1000);
    const old = await poll(s, t);
    expect(old.status).toBe(403);
    expect(old.body).toMatchObject({ error: { code: 'TokenExpired' } });
    expect((await call(s.baseUrl, 'POST', '/tokens/refresh', t.token)).status).toBe(403);
    const fresh = await poll(s, { ...t, token: refreshed.body.token });
    expect(fresh.status).toBe(200);
  });

  it('does not accept a chat link where a Direct Line token is expected, nor the reverse', async () => {
    const s = await start();
    const t = await session(s);
    expect(
      (await call(s.baseUrl, 'GET', `/conversations/${t.conversationId}/activities`, link(s))).status,
    ).toBe(401);
    expect((await call(s.baseUrl, 'POST', '/tokens/generate', t.token)).status).toBe(401);
  });
});

describe('Direct Line conversations', () => {
  it('starts a conversation with 201, greets, and resumes it with 200 and the same id', async () => {
    const s = await start();
    const generated = await call<Session>(s.baseUrl, 'POST', '/tokens/generate', link(s));
    const started = await call<Session & { referenceGrammarId: string }>(
      s.baseUrl,
      'POST',
      '/conversations',
      generated.body.token,
      {},
    );
    expect(started.status).toBe(201);
    expect(started.body.conversationId).toBe(generated.body.conversationId);
    expect(started.body.streamUrl).toMatch(
      new RegExp(
        `^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${started.body.conversationId}/stream\\?t=`,
      ),
    );
    expect(started.body.referenceGrammarId).toMatch(/^[0-9a-f]{8}-/);
    const history = await poll(s, started.body);
    expect(history.body.activities.map((a) => a.text)).toEqual(['您好，我是测试助手。']);
    expect(history.body.activities[0]?.suggestedActions?.actions.map((a) => a.title)).toEqual([
      '你好',
      '帮助',
    ]);
    // Web Chat would hold a reply to an activity it never receives for five seconds.
    expect(history.body.activities[0]).not.toHaveProperty('replyToId');

    const resumed = await call<Session>(s.baseUrl, 'POST', '/conversations', generated.body.token, {});
    expect(resumed.status).toBe(200);
    expect(resumed.body.conversationId).toBe(started.body.conversationId);
    expect((await poll(s, started.body)).body.activities).toHaveLength(1);

    const reconnect = await call<Session>(
      s.baseUrl,
      'GET',
      `/conversations/${t(started.body)}?watermark=1`,
      generated.body.token,
    );
    expect(reconnect.status).toBe(200);
    expect(reconnect.body.streamUrl).toContain('&watermark=1');
  });

  it('gives a wss:// streamUrl on PUBLIC_URL when it is set, and behind a TLS proxy', async () => {
    const s = await start({ env: { PUBLIC_URL: 'https://chat.example.cn/' } });
    const t = await session(s);
    expect(t.streamUrl).toMatch(
      /^wss:\/\/chat\.example\.cn\/v3\/directline\/conversations\/dl-[\w-]+\/stream\?t=/,
    );
    const plain = await start();
    const generated = await call<Session>(plain.baseUrl, 'POST', '/tokens/generate', link(plain));
    const proxied = await fetch(`${plain.baseUrl}/v3/directline/conversations`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${generated.body.token}`, 'X-Forwarded-Proto': 'https' },
    });
    expect(((await proxied.json()) as Session).streamUrl).toMatch(/^wss:\/\/127\.0\.0\.1:\d+\//);
  });

  it('echoes the person’s message with its clientActivityID, as the token’s user, then the bot’s reply', async () => {
    const s = await start();
    const t = await session(s);
    const posted = await say(s, t, '你好', 'client-42');
    expect(posted.status).toBe(200);
    expect(posted.body.id).toBe(`${t.conversationId}|0000002`);
    const { body } = await poll(s, t, '1');
    expect(body.watermark).toBe('3');
    const [mine, reply] = body.activities;
    expect(mine).toMatchObject({
      id: posted.body.id,
      type: 'message',
      text: '你好',
      channelId: 'directline',
      conversation: { id: t.conversationId },
      from: { id: 'demo-zh', name: '张伟', role: 'user' },
      channelData: { clientActivityID: 'client-42' },
    });
    expect(reply).toMatchObject({
      type: 'message',
      text: '回声：你好',
      channelId: 'directline',
      conversation: { id: t.conversationId },
      from: { id: 'bot', role: 'bot' },
      recipient: { id: 'demo-zh' },
      replyToId: posted.body.id,
    });
    expect(Date.parse(String(reply?.timestamp))).not.toBeNaN();
    expect(reply?.suggestedActions?.actions.map((a) => a.value)).toEqual(['是', '否']);
  });

  it('pages through history by watermark, oldest first, and ends with an empty page at the last watermark', async () => {
    const s = await start({ pageSize: 2 });
    const t = await session(s);
    for (const text of ['一', '二', '三']) await say(s, t, text);
    const texts: (string | undefined)[] = [];
    let watermark = '';
    for (let i = 0; i < 10; i++) {
      const page = await poll(s, t, watermark);
      if (page.body.activities.length === 0) break;
      expect(page.body.activities.length).toBeLessThanOrEqual(2);
      texts.push(...page.body.activities.map((a) => a.text));
      watermark = page.body.watermark ?? '';
    }
    expect(texts).toEqual(['您好，我是测试助手。', '一', '回声：一', '二', '回声：二', '三', '回声：三']);
    expect(watermark).toBe('7');
    expect((await poll(s, t, '7')).body).toEqual({ activities: [], watermark: '7' });
    expect((await poll(s, t, 'abc')).status).toBe(400);
  });

  it('never lets one conversation’s token read or write another conversation', async () => {
    const s = await start();
    const a = await session(s, 'demo-zh');
    const b = await session(s, 'demo-en');
    await say(s, b, 'private');
    const read = await call(s.baseUrl, 'GET', `/conversations/${b.conversationId}/activities`, a.token);
    expect(read.status).toBe(403);
    expect(read.body).toMatchObject({ error: { code: 'Forbidden' } });
    const write = await call(s.baseUrl, 'POST', `/conversations/${b.conversationId}/activities`, a.token, {
      type: 'message',
      text: 'hi',
    });
    expect(write.status).toBe(403);
    expect((await call(s.baseUrl, 'GET', `/conversations/${b.conversationId}`, a.token)).status).toBe(403);
    const bHistory = await poll(s, b);
    expect(bHistory.body.activities.map((x) => x.text)).toEqual([
      '您好，我是测试助手。',
      'private',
      '回声：private',
    ]);
    expect(
      bHistory.body.activities.filter((x) => x.from?.role === 'user').every((x) => x.from?.id === 'demo-en'),
    ).toBe(true);
  });

  it('answers 413 MessageSizeTooBig for a body over MAX_BODY_BYTES and 400 for a malformed one', async () => {
    const s = await start({ env: { MAX_BODY_BYTES: '2048' } });
    const t = await session(s);
    const big = await say(s, t, '长'.repeat(1000));
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ error: { code: 'MessageSizeTooBig' } });
    const bad = await call(
      s.baseUrl,
      'POST',
      `/conversations/${t.conversationId}/activities`,
      t.token,
      '{"type":',
    );
    expect(bad.status).toBe(400);
    const empty = await call(s.baseUrl, 'POST', `/conversations/${t.conversationId}/activities`, t.token, {
      type: 'message',
      text: ' ',
    });
    expect(empty.status).toBe(400);
    expect((await poll(s, t)).body.activities).toHaveLength(1);
  });

  it('answers 429 with Retry-After past DIRECTLINE_RATE_PER_MINUTE, and accepts again a minute later', async () => {
    const clock = new ManualClock('2026-11-28T10:00:00Z');
    const s = await start({ clock, env: { DIRECTLINE_RATE_PER_MINUTE: '3' } });
    const t = await session(s); // POST /conversations is the first request of the window
    expect((await say(s, t, '1')).status).toBe(200);
    expect((await say(s, t, '2')).status).toBe(200);
    const limited = await say(s, t, '3');
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ error: { code: 'TooManyRequests' } });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    clock.advance(61_000);
    expect((await say(s, t, '4')).status).toBe(200);
  });

  it('answers 502 BotError when the bot fails, keeping the person’s message', async () => {
    const s = await start();
    const t = await session(s);
    const failed = await say(s, t, 'fail');
    expect(failed.status).toBe(502);
    expect(failed.body).toMatchObject({ error: { code: 'BotError' } });
    expect((await poll(s, t)).body.activities.map((a) => a.text)).toEqual(['您好，我是测试助手。', 'fail']);
  });

  it('answers 404 for a conversation that does not exist', async () => {
    const s = await start();
    const t = await session(s);
    s.app.db.prepare('DELETE FROM directline_activities').run();
    s.app.db.prepare('DELETE FROM directline_conversations').run();
    const gone = await poll(s, t);
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ error: { code: 'NotFound' } });
  });

  it('resumes the same conversation with its history after a restart', async () => {
    const first = await start();
    const t = await session(first);
    await say(first, t, '还在吗');
    const dataDir = first.dataDir;
    await first.channel.close();
    await new Promise<void>((resolve) => first.server.close(() => resolve()));
    first.app.db.close();
    running = [];

    const second = await start({ dataDir });
    // The same session (its token) resumes with its history…
    const history = await poll(second, t);
    expect(history.body.activities.map((a) => a.text)).toEqual([
      '您好，我是测试助手。',
      '还在吗',
      '回声：还在吗',
    ]);
    // …while a new link is a new session in the same conversation, shown nothing from before it.
    const again = await session(second);
    expect(again.conversationId).toBe(t.conversationId);
    expect((await poll(second, again)).body.activities.map((a) => a.text)).not.toContain('还在吗');
    await say(second, again, '在');
    // Watermarks go on from the stored ones (the new session's greeting took 4).
    expect((await poll(second, again, '4')).body.activities.map((a) => a.id)).toEqual([
      `${t.conversationId}|0000005`,
      `${t.conversationId}|0000006`,
    ]);
  });
});

function t(s: Session): string {
  return s.conversationId;
}
