import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Server } from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/bot/app.js';
import { loadConfig } from '../../src/config/config.js';
import { createServer, listen } from '../../src/bot/server.js';
import {
  createLinkToken,
  registerDirectLine,
  type DirectLineChannel,
} from '../../src/channels/directline/index.js';
import { formatAmount } from '../../src/core/money.js';
import { startEchoServer, type EchoServer } from '../channels/directline/echoApp.js';
import { closeHttpServer } from '../support/http.js';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/browser.js';

const ARTIFACTS = path.resolve('test-artifacts');

let context: BrowserContext;
let userDataDir: string;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  userDataDir = mkdtempSync(path.join(tmpdir(), 'webchat-e2e-profile-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
});

afterAll(async () => {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

/** Opens a page and collects script errors and failed requests, which must stay empty. */
async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  return { page, errors };
}

/** Closes the open pages first, so no Web Chat client keeps reconnecting to a closing server. */
async function closePages(): Promise<void> {
  await Promise.all(context?.pages().map((page) => page.close()) ?? []);
}

/** Types into Web Chat's send box and sends with Enter. */
async function send(page: Page, text: string): Promise<void> {
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill(text);
  await input.press('Enter');
}

/** Waits for a transcript bubble containing this text. */
async function bubble(page: Page, text: string): Promise<void> {
  await page.locator('.webchat__bubble__content').filter({ hasText: text }).last().waitFor();
}

/** The texts of the transcript's bubbles, in order. */
async function bubbles(page: Page): Promise<string[]> {
  return page.locator('.webchat__bubble__content').allInnerTexts();
}

/** Clicks one of Web Chat's suggested-action buttons. */
async function suggested(page: Page, title: string): Promise<void> {
  await page.getByRole('toolbar').getByRole('button', { name: title, exact: true }).click();
}

describe('the web chat page with the real bot', () => {
  let app: App;
  let server: Server;
  let channel: DirectLineChannel | undefined;
  let baseUrl: string;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'webchat-e2e-data-'));
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', REMINDERS_ENABLED: 'false' });
    app = createApp(config, { logger: pino({ level: 'silent' }) });
    server = createServer(app, [
      (s, a) => {
        channel = registerDirectLine(s, a);
      },
    ]);
    baseUrl = await listen(server, 0, '127.0.0.1');
  });

  afterAll(async () => {
    await channel?.close();
    await closePages();
    if (server) await closeHttpServer(server);
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens the demo-zh link, verifies identity, agrees a plan, and shows the same history after a reload', async () => {
    const { page, errors } = await open(
      `${baseUrl}/chat?t=${createLinkToken('demo-zh', app.clock, app.config)}`,
    );
    await expect
      .poll(() => page.locator('[data-testid="chat-notice"]').innerText())
      .toBe(
        '您正在与示例银行的自动服务助手对话（自动回复，非人工）。为保障您的权益，本次对话内容将被记录并保存。',
      );
    await bubble(page, '身份证号码的后四位');
    expect((await bubbles(page)).join('\n')).not.toContain('12,345.67');

    await send(page, '身份证后四位1234');
    await bubble(page, '身份验证已通过');
    await send(page, '每个月只能还2000');
    await bubble(page, '还款方案');
    await suggested(page, '方案1');
    await bubble(page, '请您确认所选的还款方案');
    await suggested(page, '确认');
    await bubble(page, '还款计划已登记成功');

    const plan = await app.stores.plans.activeFor('A-1001');
    expect(plan?.status).toBe('active');
    const agreed = (await bubbles(page)).at(-1) ?? '';
    expect(agreed).toContain(plan?.planId ?? 'no plan');
    expect(agreed).toContain(formatAmount(plan?.offer.totalCents ?? 0));
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-demo-zh-plan.png'), fullPage: true });

    const before = await bubbles(page);
    expect(before).toContain('身份证后四位1234');
    await page.reload();
    await bubble(page, '还款计划已登记成功');
    await expect.poll(() => bubbles(page)).toEqual(before);
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-demo-zh-after-reload.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});

describe('the web chat page with the echo bot', () => {
  let server: EchoServer;
  beforeAll(async () => {
    server = await startEchoServer();
  });
  afterAll(async () => {
    await closePages();
    await server?.close();
  });

  it('shows suggested actions and the typing indicator, and resumes after a reload', async () => {
    const { page, errors } = await open(
      `${server.baseUrl}/chat?t=${createLinkToken('demo-zh', server.app.clock, server.config)}`,
    );
    await bubble(page, '您好，我是测试助手。');
    await suggested(page, '你好');
    await bubble(page, '回声：你好');
    await send(page, 'slow');
    await page.locator('.webchat__typing-indicator').waitFor();
    await bubble(page, '回声：slow');
    await page.reload();
    await bubble(page, '回声：slow');
    await expect
      .poll(() => bubbles(page))
      .toEqual(['您好，我是测试助手。', '你好', '回声：你好', 'slow', '回声：slow']);
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-echo.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
