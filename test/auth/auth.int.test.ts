import restify, { type Server } from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth, type Auth } from '../../src/auth/index.js';
import { ManualClock } from '../../src/core/clock.js';
import { MemoryStaffLoginLog } from '../support/memoryStaffLoginLog.js';

const AGENT = { name: 'bob', password: 'agent-pass-2' };
const REVIEWER = { name: 'rita', password: 'review-pass-1' };
const basic = (u: { name: string; password: string }): string =>
  `Basic ${Buffer.from(`${u.name}:${u.password}`).toString('base64')}`;

let server: Server;
let url: string;
let auth: Auth;
const clock = new ManualClock('2026-12-01T09:00:00Z');
const delivered: unknown[] = [];

beforeAll(async () => {
  const config = { REVIEWER_USERS: [REVIEWER], AGENT_USERS: [AGENT], publicUrl: 'http://127.0.0.1' };
  auth = createAuth({ config, clock, scryptCost: 1024, loginLog: new MemoryStaffLoginLog() });
  server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/agent/send', auth.requireRole('agent'), (req, res, next) => {
    delivered.push(req.body);
    res.send(200, { ok: true });
    return next();
  });
  auth.mountSession(server, '/api/agent/session', 'agent');
  auth.mountLoginLog(server, '/api/review/logins');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  url = `http://127.0.0.1:${server.address().port}`;
});

afterAll(() => server.close());

const post = (path: string, headers: Record<string, string>, body = '{"text":"hi"}') =>
  fetch(`${url}${path}`, { method: 'POST', headers, body });

describe('staff sign-in under attack', () => {
  it('answers a malformed or badly escaped session cookie with 401, never a crash', async () => {
    for (const cookie of [
      'collections_session=%',
      'collections_session=%E0%A4%A',
      'collections_session',
      '=;;=%%',
    ]) {
      const res = await fetch(`${url}/api/agent/session`, { headers: { cookie } });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).not.toMatch(/basic/i);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('Unauthorized');
    }
    const bad = await fetch(`${url}/api/agent/session`, { headers: { authorization: 'Basic %%%' } });
    expect(bad.status).toBe(401);
  });

  it('refuses form-encoded and cross-origin state changes even with a valid Basic credential', async () => {
    const json = { authorization: basic(AGENT), 'content-type': 'application/json' };
    const form = await post(
      '/api/agent/send',
      { ...json, 'content-type': 'application/x-www-form-urlencoded' },
      'text=hi',
    );
    expect(form.status).toBe(415);
    const text = await post('/api/agent/send', { ...json, 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    const foreign = await post('/api/agent/send', { ...json, origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    const site = await post('/api/agent/send', { ...json, 'sec-fetch-site': 'cross-site' });
    expect(site.status).toBe(403);
    expect(delivered).toEqual([]);
    const tool = await post('/api/agent/send', json);
    expect(tool.status).toBe(200);
    expect(delivered).toHaveLength(1);
  });

  it('locks a name after 5 failures with 429 and Retry-After, doubling, and records every attempt', async () => {
    await auth.throttle.succeed(['addr:127.0.0.1']);
    const wrong = {
      authorization: basic({ name: 'bob', password: 'guess' }),
      'content-type': 'application/json',
    };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await post('/api/agent/session', wrong)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const locked = await post('/api/agent/session', { ...wrong, authorization: basic(AGENT) });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    clock.advance(2000);
    expect((await post('/api/agent/session', wrong)).status).toBe(401); // 6th failure: 2 s lock
    clock.advance(1000);
    expect((await post('/api/agent/session', wrong)).status).toBe(429);
    clock.advance(60_000);
    expect((await post('/api/agent/session', { ...wrong, authorization: basic(AGENT) })).status).toBe(200);
    const logins = await fetch(`${url}/api/review/logins`, { headers: { authorization: basic(REVIEWER) } });
    const body = (await logins.json()) as { logins: { name: string; outcome: string }[] };
    const outcomes = body.logins.filter((l) => l.name === 'bob').map((l) => l.outcome);
    expect(outcomes.filter((o) => o === 'failed')).toHaveLength(6);
    expect(outcomes).toContain('throttled');
    expect(outcomes).toContain('ok');
    expect(JSON.stringify(body)).not.toContain('guess');
  });

  it('throttles an address that sprays many names', async () => {
    await auth.throttle.succeed(['addr:127.0.0.1']);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const h = {
        authorization: basic({ name: `user${i}`, password: 'x' }),
        'content-type': 'application/json',
      };
      statuses.push((await post('/api/agent/session', h)).status);
    }
    expect(statuses.at(-1)).toBe(429);
    await auth.throttle.succeed(['addr:127.0.0.1']);
  });

  it('meets the lock even when 50 guesses arrive at once (only 5 passwords are checked)', async () => {
    await auth.throttle.succeed(['addr:127.0.0.1', 'user:bob']);
    const before = (await auth.loginLog.list(1000)).length;
    const wrong = {
      authorization: basic({ name: 'bob', password: 'parallel' }),
      'content-type': 'application/json',
    };
    const statuses = await Promise.all(
      Array.from({ length: 50 }, async () => (await post('/api/agent/session', wrong)).status),
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(45);
    expect((await auth.loginLog.list(1000)).length - before).toBe(50);
    await auth.throttle.succeed(['addr:127.0.0.1', 'user:bob']);
  });

  it('marks the session cookie Secure behind a TLS proxy, and requires the CSRF token with it', async () => {
    const res = await post('/api/agent/session', {
      authorization: basic(AGENT),
      'content-type': 'application/json',
      'x-forwarded-proto': 'https',
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/HttpOnly; SameSite=Strict/);
    const plain = await post('/api/agent/session', {
      authorization: basic(AGENT),
      'content-type': 'application/json',
    });
    expect(plain.headers.get('set-cookie') ?? '').not.toMatch(/Secure/);
    const session = cookie.split(';')[0] ?? '';
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    const without = await post('/api/agent/send', { cookie: session, 'content-type': 'application/json' });
    expect(without.status).toBe(403);
    const withToken = await post('/api/agent/send', {
      cookie: session,
      'content-type': 'application/json',
      'x-csrf-token': csrfToken,
    });
    expect(withToken.status).toBe(200);
  });
});
