import type { Activity } from 'botbuilder';

/**
 * What a Direct Line conversation's open streams are sent: a stored activity with its watermark
 * (each socket gets it once, in watermark order), or a transient one (typing) that is not stored.
 */
export type ConversationFrame =
  | { kind: 'stored'; seq: number; activity: Partial<Activity>; audience?: string }
  | { kind: 'transient'; activity: Partial<Activity> };

export type FrameHandler = (frame: ConversationFrame) => void;

/**
 * The seam between the stream hub and whatever carries a conversation's activities to every hub
 * holding one of its sockets. The hub publishes every activity through it and sends what its
 * subscriptions receive to its local sockets. In one process that is a Map lookup
 * (`LocalConversationBroker`); across instances a broker also relays to the other instances
 * (`PgConversationBroker`, over PostgreSQL LISTEN/NOTIFY).
 *
 * Contract: `publish` reaches this instance's subscribers of the conversation at once (before it
 * returns) and, when the broker spans instances, the other instances' subscribers later, at most
 * once each. A broker that can lose frames (a dropped connection) calls the `onResync` handlers
 * afterwards; the hub then reads what it missed from the store.
 */
export interface ConversationBroker {
  publish(conversationId: string, frame: ConversationFrame): void;
  /** Returns the unsubscribe. */
  subscribe(conversationId: string, handler: FrameHandler): () => void;
  /** Returns the unregister. */
  onResync(handler: () => void): () => void;
}

/**
 * The broker of one process, the default: publishing looks the conversation's subscribers up in a
 * Map and calls them in order. Nothing is lost, so it never asks for a resync.
 */
export class LocalConversationBroker implements ConversationBroker {
  private readonly subscribers = new Map<string, Set<FrameHandler>>();

  publish(conversationId: string, frame: ConversationFrame): void {
    const handlers = this.subscribers.get(conversationId);
    if (!handlers) return;
    for (const handler of handlers) handler(frame);
  }

  subscribe(conversationId: string, handler: FrameHandler): () => void {
    let handlers = this.subscribers.get(conversationId);
    if (!handlers) this.subscribers.set(conversationId, (handlers = new Set()));
    // A wrapper, so one handler subscribed twice is called twice and unsubscribed once each.
    const entry: FrameHandler = (frame) => handler(frame);
    handlers.add(entry);
    return () => {
      handlers.delete(entry);
      if (handlers.size === 0 && this.subscribers.get(conversationId) === handlers)
        this.subscribers.delete(conversationId);
    };
  }

  onResync(): () => void {
    return () => undefined;
  }

  /** Conversations with at least one subscriber (memory stays bounded by open streams). */
  get conversations(): number {
    return this.subscribers.size;
  }
}
