import { ActivityTypes, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { randomUUID } from 'node:crypto';
import type { App } from '../../src/bot/app.js';
import { ANY_CHANNEL } from '../../src/store/accounts.js';

/**
 * A person chatting with the real bot through botbuilder's TestAdapter, guarded by the app's
 * channel registry (its middleware, guarded send path included, and its turn-error handler).
 * `say` returns the texts the person sees.
 */
export class Chat {
  readonly adapter: TestAdapter;
  readonly conversationId: string;
  private readonly logic = async (context: TurnContext): Promise<void> => this.app.bot.run(context);
  private bound: Promise<void> | undefined;

  constructor(
    readonly app: App,
    readonly userId: string,
    conversationId?: string,
  ) {
    this.conversationId = conversationId ?? `test-${userId}-${randomUUID().slice(0, 8)}`;
    this.adapter = new TestAdapter({
      channelId: 'test',
      serviceUrl: 'https://test.local',
      locale: userId === 'demo-en' ? 'en-US' : 'zh-CN',
      user: { id: userId, name: userId },
      bot: { id: 'bot', name: 'bot' },
      conversation: { id: this.conversationId, isGroup: false, conversationType: 'personal', name: '' },
    });
    app.channels.guard(this.adapter);
  }

  /**
   * Accounts are bound by channel and user id (sec19): a Direct Line account of this user (the
   * demo accounts) is bound on this client's `test` channel before its first turn, as it was
   * reachable from here before. This service's own Direct Line still opens it (chat links vouch
   * for the user id on any channel); a WeChat account stays out of reach, as before.
   */
  bindOnce(): Promise<void> {
    this.bound ??= (async () => {
      const account = await this.app.stores.accounts.findByChannelUser(this.userId, ANY_CHANNEL);
      if (account?.channel === 'directline')
        await this.app.stores.accounts.upsertMany([{ ...account, channel: 'test' }], new Date());
    })();
    return this.bound;
  }

  /** The activities the person receives for one message. */
  async send(text: string): Promise<Partial<Activity>[]> {
    await this.bindOnce();
    await this.adapter.processActivity({ type: ActivityTypes.Message, text }, this.logic);
    return this.adapter.activeQueue.splice(0).filter((a) => a.type === ActivityTypes.Message);
  }

  async say(text: string): Promise<string> {
    return (await this.send(text)).map((a) => a.text ?? '').join('\n---\n');
  }

  /** A Web Chat style join (conversationUpdate with the person added). */
  async join(): Promise<string> {
    await this.bindOnce();
    await this.adapter.processActivity(
      { type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: this.userId, name: this.userId }] },
      this.logic,
    );
    return this.adapter.activeQueue
      .splice(0)
      .filter((a) => a.type === ActivityTypes.Message)
      .map((a) => a.text ?? '')
      .join('\n---\n');
  }
}

/** Account details that must never appear before verification. */
export const DEMO_SECRETS: Record<string, string[]> = {
  'demo-zh': ['12,345.67', '12345.67', '1,234.57', '6789', '35天', '逾期35'],
  'demo-en': ['3,210.00', '3210', '120.00', '1111', '62 days'],
  'demo-hardship': ['58,000.00', '5,800.00', '2468', '120天'],
};

/** The demo people by language: chat user, a greeting, their ID's last four digits, account, crisis line. */
export const DEMO_PEOPLE = {
  zh: { user: 'demo-zh', hi: '你好', id: '1234', account: 'A-1001', hotline: '12356' },
  en: { user: 'demo-en', hi: 'hi', id: '4321', account: 'A-1002', hotline: '988' },
} as const;

export type DemoLanguage = keyof typeof DEMO_PEOPLE;

/** A chat with the demo person of `lang` who has said hello and given their digits; what the digits got. */
export async function verifiedChat(app: App, lang: DemoLanguage): Promise<{ chat: Chat; greeting: string }> {
  const who = DEMO_PEOPLE[lang];
  const chat = new Chat(app, who.user);
  await chat.say(who.hi);
  return { chat, greeting: await chat.say(who.id) };
}
