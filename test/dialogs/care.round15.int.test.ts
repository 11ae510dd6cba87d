import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asksForMoneyText } from '../../src/simulate/text.js';
import { Chat } from '../support/chat.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

/**
 * conv15 (blind15-en-distress-03): after words of distress, the person's ID digits are checked and
 * confirmed with nothing about the account, and one-word replies never get the same follow-up twice.
 */
let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(async () => {
  await app.close();
});

const PEOPLE = {
  zh: {
    user: 'demo-zh',
    hi: '你好',
    id: '身份证后四位1234 你们要的话',
    distress: '真的撑不下去了 不想活了',
    confirmed: /身份已经确认/,
    figures: /12,345\.67|1,234\.57/,
    hotline: '12356',
    short: ['嗯', '哦', '嗯嗯'],
  },
  en: {
    user: 'demo-en',
    hi: 'hi',
    id: 'sorry. my last 4 is 4321 if u need it',
    distress: 'i just want to end it all tbh',
    confirmed: /that is confirmed/,
    figures: /3,210|120\.00/,
    hotline: '988',
    short: ['ok', 'yeah', 'k'],
  },
} as const;

describe.each(['zh', 'en'] as const)('%s: after distress', (lang) => {
  const who = PEOPLE[lang];

  it('the digits are confirmed, with no account detail and no money talk', async () => {
    const chat = new Chat(app, who.user);
    await chat.say(who.hi);
    await chat.say(who.distress);
    const reply = await chat.say(who.id);
    expect(reply).toMatch(who.confirmed);
    expect(reply).toContain(who.hotline);
    expect(reply).not.toMatch(who.figures);
    expect(asksForMoneyText(reply)).toBe(false);
  });

  it('one-word replies never get the same follow-up twice in a row', async () => {
    const chat = new Chat(app, who.user);
    await chat.say(who.hi);
    await chat.say(who.distress);
    let last = '';
    for (const word of who.short) {
      const reply = await chat.say(word);
      expect(reply).not.toBe(last);
      expect(reply).toContain(who.hotline);
      expect(asksForMoneyText(reply)).toBe(false);
      last = reply;
    }
  });
});
