import { ActivityEventNames, ActivityTypes, type Activity } from 'botbuilder';
import type { App } from '../../../src/bot/app.js';
import type { Handoff } from '../../../src/bot/agentDesk/index.js';
import type { Auth } from '../../../src/auth/index.js';
import type { Server } from 'restify';
import { Chat } from '../../support/chat.js';

const mountOverrides = new WeakMap<App, { auth?: Auth; sweepMs?: number }>();

/**
 * The handoff createApp wired for this app, with the agent API's test settings (a cheap
 * password hash, a slow callback timer) remembered for `mountAgents`.
 */
export function wireHandoff(app: App, options: { auth?: Auth } = {}): Handoff {
  mountOverrides.set(app, { sweepMs: 60_000, ...options });
  return app.handoff;
}

/** Mounts the agent API and console with the settings given to `wireHandoff`. */
export function mountAgents(server: Server, app: App): void {
  app.handoff.mount(server, mountOverrides.get(app));
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

  chat(userId: string, conversationId?: string): Chat {
    const chat = new Chat(this.app, userId, conversationId);
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
