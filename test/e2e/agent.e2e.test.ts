import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { Browser, Page } from 'playwright-core';
import restify, { type Server } from 'restify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/bot/app.js';
import { createAuth } from '../../src/auth/index.js';
import { loadConfig } from '../../src/config/config.js';
import { listen } from '../../src/bot/server.js';
import { MemoryTranscriptSink } from '../support/memoryTranscriptSink.js';
import {
  createLinkToken,
  registerDirectLine,
  type DirectLineChannel,
} from '../../src/channels/directline/index.js';
import { mountAgents, wireHandoff } from '../bot/agentDesk/support.js';
import { launchChromium } from '../support/browser.js';
import { MemoryStaffLoginLog } from '../support/memoryStaffLoginLog.js';

const ARTIFACTS = path.resolve('test-artifacts');

let app: App;
let server: Server;
let channel: DirectLineChannel | undefined;
let baseUrl: string;
/** Set when the agent clicks release: from then on a message poll may be answered 404. */
let releaseClicked = false;
let dataDir: string;
let browser: Browser;
const transcript = new MemoryTranscriptSink();

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dataDir = mkdtempSync(path.join(tmpdir(), 'agent-e2e-data-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    REMINDERS_ENABLED: 'false',
    AGENT_USERS: 'alice:alice-pass',
  });
  app = createApp(config, { logger: pino({ level: 'silent' }), transcript });
  // Wired before the channel registers, since it copies the middleware list.
  wireHandoff(app, {
    auth: createAuth({
      config: app.config,
      clock: app.clock,
      scryptCost: 1024,
      loginLog: new MemoryStaffLoginLog(),
    }),
  });
  server = restify.createServer({ handleUncaughtExceptions: false });
  channel = registerDirectLine(server, app);
  mountAgents(server, app);
  baseUrl = await listen(server, 0, '127.0.0.1');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await channel?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await app?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** A page that records script errors and failed requests (which must stay empty). */
