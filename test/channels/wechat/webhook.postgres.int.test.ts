import restify, { type Server } from 'restify';
import { afterAll, expect, it } from 'vitest';
import { conversationIdFor } from '../../../src/channels/wechat/activity.js';
import {
  PgWeChatInbound,
  WeChatApiSimulator,
  registerWeChat,
  type WeChatChannel,
} from '../../../src/channels/wechat/index.js';
import type { PgPool } from '../../../src/store/pg/pool.js';
import { PgTranscriptStore } from '../../../src/store/pg/transcripts.js';
import { describePg } from '../../support/postgres.js';
import { portOf, startTcpProxy } from '../../support/tcpProxy.js';
import { createTestApp, type TestApp } from '../../support/testApp.js';
import { APP_ID, APP_SECRET, plainCallback, queryString, textXml, TOKEN } from './helpers.js';

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

interface Instance {
  app: TestApp;
  url: string;
  channel: WeChatChannel;
}

/** One service instance: its own app and HTTP server, the WeChat inbound record on `pool`. */
async function instance(wechat: WeChatApiSimulator, pool: PgPool): Promise<Instance> {
  const app = createTestApp({
    WECHAT_TOKEN: TOKEN,
    WECHAT_APP_ID: APP_ID,
    WECHAT_APP_SECRET: APP_SECRET,
    WECHAT_API_BASE_URL: wechat.baseUrl,
  });
  const server: Server = restify.createServer({ handleUncaughtExceptions: false });
  const channel = registerWeChat(server, app, {}, new PgWeChatInbound(pool, new PgTranscriptStore(pool)));
  if (!channel) throw new Error('WeChat is not configured in this test');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanup.push(
    async () => void (await app.close()),
    () => new Promise<void>((resolve) => server.close(() => resolve())),
    () => channel.whenIdle(),
  );
  return { app, url: `http://127.0.0.1:${server.address().port}`, channel };
}

async function post(to: Instance, openid: string, text: string, msgId: string): Promise<[number, string]> {
  const now = Math.floor(to.app.clock.now().getTime() / 1000);
  const cb = plainCallback(textXml(openid, text, msgId, now), now);
  const res = await fetch(`${to.url}/api/wechat?${queryString(cb.query)}`, { method: 'POST', body: cb.body });
  return [res.status, await res.text()];
}

/** What each instance's own turn recorded for a conversation, by role. */
async function turnRecords(instances: Instance[], conversationId: string): Promise<string[]> {
  const roles: string[] = [];
  for (const i of instances) {
    await i.app.transcriptWriter.flush();
    for (const r of await i.app.transcriptStore.getRecords(conversationId)) roles.push(r.role);
  }
  return roles;
}

describePg('the WeChat webhook on two instances sharing PostgreSQL', (pg) => {
  it('takes one MsgId delivered to both at once as one message: one record, one turn', async () => {
    const wechat = await WeChatApiSimulator.start({ appId: APP_ID, appSecret: APP_SECRET });
    cleanup.push(() => wechat.close());
    const a = await instance(wechat, pg.pool({ max: 3 }));
    const b = await instance(wechat, pg.pool({ max: 3 }));
    const openid = 'o-two-instances';
    const answers = await Promise.all([
      post(a, openid, '你好，我想问一下还款的事', '9200000000000000001'),
      post(b, openid, '你好，我想问一下还款的事', '9200000000000000001'),
    ]);
    expect(answers).toEqual([
      [200, 'success'],
      [200, 'success'],
    ]);
    await Promise.all([a.channel.whenIdle(), b.channel.whenIdle()]);
    const records = await new PgTranscriptStore(pg.pool({ max: 1 })).getRecords(conversationIdFor(openid));
    expect(records.map((r) => r.activity.id)).toEqual(['9200000000000000001']);
    // One turn ran (on one instance), and it did not record the person's message a second time.
    const roles = await turnRecords([a, b], conversationIdFor(openid));
    expect(roles).not.toContain('user');
    expect(roles.length).toBeGreaterThan(0);
    expect(wechat.messages.filter((m) => m.touser === openid).length).toBeGreaterThan(0);
  });

  it('answers 503 while the database is cut, recording nothing; WeChat’s retry is then recorded once', async () => {
    const wechat = await WeChatApiSimulator.start({ appId: APP_ID, appSecret: APP_SECRET });
    cleanup.push(() => wechat.close());
    const proxy = await startTcpProxy(portOf(pg.url));
    cleanup.push(() => proxy.close());
    const a = await instance(wechat, pg.pool({ url: proxy.rewrite(pg.url), max: 2, connectTimeoutMs: 500 }));
    const b = await instance(wechat, pg.pool({ max: 2 }));
    const openid = 'o-cut-database';
    proxy.cut();
    expect((await post(a, openid, '工资下周到账，可以先还一半吗', '9200000000000000002'))[0]).toBe(503);
    proxy.restore();
    expect(await post(b, openid, '工资下周到账，可以先还一半吗', '9200000000000000002')).toEqual([
      200,
      'success',
    ]);
    expect(await post(a, openid, '工资下周到账，可以先还一半吗', '9200000000000000002')).toEqual([
      200,
      'success',
    ]);
    await Promise.all([a.channel.whenIdle(), b.channel.whenIdle()]);
    const records = await new PgTranscriptStore(pg.pool({ max: 1 })).getRecords(conversationIdFor(openid));
    expect(records.map((r) => r.activity.id)).toEqual(['9200000000000000002']);
    expect(await turnRecords([a], conversationIdFor(openid))).toEqual([]);
  });
});
