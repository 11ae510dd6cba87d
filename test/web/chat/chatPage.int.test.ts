import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.js';
import { createLinkToken } from '../../../src/channels/directline/index.js';
import { startEchoServer, type EchoServer } from '../../channels/directline/echoApp.js';

let running: EchoServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function get(s: EchoServer, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${s.baseUrl}${path}`, { headers });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('the chat page', () => {
  it('opens in Chinese for a Chinese account, saying it is an automated assistant and that the chat is recorded', async () => {
    running = await startEchoServer();
    const page = await get(
      running,
      `/chat?t=${createLinkToken('demo-zh', running.app.clock, running.config)}`,
    );
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html lang="zh-CN">');
    expect(page.text).toContain(
      '您正在与示例银行的自动服务助手对话（自动回复，非人工）。为保障您的权益，本次对话内容将被记录并保存。',
    );
    expect(page.text).toContain('如需人工服务，可在对话中告诉我们，或致电 400-000-0000。');
    expect(page.text).toContain(
      '<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">',
    );
    expect(page.text).toMatch(/<script src="\/chat\/assets\/webchat\.js\?v=4\.\d+\.\d+"><\/script>/);
    expect(page.text).not.toMatch(/https?:\/\/(?!localhost)[a-z]/i);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('opens in English for an English account', async () => {
    running = await startEchoServer();
    const page = await get(
      running,
      `/chat?t=${createLinkToken('demo-en', running.app.clock, running.config)}`,
    );
    expect(page.text).toContain('<html lang="en">');
    expect(page.text).toContain(
      'You are chatting with the automated assistant of Example Bank, not a person. This conversation is recorded',
    );
  });

  it('explains in both languages when the link is invalid or expired', async () => {
    const clock = new ManualClock('2026-11-28T10:00:00Z');
    running = await startEchoServer({ clock });
    const invalid = await get(running, '/chat?t=nonsense');
    expect(invalid.status).toBe(401);
    expect(invalid.text).toContain('该链接无效。请通过示例银行官方短信或手机银行重新获取链接。');
    expect(invalid.text).toContain('This link is not valid.');
    const token = createLinkToken('demo-zh', clock, running.config);
    clock.advance(73 * 3600_000);
    const expired = await get(running, `/chat?t=${token}`);
    expect(expired.status).toBe(403);
    expect(expired.text).toContain('该链接已过期。');
  });

  it('serves the Web Chat bundle from node_modules, gzipped and cacheable', async () => {
    running = await startEchoServer();
    const response = await fetch(`${running.baseUrl}/chat/assets/webchat.js`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
    expect(response.headers.get('cache-control')).toContain('max-age=');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const body = await response.text(); // fetch decodes gzip
    expect(body.length).toBeGreaterThan(1_000_000);
    expect(body).toContain('createDirectLine');
    const raw = await get(running, '/chat/assets/chat.js');
    expect(raw.text).toContain('webSocket: true');
    const again = await fetch(`${running.baseUrl}/chat/assets/webchat.js`, {
      headers: { 'if-none-match': response.headers.get('etag') ?? '' },
    });
    expect(again.status).toBe(304);
  });
});
