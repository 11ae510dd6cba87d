import { afterEach, describe, expect, it } from 'vitest';
import restify, { type Server } from 'restify';
import { registerDirectLine, type DirectLineChannel } from '../../src/channels/directline/index.js';
import { WeChatApiSimulator, registerWeChat, type WeChatChannel } from '../../src/channels/wechat/index.js';
import { DISCLOSURES } from '../../src/prompts/index.js';
import type { Account } from '../../src/store/accounts.js';
import { call, type ActivitySet } from '../channels/directline/dlClient.js';
import {
  APP_ID,
  APP_SECRET,
  eventXml,
  plainCallback,
  queryString,
  textXml,
  TOKEN,
} from '../channels/wechat/helpers.js';
import { Chat } from '../support/chat.js';
import { openDirectLine } from '../support/directLine.js';
import { startServer, type Running } from '../support/http.js';
import { createTestApp, testConfig, type TestApp } from '../support/testApp.js';
import type { Act } from '../../src/core/act.js';
import { CollectionBot } from '../../src/bot/collectionBot.js';
import type { Responder } from '../../src/language/responder.js';
import { bankWording, TemplateResponder } from '../../src/language/templateResponder.js';

/** The FDCPA notice in each language a US account may read it in. */
const US_NOTICE = { en: DISCLOSURES.en.debtCollection, zh: DISCLOSURES['zh-CN'].debtCollection };

/** How often the US notice (in either language) appears in what a person read. */
function notices(text: string): { en: number; zh: number } {
  return { en: text.split(US_NOTICE.en).length - 1, zh: text.split(US_NOTICE.zh).length - 1 };
}

/** A Chinese-speaking holder of a US-dollar account (US books), on WeChat. */
const WANG_FANG: Account = {
  accountId: 'A-2001',
  holderName: '王芳',
  locale: 'zh-CN',
  timeZone: 'America/Los_Angeles',
  channel: 'wechat',
  channelUserId: 'oUsHolderWritesChinese0001',
  idLast4: '2580',
  cardLast4: '4455',
  balanceCents: 215_000,
  minimumDueCents: 8_000,
  dueDate: '2026-10-01',
  daysPastDue: 58,
  currency: 'USD',
  status: 'open',
};

/** An English-speaking holder of a renminbi account (Chinese books), on web chat. */
const DAVID_CHEN: Account = {
  accountId: 'A-2002',
  holderName: 'David Chen',
  locale: 'en',
  timeZone: 'Asia/Shanghai',
  channel: 'directline',
  channelUserId: 'dl-cn-account-en-reader',
  idLast4: '9753',
  cardLast4: '8642',
  balanceCents: 1_880_000,
  minimumDueCents: 188_000,
  dueDate: '2026-10-20',
  daysPastDue: 39,
  currency: 'CNY',
  status: 'open',
};

let app: TestApp | undefined;
const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  await app?.close();
  app = undefined;
});

async function boot(env: Record<string, string> = {}): Promise<TestApp> {
  app = createTestApp(env);
  await app.stores.accounts.upsertMany([WANG_FANG, DAVID_CHEN], app.clock.now());
  return app;
}

describe('the US notice follows the account, not the language of the reply', () => {
  it('a renminbi account written to in English hears no US notice (the holder switched to English)', async () => {
    const a = await boot();
    const reply = await new Chat(a, 'demo-zh').say('Hello, I got a message about my credit card');
    expect(reply).toContain(DISCLOSURES.en.recording);
    expect(reply).toContain(DISCLOSURES.en.stopContact);
    expect(notices(reply)).toEqual({ en: 0, zh: 0 });
  });

  it('a US-dollar account written to in Chinese hears the notice once, in Chinese', async () => {
    const a = await boot();
    const chat = new Chat(a, 'demo-en');
    const opening = await chat.say('你好，我收到了一条关于信用卡的消息');
    expect(opening).toContain(DISCLOSURES['zh-CN'].recording);
    expect(notices(opening)).toEqual({ en: 0, zh: 1 });
    // Only the opening carries it: the rest of the conversation does not repeat it.
    const later = [await chat.say('我身份证后四位是4321'), await chat.say('不还会怎么样？')].join('\n');
    expect(later).toContain('尾号1111');
    expect(notices(later)).toEqual({ en: 0, zh: 0 });
  });

  it('carries the jurisdiction on the opening act, decided by the account before verification', async () => {
    const acts: Act[] = [];
    const inner = new TemplateResponder(bankWording(testConfig()));
    const responder: Responder = { respond: (act, ctx) => (acts.push(act), inner.respond(act, ctx)) };
    app = createTestApp({}, { responder });
    await new Chat(app, 'demo-en').say('你好');
    await new Chat(app, 'demo-zh').say('Hello there');
    expect(acts.filter((x) => x.kind === 'opening')).toEqual([
      { kind: 'opening', jurisdiction: 'US' },
      { kind: 'opening', jurisdiction: 'CN' },
    ]);
  });
});

