import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postActivity, startServer, type Running } from '../support/http.js';
import { bindDemoAccountsOnTestChannel, createTestApp, type TestApp } from '../support/testApp.js';

let app: TestApp;
let running: Running;

beforeAll(async () => {
  app = createTestApp({ MAX_BODY_BYTES: '4096' });
  await bindDemoAccountsOnTestChannel(app);
  running = await startServer(app);
});
afterAll(async () => {
  await running.stop();
  await app.close();
});

const post = (body: string, contentType = 'application/json'): Promise<Response> =>
  fetch(`${running.url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });

describe('POST /api/messages', () => {
  it('answers expectReplies activities in the HTTP response, through verification to the summary', async () => {
    const first = await postActivity(running.url, 'http-1', 'demo-zh', '你好');
    expect(first.status).toBe(200);
    expect(first.replies.map((a) => a.text).join('\n')).toContain('示例银行');
    const second = await postActivity(running.url, 'http-1', 'demo-zh', '我身份证后四位是1234');
    expect(second.replies.map((a) => a.text).join('\n')).toContain('12,345.67');
  });

  it('never sends internal trace data or blocked drafts to the channel', async () => {
    const { replies } = await postActivity(running.url, 'http-2', 'demo-en', 'Hello');
    for (const a of replies) {
      expect(JSON.stringify(a)).not.toContain('__collections');
      expect(a.type).toBe('message');
    }
  });

  it('rejects malformed JSON with 400 and a code that names it', async () => {
    const res = await post('{"type": "message", ');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('InvalidContent');
    expect(body.error.message).toMatch(/JSON/);
  });

  it('rejects an activity without conversation or from with a clear 400', async () => {
    const res = await post(JSON.stringify({ type: 'message', text: 'hi', from: { id: 'x' } }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.message).toMatch(/conversation/);
    const noFrom = await post(JSON.stringify({ type: 'message', text: 'hi', conversation: { id: 'c' } }));
    expect(noFrom.status).toBe(400);
  });

  it('rejects bodies over the limit with 413', async () => {
    const res = await post(
      JSON.stringify({
        type: 'message',
        text: 'x'.repeat(10_000),
        conversation: { id: 'c' },
        from: { id: 'u' },
      }),
    );
    expect(res.status).toBe(413);
  });

  it('ignores non-message activities without error', async () => {
    const { status, replies } = await postActivity(running.url, 'http-3', 'demo-zh', '', { type: 'typing' });
    expect(status).toBeLessThan(300);
    expect(replies).toHaveLength(0);
  });

  it('keeps serving after bad input', async () => {
    await post('not json at all');
    const health = await fetch(`${running.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({
      status: 'ok',
      storage: { write: 'ok' },
      model: { mode: 'offline' },
    });
  });
});
