import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import restify, { type Server } from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth } from '../../src/auth/auth.js';
import { ManualClock } from '../../src/core/clock.js';
import { registerInsights } from '../../src/insights/index.js';
import { registerReview } from '../../src/review/api.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { seedInsights } from '../insights/fixtures.js';
import { launchChromium } from '../support/browser.js';
import { MemoryStaffLoginLog } from '../support/memoryStaffLoginLog.js';

const ARTIFACTS = path.resolve('test-artifacts');
const MANAGER = { name: 'mei', password: 'insight-pass-3' };
const CHARTS = ['funnel', 'commitments', 'care', 'escalations', 'guardrailCategories', 'guardrailSources'];

let dir: string;
let db: Db;
let server: Server;
let url: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dir = mkdtempSync(path.join(tmpdir(), 'insights-'));
  db = openDatabase(dir);
  await seedInsights(db);
  const clock = new ManualClock('2026-12-01T03:00:00.000Z');
  const config = { REVIEWER_USERS: [MANAGER], AGENT_USERS: [], publicUrl: 'http://127.0.0.1' };
  const auth = createAuth({ config, clock, scryptCost: 1024, loginLog: new MemoryStaffLoginLog() });
  const logger = { info: () => undefined, error: () => undefined };
  server = restify.createServer({ handleUncaughtExceptions: false });
  registerReview(server, { config, clock, logger, db, auth });
  registerInsights(server, { db, auth, clock, logger });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  url = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Painted (non-transparent) pixels on a chart's canvas. */
const painted = (id: string): Promise<number> =>
  page.evaluate((canvasId) => {
    const canvas = document.getElementById(canvasId) as HTMLCanvasElement;
    const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    let n = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]) n++;
    return n;
  }, `chart-${id}`);
const image = (id: string): Promise<string> =>
  page.evaluate(
    (canvasId) => (document.getElementById(canvasId) as HTMLCanvasElement).toDataURL(),
    `chart-${id}`,
  );
const renders = async (): Promise<number> =>
  Number((await page.locator('body').getAttribute('data-renders')) ?? 0);

async function applyFilters(change: () => Promise<void>): Promise<void> {
  const before = await renders();
  await change();
  await page.getByRole('button', { name: /查询|Show/ }).click();
  await expect.poll(renders).toBe(before + 1);
}

describe('insights dashboard', () => {
  it('signs a manager in and draws every chart from the stored records', async () => {
    await page.goto(`${url}/insights`);
    await page.locator('#login-name').fill(MANAGER.name);
    await page.locator('#login-password').fill(MANAGER.password);
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(renders).toBe(1);
    await applyFilters(async () => {
      await page.locator('#filters input[name="from"]').fill('2026-11-01');
      await page.locator('#filters input[name="to"]').fill('2026-11-30');
    });
    for (const id of CHARTS) expect(await painted(id), id).toBeGreaterThan(500);
    expect(await page.locator('#card-funnel h2').innerText()).toBe('触达转化漏斗');
    expect(await page.locator('#card-commitments .no-payments').innerText()).toContain('尚未配置还款数据源');
    await page.locator('#card-funnel summary').click();
    expect(await page.locator('#card-funnel tbody').innerText()).toMatch(
      /已触达\t4\t100[\s\S]*已履约\t1\t25/,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'insights-zh.png'), fullPage: true });
  });

  it('redraws the charts when a filter changes', async () => {
    const funnelBefore = await image('funnel');
    const sourcesBefore = await image('guardrailSources');
    await applyFilters(async () => {
      await page.locator('#filters select[name="locale"]').selectOption('en');
    });
    expect(await image('funnel')).not.toBe(funnelBefore);
    expect(await image('guardrailSources')).not.toBe(sourcesBefore);
    await page.locator('#card-funnel summary').click();
    expect(await page.locator('#card-funnel tbody').innerText()).toMatch(/已触达\t2\t100/);
  });

  it('links each chart to the review console’s filtered list and to its CSV', async () => {
    const review = await page.locator('#card-guardrailCategories a.review-link').getAttribute('href');
    expect(review).toBe('/review?from=2026-11-01&to=2026-11-30&blocked=true');
    const csvHref = (await page.locator('#card-escalations a.csv-link').getAttribute('href')) ?? '';
    const csv = await page.evaluate(
      async (href) =>
        new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await fetch(href)).arrayBuffer()),
      csvHref,
    );
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFFbucket,escalations,answered,avgWaitSeconds,maxWaitSeconds');
    expect(lines).toHaveLength(32);
    expect(lines).toContain('2026-11-06,1,0,,');
    expect(lines).toContain('2026-11-05,0,0,,');
    await page.goto(`${url}${review}`);
    await page.locator('#list-view').waitFor();
    expect(await page.locator('#filters input[name="blocked"]').isChecked()).toBe(true);
    expect(await page.locator('#filters input[name="from"]').inputValue()).toBe('2026-11-01');
  });

  it('reads in English on a laptop screen', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${url}/insights`);
    await page.locator('#lang').selectOption('en');
    await expect.poll(renders).toBeGreaterThan(0);
    expect(await page.locator('#card-guardrailSources h2').innerText()).toBe('Guardrail blocks by source');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await page.screenshot({ path: path.join(ARTIFACTS, 'insights-en.png') });
  });
});
