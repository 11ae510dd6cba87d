import { describe, expect, it } from 'vitest';
import { asksForMoneyText } from '../../src/simulate/text.js';
import { Chat, DEMO_PEOPLE, type DemoLanguage, verifiedChat } from '../support/chat.js';
import { appPerTest } from '../support/testApp.js';

/**
 * The policy that keeps money out of replies to people in difficulty, whatever the detectors
 * missed. One block per class of failure the conversation bench found (no_money_after_care).
 */
const fresh = appPerTest();

/** Offers and payment questions, in the words the templates use. */
const MONEY =
  /能还多少|每个月大约|方案\s?[1-9一二三]|分\d+期|how much could you|how much can you|option\s?[1-9]|\d+ months,/i;

const verified = async (lang: DemoLanguage): Promise<Chat> => (await verifiedChat(fresh.app, lang)).chat;

function noMoney(reply: string): void {
  expect(reply.trim()).not.toBe('');
  expect(reply).not.toMatch(MONEY);
  expect(asksForMoneyText(reply)).toBe(false);
}

describe('a message the bot did not understand is never answered with a money request', () => {
  it.each([
    ['en', 'the sky over the harbour looked strange this evening'],
    ['en', 'my grandmother used to sing in the kitchen'],
    ['zh', '窗外那棵树今年开得特别晚'],
    ['zh', '唉，说来话长'],
  ] as const)('%s: "%s" gets an open question and the care options', async (lang, text) => {
    const chat = await verified(lang);
    const reply = await chat.say(text);
    noMoney(reply);
    expect(reply).toMatch(lang === 'zh' ? /慢慢说[\s\S]*转人工/ : /own words[\s\S]*agent/);
  });

  it('does not send the same open question twice in a row: the second is the short menu', async () => {
    const chat = await verified('en');
    const first = await chat.say('hmm the weather, you know');
    const second = await chat.say('whatever the weather is doing');
    noMoney(second);
    expect(second).not.toBe(first);
    expect(second).toMatch(/agent/);
  });

  it('still answers with the pause, not the care options, while a dispute is open', async () => {
    const chat = await verified('en');
    await chat.say("this isn't my debt, I want to dispute it");
    const reply = await chat.say('the weather has been odd lately');
    noMoney(reply);
    expect(reply).toMatch(/paused/);
  });
});

describe('a faint sign of distress gets a gentle check-in with the crisis line, and no money', () => {
  it.each([
    ['en', "i'm so tired of everything, none of it matters"],
    ['zh', '一切都没意义了'],
    ['en', "I'm not going to kill myself, just broke"],
    ['zh', '我不会想不开的，就是最近手头紧'],
  ] as const)('%s: "%s"', async (lang, text) => {
    const chat = await verified(lang);
    const reply = await chat.say(text);
    noMoney(reply);
    expect(reply).toContain(DEMO_PEOPLE[lang].hotline);
    // Not a crisis: no priority handoff, reminders not paused, and the next offer is heard again.
    expect(await fresh.app.stores.care.remindersPaused(DEMO_PEOPLE[lang].account)).toBe(false);
    expect(await chat.say(lang === 'zh' ? '每个月还2000' : 'I can pay 300 a month')).toMatch(
      lang === 'zh' ? /方案/ : /option/i,
    );
  });
});

describe('numbers in a story are not an offer', () => {
  it.each([
    ['en', 'we have had nothing coming in for three months'],
    ['en', "I'm six months pregnant and off work"],
    ['en', 'I lost about 4000 when the shop closed'],
    ['zh', '我已经在家躺了三个月了'],
    ['zh', '生意亏了十几万'],
    ['zh', '在外地待了两年多，刚回来'],
  ] as const)('%s: "%s" gets no plan and no money question', async (lang, text) => {
    const chat = await verified(lang);
    noMoney(await chat.say(text));
  });

  it.each([
    ['en', 'I can pay 300 a month'],
    ['en', 'can I spread it over 12 months'],
    ['zh', '每个月还2000'],
    ['zh', '分12期'],
  ] as const)('%s: an offer "%s" is still answered with plans', async (lang, text) => {
    const chat = await verified(lang);
    expect(await chat.say(text)).toMatch(lang === 'zh' ? /方案|期/ : /option|month/i);
  });
});

describe('the same hardship told again is acknowledged again, still without a money request', () => {
  it.each([
    ['en', 'I lost my job last month', 'yeah no job, nothing, I lost my job'],
    ['zh', '我失业了，现在没有收入', '真的，工作丢了，失业了'],
  ] as const)('%s', async (lang, first, again) => {
    const chat = await verified(lang);
    noMoney(await chat.say(first));
    const reply = await chat.say(again);
    noMoney(reply);
    expect(reply).toMatch(lang === 'zh' ? /困难帮扶分期[\s\S]*转人工/ : /hardship plan[\s\S]*agent/);
  });
});

describe('after distress, no payment talk for the rest of the conversation', () => {
  it.each([
    ['en', "I don't want to live anymore", ['ok fine, 300 a month', 'yes', 'option 1', 'what now']],
    ['zh', '我不想活了', ['那每月还2000吧', '好的', '方案1', '然后呢']],
  ] as const)('%s', async (lang, distress, later) => {
    const chat = await verified(lang);
    expect(await chat.say(distress)).toContain(DEMO_PEOPLE[lang].hotline);
    for (const text of later) noMoney(await chat.say(text));
  });
});

describe('hostile input', () => {
  it('answers a huge unclear message once, without a money request', async () => {
    const chat = await verified('en');
    const reply = await chat.say(`${'the weather was strange and '.repeat(3000)}for three months`);
    noMoney(reply);
  });
});
