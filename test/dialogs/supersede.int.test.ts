import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Chat } from '../support/chat.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

/** One active plan per account: a new plan replaces the old one only after the person confirms it. */
let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(async () => {
  await app.close();
});

const FLOWS = {
  zh: {
    user: 'demo-zh',
    account: 'A-1001',
    first: ['你好', '1234', '每月2000', '好的', '确认'],
    again: ['你好', '1234', '我想改成每月1500', '好', '确认'],
    yes: '确认',
    no: '不用了',
    asks: /您目前已有一份还款计划（编号：(P-[0-9A-F]{8})）[\s\S]*将替换这份计划[\s\S]*确认替换请回复"确认"/,
    replaced: /新计划已取代您原来的计划（编号：(P-[0-9A-F]{8})）/,
    kept: /您已有一份还款计划（编号：(P-[0-9A-F]{8})）/,
  },
  en: {
    user: 'demo-en',
    account: 'A-1002',
    first: ['hi', '4321', '500 a month', 'ok', 'yes'],
    again: ['hello', '4321', 'can I change it to 400 a month', 'ok', 'confirm'],
    yes: 'confirm',
    no: 'no thanks',
    asks: /You already have a repayment plan with us \(reference (P-[0-9A-F]{8})\)[\s\S]*would replace it[\s\S]*Reply "confirm" to replace it/,
    replaced: /It replaces your earlier plan (P-[0-9A-F]{8}), which is now closed/,
    kept: /You already have a repayment plan with us \(reference (P-[0-9A-F]{8})\)/,
  },
} as const;

async function run(user: string, lines: readonly string[]): Promise<string> {
  const chat = new Chat(app, user);
  let last = '';
  for (const line of lines) last = await chat.say(line);
  return last;
}

async function statuses(account: string): Promise<string[]> {
  return (await app.stores.plans.listFor(account)).map((p) => p.status);
}

describe('a new plan while one is current', () => {
  it.each(['zh', 'en'] as const)(
    '%s: says which plan it replaces, and supersedes it only on "yes"',
    async (lang) => {
      const f = FLOWS[lang];
      await run(f.user, f.first);
      const [old] = await app.stores.plans.listFor(f.account);
      expect(old?.status).toBe('active');

      const chat = new Chat(app, f.user);
      let asked = '';
      for (const line of f.again) asked = await chat.say(line);
      expect(asked).toMatch(f.asks);
      expect(f.asks.exec(asked)?.[1]).toBe(old?.planId);
      // Nothing changes before the person answers.
      expect(await statuses(f.account)).toEqual(['active']);

      const agreed = await chat.say(f.yes);
      expect(f.replaced.exec(agreed)?.[1]).toBe(old?.planId);
      expect(await statuses(f.account)).toEqual(['superseded', 'active']);
      expect((await app.stores.plans.currentFor(f.account))?.planId).not.toBe(old?.planId);
    },
  );

  it.each(['zh', 'en'] as const)('%s: "no thanks" keeps the current plan and says so', async (lang) => {
    const f = FLOWS[lang];
    await run(f.user, f.first);
    const [old] = await app.stores.plans.listFor(f.account);
    const chat = new Chat(app, f.user);
    for (const line of f.again) await chat.say(line);
    const kept = await chat.say(f.no);
    expect(f.kept.exec(kept)?.[1]).toBe(old?.planId);
    expect(await statuses(f.account)).toEqual(['active']);
  });

  it('asks again when the person picks another offer after being asked', async () => {
    const f = FLOWS.en;
    await run(f.user, f.first);
    const chat = new Chat(app, f.user);
    for (const line of f.again) await chat.say(line);
    await chat.say('actually can I do 300 a month');
    await chat.say('ok');
    expect(await chat.say('confirm')).toMatch(f.asks);
    expect(await statuses(f.account)).toEqual(['active']);
  });

  it('records the first plan of an account without asking', async () => {
    const f = FLOWS.zh;
    const last = await run(f.user, f.first);
    expect(last).not.toMatch(f.asks);
    expect(await statuses(f.account)).toEqual(['active']);
  });
});

const CHANGED = {
  zh: /在我们沟通的这段时间里，您的还款计划有了变化[\s\S]*编号：(P-[0-9A-F]{8})[\s\S]*暂未登记[\s\S]*确认替换请回复"确认"/,
  en: /Your plans changed while we were talking[\s\S]*reference (P-[0-9A-F]{8})[\s\S]*not recorded the new plan yet[\s\S]*Reply "confirm"/,
} as const;

async function upTo(user: string, lines: readonly string[]): Promise<Chat> {
  const chat = new Chat(app, user);
  for (const line of lines.slice(0, -1)) await chat.say(line);
  return chat;
}

describe('two conversations of one account agreeing a plan at the same moment', () => {
  it.each(['zh', 'en'] as const)(
    '%s: with no plan before, the second is told of the plan now in place and asked to confirm',
    async (lang) => {
      const f = FLOWS[lang];
      const first = await upTo(f.user, f.first);
      const second = await upTo(f.user, f.first);
      await first.say(f.yes);
      const [winner] = await app.stores.plans.listFor(f.account);
      const told = await second.say(f.yes);
      expect(f.asks.exec(told)?.[1]).toBe(winner?.planId);
      // Nothing silently replaced: still the first conversation's plan alone.
      expect(await statuses(f.account)).toEqual(['active']);

      const agreed = await second.say(f.yes);
      expect(f.replaced.exec(agreed)?.[1]).toBe(winner?.planId);
      expect(await statuses(f.account)).toEqual(['superseded', 'active']);
    },
  );

  it.each(['zh', 'en'] as const)(
    '%s: both confirmed replacing the same plan; the second hears the newer one and may keep it',
    async (lang) => {
      const f = FLOWS[lang];
      await run(f.user, f.first);
      // Both asked "this replaces plan P, confirm?" about the same plan.
      const first = await upTo(f.user, [...f.again, f.yes]);
      const second = await upTo(f.user, [...f.again, f.yes]);
      await first.say(f.yes);
      const winner = await app.stores.plans.currentFor(f.account);
      const told = await second.say(f.yes);
      expect(CHANGED[lang].exec(told)?.[1]).toBe(winner?.planId);
      expect(await statuses(f.account)).toEqual(['superseded', 'active']);

      const kept = await second.say(f.no);
      expect(f.kept.exec(kept)?.[1]).toBe(winner?.planId);
      expect(await statuses(f.account)).toEqual(['superseded', 'active']);
      expect((await app.stores.plans.currentFor(f.account))?.planId).toBe(winner?.planId);
    },
  );

  it('records exactly one plan when both confirm in parallel', async () => {
    const f = FLOWS.en;
    const chats = [await upTo(f.user, f.first), await upTo(f.user, f.first)];
    const replies = await Promise.all(chats.map((c) => c.say(f.yes)));
    expect(await statuses(f.account)).toEqual(['active']);
    expect(replies.filter((r) => CHANGED.en.test(r))).toHaveLength(1);
  });
});
