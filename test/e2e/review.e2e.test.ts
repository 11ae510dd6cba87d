import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleConversation } from '../review/fixtures.js';
import { REVIEWER, startReviewServer, type ReviewServer } from '../review/reviewServer.js';
import { launchChromium } from '../support/browser.js';

const ARTIFACTS = path.resolve('test-artifacts');
const GAP_MS = 400;

let server: ReviewServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startReviewServer();
  await server.seed(
    sampleConversation({ conversationId: 'conv-dispute', accountId: 'ACC-1001', gapMs: GAP_MS }),
  );
  await server.seed(
    sampleConversation({
      conversationId: 'conv-quiet',
      channelId: 'wechat',
      start: '2026-11-18T01:00:00Z',
    }).slice(0, 3),
  );
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const visibleSteps = (): Promise<number> => page.locator('#steps > li:visible').count();
const stepText = (seq: number): Promise<string> => page.locator(`#steps > li[data-seq="${seq}"]`).innerText();

describe('review console', () => {
  it('signs a reviewer in, and refuses a wrong password in plain words', async () => {
    await page.goto(`${server.url}/review`);
    await page.locator('#login-name').fill(REVIEWER.name);
    await page.locator('#login-password').fill('wrong');
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.locator('#login-error').innerText()).toBe('用户名或密码不正确，请重试。');
    await page.locator('#login-password').fill(REVIEWER.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('#conversations tbody tr').first().waitFor();
    expect(await page.locator('#conversations tbody tr td:nth-child(2)').allInnerTexts()).toEqual([
      'conv-dispute',
      'conv-quiet',
    ]);
    expect(await page.locator('#whoami').innerText()).toBe('alice');
  });

  it('filters the list to conversations with a dispute', async () => {
    await page.locator('#filters input[name="disputed"]').check();
    await page.getByRole('button', { name: '查询' }).click();
    await expect.poll(() => page.locator('#conversations tbody tr').count()).toBe(1);
    expect(await page.locator('#conversations tbody tr').innerText()).toMatch(
      /conv-dispute\tACC-1001\tdirectline\t转人工\t拦截升级异议/,
    );
  });

  it('opens a conversation masked, and replays it step by step with the act, verdicts and blocked draft beside each bot message', async () => {
    await page.locator('#conversations tbody tr').first().click();
    await page.locator('#detail-view').waitFor();
    expect(await page.locator('#integrity').innerText()).toBe('完整性校验通过：共 15 条记录，未被篡改');
    expect(await page.locator('#mask-state').innerText()).toBe('个人信息已遮盖');
    expect(await page.locator('#position').innerText()).toBe('第 0 / 10 步');
    expect(await visibleSteps()).toBe(0);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    expect(await visibleSteps()).toBe(2);
    expect(await stepText(2)).toContain('您好，我是示例银行的智能助理。本次对话将被录音存档。');
    expect(await stepText(2)).toContain('行为：opening');
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: '下一步' }).click();
    expect(await page.locator('#position').innerText()).toBe('第 6 / 10 步');
    expect(await stepText(4)).toContain('我是张三，手机号*******5678，身份证**************7777');
    expect(await stepText(4)).toContain('张*');
    const offer = page.locator('#steps > li[data-seq="8"] aside');
    expect(await offer.locator('.act').innerText()).toBe('行为：plan_offers');
    expect(await offer.locator('.verdicts').innerText()).toBe(
      '审核结论：model 拦截 [threat.contact_third_party]；send-path 通过',
    );
    expect(await offer.locator('.blocked-draft').innerText()).toBe(
      '被拦截的草稿：再不还钱我们就通知你的单位 [threat.contact_third_party]',
    );
    expect(await offer.innerText()).toContain('模型：gpt-4o-mini respond v3');
    await page.getByRole('button', { name: '上一步' }).click();
    expect(await visibleSteps()).toBe(5);
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-console-stepwise.png'), fullPage: true });
  });

  it('replays with the original timing from where the reviewer is, step after step at the recorded gaps', async () => {
    await page.locator('#speed').selectOption('2');
    expect(await page.locator('#position').innerText()).toBe('第 5 / 10 步');
    const started = Date.now();
    await page.getByRole('button', { name: '按原始节奏回放' }).click();
    await expect.poll(visibleSteps, { timeout: 2000 }).toBeGreaterThanOrEqual(2);
    expect(await visibleSteps()).toBeLessThan(10);
    expect(await page.getByRole('button', { name: '暂停' }).count()).toBe(1);
    await expect
      .poll(() => page.locator('#position').innerText(), { timeout: 15_000, interval: 100 })
      .toBe('第 10 / 10 步');
    // From step 5 (record 7) to the last (record 14) are 7 recorded gaps of 400 ms, replayed at 2x.
    expect(Date.now() - started).toBeGreaterThanOrEqual((7 * GAP_MS) / 2 - 50);
    expect(await stepText(14)).toContain('您好，我是客服小李，您的异议我们会在三个工作日内答复。');
    expect(await stepText(13)).toContain('handoff.queued');
  });

  it('reveals the unmasked text only on request, and shows that the reveal was recorded', async () => {
    server.clock.set('2026-11-21T09:45:00.000Z');
    await page.locator('#reveal-reason').fill('监管调阅 2026-118');
    await page.getByRole('button', { name: '显示原文（留痕）' }).click();
    await expect.poll(() => page.locator('#mask-state').innerText()).toBe('正在显示原文，本次查看已记录');
    // Reveal shows what was stored: typed ID and phone numbers were masked before storage (issue 12).
    expect(await stepText(4)).toContain('我是张三，手机号*******5678，身份证**************7777');
    await page.locator('#reveals summary').click();
    expect(await page.locator('#reveal-list').innerText()).toBe(
      'alice 于 2026-11-21 09:45:00 UTC 查看了原文 — 监管调阅 2026-118',
    );
    expect(await visibleSteps()).toBe(10);
    await page.screenshot({ path: path.join(ARTIFACTS, 'review-console-revealed.png'), fullPage: true });
  });

  it('sends the reviewer back to sign in once the session has expired', async () => {
    server.clock.advance(61 * 60_000);
    await page.getByRole('button', { name: '显示原文（留痕）' }).click();
    await page.locator('#login-view').waitFor();
    expect(await page.locator('#login-form h2').innerText()).toBe('审核员登录');
  });
});
