import { afterEach, describe, expect, it } from 'vitest';
import { Chat } from '../support/chat.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the hotline answer names the configured service hours', () => {
  it('zh-CN: a window in Beijing time, before and after verification', async () => {
    app = createTestApp({ SERVICE_HOURS: '08:00-22:00 Asia/Shanghai' });
    const chat = new Chat(app, 'demo-zh');
    await chat.say('你好');
    const before = await chat.say('你们客服几点下班？');
    expect(before).toMatch(/400-000-0000[\s\S]*每天 08:00–22:00（北京时间）/);
    expect(before).not.toContain('12,345.67');
    await chat.say('1234');
    expect(await chat.say('周末有人接电话吗')).toMatch(/每天 08:00–22:00（北京时间）/);
  });

  it('en: the agents’ hours when no SERVICE_HOURS is set', async () => {
    app = createTestApp({ AGENT_HOURS: '09:00-17:30 America/New_York' });
    const chat = new Chat(app, 'demo-en');
    await chat.say('hi');
    await chat.say('4321');
    expect(await chat.say('what are your hours? can I call on sunday')).toMatch(
      /every day from 9:00 am to 5:30 pm \(Eastern Time\)/,
    );
  });

  it('a line that never closes is said to be open around the clock', async () => {
    app = createTestApp({ SERVICE_HOURS: 'always' });
    const chat = new Chat(app, 'demo-en');
    await chat.say('hi');
    expect(await chat.say('is the hotline 24/7?')).toMatch(/24 hours a day, 7 days a week/);
  });
});
