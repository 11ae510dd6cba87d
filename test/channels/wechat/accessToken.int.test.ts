import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.js';
import { AccessTokenProvider, type AccessTokenSettings } from '../../../src/channels/wechat/accessToken.js';
import type { RetryPolicy } from '../../../src/channels/wechat/apiClient.js';
import { CustomerServiceClient } from '../../../src/channels/wechat/customerService.js';
import { WeChatApiSimulator } from '../../../src/channels/wechat/apiSimulator.js';
import { TemplateMessageClient } from '../../../src/channels/wechat/templateMessage.js';

const APP = { appId: 'wxtest', appSecret: 'secret' };
let wechat: WeChatApiSimulator;
let clock: ManualClock;
let waits: number[];
const retry: RetryPolicy = { delaysMs: [100, 400, 1600], sleep: async (ms) => void waits.push(ms) };

function settings(endpoint: AccessTokenSettings['endpoint'] = 'stable_token', overrides: Partial<AccessTokenSettings> = {}): AccessTokenSettings {
  return { baseUrl: wechat.baseUrl, timeoutMs: 2000, retry, endpoint, ...APP, ...overrides };
}

beforeEach(async () => {
  wechat = await WeChatApiSimulator.start({ ...APP, expiresIn: 7200 });
  clock = new ManualClock('2026-11-28T10:00:00Z');
  waits = [];
});
afterEach(async () => {
  await wechat.close();
});

describe('the access-token client', () => {
  it.each(['stable_token', 'token'] as const)('fetches a token once via /cgi-bin/%s and reuses it until shortly before expiry', async (endpoint) => {
    const tokens = new AccessTokenProvider(settings(endpoint), clock);
    const first = await tokens.get();
    expect(first).toBe('fake-token-1');
    clock.advance(7200_000 - 5 * 60_000 - 1000);
    expect(await tokens.get()).toBe(first);
    expect(wechat.tokenFetches).toBe(1);
    clock.advance(2000);
    wechat.expireTokens();
    expect(await tokens.get()).toBe('fake-token-2');
    expect(wechat.tokenFetches).toBe(2);
    expect(wechat.requests[0]?.path).toBe(endpoint === 'token' ? '/cgi-bin/token?grant_type=client_credential&appid=wxtest' : '/cgi-bin/stable_token');
  });

  it('asks WeChat once however many callers want a token at the same moment', async () => {
    const tokens = new AccessTokenProvider(settings(), clock);
    const all = await Promise.all(Array.from({ length: 20 }, () => tokens.get()));
    expect(new Set(all)).toEqual(new Set(['fake-token-1']));
    expect(wechat.tokenFetches).toBe(1);
  });

  it('says which settings to check when WeChat refuses the app secret', async () => {
    const tokens = new AccessTokenProvider(settings('stable_token', { appSecret: 'wrong' }), clock);
    await expect(tokens.get()).rejects.toThrow(/errcode 40125.*WECHAT_APP_SECRET/);
  });

  it('retries a token request that fails transiently, with backoff', async () => {
    wechat.failNext('/cgi-bin/stable_token', { status: 503 }, { errcode: -1 });
    const tokens = new AccessTokenProvider(settings(), clock);
    expect(await tokens.get()).toBe('fake-token-1');
    expect(waits).toEqual([100, 400]);
  });
});

