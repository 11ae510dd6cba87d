import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mounts } from '../../src/bot/mounts.js';
import type { Account } from '../../src/store/accounts.js';
import { openDirectLine, polledTexts, postDirectLine } from '../support/directLine.js';
import { postActivity, startServer, type Running } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

// sec18 red team: accounts were found by channel user id alone, so a turn on another channel whose
// client names its own user id (Bot Framework Web Chat with a Direct Line secret sends any from.id)
// and gave a WeChat holder's openid was asked that holder's identity question and, with the
// digits, shown their balance. A WeChat openid is no secret (callbacks, reminders, logs carry it).
const WECHAT_HOLDER: Account = {
  accountId: 'A-3001',
  holderName: '王芳',
  locale: 'zh-CN',
  timeZone: 'Asia/Shanghai',
  channel: 'wechat',
  channelUserId: 'oCrossChannelHolder000001',
  idLast4: '2580',
  cardLast4: '4455',
  balanceCents: 215_000,
  minimumDueCents: 8_000,
  dueDate: '2026-10-01',
  daysPastDue: 58,
  currency: 'CNY',
  status: 'open',
};

let app: TestApp;
let running: Running;
beforeAll(async () => {
  app = createTestApp();
  await app.stores.accounts.upsertMany([WECHAT_HOLDER], app.clock.now());
  running = await startServer(app, mounts);
});
afterAll(async () => {
  await running.stop();
  await app.close();
});

const said = async (conversationId: string, userId: string, text: string): Promise<string> =>
  (await postActivity(running.url, conversationId, userId, text)).replies.map((r) => r.text ?? '').join('\n');

describe('an account bound on WeChat, from another channel', () => {
  it('a Bot Framework turn naming the openid gets nothing of the WeChat holder, digits or not', async () => {
    const openid = WECHAT_HOLDER.channelUserId;
    const all = [
      await said('xc-1', openid, '你好'),
      await said('xc-1', openid, WECHAT_HOLDER.idLast4),
      await said('xc-1', openid, '我还欠多少钱'),
    ].join('\n');
    expect(all).not.toMatch(/2,150\.00|2150|王芳|4455/);
    // naming WeChat as its channel too (sec19: before, a Bot Framework activity claiming
    // channelId 'wechat' was taken for a WeChat turn)
    const claimed = async (text: string) =>
      (await postActivity(running.url, 'xc-1w', openid, text, { channelId: 'wechat' })).replies.map((r) => r.text ?? '');
    const asWeChat = [...(await claimed('你好')), ...(await claimed(WECHAT_HOLDER.idLast4))].join('\n');
    expect(asWeChat).not.toMatch(/2,150\.00|2150|王芳|4455/);
    expect((await app.backend.transcripts.getRecords('xc-1w')).every((r) => !r.accountId)).toBe(true);
    // the conversation was never bound to the WeChat account
    const records = await app.backend.transcripts.getRecords('xc-1');
    expect(records.every((r) => r.accountId === undefined || r.accountId === null)).toBe(true);
  });

  it('a Bot Framework turn naming a Direct Line user id reaches no account, on any channel it names (sec19)', async () => {
    // The demo accounts are Direct Line accounts: only this service's Direct Line (a session a
    // bank-signed link opened) may name demo-en. A Web Chat client with a Direct Line secret picks
    // its own from.id and channelId; neither 'test', 'directline' nor 'webchat' binds it.
    for (const channelId of ['test', 'directline', 'webchat', 'wechat', 'msteams']) {
      const conversation = `xc-2-${channelId}`;
      const send = (text: string) => postActivity(running.url, conversation, 'demo-en', text, { channelId });
      const all = [await send('hello'), await send('4321'), await send('how much do I owe')]
        .flatMap((r) => r.replies.map((a) => a.text ?? ''))
        .join('\n');
      expect(all, channelId).not.toMatch(/3,210\.00|3210|John Smith|1111|last 4 digits|last four/i);
      const records = await app.backend.transcripts.getRecords(conversation);
      expect(records.every((r) => r.accountId === undefined || r.accountId === null), channelId).toBe(true);
    }
  });

  it('an account bound on a Bot Framework channel binds on that channel only', async () => {
    await app.stores.accounts.upsertMany(
      [{ ...WECHAT_HOLDER, accountId: 'A-3002', channel: 'msteams', channelUserId: '29:teams-user' }],
      app.clock.now(),
    );
    const boundTo = async (channelId: string) => {
      await postActivity(running.url, `xc-3-${channelId}`, '29:teams-user', '你好', { channelId });
      const records = await app.backend.transcripts.getRecords(`xc-3-${channelId}`);
      return [...new Set(records.map((r) => r.accountId ?? null))];
    };
    expect(await boundTo('msteams')).toContain('A-3002');
    expect(await boundTo('test')).toEqual([null]);
  });

  it("a chat link the bank signed for the openid binds it on this service's Direct Line", async () => {
    const session = await openDirectLine(running.url, app, WECHAT_HOLDER.channelUserId);
    expect((await postDirectLine(running.url, session, '你好')).status).toBeLessThan(300);
    expect((await postDirectLine(running.url, session, WECHAT_HOLDER.idLast4)).status).toBeLessThan(300);
    expect((await postDirectLine(running.url, session, '我还欠多少钱')).status).toBeLessThan(300);
    expect(await polledTexts(running.url, session)).toMatch(/2,150\.00|2150/);
  });
});
