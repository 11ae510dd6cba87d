import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type Running } from '../support/http.js';
import { sqliteTranscriptsOf, createTestApp, type TestApp } from '../support/testApp.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function start(): Promise<{ app: TestApp; running: Running }> {
  const app = createTestApp();
  const running = await startServer(app);
  cleanup.push(
    async () => void (await app.close()),
    () => running.stop(),
  );
  return { app, running };
}

function message(conversationId: string, id: string, extra: Record<string, unknown> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id,
      channelId: 'test',
      serviceUrl: 'http://127.0.0.1:9/unused',
      deliveryMode: 'expectReplies',
      conversation: { id: conversationId },
      from: { id: 'demo-zh' },
      recipient: { id: 'bot' },
      text: '你好',
      ...extra,
    }),
  };
}

const diskFull = (): never => {
  throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
};

describe('/healthz and write-ahead under a full disk', () => {
  it('says ok with a real storage write, then unavailable (503) while nothing can be recorded, and refuses turns until it can', async () => {
    const { app, running } = await start();
    const ok = await fetch(`${running.url}/healthz`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({
      status: 'ok',
      storage: { write: 'ok' },
      transcript: { backlog: 0, failing: false },
    });

    const store = sqliteTranscriptsOf(app);
    const appendAllNow = store.appendAllNow.bind(store);
    const probeWrite = store.probeWrite.bind(store);
    store.appendAllNow = diskFull;
    store.probeWrite = diskFull;
    const first = await fetch(`${running.url}/api/messages`, message('full-1', 'f1'));
    expect(first.status).toBeGreaterThanOrEqual(500);
    expect(((await first.json()) as { activities?: unknown[] }).activities ?? []).toEqual([]);
    const down = await fetch(`${running.url}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: 'unavailable', storage: { write: 'failing' } });
    const refused = await fetch(`${running.url}/api/messages`, message('full-1', 'f2'));
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({ error: { code: 'TranscriptUnavailable' } });

    store.appendAllNow = appendAllNow;
    store.probeWrite = probeWrite;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    const after = await fetch(`${running.url}/api/messages`, message('full-1', 'f3'));
    expect(after.status).toBe(200);
    const ids = (await store.getRecords('full-1')).map((r) => r.activity.id);
    expect(ids).toContain('f3');
    expect(ids).not.toContain('f1');
  });

  it('stores a message with a value nested past the transcript depth truncated with a marker instead of losing it', async () => {
    const { app, running } = await start();
    // 50 levels: within the 64 a body may nest (sec16), past the transcript's 32
    const deep = `${'{"v":'.repeat(50)}"bottom"${'}'.repeat(50)}`;
    const init = message('deep-1', 'd1', { value: '@@' });
    const res = await fetch(`${running.url}/api/messages`, {
      ...init,
      body: (init.body as string).replace('"@@"', deep),
    });
    expect(res.status).toBe(200);
    const records = await app.transcriptStore.getRecords('deep-1');
    const inbound = records.find((r) => r.activity.id === 'd1');
    expect(inbound?.activity.text).toBe('你好');
    expect(inbound?.activity.transcriptTruncated).toMatchObject({ reasons: ['nested too deep'] });
    // 5,000 levels: refused with a clear 400 before any turn (sec16), nothing recorded
    const deeper = `${'{"v":'.repeat(5000)}"bottom"${'}'.repeat(5000)}`;
    const refused = message('deep-2', 'd2', { value: '@@' });
    const res2 = await fetch(`${running.url}/api/messages`, {
      ...refused,
      body: (refused.body as string).replace('"@@"', deeper),
    });
    expect(res2.status).toBe(400);
    expect(((await res2.json()) as { error: { code: string } }).error.code).toBe('TooDeep');
    expect(await app.transcriptStore.getRecords('deep-2')).toEqual([]);
  });
});
