import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.js';
import { AccessTokenProvider } from '../../../src/channels/wechat/accessToken.js';
import type { ApiSettings } from '../../../src/channels/wechat/apiClient.js';
import { CustomerServiceClient } from '../../../src/channels/wechat/customerService.js';
import { WeChatApiSimulator } from '../../../src/channels/wechat/apiSimulator.js';
import { chooseProactiveRoute, ProactiveSender, type TemplateSettings } from '../../../src/channels/wechat/proactive.js';
import { parseTemplateFields, TemplateMessageClient } from '../../../src/channels/wechat/templateMessage.js';

const HOUR = 3600_000;
const REMINDER = '温馨提示：您的信用卡本期账单将于12月1日到期，如已还款请忽略本消息。';
let wechat: WeChatApiSimulator;
let clock: ManualClock;

function sender(template: TemplateSettings | undefined): ProactiveSender {
  const api: ApiSettings = { baseUrl: wechat.baseUrl, timeoutMs: 2000, retry: { delaysMs: [], sleep: async () => undefined } };
  const tokens = new AccessTokenProvider({ ...api, appId: 'wx1', appSecret: 's', endpoint: 'stable_token' }, clock);
  return new ProactiveSender(new CustomerServiceClient(tokens, api), new TemplateMessageClient(tokens, api), template);
}

const fields = parseTemplateFields('{"thing1":{"value":"{bank}","maxLength":20},"thing2":{"value":"{text}","maxLength":20}}');
const template: TemplateSettings = { templateId: 'TPL-REMIND', fields: fields.ok ? fields.fields : {}, bankName: '示例银行' };

beforeEach(async () => {
  wechat = await WeChatApiSimulator.start({ appId: 'wx1', appSecret: 's' });
  clock = new ManualClock('2026-11-28T10:00:00+08:00');
});
afterEach(async () => {
  await wechat.close();
});

describe('the 48-hour rule', () => {
  it('chooses customer service inside 48 hours, then the template, then nothing', () => {
    const last = clock.now();
    expect(chooseProactiveRoute(last, new Date(last.getTime() + 47.9 * HOUR), true)).toBe('customer_service');
    expect(chooseProactiveRoute(last, new Date(last.getTime() + 48 * HOUR), true)).toBe('template');
    expect(chooseProactiveRoute(last, new Date(last.getTime() + 48 * HOUR), false)).toBe('none');
    expect(chooseProactiveRoute(undefined, last, true)).toBe('template');
  });

  it('sends a customer-service message an hour before the window closes and a template message an hour after', async () => {
    const lastInbound = clock.now();
    const s = sender(template);
    clock.advance(47 * HOUR);
    expect(await s.send('demo-zh', REMINDER, lastInbound, clock.now())).toEqual({ status: 'sent', via: 'customer_service', messages: 1 });
    expect(wechat.messages).toEqual([{ touser: 'demo-zh', content: REMINDER }]);
    clock.advance(2 * HOUR);
    expect(await s.send('demo-zh', REMINDER, lastInbound, clock.now())).toEqual({ status: 'sent', via: 'template', msgId: '200001' });
    expect(wechat.templates).toEqual([
      { touser: 'demo-zh', templateId: 'TPL-REMIND', data: { thing1: { value: '示例银行' }, thing2: { value: '温馨提示：您的信用卡本期账单将于12月…' } } },
    ]);
    expect(wechat.messages).toHaveLength(1);
  });

  it('sends nothing after 48 hours when no template is configured, and says so', async () => {
    const lastInbound = clock.now();
    clock.advance(49 * HOUR);
    expect(await sender(undefined).send('demo-zh', REMINDER, lastInbound, clock.now())).toEqual({ status: 'not_sent', reason: 'outside_window_no_template' });
    expect(wechat.messages).toHaveLength(0);
    expect(wechat.templates).toHaveLength(0);
  });

  it("falls back to the template when WeChat's own clock says the window has closed", async () => {
    wechat.failNext('/cgi-bin/message/custom/send', { errcode: 45015 });
    expect(await sender(template).send('demo-zh', REMINDER, clock.now(), clock.now())).toMatchObject({ status: 'sent', via: 'template' });
  });

  it('reports an unsubscribed person as not sent, not as a failure', async () => {
    wechat.failNext('/cgi-bin/message/custom/send', { errcode: 43004 });
    expect(await sender(template).send('demo-zh', REMINDER, clock.now(), clock.now())).toEqual({ status: 'not_sent', reason: 'unsubscribed' });
  });
});
