import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinkToken } from '../../src/channels/directline/index.js';
import { mounts } from '../../src/bot/mounts.js';
import { call, type ActivitySet } from '../channels/directline/dlClient.js';
import { startServer, type Running } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/testApp.js';

/**
 * Reminders reach the person in web chat: the service's own dispatcher, its proactive send
 * path (guarded, transcribed) and the Direct Line conversation the person opened.
 */
let app: TestApp;
let running: Running;
let token: string;
let conversationId: string;

async function botTexts(): Promise<string[]> {
  const { body } = await call<ActivitySet>(
    running.url,
    'GET',
    `/conversations/${conversationId}/activities`,
    token,
  );
  return body.activities
    .filter((a) => a.type === 'message' && a.from?.role === 'bot')
    .map((a) => a.text ?? '');
}

beforeAll(async () => {
  app = createTestApp();
  // 23 November 2026, 10:00 in Shanghai: demo-zh (due 24 October) has its due+30 reminder today.
  app.clock.set('2026-11-23T02:00:00Z');
  running = await startServer(app, mounts);
  const link = createLinkToken('demo-zh', app.clock, app.config);
  const generated = await call<{ token: string; conversationId: string }>(
    running.url,
    'POST',
    '/tokens/generate',
    link,
  );
  token = generated.body.token;
  conversationId = generated.body.conversationId;
  const started = await call(running.url, 'POST', '/conversations', token);
  expect(started.status).toBeLessThan(300);
});
afterAll(async () => {
  await running.stop();
  await app.close();
});

describe('a reminder in web chat', () => {
  it('is delivered once on its day, says who is writing and how to stop, and names no amount', async () => {
    const before = (await botTexts()).length;
    const report = await app.reminders.run(app.clock.now());
    expect(report.results.map((r) => r.outcome)).toContain('sent');
    await expect.poll(async () => (await botTexts()).length, { timeout: 5000 }).toBeGreaterThan(before);
    const reminder = (await botTexts()).at(-1) ?? '';
    expect(reminder).toContain('示例银行');
    expect(reminder).toContain('退订');
    expect(reminder).not.toMatch(/12,345\.67|1,234\.57|6789/);

    const again = await app.reminders.run(app.clock.now());
    expect(again.results.filter((r) => r.outcome === 'sent')).toHaveLength(0);
    expect((await botTexts()).length).toBe(before + 1);
  });

  it('stops after the person replies 退订', async () => {
    const posted = await call(running.url, 'POST', `/conversations/${conversationId}/activities`, token, {
      type: 'message',
      from: { id: 'demo-zh' },
      text: '退订',
    });
    expect(posted.status).toBe(200);
    // Unverified: this chat address stops (issue 12), which is the address reminders go to.
    await expect
      .poll(() => app.stores.contacts.hasCeasedAddress('directline', 'demo-zh'), { timeout: 5000 })
      .toBe(true);
    app.clock.set('2026-11-24T02:00:00Z');
    // The next day's file moves the due date so that a due+7 reminder would be due today.
    const account = await app.stores.accounts.get('A-1001');
    if (!account) throw new Error('demo account missing');
    await app.stores.accounts.upsertMany(
      [{ ...account, dueDate: '2026-11-17', daysPastDue: 7 }],
      app.clock.now(),
    );
    const held = await app.reminders.explain(app.clock.now());
    expect(JSON.stringify(held)).toMatch(/cease/);
    const report = await app.reminders.run(app.clock.now());
    expect(report.results.filter((r) => r.outcome === 'sent')).toHaveLength(0);
  });
});
