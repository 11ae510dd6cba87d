import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActivityHandler, CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { pino } from 'pino';
import restify, { type Server } from 'restify';
import type {
  AppContext,
  ChannelAdapter,
  ChannelRegistry,
  ProactiveOutcome,
} from '../../../src/channels/host.js';
import { loadConfig, type Config } from '../../../src/config/config.js';
import { MemoryTranscriptSink } from '../../support/memoryTranscriptSink.js';
import type { Clock } from '../../../src/core/clock.js';
import { openDatabase } from '../../../src/store/db.js';
import { closeHttpServer } from '../../support/http.js';
import { seedDemoAccountsSqlite } from '../../../src/store/demoAccounts.js';
import { createSqliteStores } from '../../../src/store/stores.js';
import {
  registerDirectLine,
  type DirectLineChannel,
  type DirectLineOptions,
} from '../../../src/channels/directline/index.js';

/**
 * A small bot for protocol tests: greets on start with suggested actions, echoes messages,
 * fails on "fail", takes two seconds over "slow", and offers yes/no after each echo. Real HTTP, real SQLite, no network.
 */
export class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMembersAdded(async (context, next) => {
      const others = (context.activity.membersAdded ?? []).filter(
        (m) => m.id !== context.activity.recipient.id,
      );
      if (others.length > 0) {
        await context.sendActivity(MessageFactory.suggestedActions(['你好', '帮助'], '您好，我是测试助手。'));
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      const text = context.activity.text ?? '';
      if (text === 'fail') throw new Error('the echo bot was told to fail');
      if (text === 'slow') await new Promise((resolve) => setTimeout(resolve, 2000));
      if (text === 'card') await context.sendActivity({ attachments: [CardFactory.heroCard('卡片')] });
      await context.sendActivity(MessageFactory.suggestedActions(['是', '否'], `回声：${text}`));
      await next();
    });
  }
}

class SimpleRegistry implements ChannelRegistry {
  private readonly adapters = new Map<string, ChannelAdapter>();
  register(channelId: string, adapter: ChannelAdapter): void {
    this.adapters.set(channelId, adapter);
  }
  get(channelId: string): ChannelAdapter {
    const adapter = this.adapters.get(channelId);
    if (!adapter) throw new Error(`no adapter for ${channelId}`);
    return adapter;
  }
}

export interface EchoServer {
  app: AppContext;
  server: Server;
  channel: DirectLineChannel;
  baseUrl: string;
  config: Config;
  dataDir: string;
  close(): Promise<void>;
}

export interface EchoServerOptions extends DirectLineOptions {
  clock?: Clock;
  env?: Record<string, string>;
  /** Reuse a data directory (restart tests); a fresh temp dir otherwise. */
  dataDir?: string;
}

export function tempDataDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'directline-test-'));
}

/** Starts restify on 127.0.0.1:0 with the Direct Line channel and the echo bot. */
export async function startEchoServer(options: EchoServerOptions = {}): Promise<EchoServer> {
  const dataDir = options.dataDir ?? tempDataDir();
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    LINK_SECRET: 'test-link-secret-0123456789abcdef',
    ...options.env,
  });
  const clock = options.clock ?? { now: () => new Date() };
  const db = openDatabase(config.dataDir);
  const stores = createSqliteStores(db);
  seedDemoAccountsSqlite(db, clock.now());
  const channels = new SimpleRegistry();
  const app: AppContext = {
    config,
    clock,
    transcript: new MemoryTranscriptSink(),
    logger: pino({ level: 'silent' }),
    db,
    stores,
    bot: new EchoBot(),
    channels,
    proactive: {
      continue: async (
        conversationId: string,
        logic: (context: TurnContext) => Promise<void>,
      ): Promise<ProactiveOutcome> => {
        const stored = await stores.conversations.get(conversationId);
        if (!stored) return { status: 'no_conversation' };
        await channels.get(stored.channelId).continueConversation(stored.reference, logic);
        return { status: 'sent' };
      },
    },
  };
  const server = restify.createServer({ name: 'directline-test', handleUncaughtExceptions: false });
  const channel = registerDirectLine(server, app, options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  return {
    app,
    server,
    channel,
    baseUrl,
    config,
    dataDir,
    close: async () => {
      await channel.close();
      await closeHttpServer(server);
      db.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
