import type { ActivityHandler, BotAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Clock } from '../core/clock.js';
import type { Db } from '../store/db.js';
import type { Config } from '../config/config.js';
import type { Account } from '../store/accounts.js';
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
   * Adapters by Bot Framework channel id ('directline', 'wechat', ...; '*' = CloudAdapter).
   * Registering an adapter is what guards it: the service's registry gives it the one ordered
   * middleware list (transcript in, guarded send path, handoff router, typing) and the one
   * turn-error handler. A channel never calls `adapter.use` itself.
   */
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
  /** Makes the adapter reachable by channel id; the service's registry also guards it (see AppContext). */
  register(channelId: string, adapter: ChannelAdapter): void;
  /** The adapter for a channel id, falling back to the Bot Connector adapter. */
  get(channelId: string): ChannelAdapter;
}

/**
 * `arrival` of a failed send, when the channel knows it (issue 19 wechat24): `none`, nothing
 * reached the person (the send may be tried again); `unknown`, it may have (an external channel's
 * timeout or 5xx once the request was written): it must not be sent again.
 */
export type ProactiveOutcome =
  | { status: 'sent' }
  | { status: 'no_conversation' }
  | { status: 'failed'; error: string; arrival?: 'none' | 'unknown' };

/**
 * What an error thrown by a channel's proactive turn says of its messages' arrival, when the
 * channel put it there (`WeChatDeliveryError.arrival`); undefined when it did not say.
 */
export function arrivalOf(error: unknown): 'none' | 'unknown' | undefined {
  const arrival = (error as { arrival?: unknown } | undefined)?.arrival;
  return arrival === 'none' || arrival === 'unknown' ? arrival : undefined;
}

/** `error` (an Error) marked with what it says of the messages' arrival, for `arrivalOf`. */
export function withArrival(error: unknown, arrival: 'none' | 'unknown'): Error {
  return Object.assign(error instanceof Error ? error : new Error(String(error)), { arrival });
}

export interface ProactiveMessenger {
  /** Runs `logic` in a turn for the stored conversation; what it sends is guarded and transcribed. */
  continue(conversationId: string, logic: (context: TurnContext) => Promise<void>): Promise<ProactiveOutcome>;
}

/**
 * What a channel established before it ran a turn, handed to the bot so nothing is looked up or
 * saved twice: the person's session (verification holds for the session it was given in), the
 * account their channel user id names, and whether the conversation reference is already saved.
 */
export interface ChannelTurn {
  /** One chat-link exchange (a Direct Line token); channels without one leave it out. */
  sessionId?: string;
  /** The channel looked the account up (`undefined` inside: no account for this user id). */
  account?: { value: Account | undefined };
  /** The channel saved the conversation reference for this turn. */
  referenceSaved?: boolean;
}

const AUDIENCE: unique symbol = Symbol('collections.audience');

/**
 * Marks an outgoing activity as for one session only: a reply that carries verified detail is for
 * the session that verified, not for another session of the same conversation (a second link
 * exchange). Rides on a private symbol, so JSON neither shows nor forges it.
 */
export function markAudience(activity: object, sessionId: string): void {
  (activity as { [AUDIENCE]?: string })[AUDIENCE] = sessionId;
}

/** The one session an outgoing activity is for, if it was marked. */
export function audienceOf(activity: object): string | undefined {
  return (activity as { [AUDIENCE]?: string })[AUDIENCE];
}

const CHANNEL_TURN: unique symbol = Symbol('collections.channelTurn');

/** Called by a channel on the TurnContext it creates, before the middleware runs. */
export function setChannelTurn(context: TurnContext, facts: ChannelTurn): void {
  context.turnState.set(CHANNEL_TURN, facts);
}

/** What the channel established for this turn (nothing, for channels that establish nothing). */
export function channelTurnOf(context: TurnContext): ChannelTurn {
  return context.turnState.get<ChannelTurn | undefined>(CHANNEL_TURN) ?? {};
}

const VOUCHES: unique symbol = Symbol('collections.vouchesUserIds');

/**
 * Marks an adapter of this service's own channels (Direct Line, WeChat) whose transport fixes the
 * user id of every turn it runs: a Direct Line session's token names the user a chat link the bank
 * signed for, a WeChat callback is signed by WeChat and names the openid WeChat assigned. A Bot
 * Framework turn on /api/messages names its own `from.id` and `channelId` (sec19: accounts bound
 * by channel and user id, `src/bot/accountBinding.ts`). Rides on a private symbol.
 */
export function markVouchingAdapter(adapter: BotAdapter, channelId: string): void {
  (adapter as { [VOUCHES]?: string })[VOUCHES] = channelId;
}

/** The own channel whose adapter runs this turn and vouches for its user id, if any. */
export function vouchingChannelOf(context: TurnContext): string | undefined {
  return (context.adapter as { [VOUCHES]?: string })[VOUCHES];
}
