import { describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../../../src/store/db.js';
import { splitTranscriptStore } from '../../../src/store/transcripts/split.js';
import { SqliteTranscriptStore } from '../../../src/store/transcripts/sqliteTranscriptStore.js';
import type { TranscriptActivity } from '../../../src/store/transcripts/types.js';

const OLD = new Date('2020-01-01T00:00:00.000Z');

function message(conversationId: string, n: number): TranscriptActivity {
  return {
    type: 'message',
    id: `m${n}`,
    channelId: 'directline',
    conversation: { id: conversationId },
    from: { id: 'u', role: 'user' },
    text: `message ${n}`,
    timestamp: new Date(OLD.getTime() + n * 1000).toISOString(),
  };
}

describe('the transcript store split into writer, reader and retention', () => {
  it('writes through the writer, reads through the reader and deletes through retention, on one SQLite store', async () => {
    const { writer, reader, retention } = splitTranscriptStore(
      new SqliteTranscriptStore(openMemoryDatabase()),
    );
    await writer.append(message('c1', 1), {}, OLD);
    await writer.appendAll([{ activity: message('c1', 2), meta: {} }], OLD);
    expect((await reader.getRecords('c1')).map((r) => r.seq)).toEqual([1, 2]);
    expect((await reader.getTranscriptActivities('directline', 'c1')).items).toHaveLength(2);
    expect(await reader.listConversationIds()).toEqual(['c1']);
    const deleted = await retention.deleteExpired({
      now: new Date('2026-12-05T00:00:00Z'),
      retentionDays: 730,
      actor: 'test',
    });
    expect(deleted.map((d) => d.conversationId)).toEqual(['c1']);
    expect(await reader.getRecords('c1')).toEqual([]);
    expect((await retention.listDeletions()).map((d) => d.deletedBy)).toEqual(['test']);
  });

  it('gives each view only its own methods, also at run time', () => {
    const { writer, reader, retention } = splitTranscriptStore(
      new SqliteTranscriptStore(openMemoryDatabase()),
    );
    expect(Object.keys(writer).sort()).toEqual(['append', 'appendAll']);
    expect(Object.keys(retention).sort()).toEqual(['deleteExpired', 'deleteTranscript', 'listDeletions']);
    expect('append' in reader || 'deleteExpired' in reader).toBe(false);
  });
});