async function open(url: string, mobile: boolean): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext(
    mobile
      ? { locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
      : { locale: 'zh-CN', viewport: { width: 1280, height: 900 } },
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => {
    // Expected answers, not errors: the console asking whether it is signed in before the
    // login (401), the 409 for the blocked message, and a message poll already in flight when
    // the agent released the conversation (404: it is no longer theirs; the console stops polling
    // once release is clicked, but a poll sent just before can still lose the race).
    const released =
      r.status() === 404 &&
      r.request().method() === 'GET' &&
      /^\/api\/agent\/conversations\/[^/]+\/messages$/.test(new URL(r.url()).pathname) &&
      releaseClicked;
    const expected =
      released ||
      r.status() === 409 ||
      (r.status() === 401 &&
        r.request().method() === 'GET' &&
        new URL(r.url()).pathname === '/api/agent/session');
    if (r.status() >= 400 && !expected) errors.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  await page.goto(url);
  return { page, errors };
}

async function say(page: Page, text: string): Promise<void> {
  const input = page.locator('[data-id="webchat-sendbox-input"]');
  await input.fill(text);
  await input.press('Enter');
}

async function bubble(page: Page, text: string): Promise<void> {
  await page.locator('.webchat__bubble__content').filter({ hasText: text }).last().waitFor();
}

const bubbles = (page: Page): Promise<string[]> => page.locator('.webchat__bubble__content').allInnerTexts();
const agentMessages = (page: Page): Promise<string[]> => page.locator('#messages li .body').allInnerTexts();

describe('the agent console handling a conversation from the web chat', () => {
  it('queues, accepts, relays both ways, blocks a threat, and returns the person to the bot', async () => {
    const person = await open(`${baseUrl}/chat?t=${createLinkToken('demo-zh', app.clock, app.config)}`, true);
    await bubble(person.page, '身份证号码的后四位');
    await say(person.page, '身份证后四位1234');
    await bubble(person.page, '身份验证已通过');
    await say(person.page, '我想找人工客服');
    await bubble(person.page, '已为您转接人工服务');

    // The agent signs in and sees the queue with the reason, the wait and the summary.
    const agent = await open(`${baseUrl}/agent`, false);
    await agent.page.locator('#login-form').waitFor();
    expect(await agent.page.locator('#desk').isHidden()).toBe(true);
    await agent.page.locator('#login-name').fill('alice');
    await agent.page.locator('#login-password').fill('alice-pass');
    await agent.page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => agent.page.locator('[data-testid="who"]').innerText()).toBe('当前坐席：alice');
    expect(await agent.page.locator('#login').isHidden()).toBe(true);
    const item = agent.page.locator('[data-testid="queue"] li').first();
    await item.waitFor();
    expect(await item.innerText()).toMatch(
      /客户要求人工\s+已等待 0:\d\d\s+A-1001 · verified · requested: the person asked for a human · said: "我想找人工客服"/,
    );

    await item.getByRole('button', { name: '接入' }).click();
    await expect
      .poll(() => agent.page.locator('[data-testid="summary"]').innerText())
      .toContain('A-1001 · verified');
    await bubble(person.page, '工作人员已接入，接下来将由人工为您服务。');
    await expect.poll(() => agentMessages(agent.page)).toContain('我想找人工客服');

    // The person writes; the bot stays quiet and the agent reads it.
    await say(person.page, '我这个月手头紧，能不能晚几天还？');
    await expect.poll(() => agentMessages(agent.page)).toContain('我这个月手头紧，能不能晚几天还？');

    // A threatening reply is blocked: the agent sees why, the person never sees it.
    const threat = '再不还钱，我们就去你单位找你领导，让你同事都知道你是老赖';
    await agent.page.locator('[data-testid="reply"]').fill(threat);
    await agent.page.locator('[data-testid="send"]').click();
    const blocked = agent.page.locator('[data-testid="blocked"]');
    await blocked.waitFor();
    expect(await blocked.innerText()).toContain('这条消息未发送：未通过合规检查，请修改后重新发送。');
    expect(await blocked.innerText()).toContain('侮辱诽谤');
    await agent.page.screenshot({ path: path.join(ARTIFACTS, 'agent-console-blocked.png'), fullPage: true });

    // The rephrased reply reaches the person.
    const reply =
      '您好，我是客服小李。理解您的难处，我们可以一起看看延期还款的办法，请问您预计哪天能够还款？';
    await agent.page.locator('[data-testid="reply"]').fill(reply);
    await agent.page.locator('[data-testid="send"]').click();
    await bubble(person.page, '我是客服小李');
    await expect.poll(() => agent.page.locator('[data-testid="blocked"]').isHidden()).toBe(true);
    expect((await bubbles(person.page)).join('\n')).not.toContain('老赖');
    expect(transcript.records.some((a) => a.type === 'message' && a.text === threat)).toBe(false);

    // Release: the person is told, and the bot answers again.
    await agent.page.locator('[data-testid="outcome"]').selectOption('resolved');
    releaseClicked = true;
    await agent.page.locator('[data-testid="release"]').click();
    await expect
      .poll(() => agent.page.locator('#none').innerText())
      .toBe('已结束人工服务，会话已交回机器人。');
    await bubble(person.page, '人工服务已结束，感谢您的耐心沟通。您咨询的问题已处理完毕。');
    await say(person.page, '每个月只能还2000');
    await bubble(person.page, '还款方案');
    await person.page.screenshot({ path: path.join(ARTIFACTS, 'agent-webchat-person.png'), fullPage: true });

    const steps = transcript.records.filter((a) => a.name?.startsWith('handoff.')).map((a) => a.name);
    expect(steps).toEqual([
      'handoff.initiate',
      'handoff.queued',
      'handoff.accepted',
      'handoff.blocked',
      'handoff.released',
    ]);
    expect(agent.errors).toEqual([]);
    expect(person.errors).toEqual([]);
  });
});
