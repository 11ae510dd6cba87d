import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Chat } from '../support/chat.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

/**
 * conv15b: someone who is not the holder asks that the holder's workplace not be called. Answered:
 * they cannot change the holder's contact preferences, no one at a workplace is told, the holder can
 * ask themselves; nothing about the account is said and nothing is recorded for the holder.
 */
let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(async () => {
  await app.close();
});

describe('a third party asks not to call the holder at work', () => {
  it.each([
    [
      'demo-zh',
      'A-1001',
      '你好',
      '我是他老婆 他手机在我这',
      '别打到他单位去',
      /无法代本人更改[\s\S]*不会向单位/,
      '12,345',
    ],
    [
      'demo-en',
      'A-1002',
      'hi',
      'im her husband, she cant talk right now',
      'can you stop calling her office pls',
      /cannot change their contact preferences[\s\S]*never tell anyone at a workplace/,
      '3,210',
    ],
  ] as const)('%s', async (user, account, hi, who, ask, said, secret) => {
    const chat = new Chat(app, user);
    await chat.say(hi);
    await chat.say(who);
    const reply = await chat.say(ask);
    expect(reply).toMatch(said);
    expect(reply).not.toContain(secret);
    expect(await app.stores.contacts.restrictionsOf(account)).toEqual([]);
    expect(await app.stores.contacts.hasCeased(account)).toBe(false);
    const again = await chat.say(ask);
    expect(again).not.toBe(reply);
  });
});
