import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isLoopback,
  MessagesGate,
  serviceUrlAllowed,
  BOT_FRAMEWORK_SERVICE_URLS,
} from '../../src/bot/messagesGate.js';
import { ManualClock } from '../../src/core/clock.js';
import { openDatabase } from '../../src/store/db.js';
import { SqliteRateCounters } from '../../src/store/rateCounters.js';
import { postActivity, startServer, type Running } from '../support/http.js';
import { createTestApp, testConfig, type TestApp } from '../support/testApp.js';

let app: TestApp;
let running: Running;

beforeAll(async () => {
  app = createTestApp({ MESSAGES_RATE_PER_SENDER_PER_MINUTE: '3' });
  running = await startServer(app);
});
afterAll(async () => {
  await running.stop();
  await app.close();
});

const records = (): number =>
  (app.db.prepare('SELECT COUNT(*) AS n FROM transcript_records').get() as { n: number }).n;

describe('POST /api/messages gate', () => {
  it('refuses a serviceUrl outside the allow-list with 400 before any turn runs, and keeps loopback working', async () => {
    const before = records();
    for (const serviceUrl of [
      'https://attacker.example/hook',
      'http://169.254.169.254/latest',
      'http://localhost.attacker.example/',
      'http://user@127.0.0.1:1/',
      'not a url',
    ]) {
      const r = await postActivity(running.url, 'gate-1', 'gate-user-a', 'hello', { serviceUrl });
      expect(r.status).toBe(400);
    }
    expect(records()).toBe(before);
    expect(
      (await postActivity(running.url, 'gate-2', 'gate-user-b', 'hi', { serviceUrl: 'http://localhost:1' }))
        .status,
    ).toBe(200);
  });

  it('limits each sender with 429 and Retry-After, and stays healthy', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await postActivity(running.url, `gate-3-${i}`, 'gate-user-c', 'hi')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const res = await fetch(`${running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        text: 'x',
        conversation: { id: 'c' },
        from: { id: 'gate-user-c' },
        channelId: 'test',
      }),
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await res.json()).toMatchObject({ error: { code: 'TooManyRequests' } });
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
  });
});

describe('MessagesGate', () => {
  const clock = new ManualClock('2026-12-01T00:00:00Z');
  const quiet = pino({ level: 'silent' });
  const counters = () => new SqliteRateCounters(openDatabase(testConfig().dataDir));

  it('accepts anonymous activities only from loopback unless ALLOW_ANONYMOUS, and warns when it is set', async () => {
    const gate = new MessagesGate(testConfig(), clock, quiet, counters());
    expect(await gate.check({ remoteAddress: '10.1.2.3', fromId: 'u' })).toMatchObject({
      status: 'refused',
      httpStatus: 401,
    });
    expect(await gate.check({ remoteAddress: '::ffff:127.0.0.1', fromId: 'u' })).toEqual({ status: 'pass' });
    const warnings: string[] = [];
    const open = new MessagesGate(
      testConfig({ ALLOW_ANONYMOUS: 'true' }),
      clock,
      { warn: (m: string) => warnings.push(m) } as never,
      counters(),
    );
    expect(await open.check({ remoteAddress: '10.1.2.3', fromId: 'u' })).toEqual({ status: 'pass' });
    expect(warnings.join()).toMatch(/ALLOW_ANONYMOUS/);
  });

  it('allows only Bot Framework hosts when authenticated, and the configured list when set', async () => {
    const authed = new MessagesGate(testConfig({ MicrosoftAppId: 'app-id' }), clock, quiet, counters());
    expect(
      await authed.check({
        remoteAddress: '10.1.2.3',
        fromId: 'u',
        serviceUrl: 'https://smba.trafficmanager.net/emea/',
      }),
    ).toEqual({ status: 'pass' });
    expect(
      await authed.check({ remoteAddress: '10.1.2.3', fromId: 'u', serviceUrl: 'http://localhost:1' }),
    ).toMatchObject({ httpStatus: 400 });
    expect(serviceUrlAllowed('https://webchat.botframework.com/', BOT_FRAMEWORK_SERVICE_URLS)).toBe(true);
    expect(serviceUrlAllowed('https://botframework.com.evil.example/', BOT_FRAMEWORK_SERVICE_URLS)).toBe(
      false,
    );
    expect(serviceUrlAllowed('https://evilbotframework.com/', BOT_FRAMEWORK_SERVICE_URLS)).toBe(false);
    expect(serviceUrlAllowed('https://bank.example/bf/x', ['https://bank.example/bf/'])).toBe(true);
    expect(serviceUrlAllowed('https://bank.example/other', ['https://bank.example/bf/'])).toBe(false);
    expect(isLoopback('127.8.0.1')).toBe(true);
    expect(isLoopback('128.0.0.1')).toBe(false);
  });
});
