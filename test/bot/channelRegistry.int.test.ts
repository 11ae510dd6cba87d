import restify, { type Server } from 'restify';
import { afterEach, describe, expect, it } from 'vitest';
import {
  conversationIdFor,
  WeChatApiSimulator,
  registerWeChat,
  WECHAT_CHANNEL_ID,
} from '../../src/channels/wechat/index.js';
import { MemoryTranscriptSink } from '../support/memoryTranscriptSink.js';
import { safeMessage } from '../../src/prompts/index.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

/**
 * WeChat's proactive path (reminders, agents' replies) is guarded by registration alone: the
 * channel never calls `adapter.use`, and it has no public way to post text itself. A threat sent
 * in a proactive turn reaches the (fake) WeChat API as the safe message, and the transcript keeps
 * the blocked draft.
 */
let app: TestApp | undefined;
let wechat: WeChatApiSimulator | undefined;
let server: Server | undefined;
afterEach(async () => {
  if (server) await new Promise<void>((resolve) => server?.close(() => resolve()));
  await app?.close();
  await wechat?.close();
  app = undefined;
  wechat = undefined;
  server = undefined;
});

describe('a WeChat proactive turn through the registry', () => {
  it('replaces a blocked text by the safe message before WeChat gets it, and records the draft', async () => {
    wechat = await WeChatApiSimulator.start({ appId: 'wx-registry', appSecret: 'secret' });
    const transcript = new MemoryTranscriptSink();
    app = createTestApp(
      {
        WECHAT_TOKEN: 'token',
        WECHAT_APP_ID: 'wx-registry',
        WECHAT_APP_SECRET: 'secret',
        WECHAT_API_BASE_URL: wechat.baseUrl,
      },
      { transcript },
    );
    server = restify.createServer({ handleUncaughtExceptions: false });
    const channel = registerWeChat(server, app);
    expect(channel).toBeDefined();
    expect(app.channels.isGuarded(channel!.adapter)).toBe(true);
    expect(Object.keys(Object.getPrototypeOf(channel) as object)).not.toContain('sendProactive');

    const openid = 'o-registry-person';
    const conversationId = conversationIdFor(openid);
    await app.stores.conversations.save(
      {
        conversationId,
        channelId: WECHAT_CHANNEL_ID,
        userId: openid,
        accountId: undefined,
        reference: {
          channelId: WECHAT_CHANNEL_ID,
          conversation: { id: conversationId },
          user: { id: openid },
        },
      },
      app.clock.now(),
      true,
    );

    const threat = '你这个老赖，再不还钱我们就去你单位找你领导';
    const outcome = await app.proactive.continue(conversationId, async (context) => {
      await context.sendActivity(threat);
    });

    expect(outcome).toEqual({ status: 'sent' });
    expect(wechat.messages.map((m) => m.content)).toEqual([safeMessage('zh-CN')]);
    const trace = transcript.records.find((r) => r.type === 'trace' && r.name === 'collections.reply');
    const value = trace?.value as { sendPath: string; blockedDrafts: { text: string }[] };
    expect(value.sendPath).toBe('safe_message');
    expect(value.blockedDrafts.map((d) => d.text)).toContain(threat);
  });
});
