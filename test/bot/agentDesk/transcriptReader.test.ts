import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { transcriptReader } from '../../../src/bot/agentDesk/transcriptReader.js';
import type { TranscriptSink } from '../../../src/channels/transcriptSink.js';
import { SqliteTranscriptStore } from '../../../src/store/transcripts/index.js';
import { MemoryTranscriptSink } from '../../support/memoryTranscriptSink.js';
import { migratedMemoryDatabase } from '../../support/sqlite.js';

const conversation = { id: 'c1', isGroup: false, conversationType: 'personal', name: '' };
const message = (n: number, extra: Partial<Activity> = {}): Partial<Activity> => ({
  type: 'message',
  id: `m${n}`,
  channelId: 'test',
  conversation,
  from: { id: 'demo-zh', name: 'demo-zh' },
  text: `第${n}条`,
  ...extra,
});

/** A sink that keeps nothing itself, as the SQLite-backed writer of a running service. */
const silentSink: TranscriptSink = {
  append: () => undefined,
  commit: async () => undefined,
  commitNow: () => undefined,
  wasCommitted: () => false,
};

/** The transcript that goes with handoff.initiate: what was said, never traces or private data. */
describe('transcriptReader', () => {
  it("reads the sink's own records: messages only, without channel data, this conversation only", async () => {
    const sink = new MemoryTranscriptSink();
    sink.append(message(1, { channelData: { accountId: 'A-1001', session: 'secret' } }));
    sink.append({ type: 'trace', name: 'collections.turn', conversation, value: { blockedDraft: '…' } });
    sink.append({ ...message(2), conversation: { ...conversation, id: 'other' } });
    sink.append({ type: 'event', name: 'handoff.initiate', conversation });
    const read = await transcriptReader(sink, new SqliteTranscriptStore(migratedMemoryDatabase(), 100))(
      'test',
      'c1',
    );
    expect(read.map((a) => a.text)).toEqual(['第1条']);
    expect(read[0]).not.toHaveProperty('channelData');
  });

  it('keeps only the latest 200 messages', async () => {
    const sink = new MemoryTranscriptSink();
    for (let n = 1; n <= 230; n++) sink.append(message(n));
    const read = await transcriptReader(sink, new SqliteTranscriptStore(migratedMemoryDatabase(), 100))(
      'test',
      'c1',
    );
    expect(read).toHaveLength(200);
    expect(read[0]?.text).toBe('第31条');
    expect(read.at(-1)?.text).toBe('第230条');
  });

  it('reads the SQLite transcript page by page when the sink keeps no records', async () => {
    const db = migratedMemoryDatabase();
    const store = new SqliteTranscriptStore(db);
    const now = new Date('2026-11-28T02:00:00Z');
    for (let n = 1; n <= 150; n++) {
      const activity = JSON.parse(JSON.stringify(message(n, { channelData: { pii: '110101199001011234' } })));
      await store.append(activity, {}, now);
    }
    await store.append({ type: 'trace', name: 'collections.turn', conversation }, {}, now);
    const read = await transcriptReader(silentSink, new SqliteTranscriptStore(db, 100))('test', 'c1');
    expect(read).toHaveLength(150);
    expect(read.at(-1)).toMatchObject({ type: 'message', text: '第150条' });
    expect(JSON.stringify(read)).not.toContain('110101199001011234');
    expect(await transcriptReader(silentSink, new SqliteTranscriptStore(db, 100))('test', 'nobody')).toEqual(
      [],
    );
  });
});
