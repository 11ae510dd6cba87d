import { ActivityEventNames, ActivityTypes, type Activity } from 'botbuilder';
import type { App } from '../../src/bot/app.js';
import { createHandoff, handoffOf, type Handoff, type HandoffOptions } from '../../src/bot/handoff/index.js';
import { GuardedSendMiddleware } from '../../src/bot/middleware/guardedSend.js';
import { Chat } from '../support/chat.js';

/**
 * The app's handoff: the one createApp wired, or — until it does — one wired here exactly as
 * the lead is asked to (escalator in the dialog services; router right after the guarded send
 * path). Call before creating any Chat (a Chat copies the middleware list).
 */
export function wireHandoff(app: App, options: HandoffOptions = {}): Handoff {
  const existing = handoffOf(app);
  if (existing) return existing;
  const handoff = createHandoff(app, { sweepMs: 60_000, ...options });
  app.services.escalator = handoff.escalator;
  const guarded = app.middleware.findIndex((m) => m instanceof GuardedSendMiddleware);
  app.middleware.splice(guarded + 1, 0, handoff.router);
  return handoff;
}

/**
 * People chatting through TestAdapters on channel 'test', registered as that channel so
 * proactive turns (agent replies, handoff notes) reach the right person's adapter.
 */
export class People {
  private readonly chats = new Map<string, Chat>();

  constructor(private readonly app: App) {
    app.channels.register('test', {
      adapter: new Chat(app, 'registry').adapter,
      continueConversation: async (reference, logic) => {
        const chat = this.chats.get(reference.conversation?.id ?? '');
        if (!chat) throw new Error(`no test chat for conversation ${reference.conversation?.id}`);
        await chat.adapter.processActivity(
          { type: ActivityTypes.Event, name: ActivityEventNames.ContinueConversation },
          logic,
        );
      },
    });
  }

  chat(userId: string): Chat {
    const chat = new Chat(this.app, userId);
    this.chats.set(chat.conversationId, chat);
    return chat;
  }
}

/** What a person was sent outside their own turns (proactive messages), as texts. */
export function received(chat: Chat): string[] {
  return chat.adapter.activeQueue
    .splice(0)
    .filter((a: Partial<Activity>) => a.type === ActivityTypes.Message)
    .map((a: Partial<Activity>) => a.text ?? '');
}

/** All activities a person was sent for one message, events included. */
export async function sendAll(chat: Chat, text: string): Promise<Partial<Activity>[]> {
  await chat.adapter.processActivity({ type: ActivityTypes.Message, text }, async (c) => chat.app.bot.run(c));
  return chat.adapter.activeQueue.splice(0);
}
