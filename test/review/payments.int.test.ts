import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mounts } from '../../src/bot/mounts.js';
import { signPayment } from '../../src/payments/webhook.js';
import { createTestApp, type TestApp } from '../support/testApp.js';
import { startServer, type Running } from '../support/http.js';

const SECRET = 'webhook-secret-for-the-console-test-0123456789';
const basic = (user: string) => `Basic ${Buffer.from(`${user}:${user}-pass`).toString('base64')}`;

let app: TestApp;
let server: Running;
beforeAll(async () => {
  app = createTestApp({
    PAYMENTS_WEBHOOK_SECRET: SECRET,
    REVIEWER_USERS: 'rita:rita-pass',
    AGENT_USERS: 'alice:alice-pass',
  });
  server = await startServer(app, mounts);
});
afterAll(async () => {
  await server.stop();
  await app.close();
});

async function pay(body: Record<string, string>): Promise<number> {
  const raw = JSON.stringify(body);
  const res = await fetch(`${server.url}/api/payments`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...signPayment(SECRET, raw, app.clock.now()),
    },
    body: raw,
  });
  return res.status;
}

describe('payments and promises in the consoles of the running service', () => {
  it('shows a reviewer the payment, the kept promise and the lower balance, and filters cases by promise state', async () => {
    app.clock.set(new Date('2026-12-02T00:00:00Z'));
    await app.stores.promises.record({
      promiseId: 'PR-9',
      accountId: 'A-1001',
      conversationId: 'c-9',
      amountCents: 50_000,
      currency: 'CNY',
      dueDate: '2026-12-15',
      words: '15号还五百',
      createdAt: app.clock.now().toISOString(),
    });
    expect(
      await pay({
        payment_id: 'CORE-1',
        account_id: 'A-1001',
        amount: '500.00',
        currency: 'CNY',
        paid_at: '2026-12-01T12:00:00+08:00',
        channel: 'core',
      }),
    ).toBe(200);
    // the account store is the facts' source: what the bot and its fact check read is already updated
    expect(await app.stores.accounts.get('A-1001')).toMatchObject({
      balanceCents: 1_234_567 - 50_000,
      minimumDueCents: 123_457 - 50_000,
    });

    const view = await fetch(`${server.url}/api/review/accounts/A-1001/commitments`, {
      headers: { authorization: basic('rita') },
    });
    expect(view.status).toBe(200);
    const body = (await view.json()) as {
      balanceCents: number;
      promises: { status: string }[];
      payments: { paymentId: string }[];
      events: { cause: string }[];
    };
    expect(body.balanceCents).toBe(1_184_567);
    expect(body.promises.map((p) => p.status)).toEqual(['kept']);
    expect(body.payments.map((p) => p.paymentId)).toEqual(['CORE-1']);
    expect(body.events.at(-1)?.cause).toBe('payment:CORE-1');

    const kept = await fetch(`${server.url}/api/review/commitments?promiseState=kept`, {
      headers: { authorization: basic('rita') },
    });
    expect(((await kept.json()) as { items: { accountId: string }[] }).items.map((i) => i.accountId)).toEqual(
      ['A-1001'],
    );
    const broken = await fetch(`${server.url}/api/review/commitments?promiseState=broken`, {
      headers: { authorization: basic('rita') },
    });
    expect(await broken.json()).toEqual({ items: [] });
    expect(
      (
        await fetch(`${server.url}/api/review/commitments?promiseState=lost`, {
          headers: { authorization: basic('rita') },
        })
      ).status,
    ).toBe(400);
  });

  it('keeps the views to their people: agents only for a conversation they hold, reviewers need a credential', async () => {
    expect((await fetch(`${server.url}/api/review/accounts/A-1001/commitments`)).status).toBe(401);
    expect(
      (
        await fetch(`${server.url}/api/review/accounts/A-1001/commitments`, {
          headers: { authorization: basic('alice') },
        })
      ).status,
    ).toBe(403);
    const agent = await fetch(`${server.url}/api/agent/conversations/nobody/commitments`, {
      headers: { authorization: basic('alice') },
    });
    expect(agent.status).toBe(403);
  });
});
