import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Chat } from '../support/chat.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

/**
 * conv15 (blind15-en-question-01): worries asked together (a lawsuit, the employer) are each
 * answered, in the order asked, and the question the conversation waits on comes once, last.
 */
let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(async () => {
  await app.close();
});

describe('worries asked together', () => {
  it('en: the lawsuit first, then the employer', async () => {
    const chat = new Chat(app, 'demo-en');
    await chat.say('hi');
    await chat.say('4321');
    const reply = await chat.say('r u guys gonna sue me?? can you garnish my paycheck or show up at my job');
    const legal = reply.search(/lawful steps/);
    const employer = reply.search(/employer/);
    expect(legal).toBeGreaterThanOrEqual(0);
    expect(employer).toBeGreaterThan(legal);
    expect(reply.match(/how would you like to handle it/gi)?.length).toBe(1);
  });

  it('zh: the family first, then the lawsuit, before verification too', async () => {
    const chat = new Chat(app, 'demo-zh');
    await chat.say('你好');
    const reply = await chat.say('会不会给我家里人打电话 还会起诉我吗');
    const family = reply.search(/家人/);
    const legal = reply.search(/依法/);
    expect(family).toBeGreaterThanOrEqual(0);
    expect(legal).toBeGreaterThan(family);
    expect(reply).toMatch(/后四位/);
  });
});
