import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.js';
import { AccessTokenProvider } from '../../../src/channels/wechat/accessToken.js';
import type { ApiResult, ApiSettings, TokenSource } from '../../../src/channels/wechat/apiClient.js';
import { CustomerServiceClient, type MessageKind } from '../../../src/channels/wechat/customerService.js';
import { WeChatApiSimulator, type SimulatedFailure } from '../../../src/channels/wechat/apiSimulator.js';
import { ProactiveSender } from '../../../src/channels/wechat/proactive.js';
import { TemplateMessageClient } from '../../../src/channels/wechat/templateMessage.js';
import { WeChatDeliveryError } from '../../../src/channels/wechat/channel.js';

/**
 * Issue 19 wechat24: the WeChat client's retries per message kind, against the API simulator.
 * A proactive message (a reminder) is never posted again once the request may have reached
 * WeChat; it is retried only when it provably did not go. Replies keep retrying every transient
 * failure (a repeated answer over silence for someone waiting).
 */
const SEND = '/cgi-bin/message/custom/send';
const REMINDER = '温馨提示：您的信用卡本期账单将于12月1日到期，如已还款请忽略本消息。';
let wechat: WeChatApiSimulator;
let slept: number[];

function settings(baseUrl: string, timeoutMs = 1000): ApiSettings {
  slept = [];
  return { baseUrl, timeoutMs, retry: { delaysMs: [10, 20, 30], sleep: async (ms) => void slept.push(ms) } };
}

function tokenSource(api: ApiSettings): TokenSource {
  return new AccessTokenProvider(
    { ...api, baseUrl: wechat.baseUrl, appId: 'wx1', appSecret: 's', endpoint: 'stable_token' },
    new ManualClock('2026-12-07T10:00:00+08:00'),
  );
}

function client(api: ApiSettings): CustomerServiceClient {
  return new CustomerServiceClient(tokenSource(api), api);
}

const sends = () => wechat.requests.filter((r) => r.path === SEND).length;

async function send(kind: MessageKind, ...script: SimulatedFailure[]) {
  wechat.failNext(SEND, ...script);
  return client(settings(wechat.baseUrl, 300)).sendTexts('demo-zh', [REMINDER], kind);
}

beforeEach(async () => {
  wechat = await WeChatApiSimulator.start({ appId: 'wx1', appSecret: 's' });
});
afterEach(async () => {
  await wechat.close();
});

describe('a proactive customer-service message (a reminder)', () => {
  it.each([
    ['a 504 after WeChat took it', { taken: 'status', status: 504 }, 'HTTP 504'],
    ['a reset after WeChat took it', { taken: 'drop' }, 'network error'],
    ['no answer within the timeout', { taken: 'delay', delayMs: 1000 }, 'timeout after 300 ms'],
  ] as const)('is posted once and reported as possibly arrived after %s', async (_name, failure, detail) => {
    const outcome = await send('proactive', failure);
    expect(outcome).toMatchObject({ status: 'failed', sent: 0, mayHaveArrived: true });
    expect(outcome.status === 'failed' && outcome.detail).toContain(detail);
    expect(sends()).toBe(1);
    expect(wechat.messages).toEqual([{ touser: 'demo-zh', content: REMINDER }]); // the person has it once
  });

  it('is not posted again after a 502 either: nothing tells whether WeChat took it', async () => {
    expect(await send('proactive', { status: 502 })).toMatchObject({
      status: 'failed',
      mayHaveArrived: true,
    });
    expect(sends()).toBe(1);
  });

  it('is retried after errcode -1 (WeChat: system busy, try again later) and arrives once', async () => {
    expect(await send('proactive', { errcode: -1 }, { errcode: -1 })).toEqual({
      status: 'sent',
      messages: 1,
    });
    expect(sends()).toBe(3);
    expect(wechat.messages).toHaveLength(1);
    expect(slept).toEqual([10, 20]);
  });

  it('is retried when the connection was refused (no byte written), and then fails as not arrived', async () => {
    const closed = await closedPort();
    const outcome = await client(settings(`http://127.0.0.1:${closed}`)).sendTexts(
      'demo-zh',
      [REMINDER],
      'proactive',
    );
    expect(outcome).toMatchObject({ status: 'failed', mayHaveArrived: false });
    expect(outcome.status === 'failed' && outcome.detail).toContain('ECONNREFUSED');
    expect(slept).toEqual([10, 20, 30]);
  });

  it('refreshes a rejected token and posts once more (WeChat refused the first: errcode 40001)', async () => {
    expect(await send('proactive', { errcode: 40001 })).toEqual({ status: 'sent', messages: 1 });
    expect(wechat.messages).toHaveLength(1);
  });

  it('is reported as possibly arrived when a later part of a long reminder fails (ProactiveSender)', async () => {
    const api = settings(wechat.baseUrl, 300);
    let calls = 0;
    class SecondRefused extends CustomerServiceClient {
      override async sendText(openid: string, content: string, kind?: MessageKind): Promise<ApiResult> {
        calls += 1;
        if (calls === 2)
          return { kind: 'transient', detail: 'errcode -1 (system busy)', mayHaveArrived: false };
        return super.sendText(openid, content, kind);
      }
    }
    const tokens = tokenSource(api);
    const proactive = new ProactiveSender(
      new SecondRefused(tokens, api),
      new TemplateMessageClient(tokens, api),
      undefined,
    );
    const now = new Date();
    const outcome = await proactive.send(
      'demo-zh',
      [`${'好'.repeat(600)}。`, `${'您'.repeat(600)}。`],
      now,
      now,
    );
    expect(outcome).toMatchObject({
      status: 'failed',
      mayHaveArrived: true,
      detail: '1 of 2 sent, then errcode -1 (system busy)',
    });
    expect(wechat.messages).toHaveLength(1);
  });
});

describe('a reply within a live conversation', () => {
  it('keeps retrying transient failures, so a 504 after WeChat took it may repeat the reply', async () => {
    expect(await send('reply', { taken: 'status', status: 504 })).toEqual({ status: 'sent', messages: 1 });
    expect(sends()).toBe(2);
    expect(wechat.messages).toHaveLength(2); // the chosen cost: a repeated answer, never silence
  });
});

describe('the error a proactive WeChat turn ends with', () => {
  it('says unknown arrival only for a failure that may have arrived', () => {
    const failed = (mayHaveArrived: boolean) =>
      new WeChatDeliveryError({
        status: 'failed',
        via: 'customer_service',
        detail: 'HTTP 504',
        mayHaveArrived,
      });
    expect(failed(true).arrival).toBe('unknown');
    expect(failed(false).arrival).toBe('none');
    expect(
      new WeChatDeliveryError({ status: 'not_sent', reason: 'outside_window_no_template' }).arrival,
    ).toBe('none');
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
