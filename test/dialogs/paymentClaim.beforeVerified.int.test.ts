import { ANY_CHANNEL } from '../../src/store/accounts.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Chat } from '../support/chat.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(async () => {
  await app.close();
});

async function claims(userId: string) {
  const account = await app.stores.accounts.findByChannelUser(userId, ANY_CHANNEL);
  if (!account) throw new Error(`no account for ${userId}`);
  return (await app.stores.disputes.listFor(account.accountId)).filter((d) => d.kind === 'payment_claim');
}

/** conv18: "I already paid" in the first message, before verification. */
describe('a payment claimed before verification', () => {
  it('zh-CN: noted with no payment request, recorded once verified, and answered instead of "how will you pay"', async () => {
    const chat = new Chat(app, 'demo-zh');
    const first = await chat.say('我12月1号已经还了2000 怎么还在发');
    expect(first).toMatch(/身份核实后，我会为您登记这笔还款[\s\S]*后四位/);
    expect(first).not.toMatch(/12,345\.67|6789/);
    expect(await claims('demo-zh')).toHaveLength(0);
    const verified = await chat.say('1234');
    expect(verified).toMatch(/身份验证已通过[\s\S]*已记录您所说的还款 2,000\.00 元/);
    expect(verified).not.toMatch(/您打算怎么处理/);
    const recorded = await claims('demo-zh');
    expect(recorded).toHaveLength(1);
    expect(recorded[0]?.text).toMatch(/还了2000/);
  });

  it('en: "I paid last week, check your system" is recorded after the digits, once', async () => {
    const chat = new Chat(app, 'demo-en');
    const first = await chat.say('I paid last week, check your system');
    expect(first).toMatch(/Once you have, I will record your payment/);
    const verified = await chat.say('4321');
    expect(verified).toMatch(/identity is confirmed[\s\S]*collection on this account is paused/);
    expect(verified).not.toMatch(/How would you like to handle it/);
    expect(await claims('demo-en')).toHaveLength(1);
    await chat.say('ok thanks');
    expect(await claims('demo-en')).toHaveLength(1);
  });
});
