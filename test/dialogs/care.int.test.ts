import { ActivityTypes } from 'botbuilder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DISCLOSURES } from '../../src/prompts/index.js';
import { Chat, DEMO_SECRETS } from '../support/chat.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(async () => {
  await app.close();
});

/** Words that ask for money or offer a plan: never in a reply to distress or hardship. */
const MONEY_REQUEST =
  /能还多少|每个月大约|还款方案如下|以下还款方案|方案[一二三123]|请于.{0,12}前还款|how much could you|how much can you|option 1|a month for|please pay|pay by/i;
const FINE = /没关系|That is fine|That's fine|no problem/i;

const PEOPLE = {
  zh: { user: 'demo-zh', id: '1234', account: 'A-1001', hotline: '12356' },
  en: { user: 'demo-en', id: '4321', account: 'A-1002', hotline: '988' },
} as const;

async function verified(who: (typeof PEOPLE)[keyof typeof PEOPLE]): Promise<Chat> {
  const chat = new Chat(app, who.user);
  await chat.say(who.user === 'demo-en' ? 'hi' : '你好');
  await chat.say(who.id);
  return chat;
}

describe('distress: the crisis reply, then no payment talk in that conversation', () => {
  it.each([
    ['zh', '还不上就只能去死了'],
    ['zh', '我已经写好遗书了，下辈子再还吧'],
    ['zh', 'wo bu xiang huo le'],
    ['zh', '活著沒意思，不想活了'],
    ['en', "everyone's better off without me"],
    ['en', "honestly i'd rather be dead"],
    ['en', "if i can't pay this i'll just end it"],
    ['en', 'i wrote a farewell letter to my kids'],
  ] as const)('%s after verification: "%s"', async (lang, text) => {
    const who = PEOPLE[lang];
    const chat = await verified(who);
    const reply = await chat.say(text);
    expect(reply).toContain(who.hotline);
    expect(reply).not.toMatch(MONEY_REQUEST);
    expect(reply).not.toMatch(FINE);
    const escalations = await app.stores.escalations.listFor(chat.conversationId);
    expect(escalations.map((e) => e.reason)).toContain('distress');
    expect(escalations.find((e) => e.reason === 'distress')?.priority).toBe(0);
    expect(await app.stores.care.remindersPaused(who.account)).toBe(true);

    const later = await chat.say(lang === 'zh' ? '那我每个月还2000行吗' : 'ok can I do 300 a month');
    expect(later).toContain(who.hotline);
    expect(later).not.toMatch(MONEY_REQUEST);
    expect(later).not.toMatch(/2,000|300\.00/);
  });

  it('answers distress as the very first message, with the crisis line and then the disclosures', async () => {
    const chat = new Chat(app, 'demo-en');
    const reply = await chat.say("I can't go on like this, I want to die");
    expect(reply).toContain('988');
    expect(reply).toContain(DISCLOSURES.en.debtCollection);
    expect(reply.indexOf('988')).toBeLessThan(reply.indexOf(DISCLOSURES.en.debtCollection ?? ''));
    for (const secret of DEMO_SECRETS['demo-en'] ?? []) expect(reply).not.toContain(secret);
    expect(await chat.say('4321')).toContain('988');
  });

  it('does not treat everyday hyperbole as distress', async () => {
    const chat = await verified(PEOPLE.en);
    const reply = await chat.say("I'm dying to get this sorted, what are my options?");
    expect(reply).not.toContain('988');
    const zh = await verified(PEOPLE.zh);
    expect(await zh.say('累死了，有什么方案')).not.toContain('12356');
  });
});

