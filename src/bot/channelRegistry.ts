import {
  CloudAdapter,
  type BotAdapter,
  type ConversationReference,
  type Middleware,
  type TurnContext,
} from 'botbuilder';
import type {
  ChannelAdapter,
  ChannelRegistry,
  ProactiveMessenger,
  ProactiveOutcome,
} from '../channels/host.js';
import type { ConversationRefStore } from '../store/conversationRefs.js';
import type { TurnErrorHandler } from './pipeline.js';
import { arrivalOf } from '../channels/host.js';

/** The registry was used before the service finished wiring it (a programming error). */
export class ChannelRegistryError extends Error {
  constructor(
    readonly code: 'CHANNELS_NOT_READY' | 'CHANNELS_ALREADY_SEALED' | 'NO_CHANNEL',
    message: string,
  ) {
    super(message);
    this.name = 'ChannelRegistryError';
  }
}

/**
 * Channels by id, and the one place adapters are guarded: every adapter the registry sees
 * (registered by id, the Bot Connector fallback, or a bare adapter given to `guard`) gets the
 * service's ordered middleware list and its one turn-error handler, exactly once. A channel
 * cannot forget the send path: it reaches people only through an adapter registered here.
 *
 * Built in two steps because the handoff router (in the list) needs proactive sends, which need
 * the registry: `seal(pipeline, fallback)` once the list is complete, then `register`.
 */
export class GuardedChannelRegistry implements ChannelRegistry {
  private readonly adapters = new Map<string, ChannelAdapter>();
  private readonly guarded = new WeakSet<BotAdapter>();
  private pipeline: readonly Middleware[] | undefined;
  private fallback: ChannelAdapter | undefined;

  constructor(private readonly onTurnError: TurnErrorHandler) {}

  /** Fixes the middleware list and the Bot Connector fallback (for unregistered channel ids). */
  seal(pipeline: readonly Middleware[], fallback?: ChannelAdapter): void {
    if (this.pipeline)
      throw new ChannelRegistryError(
        'CHANNELS_ALREADY_SEALED',
        'the channel registry is sealed once, by createApp',
      );
    this.pipeline = pipeline;
    if (fallback) this.guard(fallback.adapter);
    this.fallback = fallback;
  }

  register(channelId: string, channel: ChannelAdapter): void {
    this.guard(channel.adapter);
    this.adapters.set(channelId, channel);
  }

  get(channelId: string): ChannelAdapter {
    const channel = this.adapters.get(channelId) ?? this.fallback;
    if (channel) return channel;
    if (!this.pipeline) throw notReady();
    throw new ChannelRegistryError(
      'NO_CHANNEL',
      `no adapter is registered for channel '${channelId}' and there is no fallback`,
    );
  }

  /**
   * Gives an adapter the middleware list and the turn-error handler, once (a second call, or a
   * later `register` of the same adapter, changes nothing). For adapters that are not reached by
   * channel id, such as one per conversation in tests.
   */
  guard<A extends BotAdapter>(adapter: A): A {
    if (!this.pipeline) throw notReady();
    if (this.guarded.has(adapter)) return adapter;
    adapter.use(...this.pipeline);
    adapter.onTurnError = this.onTurnError;
    this.guarded.add(adapter);
    return adapter;
  }

  /** Whether `guard` (or `register`) equipped this adapter. */
  isGuarded(adapter: BotAdapter): boolean {
    return this.guarded.has(adapter);
  }
}

function notReady(): ChannelRegistryError {
  return new ChannelRegistryError(
    'CHANNELS_NOT_READY',
    'the channel registry has no middleware yet: createApp seals it before any channel registers',
  );
}

/** The Bot Connector adapter as a ChannelAdapter: proactive turns post to the reference's serviceUrl. */
export function cloudChannel(adapter: CloudAdapter, appId: string | undefined): ChannelAdapter {
  return {
    adapter,
    continueConversation: async (reference, logic) => {
      await adapter.continueConversationAsync(appId ?? '', reference, logic);
    },
  };
}

/** Proactive turns on a stored conversation's own channel (the same middleware, so guarded). */
export class StoredProactiveMessenger implements ProactiveMessenger {
  constructor(
    private readonly conversations: ConversationRefStore,
    private readonly channels: ChannelRegistry,
  ) {}

  async continue(
    conversationId: string,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<ProactiveOutcome> {
    const stored = await this.conversations.get(conversationId);
    if (!stored) return { status: 'no_conversation' };
    try {
      const reference = stored.reference as Partial<ConversationReference>;
      await this.channels.get(stored.channelId).continueConversation(reference, logic);
      return { status: 'sent' };
    } catch (err) {
      const arrival = arrivalOf(err);
      return { status: 'failed', error: (err as Error).message, ...(arrival ? { arrival } : {}) };
    }
  }
}