describe('Direct Line openings', () => {
  let running: Running;
  let channel: DirectLineChannel | undefined;

  async function start(): Promise<TestApp> {
    const a = await boot();
    running = await startServer(a, [
      (server, x) => {
        channel = registerDirectLine(server, x);
      },
    ]);
    closers.push(
      () => running.stop(),
      () => channel?.close(),
    );
    return a;
  }

  async function openingFor(a: TestApp, userId: string): Promise<string> {
    const session = await openDirectLine(running.url, a, userId);
    const page = await call<ActivitySet>(
      running.url,
      'GET',
      `/conversations/${session.conversationId}/activities`,
      session.token,
    );
    return page.body.activities.map((x) => x.text ?? '').join('\n');
  }

  it('opens a US account in English with the notice once, a renminbi account in English without it', async () => {
    const a = await start();
    const us = await openingFor(a, 'demo-en');
    expect(us).toContain(DISCLOSURES.en.automated);
    expect(notices(us)).toEqual({ en: 1, zh: 0 });

    const cn = await openingFor(a, DAVID_CHEN.channelUserId);
    expect(cn).toContain(DISCLOSURES.en.automated);
    expect(cn).toContain(DISCLOSURES.en.recording);
    expect(cn).toMatch(/last four digits/);
    expect(notices(cn)).toEqual({ en: 0, zh: 0 });
  });
});

describe('WeChat openings and reminders', () => {
  let wechat: WeChatApiSimulator;
  let server: Server;
  let url: string;
  let channel: WeChatChannel | undefined;

  async function start(): Promise<TestApp> {
    wechat = await WeChatApiSimulator.start({ appId: APP_ID, appSecret: APP_SECRET });
    const a = await boot({
      WECHAT_TOKEN: TOKEN,
      WECHAT_APP_ID: APP_ID,
      WECHAT_APP_SECRET: APP_SECRET,
      WECHAT_API_BASE_URL: wechat.baseUrl,
    });
    server = restify.createServer({ handleUncaughtExceptions: false });
    channel = registerWeChat(server, a);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${server.address().port}`;
    closers.push(
      () => wechat.close(),
      () => new Promise<void>((resolve) => server.close(() => resolve())),
      () => channel?.whenIdle(),
    );
    return a;
  }

  /** Posts one callback; what WeChat then delivered to this person. */
  async function post(a: TestApp, openid: string, xml: string): Promise<string> {
    const before = wechat.messages.length;
    const cb = plainCallback(xml, Math.floor(a.clock.now().getTime() / 1000));
    const res = await fetch(`${url}/api/wechat?${queryString(cb.query)}`, { method: 'POST', body: cb.body });
    expect(await res.text()).toBe('success');
    await channel?.whenIdle();
    a.clock.advance(20_000);
    return wechat.messages
      .slice(before)
      .filter((m) => m.touser === openid)
      .map((m) => m.content)
      .join('\n');
  }

  const now = (a: TestApp): number => Math.floor(a.clock.now().getTime() / 1000);

  it('opens a US account read in Chinese with the Chinese notice once, and a renminbi account without it', async () => {
    const a = await start();
    const us = await post(a, WANG_FANG.channelUserId, eventXml(WANG_FANG.channelUserId, 'subscribe', now(a)));
    expect(us).toContain(DISCLOSURES['zh-CN'].automated);
    expect(notices(us)).toEqual({ en: 0, zh: 1 });

    const cn = await post(a, 'demo-zh', eventXml('demo-zh', 'subscribe', now(a)));
    expect(cn).toContain(DISCLOSURES['zh-CN'].recording);
    expect(notices(cn)).toEqual({ en: 0, zh: 0 });
  });

  it('says nothing of a debt to a WeChat user bound to no account', async () => {
    const a = await start();
    const reply = await post(
      a,
      'oNobodyBound000000000000001',
      textXml('oNobodyBound000000000000001', '你好', '1', now(a)),
    );
    expect(reply).toContain('示例银行');
    expect(notices(reply)).toEqual({ en: 0, zh: 0 });
  });

  it('words a reminder to a US account in the holder’s Chinese with the notice once', async () => {
    const a = await start();
    await post(a, WANG_FANG.channelUserId, textXml(WANG_FANG.channelUserId, '你好', '2', now(a)));
    const before = wechat.messages.length;
    const bot = a.bot;
    if (!(bot instanceof CollectionBot)) throw new Error('the app runs the collection bot');
    const outcome = await a.proactive.continue(`wechat:${WANG_FANG.channelUserId}`, (context) =>
      bot.remind(context, 'due+7'),
    );
    await channel?.whenIdle();
    expect(outcome.status).toBe('sent');
    const reminder = wechat.messages
      .slice(before)
      .map((m) => m.content)
      .join('\n');
    expect(reminder).toContain(DISCLOSURES['zh-CN'].stopContact);
    expect(notices(reminder)).toEqual({ en: 0, zh: 1 });
  });
});