describe('hardship: named, no payment request, the options, a flag agents see', () => {
  it.each([
    ['zh', '我生病住院了，刚做完手术', /看病治疗/, 'illness'],
    ['zh', '我失业了，现在没有收入', /失业/, 'job_loss'],
    ['zh', '我老公上个月去世了', /失去了亲人/, 'bereavement'],
    ['zh', '我刚离婚，一个人带孩子', /婚姻/, 'divorce'],
    ['en', 'I had surgery and have no income right now', /unwell|treatment/, 'illness'],
    ['en', 'I lost my job last month', /job loss/, 'job_loss'],
    ['en', 'my husband passed away in the spring', /sorry for your loss/, 'bereavement'],
    ['en', 'our house flooded and we lost everything', /what happened/, 'disaster'],
  ] as const)('%s: "%s"', async (lang, text, named, kind) => {
    const who = PEOPLE[lang];
    const chat = await verified(who);
    const reply = await chat.say(text);
    expect(reply).toMatch(named);
    expect(reply).not.toMatch(MONEY_REQUEST);
    expect(reply).not.toMatch(FINE);
    expect(reply).toMatch(
      lang === 'zh' ? /困难帮扶分期[\s\S]*延期[\s\S]*转人工/ : /hardship plan[\s\S]*extension[\s\S]*agent/,
    );
    expect((await app.stores.care.listFor(who.account)).map((f) => f.kind)).toContain(kind);
    expect(await app.stores.care.remindersPaused(who.account)).toBe(false);
  });

  it('acknowledges hardship said before verification, then asks for the ID digits and carries on', async () => {
    const chat = new Chat(app, 'demo-zh');
    const first = await chat.say('我失业了，这个月实在还不上');
    expect(first).toContain('自动服务助手');
    expect(first).toMatch(/失业/);
    expect(first).toMatch(/身份证号码的后四位/);
    expect(first).not.toMatch(MONEY_REQUEST);
    for (const secret of DEMO_SECRETS['demo-zh'] ?? []) expect(first).not.toContain(secret);
    expect(await chat.say('1234')).toContain('12,345.67');
  });
});

describe('every entry path gets the disclosures first and every message a reply', () => {
  const entries: [string, string, RegExp][] = [
    ['demo-en', 'who is this?', /automated assistant/],
    ['demo-en', 'is this a scam?', /back of your card/],
    ['demo-en', 'how do I know you are really the bank', /back of your card/],
    ['demo-en', '👍', /last four digits/],
    ['demo-en', '3210', /last four digits|does not match/],
    ['demo-zh', '你是谁', /自动服务助手/],
    ['demo-zh', '是不是诈骗啊', /卡片背面|信用卡背面/],
    ['demo-zh', '？', /身份证号码的后四位/],
  ];
  it.each(entries)('%s opens with "%s"', async (user, text, expected) => {
    const chat = new Chat(app, user);
    const first = await chat.say(text);
    const notice =
      user === 'demo-en' ? (DISCLOSURES.en.debtCollection ?? '') : DISCLOSURES['zh-CN'].recording;
    expect(first).toContain(notice);
    expect(first).toMatch(expected);
    for (const secret of DEMO_SECRETS[user] ?? []) expect(first).not.toContain(secret);
    for (const next of ['ok', user === 'demo-en' ? '4321' : '1234', 'what now?']) {
      expect((await chat.say(next)).trim()).not.toBe('');
    }
  });

  it('replies to a sticker or an attachment with no text', async () => {
    const chat = new Chat(app, 'demo-zh');
    await chat.bindOnce();
    await chat.adapter.processActivity(
      {
        type: ActivityTypes.Message,
        attachments: [{ contentType: 'image/png', contentUrl: 'https://x.invalid/a.png' }],
      },
      async (context) => app.bot.run(context),
    );
    const replies = chat.adapter.activeQueue.splice(0).filter((a) => a.type === ActivityTypes.Message);
    expect(replies.map((a) => a.text).join('\n')).toContain(DISCLOSURES['zh-CN'].recording);
  });
});

describe('forgiving verification input in the conversation', () => {
  it.each([
    ['demo-en', ['hi', '1111', "sorry, wrong digits, it's 4321"], '$3,210.00'],
    ['demo-en', ['hello', 'four three two one'], '$3,210.00'],
    ['demo-en', ['hello', '4️⃣3️⃣2️⃣1️⃣'], '$3,210.00'],
    ['demo-zh', ['你好', '5678', '不好意思打错了，是1234'], '12,345.67'],
    ['demo-zh', ['你好', '幺二三四 😊'], '12,345.67'],
  ] as const)('%s: %j ends verified', async (user, messages, balance) => {
    const chat = new Chat(app, user);
    let last = '';
    for (const m of messages) last = await chat.say(m);
    expect(last).toContain(balance);
  });
});
