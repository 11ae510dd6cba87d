import { describe, expect, it } from 'vitest';
import { asksForMoneyText } from '../../src/simulate/text.js';
import { Chat, DEMO_PEOPLE } from '../support/chat.js';
import { appPerTest } from '../support/testApp.js';

/**
 * conv19: a person in crisis who keeps writing words of distress gets a reply to each new message
 * (whether they are safe now, a person asked to contact them, the crisis line again), never the
 * crisis reply twice in a row, and never a money request.
 */
const fresh = appPerTest();

const PEOPLE = {
  zh: {
    ...DEMO_PEOPLE.zh,
    distress: ['我真的撑不下去了 不想活了', '活着太累了 我走了也没人会在乎', '真的不想活了', '想一了百了'],
    means: '我是认真的 药都准备好了',
    alone: '我现在一个人在家 脑子里一直想着自杀',
    safe: /安全/,
    person: /同事|工作人员/,
    heardMeans: /放到拿不到的地方/,
    heardAlone: /只有您一个人/,
  },
  en: {
    ...DEMO_PEOPLE.en,
    distress: [
      'i cant do this anymore. i just want to end it all',
      'nobody would even notice if i was gone. i want to die',
      'i dont want to live anymore',
      'i just want to end it all',
    ],
    means: 'i mean it, i want to die. i have a bottle of pills right here',
    alone: 'im home alone and i keep thinking about killing myself',
    safe: /safe/,
    person: /colleague|someone from our team/i,
    heardMeans: /out of reach/,
    heardAlone: /on your own/,
  },
} as const;

describe.each(['zh', 'en'] as const)('%s: distress written again', (lang) => {
  const who = PEOPLE[lang];

  it('answers each message, asks if they are safe, keeps the line and a person, never the same twice', async () => {
    const chat = new Chat(fresh.app, who.user);
    await chat.say(who.hi);
    const replies: string[] = [];
    for (const words of who.distress) replies.push(await chat.say(words));
    for (const [i, reply] of replies.entries()) {
      expect(reply).toContain(who.hotline);
      expect(reply).toMatch(who.person);
      expect(asksForMoneyText(reply)).toBe(false);
      if (i > 0) {
        expect(reply).not.toBe(replies[i - 1]);
        expect(reply).toMatch(who.safe);
      }
    }
  });

  it('answers first what the new message names: something to hurt themselves with, or being alone', async () => {
    const chat = new Chat(fresh.app, who.user);
    await chat.say(who.hi);
    await chat.say(who.distress[0]);
    const means = await chat.say(who.means);
    expect(means).toMatch(who.heardMeans);
    const alone = await chat.say(who.alone);
    expect(alone).toMatch(who.heardAlone);
    expect(alone).not.toBe(means);
    expect(alone).toContain(who.hotline);
  });
});
