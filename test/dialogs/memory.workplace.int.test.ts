import { describe, expect, it } from 'vitest';
import { caseCommitments } from '../../src/payments/caseView.js';
import { asksForMoneyText } from '../../src/simulate/text.js';
import { Chat, DEMO_PEOPLE, verifiedChat } from '../support/chat.js';
import { appPerTest } from '../support/testApp.js';

/**
 * conv15: "don't call my workplace" is a real per-account restriction: stored (not a full cease),
 * told to the returning holder as where things stand, and in the agents' case view.
 */
const fresh = appPerTest();

describe('a request not to call the workplace is stored, told on return and shown to agents', () => {
  it.each([
    ['zh', '以后别往我单位打电话了 同事都知道了', /按照您此前的要求，我们不会再通过您的单位联系您/],
    ['en', 'dont call my job again please', /As you asked before, we will not contact you at your workplace/],
  ] as const)('%s', async (lang, ask, said) => {
    const { app } = fresh;
    const who = DEMO_PEOPLE[lang];
    const { chat: first } = await verifiedChat(app, lang);
    await first.say(ask);
    expect(await app.stores.contacts.restrictionsOf(who.account)).toEqual(['workplace']);
    expect(await app.stores.contacts.hasCeased(who.account)).toBe(false);

    const { greeting } = await verifiedChat(app, lang);
    expect(greeting).toMatch(said);
    expect(asksForMoneyText(greeting)).toBe(false);

    const view = await caseCommitments(app.backend.cases, who.account);
    expect(view).toMatchObject({ contactRestrictions: ['workplace'], ceased: false });
  });

  it('is not recorded when someone who is not the holder says it', async () => {
    const { app } = fresh;
    const chat = new Chat(app, 'demo-zh');
    await chat.say('你好');
    await chat.say('我是他同事 他手机落我这了');
    await chat.say('别往我单位打电话了');
    expect(await app.stores.contacts.restrictionsOf('A-1001')).toEqual([]);
  });
});
