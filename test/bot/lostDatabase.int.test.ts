import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp, type App } from '../../src/bot/app.js';
import { openSqliteBackend, type Backend } from '../../src/bot/backend.js';
import { mounts } from '../../src/bot/mounts.js';
import { openPgBackendParts, type PgBackendParts } from '../../src/bot/pgBackend.js';
import { ManualClock } from '../../src/core/clock.js';
import { openDirectLine, postDirectLine } from '../support/directLine.js';
import { sendActivity, startServer, type Running } from '../support/http.js';
import { describePg } from '../support/postgres.js';
import { portOf, startTcpProxy, type TcpProxy } from '../support/tcpProxy.js';
import { testConfig } from '../support/testApp.js';

interface Health {
  status: string;
  reasons: string[];
  database?: { status: string; reason?: string };
}

const health = async (url: string): Promise<{ code: number; body: Health; text: string }> => {
  const res = await fetch(`${url}/healthz`);
  const text = await res.text();
  return { code: res.status, body: JSON.parse(text) as Health, text };
};

const apiPost = (url: string, conversationId: string, text: string) =>
  sendActivity(url, conversationId, 'demo-zh', text);

/**
 * The service's behaviour when its shared database goes away mid-service, with the PostgreSQL
 * parts that exist today (the cross-instance turn lock and the health probe, through a TCP proxy
 * the test cuts); the other stores stay on SQLite here.
 */
describePg('a turn while the shared database is unreachable', (pg) => {
  let proxy: TcpProxy;
  let parts: PgBackendParts;
  let app: App;
  let running: Running;

  beforeAll(async () => {
    proxy = await startTcpProxy(portOf(pg.url));
    const url = new URL(proxy.rewrite(pg.url));
    url.password = 'hunter2'; // trust auth ignores it; it must never show
    const clock = new ManualClock('2026-11-28T02:00:00Z');
    parts = await openPgBackendParts(
      {
        DATABASE_URL: url.toString(),
        PG_POOL_MAX: 4,
        TURN_LOCK_WAIT_MS: 1000,
        TURN_LOCK_CONNECTIONS: 4,
        linkSecret: 'lost-db-secret',
      },
      { clock, log: () => undefined },
    );
    const config = testConfig();
    const logger = pino({ level: 'silent' });
    const sqlite = openSqliteBackend(config, { clock, logger });
    const backend: Backend = {
      ...sqlite,
      kind: 'postgres',
      turnLock: parts.turnLock,
      probe: (now) => parts.probe(now),
      close: async () => {
        await parts.close();
        await sqlite.close();
      },
    };
    app = createApp(config, { clock, logger, backend });
    running = await startServer(app, mounts);
  });
  afterAll(async () => {
    await running.stop();
    await app.close();
    await proxy.close();
  });

  it('says ok with the database answering, and serves turns', async () => {
    const h = await health(running.url);
    expect(h.body.status).toBe('ok');
    expect(h.body.database).toEqual({ backend: 'postgres', status: 'ok' });
    expect((await apiPost(running.url, 'lost-api', '你好')).status).toBe(200);
  });

  it('answers 503 store_unavailable with Retry-After on both channels, writing no reply and no state', async () => {
    const session = await openDirectLine(running.url, app);
    const before = app.db.prepare('SELECT count(*) AS n FROM bot_state').get() as { n: number };
    const repliesBefore = app.db
      .prepare("SELECT count(*) AS n FROM transcript_records WHERE role = 'bot'")
      .get() as { n: number };
    proxy.cut();
    try {
      const api = await apiPost(running.url, 'lost-api', '我身份证后四位是1234');
      expect(api.status).toBe(503);
      expect(api.headers.get('retry-after')).toMatch(/^\d+$/);
      const body = (await api.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('store_unavailable');
      expect(JSON.stringify(body)).not.toMatch(/hunter2|127\.0\.0\.1|ECONN/);

      const dl = await fetch(
        `${running.url}/v3/directline/conversations/${session.conversationId}/activities`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'message', text: '你好', from: { name: 'person' } }),
        },
      );
      expect(dl.status).toBe(503);
      expect(dl.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(((await dl.json()) as { error: { code: string } }).error.code).toBe('store_unavailable');

      const after = app.db.prepare('SELECT count(*) AS n FROM bot_state').get() as { n: number };
      const repliesAfter = app.db
        .prepare("SELECT count(*) AS n FROM transcript_records WHERE role = 'bot'")
        .get() as { n: number };
      expect(after.n).toBe(before.n);
      expect(repliesAfter.n).toBe(repliesBefore.n);
    } finally {
      proxy.restore();
    }
  });

  it('says degraded with the reason and no secret while the database is gone, and ok again by itself', async () => {
    proxy.cut();
    let down: Awaited<ReturnType<typeof health>>;
    try {
      down = await health(running.url);
    } finally {
      proxy.restore();
    }
    expect(down.code).toBe(200);
    expect(down.body.status).toBe('degraded');
    expect(down.body.reasons.join('\n')).toMatch(/^database unreachable: /m);
    expect(down.body.database?.status).toBe('unreachable');
    expect(down.text).not.toContain('hunter2');
    let back = await health(running.url);
    for (let i = 0; i < 50 && back.body.status !== 'ok'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      back = await health(running.url);
    }
    expect(back.body.status).toBe('ok');
    expect((await apiPost(running.url, 'lost-api', '我身份证后四位是1234')).status).toBe(200);
    expect((await postDirectLine(running.url, await openDirectLine(running.url, app), '你好')).status).toBe(
      200,
    );
  });
});