describe('the customer-service client', () => {
  it('sends a text message to the person', async () => {
    const cs = new CustomerServiceClient(new AccessTokenProvider(settings(), clock), { baseUrl: wechat.baseUrl, timeoutMs: 2000, retry });
    expect(await cs.sendTexts('demo-zh', ['您好，这里是示例银行信用卡中心。'])).toEqual({ status: 'sent', messages: 1 });
    expect(wechat.messages).toEqual([{ touser: 'demo-zh', content: '您好，这里是示例银行信用卡中心。' }]);
  });

  it.each([
    ['expired (42001)', (w: WeChatApiSimulator) => w.expireTokens()],
    ['invalid (40001)', (w: WeChatApiSimulator) => w.invalidateTokens()],
  ])('refreshes a token WeChat calls %s and sends once more', async (_name, spoil) => {
    const tokens = new AccessTokenProvider(settings(), clock);
    const cs = new CustomerServiceClient(tokens, { baseUrl: wechat.baseUrl, timeoutMs: 2000, retry });
    await cs.sendTexts('u1', ['第一条']);
    spoil(wechat);
    expect(await cs.sendTexts('u1', ['第二条'])).toEqual({ status: 'sent', messages: 1 });
    expect(wechat.messages.map((m) => m.content)).toEqual(['第一条', '第二条']);
    expect(wechat.tokenFetches).toBe(2);
  });

  it('refreshes on errcode 40014 too', async () => {
    const tokens = new AccessTokenProvider(settings('token'), clock);
    const cs = new CustomerServiceClient(tokens, { baseUrl: wechat.baseUrl, timeoutMs: 2000, retry });
    await tokens.get();
    wechat.failNext('/cgi-bin/message/custom/send', { errcode: 40014, errmsg: 'invalid access_token' });
    expect(await cs.sendTexts('u1', ['你好'])).toEqual({ status: 'sent', messages: 1 });
    expect(wechat.tokenFetches).toBe(2);
  });

  it('forces a new stable token when the normal call hands back the rejected one', async () => {
    const tokens = new AccessTokenProvider(settings(), clock);
    const cs = new CustomerServiceClient(tokens, { baseUrl: wechat.baseUrl, timeoutMs: 2000, retry });
    await tokens.get();
    // WeChat rejects the token, but its normal-mode endpoint still returns it.
    wechat.failNext('/cgi-bin/message/custom/send', { errcode: 40001 });
    expect(await cs.sendTexts('u1', ['你好'])).toEqual({ status: 'sent', messages: 1 });
    expect(wechat.requests.filter((r) => r.path === '/cgi-bin/stable_token')).toHaveLength(3);
    expect(await tokens.get()).toBe('fake-token-2');
  });

  it('retries on system busy (-1), HTTP 5xx and a dropped connection, then succeeds', async () => {
    const cs = new CustomerServiceClient(new AccessTokenProvider(settings(), clock), { baseUrl: wechat.baseUrl, timeoutMs: 2000, retry });
    wechat.failNext('/cgi-bin/message/custom/send', { errcode: -1 }, { status: 502 }, { drop: true });
    expect(await cs.sendTexts('u1', ['你好'])).toEqual({ status: 'sent', messages: 1 });
    expect(waits).toEqual([100, 400, 1600]);
    expect(wechat.messages).toHaveLength(1);
  });

  it('gives up after the last retry and reports what failed', async () => {
    const cs = new CustomerServiceClient(new AccessTokenProvider(settings(), clock), { baseUrl: wechat.baseUrl, timeoutMs: 2000, retry });
    wechat.failNext('/cgi-bin/message/custom/send', { status: 500 }, { status: 500 }, { status: 500 }, { status: 500 });
    expect(await cs.sendTexts('u1', ['你好'])).toEqual({ status: 'failed', sent: 0, detail: 'HTTP 500', mayHaveArrived: true });
    expect(wechat.messages).toHaveLength(0);
  });

  it('does not retry what retrying cannot fix, and names the window, quota and unsubscribe errors', async () => {
    const cs = new CustomerServiceClient(new AccessTokenProvider(settings(), clock), { baseUrl: wechat.baseUrl, timeoutMs: 2000, retry });
    wechat.failNext('/cgi-bin/message/custom/send', { errcode: 45015 }, { errcode: 45047 }, { errcode: 43004 }, { errcode: 40003, errmsg: 'invalid openid' });
    expect(await cs.sendTexts('u1', ['a'])).toEqual({ status: 'window_closed', sent: 0 });
    expect(await cs.sendTexts('u1', ['a'])).toEqual({ status: 'quota_exceeded', sent: 0 });
    expect(await cs.sendTexts('u1', ['a'])).toEqual({ status: 'unsubscribed', sent: 0 });
    expect(await cs.sendTexts('u1', ['a'])).toEqual({ status: 'failed', sent: 0, detail: 'errcode 40003: invalid openid', mayHaveArrived: false });
    expect(waits).toEqual([]);
  });

  it('never puts the access token or the app secret in what it reports', async () => {
    const cs = new CustomerServiceClient(new AccessTokenProvider(settings(), clock), { baseUrl: wechat.baseUrl, timeoutMs: 2000, retry });
    wechat.failNext('/cgi-bin/message/custom/send', { status: 404 });
    const outcome = await cs.sendTexts('u1', ['a']);
    expect(JSON.stringify(outcome)).not.toMatch(/fake-token|secret/);
  });
});

describe('the template-message client', () => {
  it('sends the template with its data and returns the message id', async () => {
    const templates = new TemplateMessageClient(new AccessTokenProvider(settings(), clock), { baseUrl: wechat.baseUrl, timeoutMs: 2000, retry });
    expect(await templates.send('u1', 'TPL1', { thing1: { value: '示例银行' } })).toEqual({ status: 'sent', msgId: '200001' });
    expect(wechat.templates).toEqual([{ touser: 'u1', templateId: 'TPL1', data: { thing1: { value: '示例银行' } } }]);
  });
});
