import { pourBody } from '../../support/pourBody.js';
import { ActivityHandler } from 'botbuilder';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import restify from 'restify';
import { describe, expect, it } from 'vitest';
import { GuardedChannelRegistry, StoredProactiveMessenger } from '../../../src/bot/channelRegistry.js';
import { turnErrorHandler } from '../../../src/bot/pipeline.js';
import type { AppContext } from '../../../src/channels/host.js';
import { registerWeChat } from '../../../src/channels/wechat/index.js';
import { loadConfig } from '../../../src/config/config.js';
import { ManualClock } from '../../../src/core/clock.js';
import { safeMessage } from '../../../src/prompts/index.js';
import { openDatabase } from '../../../src/store/db.js';
import { createSqliteStores } from '../../../src/store/stores.js';
import { MemoryTranscriptSink } from '../../support/memoryTranscriptSink.js';
import {
  AES_KEY,
  eventXml,
  plainCallback,
  queryString,
  secureCallback,
  textXml,
  type Callback,
} from './helpers.js';
import { now, post, start, type Stack } from './echoStack.js';

const HOUR = 3600_000;

describe('GET /api/wechat (server verification)', () => {
  it('answers the echostr when the signature is right, and 401 with nothing else when it is not', async () => {
    const s = await start();
    const cb = plainCallback('', now(s));
    const ok = await fetch(
      `${s.url}/api/wechat?${queryString({ ...cb.query, echostr: '4375120948345356249' })}`,
    );
    expect([ok.status, await ok.text()]).toEqual([200, '4375120948345356249']);
    const bad = await fetch(
      `${s.url}/api/wechat?${queryString({ ...cb.query, signature: 'f'.repeat(40), echostr: '4375120948345356249' })}`,
    );
    expect([bad.status, await bad.text()]).toEqual([401, '']);
  });
});

