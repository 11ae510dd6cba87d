import type { Browser } from 'playwright-core';
import restify, { type Server } from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth } from '../../src/auth/index.js';
import { ManualClock } from '../../src/core/clock.js';
import { launchChromium } from '../support/browser.js';
import { MemoryStaffLoginLog } from '../support/memoryStaffLoginLog.js';

const AGENT = { username: 'bob', password: 'agent-pass-2' };

let service: Server;
let evil: Server;
let serviceUrl: string;
let evilUrl: string;
let browser: Browser;
const delivered: unknown[] = [];
const seen: { authorization: boolean; status: number }[] = [];

async function start(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${server.address().port}`;
}

beforeAll(async () => {
  const config = {
    REVIEWER_USERS: [],
    AGENT_USERS: [{ name: AGENT.username, password: AGENT.password }],
    publicUrl: 'http://127.0.0.1',
  };
  const auth = createAuth({
    config,
    clock: new ManualClock('2026-12-01T09:00:00Z'),
    scryptCost: 1024,
    loginLog: new MemoryStaffLoginLog(),
  });
  service = restify.createServer({ handleUncaughtExceptions: false });
  service.use(restify.plugins.bodyParser({ mapParams: false }));
  service.on('after', (req: restify.Request, res: restify.Response) => {
    seen.push({ authorization: Boolean(req.headers.authorization), status: res.statusCode });
  });
  service.post('/api/agent/conversations/c1/messages', auth.requireRole('agent'), (req, res, next) => {
    delivered.push(req.body);
    res.send(200, { ok: true });
    return next();
  });
  serviceUrl = await start(service);
  // Another origin (another port) serving a page that submits forms to the agent API.
  evil = restify.createServer({ handleUncaughtExceptions: false });
  evil.get('/', (_req, res, next) => {
    const target = `${serviceUrl}/api/agent/conversations/c1/messages`;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><body>
      <form id="f1" method="POST" action="${target}"><input name="text" value="pay now or else"></form>
      <form id="f2" method="POST" enctype="text/plain" action="${target}" target="w2"><input name='{"text":"pay","x":"' value='"}'></form>
      <iframe name="w2"></iframe></body>`);
    return next();
  });
  evilUrl = await start(evil);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  service?.close();
  evil?.close();
});

describe('a page on another origin', () => {
  it('cannot post to the agent API with the browser’s Basic credentials, as a form or as text', async () => {
    // As if the browser had cached the agent's Basic credential: it goes with every request.
    const context = await browser.newContext({
      extraHTTPHeaders: {
        authorization: `Basic ${Buffer.from(`${AGENT.username}:${AGENT.password}`).toString('base64')}`,
      },
    });
    const page = await context.newPage();
    await page.goto(evilUrl);
    const first = page.waitForResponse((r) => r.url().startsWith(serviceUrl));
    await page.evaluate(() => (document.getElementById('f1') as HTMLFormElement).submit());
    expect((await first).status()).toBe(415);
    const page2 = await context.newPage();
    await page2.goto(evilUrl);
    const second = page2.waitForResponse((r) => r.url().startsWith(serviceUrl));
    await page2.evaluate(() => (document.getElementById('f2') as HTMLFormElement).submit());
    expect([403, 415]).toContain((await second).status());
    await context.close();
    expect(delivered).toEqual([]);
    // The browser did send the credential: the refusal is the CSRF rule, not a missing password.
    expect(seen.filter((s) => s.authorization).length).toBeGreaterThanOrEqual(2);
  });
});
