import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import restify, { type Server } from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth } from '../../src/auth/auth.js';
import { ManualClock } from '../../src/core/clock.js';
import { registerInsights } from '../../src/insights/index.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { seedInsights } from './fixtures.js';
import { MemoryStaffLoginLog } from '../support/memoryStaffLoginLog.js';

const REVIEWER = { name: 'mei', password: 'insight-pass-3' };
const AGENT = { name: 'bob', password: 'agent-pass-4' };
const basic = (u: { name: string; password: string }) =>
  `Basic ${Buffer.from(`${u.name}:${u.password}`).toString('base64')}`;

let dir: string;
let db: Db;
let server: Server;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'insights-api-'));
  db = openDatabase(dir);
  await seedInsights(db);
  const clock = new ManualClock('2026-12-01T03:00:00.000Z');
  const auth = createAuth({
    config: { REVIEWER_USERS: [REVIEWER], AGENT_USERS: [AGENT], publicUrl: 'http://127.0.0.1' },
    clock,
    scryptCost: 1024,
    loginLog: new MemoryStaffLoginLog(),
  });
  server = restify.createServer({ handleUncaughtExceptions: false });
  registerInsights(server, { db, auth, clock, logger: { error: () => undefined } });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  url = `http://127.0.0.1:${server.address().port}`;
});

afterAll(() => {
  server?.close();
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (p: string, who?: { name: string; password: string }) =>
  fetch(`${url}${p}`, { headers: who ? { authorization: basic(who) } : {} });

describe('/api/insights', () => {
  it('asks for a reviewer: 401 without credentials, 403 for an agent', async () => {
    expect((await get('/api/insights')).status).toBe(401);
    expect((await get('/api/insights', AGENT)).status).toBe(403);
    expect((await get('/api/insights/csv/funnel', AGENT)).status).toBe(403);
  });

  it('answers a reviewer with every table, and a bad filter with a 400 naming it', async () => {
    const ok = await get('/api/insights?from=2026-11-01&to=2026-11-30', REVIEWER);
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { tables: Record<string, { rows: unknown[][] }> };
    expect(Object.keys(body.tables)).toEqual([
      'funnel',
      'commitments',
      'care',
      'escalations',
      'guardrailCategories',
      'guardrailSources',
    ]);
    expect(body.tables.funnel?.rows[0]).toEqual(['contacted', 4, 100]);
    const bad = await get('/api/insights?from=2026-11-31', REVIEWER);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: { code: 'BadQuery', message: 'from: not a calendar date' } });
  });

  it('serves each table as a CSV attachment and 404s an unknown one', async () => {
    const csv = await get('/api/insights/csv/funnel?from=2026-11-01&to=2026-11-30&locale=en', REVIEWER);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(
      'attachment; filename="insights-funnel-2026-11-01-2026-12-01.csv"',
    );
    expect(await csv.text()).toBe(
      'step,accounts,percentOfContacted\r\ncontacted,2,100\r\nreplied,1,50\r\nverified,1,50\r\nagreed,1,50\r\nkept,0,0\r\n',
    );
    const missing = await get('/api/insights/csv/%3Cscript%3E', REVIEWER);
    expect(missing.status).toBe(404);
  });

  it('serves the page and Chart.js from this server, under a strict content security policy', async () => {
    const page = await get('/insights');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('/insights/chart.umd.min.js');
    const chart = await get('/insights/chart.umd.min.js');
    expect(chart.status).toBe(200);
    expect((await chart.text()).length).toBeGreaterThan(100_000);
  });
});
