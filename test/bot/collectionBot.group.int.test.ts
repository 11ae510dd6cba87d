import { ActivityTypes, type Activity } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isGroupConversation } from '../../src/bot/collectionBot.js';
import { Chat, DEMO_SECRETS } from '../support/chat.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(async () => {
  await app.close();
});

/** The holder writes in a group conversation (attack14: the verified balance was posted there). */
async function inGroup(chat: Chat, text: string, marker: Partial<Activity['conversation']>): Promise<string> {
  const conversation = { id: chat.conversationId, name: 'family', ...marker } as Activity['conversation'];
  await chat.adapter.processActivity(
    {
      type: ActivityTypes.Message,
      text,
      conversation,
      locale: chat.userId === 'demo-en' ? 'en-US' : 'zh-CN',
    },
    (context) => app.bot.run(context),
  );
  return chat.adapter.activeQueue
    .splice(0)
    .filter((a) => a.type === ActivityTypes.Message)
    .map((a) => a.text ?? '')
    .join('\n---\n');
}

describe('a group conversation', () => {
  it('discloses nothing, even after the right ID digits, and points to a one-to-one chat', async () => {
    for (const [user, digits, words] of [
      ['demo-zh', '我身份证后四位是1234', '群聊'],
      ['demo-en', 'my last four are 4321', 'group chat'],
    ] as const) {
      const chat = new Chat(app, user);
      const marker = { isGroup: true, conversationType: 'groupChat' };
      const replies = [await inGroup(chat, 'hello', marker), await inGroup(chat, digits, marker)];
      for (const reply of replies) {
        expect(reply).toContain(words);
        for (const secret of DEMO_SECRETS[user] ?? []) expect(reply).not.toContain(secret);
        expect(reply).not.toMatch(/debt|overdue|欠款|逾期|还款/i);
      }
      expect(await app.stores.conversations.get(chat.conversationId)).toBeUndefined();
    }
  });

  it('reads Bot Framework markers: isGroup, groupChat and channel; personal is one to one', () => {
    expect(
      isGroupConversation({ conversation: { id: 'c', isGroup: true } as Activity['conversation'] }),
    ).toBe(true);
    for (const conversationType of ['groupChat', 'channel'])
      expect(
        isGroupConversation({ conversation: { id: 'c', conversationType } as Activity['conversation'] }),
      ).toBe(true);
    expect(
      isGroupConversation({
        conversation: { id: 'c', isGroup: false, conversationType: 'personal' } as Activity['conversation'],
      }),
    ).toBe(false);
    expect(isGroupConversation({})).toBe(false);
  });

  it('leaves a one-to-one chat as it was', async () => {
    const chat = new Chat(app, 'demo-en');
    await chat.say('Hello');
    expect(await chat.say('4321')).toContain('$3,210.00');
  });
});
