import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import restify, { type Server } from 'restify';
import { afterAll, describe, expect, it } from 'vitest';
import { createAuth } from '../../src/auth/index.js';
import { ManualClock } from '../../src/core/clock.js';
import { type ConsoleSessionStore, SqliteConsoleSessions } from '../../src/store/consoleSessions.js';
import { openDatabase } from '../../src/store/db.js';
import { PgConsoleSessions } from '../../src/store/pg/consoleSessions.js';
import { createPgPool } from '../../src/store/pg/pool.js';
import { PgRateCounters } from '../../src/store/pg/rateCounters.js';
import { type RateCounters, SqliteRateCounters } from '../../src/store/rateCounters.js';
import { SharedLoginThrottle } from '../../src/store/sharedLimits.js';
import { MemoryStaffLoginLog } from '../support/memoryStaffLoginLog.js';
import { describePg } from '../support/postgres.js';

const AGENT = { name: 'bob', password: 'agent-pass-2' };
const basic = (u: { name: string; password: string }): string =>
  `Basic ${Buffer.from(`${u.name}:${u.password}`).toString('base64')}`;

const servers: Server[] = [];
afterAll(() => servers.forEach((s) => s.close()));

interface Backend {
  sessions(): ConsoleSessionStore;
  counters(): RateCounters;
  /** Every stored sign-in counter and session as text. */
  dump(): Promise<string>;
}

/** One service instance: its own Auth and HTTP server, the sessions and counters of `backend`. */
async function instance(backend: Backend, clock: ManualClock): Promise<string> {
  const config = { REVIEWER_USERS: [], AGENT_USERS: [AGENT], publicUrl: 'http://127.0.0.1' };
  const auth = createAuth({
    config,
    clock,
    scryptCost: 1024,
    loginLog: new MemoryStaffLoginLog(),
    sessionStore: backend.sessions(),
    signInThrottle: new SharedLoginThrottle(backend.counters(), clock, { freeFailures: 3 }),
  });
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/agent/send', auth.requireRole('agent'), (_req, res, next) => {
    res.send(200, { ok: true });
    return next();
  });
  auth.mountSession(server, '/api/agent/session', 'agent');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}

function sharedAuthCases(backend: () => Backend): void {
  it('signs a console in on one instance and lets it work, and sign out, on the other', async () => {
    const clock = new ManualClock('2026-12-05T04:00:00Z');
    const b = backend();
    const [a, other] = [await instance(b, clock), await instance(b, clock)];
    const login = await fetch(`${a}/api/agent/session`, {
      method: 'POST',
      headers: { authorization: basic(AGENT), 'content-type': 'application/json' },
      body: '{}',
    });
    expect(login.status).toBe(200);
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const seen = await fetch(`${other}/api/agent/session`, { headers: { cookie } });
    expect(seen.status).toBe(200);
    expect(await seen.json()).toMatchObject({ name: 'bob', roles: ['agent'], csrfToken });
    const send = (headers: Record<string, string>) =>
      fetch(`${other}/api/agent/send`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json', ...headers },
        body: '{"text":"您好"}',
      });
    expect((await send({})).status).toBe(403);
    expect((await send({ 'x-csrf-token': csrfToken })).status).toBe(200);
    const dump = await b.dump();
    expect(dump).not.toContain(decodeURIComponent(cookie.split('=')[1] ?? 'x'));
    expect(dump).not.toContain(csrfToken);
    expect(
      (
        await fetch(`${other}/api/agent/session`, {
          method: 'DELETE',
          headers: { cookie, 'x-csrf-token': csrfToken },
        })
      ).status,
    ).toBe(204);
    expect((await fetch(`${a}/api/agent/session`, { headers: { cookie } })).status).toBe(401);
  });

  it('counts failed sign-ins on every instance, and stores no name or address in clear', async () => {
    const clock = new ManualClock('2026-12-05T04:10:00Z');
    const b = backend();
    const urls = [await instance(b, clock), await instance(b, clock)];
    const attempt = (i: number, password: string) =>
      fetch(`${urls[i % 2]}/api/agent/session`, {
        headers: { authorization: basic({ name: 'mallory-target', password }) },
      });
    for (let i = 0; i < 3; i++) expect((await attempt(i, `guess-${i}`)).status).toBe(401);
    const locked = await attempt(3, 'guess-3');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    const dump = await b.dump();
    expect(dump).not.toContain('mallory-target');
    expect(dump).not.toContain('127.0.0.1');
  });
}

describe('console sign-in shared by two instances on one SQLite file', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shared-auth-'));
  sharedAuthCases(() => ({
    sessions: () => new SqliteConsoleSessions(openDatabase(dir)),
    counters: () => new SqliteRateCounters(openDatabase(dir)),
    dump: async () => {
      const db = openDatabase(dir);
      return JSON.stringify([
        db.prepare('SELECT * FROM console_sessions').all(),
        db.prepare('SELECT * FROM rate_counters').all(),
      ]);
    },
  }));
});

describePg('console sign-in shared by two instances on one PostgreSQL', (pg) => {
  sharedAuthCases(() => ({
    sessions: () => new PgConsoleSessions(pg.pool({ max: 2 })),
    counters: () => new PgRateCounters(pg.pool({ max: 2 })),
    dump: async () => {
      const pool = pg.pool({ max: 1 });
      const sessions = await pool.query('SELECT * FROM console_sessions');
      const counters = await pool.query('SELECT * FROM rate_counters');
      return JSON.stringify([sessions.rows, counters.rows]);
    },
  }));
});

describe('console sign-in when the shared database is unreachable', () => {
  it('answers 503 store_unavailable with Retry-After, never a crash or a pass', async () => {
    const pool = createPgPool({ url: 'postgresql://u:pw@127.0.0.1:1/x', connectTimeoutMs: 300 });
    const url = await instance(
      {
        sessions: () => new PgConsoleSessions(pool),
        counters: () => new PgRateCounters(pool),
        dump: async () => '',
      },
      new ManualClock('2026-12-05T04:20:00Z'),
    );
    const withCookie = await fetch(`${url}/api/agent/session`, {
      headers: { cookie: 'collections_session=abc' },
    });
    expect(withCookie.status).toBe(503);
    expect(((await withCookie.json()) as { error: { code: string } }).error.code).toBe('store_unavailable');
    const withBasic = await fetch(`${url}/api/agent/session`, { headers: { authorization: basic(AGENT) } });
    expect(withBasic.status).toBe(503);
    expect(withBasic.headers.get('retry-after')).toBe('5');
    await pool.end();
  });
});
