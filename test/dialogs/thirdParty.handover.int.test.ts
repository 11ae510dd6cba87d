import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Chat } from '../support/chat.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
beforeEach(() => {
  app = createTestApp({ MESSAGES_RATE_PER_SENDER_PER_MINUTE: '1000' });
});
afterEach(async () => {
  await app.close();
});

const EN_SECRETS = ['3,210', '1111', '$120'];
const ZH_SECRETS = ['58,000', '5,800', '2468'];

/**
 * conv15b: a relative writes first, then hands the phone to the holder, who names themselves and
 * gives the digits. The digits are the check, counted against the account like every answer.
 */
describe('a third party hands the phone to the holder', () => {
  it('en: "here he is. hey its john, last 4 is 4321" is checked and verifies', async () => {
    const chat = new Chat(app, 'demo-en');
    await chat.say("hi, I'm John's wife, he asked me to sort this out");
    const held = await chat.say('how much is he behind?');
    for (const s of EN_SECRETS) expect(held).not.toContain(s);
    expect(await chat.say('ok ok here he is. hey its john, last 4 is 4321')).toMatch(
      /identity is confirmed/i,
    );
  });

  it('zh-CN: "她下班了 我是李娜 身份证后四位5678" verifies; another name does not take over', async () => {
    const chat = new Chat(app, 'demo-hardship');
    await chat.say('你好 我是李娜她老公 她在上班不方便');
    const held = await chat.say('她这张卡到底欠了多少 你直接跟我说 我来还');
    expect(held).toMatch(/只能与本人/);
    for (const s of ZH_SECRETS) expect(held).not.toContain(s);
    const other = new Chat(app, 'demo-hardship');
    await other.say('你好 我是李娜她老公');
    const wrongName = await other.say('我是张伟 身份证后四位5678');
    expect(wrongName).not.toMatch(/身份验证已通过/);
    for (const s of ZH_SECRETS) expect(wrongName).not.toContain(s);
    expect(await chat.say('行吧 她下班了 我是李娜 身份证后四位5678')).toMatch(/身份验证已通过/);
  });

  it('en: digits said to be his ("his last four is 4321") are no handover', async () => {
    const chat = new Chat(app, 'demo-en');
    await chat.say("I'm his mom");
    const reply = await chat.say("he's here now, his last four is 4321");
    expect(reply).not.toMatch(/identity is confirmed/i);
    for (const s of EN_SECRETS) expect(reply).not.toContain(s);
  });

  it('en: a handover cannot skip the per-account attempt limit', async () => {
    for (let i = 0; i < 3; i++) await new Chat(app, 'demo-en').say(`my last four are ${5000 + i}`);
    const chat = new Chat(app, 'demo-en');
    await chat.say("hi, I'm John's wife");
    const reply = await chat.say('ok here he is. hey its john, last 4 is 4321');
    expect(reply).not.toMatch(/identity is confirmed/i);
    for (const s of EN_SECRETS) expect(reply).not.toContain(s);
    expect(reply).toMatch(/minute/i);
  });
});
