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

const WHO = {
  'demo-zh': { hello: '你好', id: '1234', account: 'A-1001' },
  'demo-en': { hello: 'hi', id: '4321', account: 'A-1002' },
} as const;

async function verified(
  user: keyof typeof WHO,
  conversationId?: string,
): Promise<{ chat: Chat; summary: string }> {
  const chat = new Chat(app, user, conversationId);
  await chat.say(WHO[user].hello);
  return { chat, summary: await chat.say(WHO[user].id) };
}

describe('every kind of dispute is recorded with its kind and the person’s words', () => {
  it.each([
    ['demo-en', 'Someone stole my identity, I never opened this card', 'identity_theft', /identity theft/],
    ['demo-en', "That's not my debt", 'not_mine', /belongs to you/],
    ['demo-en', 'The amount is wrong, it should be lower', 'wrong_amount', /line by line/],
    ['demo-en', "I don't recognize the charge from Acme on the 3rd", 'transaction', /that transaction/],
    [
      'demo-en',
      'Please send me a validation notice for this debt',
      'validation_request',
      /Regulation F[\s\S]*queued/,
    ],
    ['demo-zh', '这张卡不是我办的，被人冒用了', 'identity_theft', /盗用/],
    ['demo-zh', '金额不对，你们算错了', 'wrong_amount', /逐项核对/],
    ['demo-zh', '这笔消费我没刷过', 'transaction', /这笔交易/],
  ] as const)('%s: "%s" → %s', async (user, text, kind, next) => {
    const { chat } = await verified(user);
    const reply = await chat.say(text);
    expect(reply).toMatch(next);
    const [dispute] = await app.stores.disputes.listFor(WHO[user].account);
    expect(dispute?.kind).toBe(kind);
    expect(dispute?.text).toBe(text);
    // While it is open, an amount is not a budget and no plan is offered.
    const after = await chat.say(user === 'demo-en' ? 'ok I can do 300 a month' : '那我每个月还2000吧');
    expect(after).toMatch(/paused|暂停/);
    expect(after).not.toMatch(/Option 1|方案1|1\./);
  });

  it('records "I already paid 500 yesterday" as a payment claim with the amount and date', async () => {
    const { chat } = await verified('demo-en');
    await chat.say('I already paid $500 yesterday');
    const [claim] = await app.stores.disputes.listFor('A-1002');
    expect(claim?.kind).toBe('payment_claim');
    expect(claim?.text).toContain('50000 cents');
    expect(claim?.text).toMatch(/paid on 2026-11-2\d/);
  });
});

describe('a returning person hears where things stand', () => {
  it('with an open dispute: the summary and that collection is paused, no pitch', async () => {
    const first = await verified('demo-zh');
    await first.chat.say('这笔钱不是我的');
    const again = await verified('demo-zh');
    expect(again.summary).toMatch(/异议正在核查中/);
    expect(again.summary).not.toMatch(/能还多少|违约金/);
  });

  it('with an agreed plan: the plan, the next payment amount and date', async () => {
    const first = await verified('demo-en');
    await first.chat.say('I can pay $300 a month');
    await first.chat.say('option 1');
    await first.chat.say('yes');
    const plan = app.stores.plans.activeFor('A-1002');
    expect(plan).toBeDefined();
    const again = await verified('demo-en');
    expect(again.summary).toContain(plan?.planId ?? 'none');
    expect(again.summary).toMatch(/next payment is \$[\d,.]+, due by/);
    expect(again.summary).not.toMatch(/how much could you/i);
  });
});

describe('a returning person hears the plan as the payments left it (issue 17)', () => {
  it('names what is still open on the next instalment after a part payment', async () => {
    const first = await verified('demo-en');
    await first.chat.say('I can pay $300 a month');
    await first.chat.say('option 1');
    await first.chat.say('yes');
    const plan = app.stores.plans.activeFor('A-1002');
    const firstDue = plan?.offer.schedule[0];
    if (!plan || !firstDue) throw new Error('no plan agreed');
    const paid = 10_000;
    const outcome = await app.stores.payments.apply(
      [
        {
          paymentId: 'p-part-1',
          accountId: 'A-1002',
          amountCents: paid,
          currency: plan.currency,
          paidAt: app.clock.now().toISOString(),
          paidAtUtc: app.clock.now().toISOString(),
          channel: 'app',
        },
      ],
      'file',
      app.clock.now(),
    );
    expect(JSON.stringify(outcome)).not.toMatch(/rejected|error/i);
    const open = ((firstDue.amountCents - paid) / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
    const again = await verified('demo-en');
    expect(again.summary).toContain(plan.planId);
    expect(again.summary).toContain(`next payment is $${open}`);
  });
});

describe('the same fallback is never sent twice in a row', () => {
  it.each([
    ['demo-en', ['hmm', 'hmm?'], /"agent": talk with a person/],
    ['demo-zh', ['嗯嗯那个', '就是那个啥'], /"转人工"：由工作人员为您服务/],
  ] as const)(
    '%s: the second unclear message gets a short menu and a person',
    async (user, messages, menu) => {
      const { chat } = await verified(user);
      const first = await chat.say(messages[0]);
      const second = await chat.say(messages[1]);
      expect(second).not.toBe(first);
      expect(second).toMatch(menu);
    },
  );
});