describe('POST /api/wechat in plaintext mode', () => {
  it("answers success before the turn finishes, then sends the turn's replies as one customer-service message", async () => {
    const s = await start();
    let release = (): void => undefined;
    s.bot.gate = new Promise<void>((resolve) => (release = resolve));
    const started = Date.now();
    const res = await post(s, plainCallback(textXml('demo-zh', '你好', '1001', now(s)), now(s)));
    expect(res).toEqual({ status: 200, body: 'success' });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(s.wechat.messages).toHaveLength(0);
    release();
    await s.channel.whenIdle();
    expect(s.wechat.messages).toEqual([
      { touser: 'demo-zh', content: '[已检查] 收到：你好\n\n[已检查] 还有别的需要吗？' },
    ]);
    expect(s.bot.seen).toEqual(['demo-zh|wechat:demo-zh|zh-CN|你好']);
  });

  it('runs a retried MsgId once', async () => {
    const s = await start();
    const xml = textXml('demo-zh', '你好', '1002', now(s));
    expect(await post(s, plainCallback(xml, now(s), 'n1'))).toEqual({ status: 200, body: 'success' });
    expect(await post(s, plainCallback(xml, now(s), 'n2'))).toEqual({ status: 200, body: 'success' });
    expect(await post(s, plainCallback(xml, now(s), 'n3'))).toEqual({ status: 200, body: 'success' });
    await s.channel.whenIdle();
    expect(s.bot.seen).toHaveLength(1);
    expect(s.wechat.messages).toHaveLength(1);
  });

  it('refuses the same signed URL (nonce) again with another body, and still takes WeChat’s own retry', async () => {
    const s = await start();
    const signed = plainCallback(textXml('demo-zh', '你好', '3001', now(s)), now(s), '77001');
    expect(await post(s, signed)).toEqual({ status: 200, body: 'success' });
    expect(await post(s, signed)).toEqual({ status: 200, body: 'success' });
    const forged = { query: signed.query, body: textXml('demo-zh', '别再联系我', '3002', now(s)) };
    expect((await post(s, forged)).status).toBe(401);
    expect((await post(s, forged)).status).toBe(401);
    await s.channel.whenIdle();
    expect(s.bot.seen).toEqual(['demo-zh|wechat:demo-zh|zh-CN|你好']);
  });

  it("answers each person's messages in the order they wrote", async () => {
    const s = await start();
    for (let i = 1; i <= 3; i++)
      await post(s, plainCallback(textXml('demo-zh', `第${i}条`, `20${i}`, now(s)), now(s)));
    await s.channel.whenIdle();
    expect(s.wechat.messages.map((m) => m.content.split('\n')[0])).toEqual([
      '[已检查] 收到：第1条',
      '[已检查] 收到：第2条',
      '[已检查] 收到：第3条',
    ]);
  });

  it('greets on subscribe and sends nothing after unsubscribe', async () => {
    const s = await start();
    await post(s, plainCallback(eventXml('demo-zh', 'subscribe', now(s)), now(s)));
    await post(s, plainCallback(eventXml('demo-zh', 'unsubscribe', now(s) + 1), now(s)));
    await s.channel.whenIdle();
    expect(s.bot.seen).toEqual(['event:subscribe', 'event:unsubscribe']);
    expect(s.wechat.messages).toEqual([{ touser: 'demo-zh', content: '[已检查] 欢迎关注示例银行。' }]);
  });

  it.each([
    [
      'a bad signature',
      (c: Callback) => ({ ...c, query: { ...c.query, signature: '0'.repeat(40) } }),
      401,
      '',
    ],
    ['a stale timestamp', (c: Callback) => c, 401, ''],
    ['malformed XML', (c: Callback) => ({ ...c, body: '<xml><MsgType>' }), 400, 'xml_malformed'],
    [
      'a DTD',
      (c: Callback) => ({ ...c, body: '<!DOCTYPE xml [<!ENTITY a "b">]><xml/>' }),
      400,
      'xml_dtd_forbidden',
    ],
    [
      'an encrypted body without a configured key',
      (c: Callback) => ({ ...c, query: { ...c.query, encrypt_type: 'aes' } }),
      400,
      'encrypted_but_no_aes_key',
    ],
  ])('refuses %s with a clear 4xx and runs no turn', async (name, spoil, status, body) => {
    const s = await start();
    const ts = name === 'a stale timestamp' ? now(s) - 301 : now(s);
    expect(await post(s, spoil(plainCallback(textXml('demo-zh', '你好', '3001', ts), ts)))).toEqual({
      status,
      body,
    });
    await s.channel.whenIdle();
    expect(s.bot.seen).toEqual([]);
    expect(s.wechat.messages).toEqual([]);
  });

  it('refuses an oversized body with 413 without reading it all', async () => {
    const s = await start();
    const cb = plainCallback(textXml('demo-zh', '好'.repeat(20_000), '3002', now(s)), now(s));
    expect(await post(s, cb)).toEqual({ status: 413, body: 'too_large' });
    expect(s.bot.seen).toEqual([]);
  });

  // sec16: a 10 MB chunked callback is cut at the XML limit, and the 413 reaches the client
  // (the socket closes lingering instead of being destroyed with the rest unread).
  it('cuts a 10 MB chunked body at the limit with 413 and keeps serving', async () => {
    const s = await start();
    const cb = plainCallback('', now(s));
    for (let i = 0; i < 3; i += 1) {
      const { answer, sentAtAnswer } = await pourBody(
        s.url,
        `POST /api/wechat?${new URLSearchParams(cb.query).toString()} HTTP/1.1\r\nHost: 127.0.0.1\r\n` +
          'Content-Type: text/xml\r\nTransfer-Encoding: chunked\r\n\r\n',
        { chunked: true, maxBytes: 10 * 1024 * 1024, chunkText: '<a>x</a>'.repeat(2048) },
      );
      expect(answer).toMatch(/^HTTP\/1\.1 413 [\s\S]*too_large$/);
      expect(sentAtAnswer).toBeLessThan(512 * 1024);
    }
    expect(s.bot.seen).toEqual([]);
    const ok = await post(s, plainCallback(textXml('demo-zh', '你好', '3003', now(s)), now(s)));
    expect(ok).toEqual({ status: 200, body: 'success' });
  });
});

