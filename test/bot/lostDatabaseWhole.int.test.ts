import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp, type App } from '../../src/bot/app.js';
import { mounts } from '../../src/bot/mounts.js';
import { openPgBackendParts, type PgBackendParts } from '../../src/bot/pgBackend.js';
import { postgresBackend } from '../../src/bot/postgresBackend.js';
import { ManualClock } from '../../src/core/clock.js';
import { lockKey } from '../../src/store/pg/conversationLock.js';
import { TURN_LOCK_NAMESPACE } from '../../src/store/pg/turnSession.js';
import { openDirectLine, postDirectLine } from '../support/directLine.js';
import { sendActivity, startServer, type Running } from '../support/http.js';
import { describePg } from '../support/postgres.js';
import { portOf, startTcpProxy, type TcpProxy } from '../support/tcpProxy.js';
import { testConfig } from '../support/testApp.js';

const apiPost = (url: string, conversationId: string, text: string) =>
  sendActivity(url, conversationId, 'demo-zh', text);

const healthOf = async (url: string) => {
  const res = await fetch(`${url}/healthz`);
  const text = await res.text();
  return { code: res.status, text, body: JSON.parse(text) as { status: string; reasons: string[] } };
};

/** The whole PostgreSQL backend (every store there) while its database goes away and comes back. */
describePg('the service on the whole PostgreSQL backend while the database is lost', (pg) => {
  let proxy: TcpProxy;
  let parts: PgBackendParts;
  let app: App;
  let running: Running;

  beforeAll(async () => {
    proxy = await startTcpProxy(portOf(pg.url));
    const url = new URL(proxy.rewrite(pg.url));
    url.password = 'hunter2'; // trust auth ignores it; it must never show
    const clock = new ManualClock('2026-11-28T02:00:00Z');
    const config = {
      ...testConfig({ SEED_DEMO: 'true' }),
      DATABASE_URL: url.toString(),
      PG_POOL_MAX: 4,
      TURN_LOCK_WAIT_MS: 1000,
      TURN_LOCK_CONNECTIONS: 4,
    };
    parts = await openPgBackendParts(config, { clock, log: () => undefined });
    const logger = pino({ level: process.env.DEBUG_LOG ? 'error' : 'silent' });
    const backend = await postgresBackend(parts, config, { clock, logger });
    app = createApp(config, { clock, logger, backend });
    running = await startServer(app, mounts);
  });
  afterAll(async () => {
    await running.stop();
    await app.close();
    await proxy.close();
  });

  it('answers 503 with Retry-After while the database is cut, writes no reply, and serves again once it is back', async () => {
    expect((await apiPost(running.url, 'whole-api', '你好')).status).toBe(200);
    const session = await openDirectLine(running.url, app);
    const replies = async () =>
      (
        await parts.shared.pool.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM transcript_records WHERE role = 'bot'",
        )
      ).rows[0]!.n;
    const before = await replies();
    proxy.cut();
    try {
      const api = await apiPost(running.url, 'whole-api', '我身份证后四位是1234');
      expect(api.status).toBe(503);
      expect(api.headers.get('retry-after')).toMatch(/^\d+$/);
      const dl = await postDirectLine(running.url, session, '你好');
      expect(dl.status).toBe(503);
      const down = await healthOf(running.url);
      expect(down.body.status).not.toBe('ok');
      expect(down.body.reasons.join('\n')).toMatch(/database unreachable/);
      expect(down.text).not.toContain('hunter2');
    } finally {
      proxy.restore();
    }
    let back = await healthOf(running.url);
    for (let i = 0; i < 50 && back.body.status !== 'ok'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      back = await healthOf(running.url);
    }
    expect(back.body.status).toBe('ok');
    expect(await replies()).toBe(before);
    expect((await apiPost(running.url, 'whole-api', '我身份证后四位是1234')).status).toBe(200);
    expect((await postDirectLine(running.url, session, '你好')).status).toBe(200);
  });

  it('answers 503 within the deadlines while the database stops answering mid-service (no reset), and serves once it answers again (scalesec21)', async () => {
    expect((await apiPost(running.url, 'stalled-api', '你好')).status).toBe(200);
    proxy.stall();
    const started = Date.now();
    try {
      const api = await apiPost(running.url, 'stalled-api', '我身份证后四位是1234');
      // Before: the pool's established connections waited for an answer until the kernel's
      // keepalive gave up (hours); now the query read timeout (statement limit + 2 s) ends it.
      expect(api.status).toBe(503);
      expect(((await api.json()) as { error: { code: string } }).error.code).toBe('store_unavailable');
      expect(Date.now() - started).toBeLessThan(25_000);
    } finally {
      proxy.restore();
    }
    let back = await healthOf(running.url);
    for (let i = 0; i < 100 && back.body.status !== 'ok'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      back = await healthOf(running.url);
    }
    expect(back.body.status).toBe('ok');
    expect((await apiPost(running.url, 'stalled-api', '我身份证后四位是1234')).status).toBe(200);
  }, 60_000);

  it('answers 503 conversation_busy, sends nothing and keeps no answer while another session holds the conversation past TURN_LOCK_WAIT_MS (scalesec21)', async () => {
    expect((await apiPost(running.url, 'held-api', '你好')).status).toBe(200);
    const botRecords = async () =>
      (
        await parts.shared.pool.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM transcript_records WHERE conversation_id = 'held-api' AND role = 'bot'",
        )
      ).rows[0]!.n;
    const before = await botRecords();
    const holder = await parts.shared.pool.connect();
    try {
      await holder.query('SELECT pg_advisory_lock($1, $2)', [TURN_LOCK_NAMESPACE, lockKey('held-api')]);
      const held = await apiPost(running.url, 'held-api', '你好');
      // Before: 200 with the apology "抱歉，这个问题我暂时无法答复…", sent and recorded as the answer.
      expect(held.status).toBe(503);
      expect(held.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(((await held.json()) as { error: { code: string } }).error.code).toBe('conversation_busy');
      expect(await botRecords()).toBe(before);
    } finally {
      await holder.query('SELECT pg_advisory_unlock_all()');
      holder.release();
    }
    expect((await apiPost(running.url, 'held-api', '你好')).status).toBe(200);
  }, 30_000);
});
