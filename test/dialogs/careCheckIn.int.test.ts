import { describe, expect, it } from 'vitest';
import { asksForMoneyText } from '../../src/simulate/text.js';
import { Chat, DEMO_PEOPLE, type DemoLanguage, verifiedChat } from '../support/chat.js';
import { appPerTest } from '../support/testApp.js';

/**
 * A check-in on words close to distress tells a person too (issue 14): a care flag of kind
 * `concern` (on the account once verified, on the conversation before), and an escalation at the
 * care priority, after distress and before every other reason, with what was said, masked.
 */
const fresh = appPerTest();

const PEOPLE = {
  zh: {
    ...DEMO_PEOPLE.zh,
    fine: '我没事，真的，谢谢',
    offer: '每个月还2000',
  },
  en: {
    ...DEMO_PEOPLE.en,
    fine: "i'm ok really, thanks",
    offer: 'I can pay 300 a month',
  },
} as const;

const MONEY = /能还多少|每个月大约|how much could you|how much can you/i;

const verified = async (lang: DemoLanguage): Promise<Chat> => (await verifiedChat(fresh.app, lang)).chat;

describe('a check-in after verification flags the account and queues a person at the care priority', () => {
  it.each([
    ['en', "i'm so tired of everything, none of it matters"],
    ['zh', '一切都没意义了'],
    ['en', "I'm not going to kill myself, just broke"],
    ['zh', '我不会想不开的，就是最近手头紧'],
  ] as const)('%s: "%s"', async (lang, text) => {
    const who = PEOPLE[lang];
    const chat = await verified(lang);
    const reply = await chat.say(text);
    expect(reply).toContain(who.hotline);
    expect(reply).not.toMatch(MONEY);
    expect(asksForMoneyText(reply)).toBe(false);
    expect(reply).toMatch(lang === 'zh' ? /同事/ : /colleague/);

    const flags = await fresh.app.stores.care.listFor(who.account);
    expect(flags.filter((f) => f.kind === 'concern')).toMatchObject([{ pausesReminders: false }]);
    expect(await fresh.app.stores.care.remindersPaused(who.account)).toBe(false);
    const escalations = await fresh.app.stores.escalations.listFor(chat.conversationId);
    const concern = escalations.filter((e) => e.reason === 'concern');
    expect(concern).toHaveLength(1);
    expect(concern[0]?.priority).toBe(1);
    expect(concern[0]?.summary).toContain('check-in sent');
    expect(concern[0]?.summary).toContain(who.account);

    // Said fine: the conversation carries on gently, then an offer is heard again.
    const fine = await chat.say(who.fine);
    expect(fine.trim()).not.toBe('');
    expect(fine).not.toMatch(MONEY);
    expect(fine).toMatch(lang === 'zh' ? /放心/ : /glad/);
    expect(await chat.say(who.offer)).toMatch(lang === 'zh' ? /方案/ : /option/i);
    // One flag and one escalation per conversation, however often the words come back.
    await chat.say(text);
    expect(
      (await fresh.app.stores.escalations.listFor(chat.conversationId)).filter((e) => e.reason === 'concern'),
    ).toHaveLength(1);
  });

  it('ranks the care priority after distress and before a request for a person', async () => {
    const chat = await verified('en');
    await chat.say("i'm so tired of everything, none of it matters");
    await chat.say('agent please');
    const byReason = new Map(
      (await fresh.app.stores.escalations.listFor(chat.conversationId)).map((e) => [e.reason, e.priority]),
    );
    expect(byReason.get('concern')).toBeLessThan(byReason.get('requested') ?? -1);
    expect(byReason.get('concern')).toBeGreaterThan(0);
  });

  it('masks numbers the person typed in the note agents read', async () => {
    const chat = await verified('en');
    await chat.say("I'm not going to kill myself, call me on 13812345678 if you must");
    const [concern] = (await fresh.app.stores.escalations.listFor(chat.conversationId)).filter(
      (e) => e.reason === 'concern',
    );
    expect(concern?.summary).toBeDefined();
    expect(concern?.summary).not.toContain('13812345678');
  });
});

describe('a check-in before verification flags the conversation, not the account', () => {
  it.each([
    ['zh', '一切都没意义了'],
    ['en', "i'm so tired of everything, none of it matters"],
  ] as const)('%s first message: "%s"', async (lang, text) => {
    const who = PEOPLE[lang];
    const chat = new Chat(fresh.app, who.user);
    const reply = await chat.say(text);
    expect(reply).toContain(who.hotline);
    expect(reply).not.toMatch(MONEY);
    expect(await fresh.app.stores.care.listFor(who.account)).toEqual([]);
    expect(await fresh.app.stores.care.listFor(`conversation:${chat.conversationId}`)).toMatchObject([
      { kind: 'concern', pausesReminders: false },
    ]);
    const [concern] = await fresh.app.stores.escalations.listFor(chat.conversationId);
    expect(concern).toMatchObject({ reason: 'concern', priority: 1 });
    expect(concern?.summary).toContain('NOT verified');
    // Fine after all: the same gentle reply as after verification (no account detail, no money,
    // not the ID question), then verification carries on and the flag goes on the account too.
    const fine = await chat.say(who.fine);
    expect(fine).toMatch(lang === 'zh' ? /放心/ : /glad/);
    expect(fine).toContain(who.hotline);
    expect(fine).not.toMatch(MONEY);
    expect(asksForMoneyText(fine)).toBe(false);
    expect(fine).not.toMatch(/后四位|last four|A-100|¥|\$\d|元/i);
    const verifiedReply = await chat.say(who.id);
    expect(verifiedReply).not.toBe('');
    expect(verifiedReply).not.toMatch(/后四位|last four/i);
    expect(await fresh.app.stores.care.listFor(who.account)).toMatchObject([
      { kind: 'concern', pausesReminders: false, conversationId: chat.conversationId },
    ]);
  });
});

describe('"fine" said together with the ID digits before verification verifies', () => {
  it.each([
    ['zh', '一切都没意义了', '我没事，后四位是1234'],
    ['en', "i'm so tired of everything, none of it matters", "i'm ok really, last four 4321"],
  ] as const)('%s: "%s" then "%s"', async (lang, text, fineWithId) => {
    const who = PEOPLE[lang];
    const chat = new Chat(fresh.app, who.user);
    await chat.say(text);
    const reply = await chat.say(fineWithId);
    expect(reply).not.toMatch(/后四位|last four/i);
    expect(await fresh.app.stores.care.listFor(who.account)).toMatchObject([
      { kind: 'concern', pausesReminders: false, conversationId: chat.conversationId },
    ]);
  });
});

describe('a faint likeness in a message that names an offer', () => {
  it('lets the negotiation answer "would you take 1500 to settle the whole thing" (no check-in)', async () => {
    const chat = await verified('en');
    const reply = await chat.say('would you take 1500 to settle the whole thing');
    expect(reply).not.toContain('988');
    expect(
      (await fresh.app.stores.escalations.listFor(chat.conversationId)).filter((e) => e.reason === 'concern'),
    ).toHaveLength(0);
  });
});
