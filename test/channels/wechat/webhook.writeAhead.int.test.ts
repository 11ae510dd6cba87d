import restify, { type Server } from 'restify';
import { afterEach, describe, expect, it } from 'vitest';
import {
  WeChatApiSimulator,
  registerWeChat,
  type WeChatChannel,
} from '../../../src/channels/wechat/index.js';
import { conversationIdFor } from '../../../src/channels/wechat/activity.js';
import { createTestApp, sqliteTranscriptsOf, type TestApp } from '../../support/testApp.js';
import { APP_ID, APP_SECRET, plainCallback, queryString, textXml, TOKEN } from './helpers.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function boot(): Promise<{ app: TestApp; url: string; channel: WeChatChannel }> {
  const wechat = await WeChatApiSimulator.start({ appId: APP_ID, appSecret: APP_SECRET });
  const app = createTestApp({
    WECHAT_TOKEN: TOKEN,
    WECHAT_APP_ID: APP_ID,
    WECHAT_APP_SECRET: APP_SECRET,
    WECHAT_API_BASE_URL: wechat.baseUrl,
  });
  const server: Server = restify.createServer({ handleUncaughtExceptions: false });
  const channel = registerWeChat(server, app);
  if (!channel) throw new Error('WeChat is not configured in this test');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanup.push(
    () => wechat.close(),
    async () => void (await app.close()),
    () => new Promise<void>((resolve) => server.close(() => resolve())),
    () => channel.whenIdle(),
  );
  return { app, url: `http://127.0.0.1:${server.address().port}`, channel };
}

async function post(app: TestApp, url: string, msgId: string): Promise<[number, string]> {
  const now = Math.floor(app.clock.now().getTime() / 1000);
  const cb = plainCallback(textXml('o-write-ahead', '你好', msgId, now), now);
  const res = await fetch(`${url}/api/wechat?${queryString(cb.query)}`, { method: 'POST', body: cb.body });
  return [res.status, await res.text()];
}

describe('WeChat write-ahead', () => {
  it('has the message in the transcript when WeChat hears success, before the turn has run', async () => {
    const { app, url } = await boot();
    expect(await post(app, url, '9100000000000000001')).toEqual([200, 'success']);
    const ids = (await app.transcriptStore.getRecords(conversationIdFor('o-write-ahead'))).map(
      (r) => r.activity.id,
    );
    expect(ids[0]).toBe('9100000000000000001');
  });

  it('answers 503 when the message cannot be recorded, so the retry WeChat sends is taken and recorded once', async () => {
    const { app, url, channel } = await boot();
    const appendAllNow = sqliteTranscriptsOf(app).appendAllNow.bind(sqliteTranscriptsOf(app));
    sqliteTranscriptsOf(app).appendAllNow = () => {
      throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    };
    expect((await post(app, url, '9100000000000000002'))[0]).toBe(503);
    sqliteTranscriptsOf(app).appendAllNow = appendAllNow;
    expect(await post(app, url, '9100000000000000002')).toEqual([200, 'success']);
    await channel.whenIdle();
    const inbound = (await app.transcriptStore.getRecords(conversationIdFor('o-write-ahead'))).filter(
      (r) => r.activity.id === '9100000000000000002',
    );
    expect(inbound).toHaveLength(1);
  });
});
