import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatAmount } from '../../../src/core/money.js';
import { localDate } from '../../../src/core/dates.js';
import { accountFacts } from '../../../src/dialogs/index.js';
import {
  WeChatApiSimulator,
  registerWeChat,
  type WeChatChannel,
} from '../../../src/channels/wechat/index.js';
import { DEMO_SECRETS } from '../../support/chat.js';
import restify, { type Server } from 'restify';
import { createTestApp, type TestApp } from '../../support/testApp.js';
import {
  AES_KEY,
  APP_ID,
  APP_SECRET,
  eventXml,
  plainCallback,
  queryString,
  secureCallback,
  textXml,
  TOKEN,
  type Callback,
} from './helpers.js';

let wechat: WeChatApiSimulator;
let app: TestApp;
let server: Server;
let url: string;
let channel: WeChatChannel | undefined;

async function boot(env: Record<string, string> = {}): Promise<void> {
  app = createTestApp({
    WECHAT_TOKEN: TOKEN,
    WECHAT_APP_ID: APP_ID,
    WECHAT_APP_SECRET: APP_SECRET,
    WECHAT_API_BASE_URL: wechat.baseUrl,
    ...env,
  });
  // The WeChat routes alone on a restify server: the channel reads its own raw bodies.
  server = restify.createServer({ handleUncaughtExceptions: false });
  channel = registerWeChat(server, app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${server.address().port}`;
}

beforeEach(async () => {
  wechat = await WeChatApiSimulator.start({ appId: APP_ID, appSecret: APP_SECRET });
});
afterEach(async () => {
  await channel?.whenIdle();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await app.close();
  await wechat.close();
});

/** A person on WeChat: each call posts one callback and returns what WeChat then delivered to them. */
class WeChatUser {
  private msgId = 7_000_000_000_000_000_000n;

  constructor(
    readonly openid: string,
    private readonly secure = false,
  ) {}

  async say(text: string): Promise<string> {
    this.msgId += 1n;
    return this.send(textXml(this.openid, text, String(this.msgId), this.now()));
  }

  async subscribe(): Promise<string> {
    return this.send(eventXml(this.openid, 'subscribe', this.now()));
  }

  private now(): number {
    return Math.floor(app.clock.now().getTime() / 1000);
  }

  private async send(xml: string): Promise<string> {
    const before = wechat.messages.length;
    const cb: Callback = this.secure ? secureCallback(xml, this.now()) : plainCallback(xml, this.now());
    const res = await fetch(`${url}/api/wechat?${queryString(cb.query)}`, { method: 'POST', body: cb.body });
    expect([res.status, await res.text()]).toEqual([200, 'success']);
    await channel?.whenIdle();
    app.clock.advance(20_000);
    const received = wechat.messages.slice(before);
    expect(received.every((m) => m.touser === this.openid)).toBe(true);
    return received.map((m) => m.content).join('\n---\n');
  }
}

function expectNoAccountDetails(text: string): void {
  for (const secret of DEMO_SECRETS['demo-zh'] ?? []) expect(text).not.toContain(secret);
}

describe('a conversation on WeChat (demo-zh, 张伟)', () => {
  it('verifies the server, opens on subscribe, verifies with 身份证后四位1234 and agrees a plan, each reply in one message', async () => {
    await boot();
    const cb = plainCallback('', Math.floor(app.clock.now().getTime() / 1000));
    const verify = await fetch(
      `${url}/api/wechat?${queryString({ ...cb.query, echostr: '5927782489442352469' })}`,
    );
    expect(await verify.text()).toBe('5927782489442352469');

    const person = new WeChatUser('demo-zh');
    const opening = await person.subscribe();
    expect(wechat.messages).toHaveLength(1);
    expect(opening).toContain('示例银行');
    expect(opening).toMatch(/后四位/);
    expectNoAccountDetails(opening);

    const account = await app.stores.accounts.get('A-1001');
    if (!account) throw new Error('demo account missing');
    const today = localDate(app.clock.now(), account.timeZone);
    const consequences = app.services.policy.consequences(accountFacts(account), today);
    const summary = await person.say('我身份证后四位是1234');
    expect(summary).toContain('身份验证已通过');
    expect(summary).toContain('尾号6789');
    // Listen first (issue 15): the summary ends with an open question, the consequences come when asked.
    expect(summary).not.toContain(formatAmount(consequences.lateFeeCents));
    expect(summary).toMatch(/怎么处理/);
    expect(summary.match(/您可以回复：/g)).toHaveLength(1);
    expect(summary).not.toContain('\n---\n');
    expect(await person.say('不还会怎么样？')).toContain(formatAmount(consequences.lateFeeCents));

    const first = app.services.policy.offers(
      accountFacts(account),
      { affordableCents: 200_000, period: 'month' },
      today,
    ).offers[0];
    if (!first) throw new Error('no offer');
    expect(await person.say('每个月只能还2000')).toContain(formatAmount(first.installmentCents));
    expect(await person.say('第一个')).toContain(formatAmount(first.totalCents));
    expect(await person.say('确认')).toContain(formatAmount(first.totalCents));
    expect(app.stores.plans.activeFor('A-1001')?.offer.totalCents).toBe(first.totalCents);

    expect(wechat.messages).toHaveLength(6);
    expect(wechat.tokenFetches).toBe(1);
    expect((await app.stores.conversations.get('wechat:demo-zh'))?.lastInboundAt).toBeDefined();
  });

  it('tells a stranger on WeChat nothing about any account', async () => {
    await boot();
    const reply = await new WeChatUser('oStrangerOpenId000000000001').say('你好，我想问一下');
    expect(reply).toContain('示例银行');
    expect(reply).not.toMatch(/欠款|逾期|债务|催收/);
  });

  it('works the same in secure mode', async () => {
    await boot({ WECHAT_ENCODING_AES_KEY: AES_KEY });
    expect(channel?.mode).toBe('secure');
    const person = new WeChatUser('demo-zh', true);
    expect(await person.say('你好')).toMatch(/后四位/);
    expect(await person.say('1234')).toContain('身份验证已通过');
  });

  it('records cease-contact when the person unsubscribes', async () => {
    await boot();
    const person = new WeChatUser('demo-zh');
    await person.say('你好');
    const ts = Math.floor(app.clock.now().getTime() / 1000);
    const cb = plainCallback(eventXml('demo-zh', 'unsubscribe', ts), ts);
    await fetch(`${url}/api/wechat?${queryString(cb.query)}`, { method: 'POST', body: cb.body });
    await channel?.whenIdle();
    expect(await app.stores.contacts.hasCeasedAddress('wechat', 'demo-zh')).toBe(true); // that openid (issue 12)
  });
});
