import { describe, expect, it } from 'vitest';
import { asksForMoneyText } from '../../src/simulate/text.js';
import { Chat, DEMO_PEOPLE } from '../support/chat.js';
import { appPerTest } from '../support/testApp.js';

/**
 * conv15 (blind15-zh-hardship-02): after a hardship, "can it wait until the factory reopens" is
 * answered with the ways to give time and no amount; a bare "ok" twice after the options gets a
 * short line the second time, never the same options twice in a row.
 */
const fresh = appPerTest();

const PEOPLE = {
  zh: {
    ...DEMO_PEOPLE.zh,
    hardship: '厂里没订单停工了 每个月就发一千八的生活费',
    wait: '那能不能等厂里开工了我再还',
    waitReply: /等情况好转以后/,
    ok: ['好的', '嗯嗯', '嗯'],
  },
  en: {
    ...DEMO_PEOPLE.en,
    hardship: 'got laid off two weeks ago, the whole warehouse shut down',
    wait: 'can this wait till i find something new?',
    waitReply: /wait until things pick up/,
    ok: ['ok', 'ok', 'ok'],
  },
} as const;

const AMOUNT = /\d[\d,]*\.\d{2}|\$\d/;

describe.each(['zh', 'en'] as const)('%s: after a hardship', (lang) => {
  const who = PEOPLE[lang];

  async function told(): Promise<Chat> {
    const chat = new Chat(fresh.app, who.user);
    await chat.say(who.hi);
    await chat.say(who.id);
    await chat.say(who.hardship);
    return chat;
  }

  it('a wait until things pick up gets the ways to give time, no amount', async () => {
    const chat = await told();
    const reply = await chat.say(who.wait);
    expect(reply).toMatch(who.waitReply);
    expect(reply).not.toMatch(AMOUNT);
    expect(asksForMoneyText(reply)).toBe(false);
  });

  it('"ok" again after the options is a short line, never the same reply twice', async () => {
    const chat = await told();
    let last = '';
    for (const word of who.ok) {
      const reply = await chat.say(word);
      expect(reply).not.toBe(last);
      expect(asksForMoneyText(reply)).toBe(false);
      last = reply;
    }
  });
});
