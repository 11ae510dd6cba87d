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

async function accountOf(user: string): Promise<string> {
  const account = await app.stores.accounts.findByChannelUser(user, ANY_CHANNEL);
  if (!account) throw new Error(`no demo account for ${user}`);
  return account.accountId;
}

describe('paying it all on payday, with no date named', () => {
  it('zh-CN: asks which date, then records the promise with the words and the date', async () => {
    const chat = new Chat(app, 'demo-zh');
    await chat.say('你好');
    await chat.say('1234');
    const asked = await chat.say('发工资就全还');
    expect(asked).toMatch(/12,345\.67[\s\S]*哪一天[\s\S]*2026年12月12日/);
    expect(asked).not.toMatch(/最低还款|请您确认/);
    expect(await chat.say('12月10号')).toMatch(/请您确认[\s\S]*一次性还清[\s\S]*2026年12月10日/);
    expect(await chat.say('确认')).toMatch(/已为您登记[\s\S]*2026年12月10日/);
    const [promise] = await app.stores.promises.listFor(await accountOf('demo-zh'));
    expect(promise).toMatchObject({ amountCents: 1_234_567, dueDate: '2026-12-10' });
    expect(promise?.words).toContain('发工资就全还');
    expect(await app.stores.plans.activeFor(await accountOf('demo-zh'))).toBeUndefined();
  });

  it('en: uses the payday said earlier in the conversation', async () => {
    const chat = new Chat(app, 'demo-en');
    await chat.say('hi');
    await chat.say('4321');
    await chat.say('I get paid on the 10th');
    expect(await chat.say("so I'll pay it all off on payday")).toMatch(
      /Please confirm[\s\S]*Pay in full: \$3,210\.00 by December 10, 2026/,
    );
  });

  it('en: a payday past the horizon is said to be too far; "the whole thing" picks the full payment, not the minimum', async () => {
    const chat = new Chat(app, 'demo-en');
    await chat.say('hi');
    await chat.say('4321');
    expect(await chat.say('gonna pay everything when my paycheck comes in')).toMatch(
      /Which date would suit you/,
    );
    expect(await chat.say('the 20th')).toMatch(/December 20, 2026 is later[\s\S]*December 11, 2026/);
    const confirm = await chat.say('yes the whole thing');
    expect(confirm).toMatch(/Please confirm[\s\S]*Pay in full: \$3,210\.00 by December 11, 2026/);
    expect(confirm).not.toMatch(/minimum: \$120/);
  });
});
