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

/** conv18: the options on the table compared; an option number that is not there. */
describe('after plans were offered', () => {
  it('zh-CN: "这几个方案有什么区别" compares the offers, naming one by number is no choice', async () => {
    const chat = new Chat(app, 'demo-zh');
    await chat.say('你好');
    await chat.say('1234');
    await chat.say('我想分期');
    const reply = await chat.say('方案1和方案3有什么不一样');
    expect(reply).toMatch(/区别[\s\S]*方案1总花费最少[\s\S]*每期还款额最小/);
    expect(reply).not.toMatch(/请您确认/);
  });

  it('en: "how r they different" compares the offers, never the fallback', async () => {
    const chat = new Chat(app, 'demo-en');
    await chat.say('hi');
    await chat.say('4321');
    await chat.say('i want a payment plan');
    const reply = await chat.say('how r they different tho');
    expect(reply).toMatch(/costs the least overall[\s\S]*smallest payments/);
    expect(reply).not.toMatch(/not sure I understood/);
  });

  it('zh-CN: "选2" to one offer says there is one and restates it; "方案一" then chooses it', async () => {
    const chat = new Chat(app, 'demo-zh');
    await chat.say('你好');
    await chat.say('1234');
    await chat.say('每个月能还2000');
    const reply = await chat.say('选2');
    expect(reply).toMatch(/目前只有一个方案可供选择，没有方案2[\s\S]*分7期/);
    expect(await chat.say('那就方案一吧')).toMatch(/请您确认所选的还款方案/);
  });

  it('en: "ok 2" to one offer, then "ok the 1 then" chooses it', async () => {
    const chat = new Chat(app, 'demo-en');
    await chat.say('hi');
    await chat.say('4321');
    await chat.say('1000 a month');
    expect(await chat.say('ok 2')).toMatch(/only one option on offer right now, so there is no option 2/);
    expect(await chat.say('ok the 1 then')).toMatch(/Please confirm the plan you chose:[\s\S]*4 months/);
  });
});
