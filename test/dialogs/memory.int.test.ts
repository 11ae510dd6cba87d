import { describe, expect, it } from 'vitest';
import { addDays, formatDate, localDate } from '../../src/core/dates.js';
import { asksForMoneyText } from '../../src/simulate/text.js';
import { Chat, DEMO_PEOPLE, DEMO_SECRETS, type DemoLanguage, verifiedChat } from '../support/chat.js';
import { appPerTest } from '../support/testApp.js';

/** A returning holder is greeted with where things stand: a promise, a cease-contact request, a lock. */
const fresh = appPerTest();

const WHO = {
  zh: { ...DEMO_PEOPLE.zh, zone: 'Asia/Shanghai' },
  en: { ...DEMO_PEOPLE.en, zone: 'America/New_York' },
} as const;

const PITCH =
  /方案\s?[1-9]|能还多少|怎么处理|how would you like to handle|how much could you|option\s?[1-9]/i;

const returning = (lang: DemoLanguage): Promise<{ chat: Chat; greeting: string }> =>
  verifiedChat(fresh.app, lang);

async function promise(lang: keyof typeof WHO, amountCents: number): Promise<string> {
  const who = WHO[lang];
  const account = await fresh.app.stores.accounts.get(who.account);
  const today = localDate(fresh.app.clock.now(), account?.timeZone ?? who.zone);
  const dueDate = addDays(today, 9);
  await fresh.app.stores.promises.record({
    promiseId: 'R-0000ABCD',
    accountId: who.account,
    conversationId: 'earlier',
    amountCents,
    currency: account?.currency ?? 'CNY',
    dueDate,
    words: 'pay it all on the 28th',
    createdAt: fresh.app.clock.now().toISOString(),
  });
  return dueDate;
}

describe('a returning holder with a promise to pay hears the amount and the date', () => {
  it.each([
    ['zh', 120_000, '您此前约定于', '前还款 1,200.00 元（编号：R-0000ABCD）'],
    ['en', 32_100, 'you would pay $321.00 by ', ' (reference R-0000ABCD)'],
  ] as const)('%s', async (lang, cents, before, after) => {
    const due = await promise(lang, cents);
    const { chat, greeting } = await returning(lang);
    expect(greeting).toContain(`${before}${formatDate(due, lang === 'zh' ? 'zh-CN' : 'en')}${after}`);
    expect(greeting).not.toMatch(PITCH);
    expect(asksForMoneyText(greeting)).toBe(false);
    // The next message is the negotiation's again, with its questions answered.
    expect((await chat.say(lang === 'zh' ? '怎么还款' : 'how do I pay')).trim()).not.toBe('');
  });
});

describe('a returning holder who asked us to stop contacting them is acknowledged, not pitched', () => {
  it.each([
    ['zh', '以后别再联系我了', /根据您此前的要求，我们已停止主动联系您/],
    ['en', 'stop contacting me', /As you asked, we have stopped contacting you/],
  ] as const)('%s', async (lang, stop, said) => {
    const first = await returning(lang);
    await first.chat.say(stop);
    const { greeting } = await returning(lang);
    expect(greeting).toMatch(said);
    expect(greeting).not.toMatch(PITCH);
    expect(asksForMoneyText(greeting)).toBe(false);
  });
});

describe('a returning person while verification is locked hears when it lifts and how to reach a person', () => {
  it.each([
    ['zh', ['1111', '2222', '3333'], /转人工/],
    ['en', ['1111', '2222', '3333'], /agent/],
  ] as const)('%s', async (lang, wrong, person) => {
    const who = WHO[lang];
    const first = new Chat(fresh.app, who.user);
    await first.say(who.hi);
    for (const w of wrong) await first.say(w);
    fresh.app.clock.advance(5 * 60_000);
    const again = new Chat(fresh.app, who.user);
    await again.say(who.hi);
    const reply = await again.say(who.id);
    expect(reply).toMatch(/二十五分钟|25\s?分钟|25 minutes|twenty-five minutes/);
    expect(reply).toMatch(person);
    for (const secret of DEMO_SECRETS[who.user] ?? []) expect(reply).not.toContain(secret);
  });
});
