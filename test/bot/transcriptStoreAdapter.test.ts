import {
  ActivityTypes,
  MemoryTranscriptStore,
  TestAdapter,
  TranscriptLoggerMiddleware,
  type Activity,
  type TranscriptStore,
} from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { TranscriptRetentionError, TranscriptStoreAdapter } from '../../src/bot/transcriptStoreAdapter.js';
import { ManualClock } from '../../src/core/clock.js';
import { openMemoryDatabase } from '../../src/store/db.js';
import { SqliteTranscriptStore } from '../../src/store/transcripts/sqliteTranscriptStore.js';
import { TranscriptWriter } from '../../src/store/transcripts/writer.js';

function activity(
  channelId: string,
  conversationId: string,
  n: number,
  base = Date.parse('2026-11-20T00:00:00Z'),
): Activity {
  return {
    type: ActivityTypes.Message,
    id: `${conversationId}-${n}`,
    channelId,
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'user-1', name: 'User', role: 'user' },
    recipient: { id: 'bot', name: 'Bot', role: 'bot' },
    serviceUrl: 'http://localhost',
    text: `text ${n}`,
    timestamp: new Date(base + n * 1000),
    channelData: { nested: { deep: [1, 2, { ok: true }] } },
  } as Activity;
}

async function collect(
  store: TranscriptStore,
  channelId: string,
  conversationId: string,
  startDate?: Date,
): Promise<Activity[]> {
  const all: Activity[] = [];
  let token: string | undefined;
  let pages = 0;
  do {
    const page = await store.getTranscriptActivities(channelId, conversationId, token, startDate);
    all.push(...page.items);
    token = page.continuationToken || undefined;
    pages += 1;
  } while (token && pages < 100);
  return all;
}

/** The Bot Framework TranscriptStore contract, run against every implementation. */
function transcriptStoreContract(name: string, create: () => TranscriptStore): void {
  describe(`${name} keeps the TranscriptStore contract`, () => {
    it('refuses a missing activity, channel or conversation', async () => {
      const store = create();
      await expect(async () => store.logActivity(undefined as unknown as Activity)).rejects.toThrow(
        'activity cannot be null',
      );
      await expect(async () => store.getTranscriptActivities('', 'c')).rejects.toThrow('Missing channelId');
      await expect(async () => store.getTranscriptActivities('test', '')).rejects.toThrow(
        'Missing conversationId',
      );
      await expect(async () => store.listTranscripts('')).rejects.toThrow('Missing channelId');
    });

    it('gives back what was logged, nested data and Date timestamps included', async () => {
      const store = create();
      const logged = [activity('test', 'c1', 1), activity('test', 'c1', 2)];
      for (const a of logged) await store.logActivity(a);
      const read = await store.getTranscriptActivities('test', 'c1');
      expect(read.items).toEqual(logged);
      expect(read.items[0]?.timestamp).toBeInstanceOf(Date);
      expect(read.continuationToken).toBeFalsy();
    });

    it('pages a long transcript with continuation tokens, losing and repeating nothing', async () => {
      const store = create();
      for (let n = 1; n <= 55; n++) await store.logActivity(activity('test', 'long', n));
      const first = await store.getTranscriptActivities('test', 'long');
      expect(first.items).toHaveLength(20);
      expect(first.continuationToken).toBeTruthy();
      expect((await collect(store, 'test', 'long')).map((a) => a.id)).toEqual(
        Array.from({ length: 55 }, (_, i) => `long-${i + 1}`),
      );
    });

    it('returns only activities at or after the start date', async () => {
      const store = create();
      for (let n = 1; n <= 5; n++) await store.logActivity(activity('test', 'c1', n));
      const ids = (await collect(store, 'test', 'c1', new Date('2026-11-20T00:00:04Z'))).map((a) => a.id);
      expect(ids).toEqual(['c1-4', 'c1-5']);
    });

    it('keeps channels and conversations apart', async () => {
      const store = create();
      await store.logActivity(activity('test', 'c1', 1));
      await store.logActivity(activity('other', 'c2', 1));
      expect((await store.getTranscriptActivities('other', 'c1')).items).toEqual([]);
      expect((await store.listTranscripts('test')).items.map((t) => t.id)).toEqual(['c1']);
    });

    it('lists many conversations across pages', async () => {
      const store = create();
      for (let i = 0; i < 25; i++)
        await store.logActivity(activity('test', `conv-${String(i).padStart(2, '0')}`, i));
      const first = await store.listTranscripts('test');
      expect(first.items).toHaveLength(20);
      const second = await store.listTranscripts('test', first.continuationToken);
      expect([...first.items, ...second.items].map((t) => t.id)).toEqual(
        Array.from({ length: 25 }, (_, i) => `conv-${String(i).padStart(2, '0')}`),
      );
      expect(first.items[0]?.created).toEqual(new Date('2026-11-20T00:00:00Z'));
    });

    it("logs a turn's inbound and outbound activities through TranscriptLoggerMiddleware", async () => {
      const store = create();
      const adapter = new TestAdapter(async (context) => {
        await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      }).use(new TranscriptLoggerMiddleware(store));
      await adapter.send('你好').assertReply('echo: 你好');
      await new Promise((resolve) => setTimeout(resolve, 20));
      const conversationId = adapter.conversation.conversation.id;
      const items = await collect(store, 'test', conversationId);
      expect(items.map((a) => [a.from.id, a.text])).toEqual([
        ['user1', '你好'],
        ['bot', 'echo: 你好'],
      ]);
    });
  });
}

const clock = new ManualClock('2026-11-20T00:10:00Z');
function sqliteAdapter(): TranscriptStoreAdapter {
  const store = new SqliteTranscriptStore(openMemoryDatabase());
  const writer = new TranscriptWriter({
    store,
    clock,
    onFailure: (f) => {
      throw new Error(JSON.stringify(f));
    },
  });
  return new TranscriptStoreAdapter({ store, writer, clock, retentionDays: 730, actor: 'test' });
}

transcriptStoreContract('MemoryTranscriptStore (the reference)', () => new MemoryTranscriptStore());
transcriptStoreContract('TranscriptStoreAdapter over SQLite', sqliteAdapter);

describe('TranscriptStoreAdapter retention', () => {
  it('refuses to delete a conversation within TRANSCRIPT_RETENTION_DAYS, and deletes it after', async () => {
    const store = sqliteAdapter();
    await store.logActivity(activity('test', 'c1', 1));
    await store.logActivity(activity('test', 'c2', 1));
    clock.set('2027-06-01T00:00:00Z');
    const refused = store.deleteTranscript('test', 'c1');
    await expect(refused).rejects.toBeInstanceOf(TranscriptRetentionError);
    await expect(store.deleteTranscript('test', 'c1')).rejects.toThrow(
      'transcript c1 is within the retention period (TRANSCRIPT_RETENTION_DAYS) and may be deleted from 2028-11-19T00:00:01.000Z',
    );
    clock.set('2028-11-19T00:00:01Z');
    await store.deleteTranscript('test', 'c1');
    expect((await store.getTranscriptActivities('test', 'c1')).items).toEqual([]);
    expect((await store.getTranscriptActivities('test', 'c2')).items).toHaveLength(1);
  });
});
