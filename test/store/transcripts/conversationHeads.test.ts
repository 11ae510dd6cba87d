import { describe, expect, it } from 'vitest';
import { openMemoryDatabase, type Db } from '../../../src/store/db.js';
import { SqliteTranscriptStore } from '../../../src/store/transcripts/sqliteTranscriptStore.js';
import type { AppendMeta, TranscriptActivity } from '../../../src/store/transcripts/types.js';

const NOW = new Date('2026-11-20T03:00:00.000Z');

type Item = { activity: TranscriptActivity; meta: AppendMeta };

function message(conversationId: string, n: number, secondsIn: number, meta: AppendMeta = {}): Item {
  return {
    activity: {
      type: 'message',
      id: `m${n}`,
      channelId: n % 2 ? 'directline' : 'wechat',
      conversation: { id: conversationId },
      from: { id: 'u', role: 'user' },
      text: `message ${n}`,
      timestamp: new Date(Date.parse('2026-11-20T00:00:00Z') + secondsIn * 1000).toISOString(),
    },
    meta,
  };
}

/** A reply trace whose act decides an outcome and raises a flag. */
function trace(conversationId: string, kind: string, secondsIn: number): Item {
  return {
    activity: {
      type: 'trace',
      name: 'collections.reply',
      label: 'guardrail',
      channelId: 'directline',
      conversation: { id: conversationId },
      from: { id: 'bot', role: 'bot' },
      timestamp: new Date(Date.parse('2026-11-20T00:00:00Z') + secondsIn * 1000).toISOString(),
      value: { act: { kind }, verdicts: [] },
    },
    meta: {},
  };
}

const tables = (db: Db): unknown[] => [
  db.prepare('SELECT * FROM transcript_conversations ORDER BY conversation_id').all(),
  db.prepare('SELECT * FROM transcript_records ORDER BY conversation_id, seq').all(),
];

describe('appending many records of a conversation in one transaction', () => {
  it('leaves the same chain and conversation rows as appending them one at a time', async () => {
    // Out-of-order timestamps, an account named only by the second record and then another,
    // outcomes that change and a later record without one, flags from meta and from acts, and
    // a conversation that already has records before the batch.
    const before = [message('c1', 0, 50), message('c2', 1, 10, { accountId: 'A9' })];
    const batch: Item[] = [
      message('c1', 2, 40),
      message('c1', 3, 30, { accountId: 'A1', flags: ['blocked'] }),
      trace('c1', 'dispute_recorded', 60),
      message('c3', 4, 5),
      trace('c1', 'human_requested', 20),
      message('c1', 5, 70, { accountId: 'A2' }),
      message('c2', 6, 15),
      trace('c2', 'cease_contact_confirmed', 12),
      message('c3', 7, 1, { accountId: 'A3' }),
    ];
    const oneByOne = openMemoryDatabase();
    const grouped = openMemoryDatabase();
    const single = new SqliteTranscriptStore(oneByOne);
    const many = new SqliteTranscriptStore(grouped);
    for (const i of [...before, ...batch]) await single.append(i.activity, i.meta, NOW);
    await many.appendAll(before, NOW);
    await many.appendAll(batch, NOW);

    expect(tables(grouped)).toEqual(tables(oneByOne));
    const c1 = await many.getSummary('c1');
    expect(c1).toMatchObject({ account: 'A1', recordCount: 6, lastAt: '2026-11-20T00:01:10.000Z' });
  });

  it('writes nothing of the batch when one record of it cannot be stored', async () => {
    const db = openMemoryDatabase();
    const store = new SqliteTranscriptStore(db);
    await store.appendAll([message('c1', 0, 1)], NOW);
    const bad = { activity: { type: 'message', text: 'no conversation' }, meta: {} } as Item;
    await expect(store.appendAll([message('c1', 1, 2), bad], NOW)).rejects.toThrow(/conversation\.id/);
    await store.appendAll([message('c1', 2, 3)], NOW);

    const records = await store.getRecords('c1');
    expect(records.map((r) => r.seq)).toEqual([1, 2]);
    expect(records[1]?.prevHash).toBe(records[0]?.hash);
    expect((await store.getSummary('c1'))?.recordCount).toBe(2);
  });
});
