import { ActivityHandler, TurnContext, type Middleware } from 'botbuilder';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import restify, { type Server } from 'restify';
import { afterEach } from 'vitest';
import { GuardedChannelRegistry, StoredProactiveMessenger } from '../../../src/bot/channelRegistry.js';
import { turnErrorHandler } from '../../../src/bot/pipeline.js';
import type { AppContext } from '../../../src/channels/host.js';
import {
  WeChatApiSimulator,
  registerWeChat,
  type WeChatChannel,
} from '../../../src/channels/wechat/index.js';
import { loadConfig } from '../../../src/config/config.js';
import { ManualClock } from '../../../src/core/clock.js';
import { safeMessage } from '../../../src/prompts/index.js';
import { openDatabase, type Db } from '../../../src/store/db.js';
import { createSqliteStores } from '../../../src/store/stores.js';
import { MemoryTranscriptSink } from '../../support/memoryTranscriptSink.js';
import { APP_ID, APP_SECRET, queryString, TOKEN, type Callback } from './helpers.js';

/**
 * The WeChat channel on its own, for the webhook tests: an echo bot behind a guarded registry
 * whose send path marks every text, the WeChat API simulator, a SQLite store and a manual clock.
 * Stacks started in a test are closed after it.
 */
/** Echoes text twice (so merging shows), greets on subscribe, says goodbye on unsubscribe. */
class EchoBot extends ActivityHandler {
  gate: Promise<void> = Promise.resolve();
  readonly seen: string[] = [];

  constructor(app: () => AppContext) {
    super();
    this.onMessage(async (context, next) => {
      const { stores, clock } = app();
      const ref = TurnContext.getConversationReference(context.activity);
      await stores.conversations.save(
        {
          conversationId: context.activity.conversation.id,
          channelId: context.activity.channelId,
          userId: context.activity.from.id,
          accountId: undefined,
          reference: { ...ref },
        },
        clock.now(),
        true,
      );
      await this.gate;
      this.seen.push(
        `${context.activity.from.id}|${context.activity.conversation.id}|${context.activity.locale}|${context.activity.text}`,
      );
      await context.sendActivity(`收到：${context.activity.text}`);
      await context.sendActivity('还有别的需要吗？');
      await next();
    });
    this.onEvent(async (context, next) => {
      this.seen.push(`event:${context.activity.name}`);
      if (context.activity.name === 'subscribe') await context.sendActivity('欢迎关注示例银行。');
      if (context.activity.name === 'unsubscribe') await context.sendActivity('再见。');
      await next();
    });
  }
}

/** Marks every outbound text, as the guarded send path would rewrite it. */
const sendPathMiddleware: Middleware = {
  onTurn: async (context, next) => {
    context.onSendActivities(async (_ctx, activities, sendNext) => {
      for (const a of activities) if (a.type === 'message') a.text = `[已检查] ${a.text ?? ''}`;
      return sendNext();
    });
    await next();
  },
};

export interface Stack {
  url: string;
  app: AppContext;
  bot: EchoBot;
  clock: ManualClock;
  wechat: WeChatApiSimulator;
  channel: WeChatChannel;
  db: Db;
  server: Server;
}
let stacks: Stack[] = [];

export async function start(env: Record<string, string> = {}): Promise<Stack> {
  const wechat = await WeChatApiSimulator.start({ appId: APP_ID, appSecret: APP_SECRET });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wechat-'));
  const config = loadConfig({
    DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    LINK_SECRET: 'x'.repeat(32),
    WECHAT_TOKEN: TOKEN,
    WECHAT_APP_ID: APP_ID,
    WECHAT_APP_SECRET: APP_SECRET,
    WECHAT_API_BASE_URL: wechat.baseUrl,
    ...env,
  });
  const clock = new ManualClock('2026-11-28T02:00:00Z');
  const db = openDatabase(dir);
  const stores = createSqliteStores(db);
  const channels = new GuardedChannelRegistry(
    turnErrorHandler({ logger: pino({ level: 'silent' }), safeMessage }),
  );
  channels.seal([sendPathMiddleware]);
  const bot = new EchoBot(() => app);
  const app: AppContext = {
    config,
    clock,
    logger: pino({ level: 'silent' }),
    db,
    stores,
    bot,
    channels,
    transcript: new MemoryTranscriptSink(),
    proactive: new StoredProactiveMessenger(stores.conversations, channels),
  };
  const server = restify.createServer({ handleUncaughtExceptions: false });
  const channel = registerWeChat(server, app, { retry: { delaysMs: [1, 1], sleep: async () => undefined } });
  if (!channel) throw new Error('WeChat should be on');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const stack = {
    url: `http://127.0.0.1:${server.address().port}`,
    app,
    bot,
    clock,
    wechat,
    channel,
    db,
    server,
  };
  stacks.push(stack);
  return stack;
}

afterEach(async () => {
  for (const s of stacks) {
    await s.channel.whenIdle();
    await new Promise<void>((resolve) => s.server.close(() => resolve()));
    await s.wechat.close();
    s.db.close();
  }
  stacks = [];
});

export const now = (s: Stack): number => Math.floor(s.clock.now().getTime() / 1000);

export async function post(s: Stack, cb: Callback): Promise<{ status: number; body: string }> {
  const res = await fetch(`${s.url}/api/wechat?${queryString(cb.query)}`, {
    method: 'POST',
    headers: { 'content-type': 'text/xml' },
    body: cb.body,
  });
  return { status: res.status, body: await res.text() };
}
