import { CloudAdapter, type ConversationReference, type TurnContext } from 'botbuilder';
import type {
  ChannelAdapter,
  ChannelRegistry,
  ProactiveMessenger,
  ProactiveOutcome,
} from '../channels/host.js';
import type { ConversationRefStore } from '../store/conversationRefs.js';

/** Channels by id; anything unregistered goes through the Bot Connector (CloudAdapter). */
export class MapChannelRegistry implements ChannelRegistry {
  private readonly adapters = new Map<string, ChannelAdapter>();

  constructor(private readonly fallback: ChannelAdapter) {}

  register(channelId: string, adapter: ChannelAdapter): void {
    this.adapters.set(channelId, adapter);
  }

  get(channelId: string): ChannelAdapter {
    return this.adapters.get(channelId) ?? this.fallback;
  }
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
    const stored = this.conversations.get(conversationId);
    if (!stored) return { status: 'no_conversation' };
    try {
      const reference = stored.reference as Partial<ConversationReference>;
      await this.channels.get(stored.channelId).continueConversation(reference, logic);
      return { status: 'sent' };
    } catch (err) {
      return { status: 'failed', error: (err as Error).message };
    }
  }
}