describe('POST /api/wechat in secure mode', () => {
  it('decrypts a message, answers success and replies', async () => {
    const s = await start({ WECHAT_ENCODING_AES_KEY: AES_KEY });
    expect(s.channel.mode).toBe('secure');
    expect(await post(s, secureCallback(textXml('demo-zh', '我想分期', '4001', now(s)), now(s)))).toEqual({
      status: 200,
      body: 'success',
    });
    await s.channel.whenIdle();
    expect(s.wechat.messages).toEqual([
      { touser: 'demo-zh', content: '[已检查] 收到：我想分期\n\n[已检查] 还有别的需要吗？' },
    ]);
  });

  it('refuses another app id (403), a bad msg_signature (401) and a plaintext body (400)', async () => {
    const s = await start({ WECHAT_ENCODING_AES_KEY: AES_KEY });
    const xml = textXml('demo-zh', '你好', '4002', now(s));
    expect(await post(s, secureCallback(xml, now(s), { appId: 'wx0000000000000000' }))).toEqual({
      status: 403,
      body: 'decrypt_wrong_receive_id',
    });
    const cb = secureCallback(xml, now(s));
    expect(await post(s, { ...cb, query: { ...cb.query, msg_signature: 'a'.repeat(40) } })).toEqual({
      status: 401,
      body: '',
    });
    expect(await post(s, plainCallback(xml, now(s)))).toEqual({
      status: 400,
      body: 'expected_encrypted_message',
    });
    await s.channel.whenIdle();
    expect(s.bot.seen).toEqual([]);
  });
});

describe('proactive messages through app.proactive', () => {
  const remind = (s: Stack) =>
    s.app.proactive.continue('wechat:demo-zh', async (ctx) => {
      await ctx.sendActivity('温馨提示：您的账单即将到期。');
    });

  it('go as customer-service messages within 48 hours of the last message, through the middleware', async () => {
    const s = await start();
    await post(s, plainCallback(textXml('demo-zh', '你好', '5001', now(s)), now(s)));
    await s.channel.whenIdle();
    s.clock.advance(47 * HOUR);
    expect(await remind(s)).toEqual({ status: 'sent' });
    expect(s.wechat.messages[1]).toEqual({
      touser: 'demo-zh',
      content: '[已检查] 温馨提示：您的账单即将到期。',
    });
  });

  it('go as the template message after 48 hours, or not at all without a template', async () => {
    const withTemplate = await start({
      WECHAT_TEMPLATE_ID: 'TPL-1',
      WECHAT_TEMPLATE_FIELDS: '{"thing1":"{bank}","thing2":{"value":"{text}","maxLength":12}}',
    });
    await post(
      withTemplate,
      plainCallback(textXml('demo-zh', '你好', '5002', now(withTemplate)), now(withTemplate)),
    );
    await withTemplate.channel.whenIdle();
    withTemplate.clock.advance(49 * HOUR);
    expect(await remind(withTemplate)).toEqual({ status: 'sent' });
    expect(withTemplate.wechat.templates).toEqual([
      {
        touser: 'demo-zh',
        templateId: 'TPL-1',
        data: { thing1: { value: '示例银行' }, thing2: { value: '[已检查] 温馨提示：…' } },
      },
    ]);

    const without = await start();
    await post(without, plainCallback(textXml('demo-zh', '你好', '5003', now(without)), now(without)));
    await without.channel.whenIdle();
    without.clock.advance(49 * HOUR);
    expect(await remind(without)).toEqual({
      status: 'failed',
      error: 'WeChat message not sent: outside_window_no_template',
      arrival: 'none', // nothing was posted: a reminder may be tried again, never marked sent
    });
    expect(without.wechat.messages).toHaveLength(1);
  });
});

describe('registerWeChat', () => {
  it('mounts nothing and returns undefined when WeChat is not configured', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wechat-off-'));
    const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', LINK_SECRET: 'x'.repeat(32) });
    const db = openDatabase(dir);
    const stores = createSqliteStores(db);
    const channels = new GuardedChannelRegistry(
      turnErrorHandler({ logger: pino({ level: 'silent' }), safeMessage }),
    );
    channels.seal([]);
    const app: AppContext = {
      config,
      clock: new ManualClock(0),
      logger: pino({ level: 'silent' }),
      db,
      stores,
      bot: new ActivityHandler(),
      channels,
      transcript: new MemoryTranscriptSink(),
      proactive: new StoredProactiveMessenger(stores.conversations, channels),
    };
    const server = restify.createServer();
    expect(registerWeChat(server, app)).toBeUndefined();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const res = await fetch(`http://127.0.0.1:${server.address().port}/api/wechat`);
    expect(res.status).toBe(404);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    db.close();
  });
});
