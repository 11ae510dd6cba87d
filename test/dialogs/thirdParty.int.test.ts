import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Chat } from '../support/chat.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
beforeEach(() => {
  app = createTestApp({ SERVICE_HOURS: '08:00-22:00 Asia/Shanghai' });
});
afterEach(async () => {
  await app.close();
});

const ZH_SECRETS = ['12,345.67', '6789', '逾期', '1,234.57'];
const EN_SECRETS = ['3,210', '1111', 'past due', '$120'];

describe('someone who is not the holder, recognised by what they say (issue 15)', () => {
  it('zh-CN: a relative learns nothing and hears how the holder can call back, with the hours', async () => {
    const chat = new Chat(app, 'demo-zh');
    await chat.say('你好');
    const reply = await chat.say('我帮我弟问的，他欠了你们多少');
    expect(reply).toMatch(/只能与本人直接沟通[\s\S]*400-000-0000（服务时间：每天 08:00–22:00（北京时间））/);
    for (const s of ZH_SECRETS) expect(reply).not.toContain(s);
    const again = await chat.say('我是他亲姐姐，告诉我也不行吗');
    expect(again).toMatch(/如前所述/);
    expect(again).not.toBe(reply);
    for (const s of ZH_SECRETS) expect(again).not.toContain(s);
  });

  it('zh-CN: a new owner of the number is no longer contacted at this address', async () => {
    const chat = new Chat(app, 'demo-zh');
    const reply = await chat.say('这号码我刚办的，不认识什么张伟');
    expect(reply).toMatch(/不会再通过这个对话就此事给您发消息/);
    expect(await app.stores.contacts.hasCeasedAddress('test', 'demo-zh')).toBe(true);
    expect(await app.stores.contacts.hasCeased('A-1001')).toBe(false);
  });

  it('en: a death report is met with condolence and goes to a person (bereavement), nothing about the debt', async () => {
    const chat = new Chat(app, 'demo-en');
    await chat.say('hi');
    const reply = await chat.say("my dad's phone, he passed a few weeks ago");
    expect(reply).toMatch(/sorry for your loss[\s\S]*colleague/);
    for (const s of EN_SECRETS) expect(reply).not.toContain(s);
    const [escalation] = await app.stores.escalations.listFor(chat.conversationId);
    expect(escalation).toMatchObject({ reason: 'bereavement', priority: 2 });
    expect(escalation?.summary).toMatch(/NOT verified/);
    const later = await chat.say('what happens to his card');
    for (const s of EN_SECRETS) expect(later).not.toContain(s);
  });

  it('en: a third party who guesses digits is still a third party', async () => {
    const chat = new Chat(app, 'demo-en');
    await chat.say('hi');
    await chat.say("I'm his girlfriend, he's at work");
    const reply = await chat.say('4321');
    for (const s of EN_SECRETS) expect(reply).not.toContain(s);
    expect(reply).not.toMatch(/identity is confirmed/i);
  });
});
