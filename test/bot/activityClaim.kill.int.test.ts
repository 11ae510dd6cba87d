import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { SqliteTranscriptStore } from '../../src/store/transcripts/index.js';
import { SERVICE_START_MS, spawnService, type SpawnedService } from '../support/service.js';
import { seedTestChannelAccounts, tempDir } from '../support/testApp.js';

/**
 * The model endpoint at the machine's edge: the first request is held forever (the turn is
 * mid-flight when the service is killed), every later one fails at once (the bot falls back to
 * its templates).
 */
async function hangingModel(): Promise<{ url: string; asked: Promise<void>; close(): Promise<void> }> {
  let first = true;
  let told!: () => void;
  const asked = new Promise<void>((resolve) => (told = resolve));
  const held: http.ServerResponse[] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    if (first) {
      first = false;
      held.push(res);
      told();
      return;
    }
    res.writeHead(500, { 'content-type': 'application/json' });
    res.end('{"error":{"message":"scripted failure"}}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    asked,
    close: () =>
      new Promise<void>((resolve) => {
        for (const r of held) r.destroy();
        server.close(() => resolve());
      }),
  };
}

const ACTIVITY = {
  type: 'message',
  id: 'kill-me-1',
  channelId: 'test',
  serviceUrl: 'http://127.0.0.1:9/unused',
  deliveryMode: 'expectReplies',
  conversation: { id: 'kill-conv' },
  from: { id: 'demo-zh', name: 'demo-zh' },
  recipient: { id: 'bot', name: 'bot' },
  text: '你好',
};

const post = (url: string) =>
  fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ACTIVITY),
  });

describe('a service killed (-9) in the middle of a turn', () => {
  const services: SpawnedService[] = [];
  let model: Awaited<ReturnType<typeof hangingModel>> | undefined;
  afterAll(async () => {
    for (const s of services) s.child.kill('SIGKILL');
    await model?.close();
  });

  it(
    'leaves the activity to a retry once the lease runs out; the retry runs the turn once and is replayed after',
    async () => {
      model = await hangingModel();
      const dataDir = tempDir('claim-kill-');
      const env = {
        DATA_DIR: dataDir,
        SUPERVISOR: 'false',
        LINK_SECRET: 'claim-kill-link-secret-0123456789',
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: model.url,
        OPENAI_PROBE: 'false',
        MODEL_MAX_RETRIES: '0',
        ACTIVITY_CLAIM_LEASE_SECONDS: '12',
        ACTIVITY_CLAIM_WAIT_MS: '300',
      };
      await seedTestChannelAccounts(dataDir);
      const first = await spawnService(env);
      services.push(first);
      const lost = post(first.url).catch(() => undefined);
      await model.asked; // the turn has claimed the activity and waits on the model
      first.child.kill('SIGKILL');
      expect(await first.exited).toBe('SIGKILL');
      await lost;

      const second = await spawnService(env);
      services.push(second);
      // Until the dead claimant's lease runs out, a retry is told to come back, never run twice.
      const refused: string[] = [];
      let retried = await post(second.url);
      for (let tries = 0; retried.status !== 200 && tries < 80; tries++) {
        const body = (await retried.json()) as { error: { code: string } };
        refused.push(
          `${retried.status} ${body.error.code} retry-after=${retried.headers.get('retry-after')}`,
        );
        await new Promise((r) => setTimeout(r, 500));
        retried = await post(second.url);
      }
      expect(retried.status).toBe(200);
      expect(refused.filter((r) => !/^409 ActivityInProgress retry-after=[1-5]$/.test(r))).toEqual([]);
      const answer = await retried.text();
      expect(answer).toContain('示例银行');
      const again = await post(second.url);
      expect(again.status).toBe(200);
      expect(await again.text()).toBe(answer);

      const records = await new SqliteTranscriptStore(openDatabase(dataDir)).getRecords('kill-conv');
      const replies = records.filter((r) => r.activity.from?.role === 'bot' || r.activity.from?.id === 'bot');
      const repliesToIt = replies.filter((r) => r.activity.replyToId === 'kill-me-1');
      // One completed turn: the killed one sent nothing; the retry's replies, once.
      expect(repliesToIt.length).toBeGreaterThan(0);
      expect(new Set(repliesToIt.map((r) => r.activity.text)).size).toBe(repliesToIt.length);
      expect(answer).toContain(JSON.stringify(repliesToIt[0]!.activity.text).slice(1, 20));
    },
    2 * SERVICE_START_MS + 30_000,
  );
});
