import type { ActivityHandler, BotAdapter, ConversationReference, Middleware, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Clock } from '../core/clock.js';
import type { Db } from '../store/db.js';
import type { Config } from '../config/config.js';
import type { Stores } from '../store/stores.js';
import type { TranscriptSink } from './transcriptSink.js';

/**
 * What a channel (Direct Line, WeChat, Bot Connector) or a background job (reminders, handoff)
 * gets from the running service. Built once by `createApp` in app.ts.
 */
export interface AppContext {
  config: Config;
  clock: Clock;
  logger: Logger;
  db: Db;
  stores: Stores;
  /** The one bot every channel runs. */
  bot: ActivityHandler;
  /**
   * Middleware every adapter must `use`, in this order: transcript (inbound), guarded send path,
   * handoff router (held conversations go to the agent, not the bot), typing indicator. A custom adapter calls `adapter.use(...app.middleware)` and then
   * `this.runMiddleware(context, (ctx) => app.bot.run(ctx))`.
   */
  middleware: Middleware[];
  /** Adapters by Bot Framework channel id ('directline', 'wechat', ...; '*' = CloudAdapter). */
  channels: ChannelRegistry;
  /** Sends to a stored conversation on its own channel, through the guarded send path. */
  proactive: ProactiveMessenger;
  /** The transcript (write-ahead): channels commit what people send before they acknowledge it. */
  transcript: TranscriptSink;
}

export interface ChannelAdapter {
  adapter: BotAdapter;
  /** Runs `logic` in a proactive turn for the conversation, with the adapter's middleware. */
  continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

export interface ChannelRegistry {
  register(channelId: string, adapter: ChannelAdapter): void;
  /** The adapter for a channel id, falling back to the Bot Connector adapter. */
  get(channelId: string): ChannelAdapter;
}

export type ProactiveOutcome =
  { status: 'sent' } | { status: 'no_conversation' } | { status: 'failed'; error: string };

export interface ProactiveMessenger {
  /** Runs `logic` in a turn for the stored conversation; what it sends is guarded and transcribed. */
  continue(conversationId: string, logic: (context: TurnContext) => Promise<void>): Promise<ProactiveOutcome>;
}
