import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinkToken } from '../../src/channels/directline/index.js';
import { startEchoServer, type EchoServer } from '../channels/directline/echoApp.js';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/browser.js';

let context: BrowserContext;
let userDataDir: string;
let server: EchoServer;

beforeAll(async () => {
  userDataDir = mkdtempSync(path.join(tmpdir(), 'webchat-tabs-profile-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
    locale: 'zh-CN',
  });
  server = await startEchoServer();
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  return { page, errors };
}

async function send(page: Page, text: string): Promise<void> {
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill(text);
  await input.press('Enter');
}

/** Waits for the bubble and says how long it took from `since` (printed, never asserted). */
async function seen(page: Page, text: string, since: number): Promise<number> {
  await page.locator('.webchat__bubble__content').filter({ hasText: text }).last().waitFor();
  return Date.now() - since;
}

const bubbles = (page: Page) => page.locator('.webchat__bubble__content').allInnerTexts();

describe('one chat open in two browser tabs', () => {
  it('shows each reply in both tabs, whichever tab the person writes in, and keeps the other after one closes', async () => {
    const link = `${server.baseUrl}/chat?t=${createLinkToken('demo-zh', server.app.clock, server.config)}`;
    const first = await open(link);
    await seen(first.page, '您好，我是测试助手。', Date.now());
    const second = await open(link);
    await seen(second.page, '您好，我是测试助手。', Date.now());
    await expect.poll(() => server.channel.openStreams()).toBe(2);

    let since = Date.now();
    await send(first.page, '第一个标签页');
    const inFirst = await seen(first.page, '回声：第一个标签页', since);
    const inSecond = await seen(second.page, '回声：第一个标签页', since);
    since = Date.now();
    await send(second.page, '第二个标签页');
    const backInSecond = await seen(second.page, '回声：第二个标签页', since);
    const backInFirst = await seen(first.page, '回声：第二个标签页', since);
    console.log(
      `two tabs, reply shown after (ms): writer ${inFirst}, other tab ${inSecond}; writer ${backInSecond}, other tab ${backInFirst}`,
    );
    // Each tab is its own session (the server cannot tell a second tab from a copied link): it
    // shows what was typed in it, and every reply that carries no verified detail.
    await expect
      .poll(async () => (await bubbles(first.page)).slice(-3))
      .toEqual(['第一个标签页', '回声：第一个标签页', '回声：第二个标签页']);
    await expect
      .poll(async () => (await bubbles(second.page)).slice(-3))
      .toEqual(['回声：第一个标签页', '第二个标签页', '回声：第二个标签页']);
    expect(server.channel.openStreams()).toBe(2);

    await second.page.close();
    await expect.poll(() => server.channel.openStreams()).toBe(1);
    await send(first.page, '只剩一个');
    await seen(first.page, '回声：只剩一个', Date.now());
    expect([...first.errors, ...second.errors]).toEqual([]);
  });
});
