import { afterEach, describe, expect, it } from 'vitest';
import { mounts } from '../../src/bot/mounts.js';
import { metricsAccess } from '../../src/metrics/index.js';
import { startServer, postActivity, type Running } from '../support/http.js';
import { createTestApp, type TestApp } from '../support/testApp.js';
import { parsePrometheusText, valueOf } from './promParser.js';

const TOKEN = 'metrics-token-0123456789abcdef';
const running: { app: TestApp; server: Running }[] = [];

async function start(env: Record<string, string> = {}) {
  const app = createTestApp(env);
  const server = await startServer(app, mounts);
  running.push({ app, server });
  return { app, url: server.url };
}

afterEach(async () => {
  for (const r of running.splice(0)) {
    await r.server.stop();
    await r.app.close();
  }
});

async function scrape(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/metrics`, { headers });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    auth: res.headers.get('www-authenticate'),
    text: await res.text(),
  };
}

describe('/metrics', () => {
  it('serves strict Prometheus text with process metrics and every collections family, to this machine', async () => {
    const { url } = await start();
    const res = await scrape(url);
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/plain; version=0\.0\.4/);
    const families = parsePrometheusText(res.text);
    expect(families.get('process_cpu_user_seconds_total')?.type).toBe('counter');
    for (const name of [
      'collections_turns_total',
      'collections_turn_duration_seconds',
      'collections_model_calls_total',
      'collections_model_call_duration_seconds',
      'collections_guardrail_verdicts_total',
      'collections_handoff_queue_depth',
      'collections_handoff_oldest_wait_seconds',
      'collections_handoff_wait_seconds',
      'collections_reminders_total',
      'collections_directline_sockets_open',
      'collections_transcript_backlog',
      'collections_payments_imported_total',
    ]) {
      expect(families.has(name), name).toBe(true);
      expect(families.get(name)?.help, name).not.toBe('');
    }
    expect(valueOf(families, 'collections_directline_sockets_open')).toBe(0);
  });

  it('counts turns by a bounded channel label and guardrail verdicts by source, never echoing what a client sent', async () => {
    const { url } = await start();
    expect((await postActivity(url, 'conv-m1', 'user-m1', '你好')).status).toBe(200);
    const hostile = 'x"}\n13800138000';
    expect((await postActivity(url, 'conv-m2', 'user-m2', 'hello', { channelId: hostile })).status).toBe(200);
    const { text } = await scrape(url);
    const families = parsePrometheusText(text);
    expect(valueOf(families, 'collections_turns_total', { channel: 'test', outcome: 'replied' })).toBe(1);
    expect(valueOf(families, 'collections_turns_total', { channel: 'other', outcome: 'replied' })).toBe(1);
    expect(valueOf(families, 'collections_turn_duration_seconds_count', { channel: 'test' })).toBe(1);
    expect(
      valueOf(families, 'collections_guardrail_verdicts_total', {
        verdict: 'allowed',
        category: 'none',
        source: 'template',
      }),
    ).toBeGreaterThanOrEqual(2);
    expect(text).not.toContain('13800138000');
    expect(text).not.toContain('conv-m1');
  });

  it('reads the handoff queue, accepted waits, finished reminders and imported payments from the stores, each row once', async () => {
    const { app, url } = await start();
    const handoff = app.db.prepare(
      `INSERT INTO handoffs (handoff_id, conversation_id, channel_id, account_id, reason, priority, summary, locale, verified, status, queued_at, accepted_at)
       VALUES (?, ?, 'directline', NULL, 'human_requested', 2, 's', 'zh-CN', 0, ?, ?, ?)`,
    );
    handoff.run('h1', 'c1', 'queued', '2026-11-28T01:59:00.000Z', null);
    handoff.run('h2', 'c2', 'accepted', '2026-11-28T01:59:00.000Z', '2026-11-28T02:00:30.000Z');
    const account = (await app.stores.accounts.list())[0]?.accountId ?? '';
    app.db
      .prepare(
        `INSERT INTO payments (payment_id, account_id, amount_cents, currency, paid_at, channel, source, content_hash, received_at)
         VALUES ('p1', ?, 100, 'CNY', '2026-11-28T02:00:00.000Z', 'bank', 'webhook', 'h', '2026-11-28T02:00:10.000Z')`,
      )
      .run(account);
    app.db
      .prepare(
        `INSERT INTO reminders (account_id, kind, local_date, status, reason, done_at, updated_at)
         VALUES (?, 'due', '2026-11-28', 'skipped', 'quiet_hours', '2026-11-28T02:00:20.000Z', '2026-11-28T02:00:20.000Z')`,
      )
      .run(account);
    app.clock.advance(60_000);
    const first = parsePrometheusText((await scrape(url)).text);
    expect(valueOf(first, 'collections_handoff_queue_depth', { status: 'queued' })).toBe(1);
    expect(valueOf(first, 'collections_handoff_queue_depth', { status: 'accepted' })).toBe(1);
    expect(valueOf(first, 'collections_handoff_oldest_wait_seconds')).toBe(120);
    expect(valueOf(first, 'collections_handoff_wait_seconds_count')).toBe(1);
    expect(valueOf(first, 'collections_handoff_wait_seconds_sum')).toBe(90);
    expect(valueOf(first, 'collections_payments_imported_total', { source: 'webhook' })).toBe(1);
    expect(valueOf(first, 'collections_reminders_total', { status: 'skipped', reason: 'quiet_hours' })).toBe(
      1,
    );
    app.clock.advance(60_000);
    const second = parsePrometheusText((await scrape(url)).text);
    expect(valueOf(second, 'collections_payments_imported_total', { source: 'webhook' })).toBe(1);
    expect(valueOf(second, 'collections_handoff_wait_seconds_count')).toBe(1);
  });

  it('keeps each app’s counts on its own registry', async () => {
    const a = await start();
    const b = await start();
    await postActivity(a.url, 'conv-a', 'user-a', '你好');
    expect(
      valueOf(parsePrometheusText((await scrape(a.url)).text), 'collections_turns_total', {
        channel: 'test',
        outcome: 'replied',
      }),
    ).toBe(1);
    expect(
      valueOf(parsePrometheusText((await scrape(b.url)).text), 'collections_turns_total', {
        channel: 'test',
        outcome: 'replied',
      }),
    ).toBeUndefined();
  });
});

describe('operations mounts', () => {
  it('serves /insights and its API to reviewers on the running service', async () => {
    const { url } = await start({ REVIEWER_USERS: 'mei:insight-pass-3' });
    expect((await fetch(`${url}/insights`)).status).toBe(200);
    expect((await fetch(`${url}/api/insights`)).status).toBe(401);
    const auth = `Basic ${Buffer.from('mei:insight-pass-3').toString('base64')}`;
    const res = await fetch(`${url}/api/insights?from=2026-11-01&to=2026-11-28`, {
      headers: { authorization: auth },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { paymentsFeed: boolean }).paymentsFeed).toBe(false);
  });
});

describe('/metrics protection', () => {
  it('refuses a loopback caller that came through a proxy when no token is set', async () => {
    const { url } = await start();
    const res = await scrape(url, { 'x-forwarded-for': '203.0.113.9' });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.text)).toMatchObject({ error: { code: 'Forbidden' } });
  });

  it('refuses callers from other machines when no token is set', () => {
    const req = { headers: {}, socket: { remoteAddress: '10.0.0.7' } } as unknown as Parameters<
      typeof metricsAccess
    >[0];
    expect(metricsAccess(req, undefined)).toMatchObject({ allowed: false, status: 403 });
    const local = { headers: {}, socket: { remoteAddress: '::ffff:127.0.0.1' } } as unknown as Parameters<
      typeof metricsAccess
    >[0];
    expect(metricsAccess(local, undefined)).toEqual({ allowed: true });
  });

  it('asks for the bearer token when one is set, refuses a wrong one, and serves the right one', async () => {
    const { url } = await start({ METRICS_TOKEN: TOKEN });
    const missing = await scrape(url);
    expect(missing.status).toBe(401);
    expect(missing.auth).toMatch(/^Bearer/);
    expect((await scrape(url, { authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
    expect((await scrape(url, { authorization: `Basic ${TOKEN}` })).status).toBe(401);
    const ok = await scrape(url, { authorization: `Bearer ${TOKEN}` });
    expect(ok.status).toBe(200);
    expect(parsePrometheusText(ok.text).has('collections_turns_total')).toBe(true);
  });
});
