import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { createLinkToken } from '../../src/channels/directline/index.js';
import { systemClock } from '../../src/core/clock.js';
import { openDatabase } from '../../src/store/db.js';
import { SqliteTranscriptStore } from '../../src/store/transcripts/index.js';
import { verifyAll } from '../../src/review/verify.js';
import { SERVICE_START_MS, spawnService } from '../support/service.js';
import { seedTestChannelAccounts, tempDir } from '../support/testApp.js';

const LINK_SECRET = 'crash-test-link-secret-0123456789';

interface Acked {
  conversationId: string;
  ids: string[];
}

async function directLineBurst(url: string, userId: string, dataDir: string, acked: Acked[]): Promise<void> {
  const config = loadConfig({ DATA_DIR: dataDir, LINK_SECRET, LOG_LEVEL: 'silent' });
  const link = createLinkToken(userId, systemClock, config);
  const generated = await fetch(`${url}/v3/directline/tokens/generate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${link}` },
  });
  const { token } = (await generated.json()) as { token: string };
  const started = await fetch(`${url}/v3/directline/conversations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: '{}',
  });
  const { conversationId } = (await started.json()) as { conversationId: string };
  const mine: Acked = { conversationId, ids: [] };
  acked.push(mine);
  for (const text of [
    '你好',
    '我身份证后四位是1234',
    '每个月只能还2000',
    '好的',
    '谢谢',
    '再见',
    '你好',
    '1234',
  ]) {
    const res = await fetch(`${url}/v3/directline/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text }),
    });
    if (res.status !== 200) return;
    mine.ids.push(((await res.json()) as { id: string }).id);
  }
}

async function apiBurst(url: string, n: number, acked: Acked[]): Promise<void> {
  const conversationId = `crash-api-${n}`;
  const mine: Acked = { conversationId, ids: [] };
  acked.push(mine);
  for (let i = 0; i < 8; i++) {
    const id = `crash-${n}-${i}`;
    const res = await fetch(`${url}/api/messages`, {
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
        text: i % 2 ? '1234' : '你好',
      }),
    });
    if (res.status !== 200) return;
    const body = (await res.json()) as { activities?: { id?: string; type: string }[] };
    mine.ids.push(
      id,
      ...(body.activities ?? []).filter((a) => a.type === 'message').map((a) => a.id ?? 'missing-id'),
    );
  }
}

describe('SIGKILL during a burst', () => {
  it(
    'loses nothing acknowledged or delivered, and review verify passes',
    async () => {
      const dataDir = tempDir();
      await seedTestChannelAccounts(dataDir);
      const service = await spawnService({ DATA_DIR: dataDir, LINK_SECRET, SUPERVISOR: 'false' });
      const acked: Acked[] = [];
      const bursts = [
        ...Array.from({ length: 8 }, (_, i) =>
          directLineBurst(service.url, `crash-user-${i}`, dataDir, acked).catch(() => undefined),
        ),
        ...Array.from({ length: 8 }, (_, i) => apiBurst(service.url, i, acked).catch(() => undefined)),
      ];
      // Kill once a good part of the burst has been acknowledged, while the rest is in flight.
      for (let waited = 0; acked.reduce((n, a) => n + a.ids.length, 0) < 60 && waited < 20_000; waited += 20)
        await new Promise((resolve) => setTimeout(resolve, 20));
      service.child.kill('SIGKILL');
      await Promise.all(bursts);
      await service.exited;

      const db = openDatabase(dataDir);
      const store = new SqliteTranscriptStore(db);
      const recorded = db.prepare(
        'SELECT 1 FROM transcript_records WHERE conversation_id = ? AND activity_id = ?',
      );
      const lost = acked.flatMap((a) =>
        a.ids.filter((id) => !recorded.get(a.conversationId, id)).map((id) => `${a.conversationId}/${id}`),
      );
      const ackedCount = acked.reduce((n, a) => n + a.ids.length, 0);
      expect(ackedCount).toBeGreaterThanOrEqual(60);
      expect(lost).toEqual([]);
      const report = await verifyAll(store);
      expect(report.broken).toEqual([]);
      expect(store.unrecordedChannelMessages()).toEqual([]);
      process.stdout.write(
        `crash test: ${ackedCount} acknowledged or delivered messages, ${lost.length} lost, ${report.conversations} chains hold\n`,
      );
      db.close();
    },
    SERVICE_START_MS + 60_000,
  );
});
