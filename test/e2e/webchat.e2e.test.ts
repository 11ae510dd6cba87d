import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinkToken } from '../../src/channels/directline/index.js';
import { startEchoServer, type EchoServer } from '../channels/directline/echoApp.js';

const ARTIFACTS = path.resolve('test-artifacts');
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let server: EchoServer;
let context: BrowserContext;
let userDataDir: string;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startEchoServer();
  userDataDir = mkdtempSync(path.join(tmpdir(), 'webchat-e2e-profile-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
  await server?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

/** Types into Web Chat's send box and sends with Enter. */
async function send(page: Page, text: string): Promise<void> {
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill(text);
  await input.press('Enter');
}

/** Waits for a transcript bubble with exactly this text. */
async function bubble(page: Page, text: string): Promise<void> {
  await page.locator('.webchat__bubble__content').filter({ hasText: text }).last().waitFor();
}

/** The texts of the transcript's bubbles, in order. */
async function bubbles(page: Page): Promise<string[]> {
  return page.locator('.webchat__bubble__content').allInnerTexts();
}

describe('the web chat page with the real Web Chat client', () => {
  it('talks over Direct Line, shows suggested actions and typing, and shows the history again after a reload', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const url = `${server.baseUrl}/chat?t=${createLinkToken('demo-zh', server.app.clock, server.config)}`;
    await page.goto(url);

    await expect.poll(() => page.locator('[data-testid="chat-notice"]').innerText()).toContain('本次对话内容将被记录并保存');
    await bubble(page, '您好，我是测试助手。');
    await page.getByRole('toolbar').getByRole('button', { name: '你好' }).click();
    await bubble(page, '回声：你好');
    await send(page, '我想分期还款');
    await bubble(page, '回声：我想分期还款');
    await expect.poll(() => bubbles(page)).toEqual(['您好，我是测试助手。', '你好', '回声：你好', '我想分期还款', '回声：我想分期还款']);
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-echo.png'), fullPage: true });

    await page.reload();
    await bubble(page, '回声：我想分期还款');
    await expect.poll(() => bubbles(page)).toEqual(['您好，我是测试助手。', '你好', '回声：你好', '我想分期还款', '回声：我想分期还款']);
    await send(page, '刷新后还在');
    await bubble(page, '回声：刷新后还在');
    await send(page, 'slow');
    await page.locator('.webchat__typing-indicator').waitFor();
    await bubble(page, '回声：slow');
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-echo-after-reload.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
