import { describe, expect, it } from 'vitest';
import { maskTextFields } from '../../../src/core/pii.js';
import { openMemoryDatabase } from '../../../src/store/db.js';
import { boundedActivity } from '../../../src/store/transcripts/bounded.js';
import { canonicalJson, GENESIS_HASH, recordHash } from '../../../src/store/transcripts/chain.js';
import { SqliteTranscriptStore } from '../../../src/store/transcripts/sqliteTranscriptStore.js';
import type { TranscriptActivity } from '../../../src/store/transcripts/types.js';
import { sampleConversation } from '../../review/fixtures.js';

const NOW = new Date('2026-11-20T03:00:00.000Z');

async function storeWith(...conversations: TranscriptActivity[][]): Promise<SqliteTranscriptStore> {
  const store = new SqliteTranscriptStore(openMemoryDatabase());
  for (const activities of conversations) for (const a of activities) await store.append(a, {}, NOW);
  return store;
}

function message(conversationId: string, n: number, channelId = 'directline'): TranscriptActivity {
  return {
    type: 'message',
    id: `m${n}`,
    channelId,
    conversation: { id: conversationId },
    from: { id: 'u', role: 'user' },
    text: `message ${n}`,
    timestamp: new Date(Date.parse('2026-11-20T00:00:00Z') + n * 1000).toISOString(),
  };
}

describe('canonical serialisation', () => {
  it('sorts keys at every depth and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: undefined, e: '中' }] })).toBe(
      '{"a":[2,{"d":3,"e":"中"}],"b":1}',
    );
  });
});

describe('SqliteTranscriptStore', () => {
  it('stores the canonical JSON of bounded copies and of other activities alike, hashed as verify reads it', async () => {
    const store = new SqliteTranscriptStore(openMemoryDatabase());
    const awkward = { z: 1, 10: 'ten', 2: 'two', a: [3, { y: 1, x: new Date(NOW) }] };
    const given: TranscriptActivity[] = [
      { ...message('c9', 1), channelData: awkward },
      boundedActivity({ ...message('c9', 2), channelData: awkward }),
      boundedActivity({ ...message('c9', 3), channelData: { b: [1, 2], a: 'a' } }),
      boundedActivity({
        ...message('c9', 4),
        from: { id: 'bot', role: 'bot' },
        text: '卡号6222020200112233445',
      }),
    ];
    for (const a of given) await store.append(a, {}, NOW);
    const records = await store.getRecords('c9');
    let prevHash = GENESIS_HASH;
    for (const r of records) {
      const parsed = JSON.parse(r.activityJson) as TranscriptActivity;
      expect(r.activityJson).toBe(canonicalJson(parsed));
      expect(r.hash).toBe(recordHash({ conversationId: 'c9', seq: r.seq, prevHash, activity: parsed }));
      prevHash = r.hash;
    }
    expect(records.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect(records[0]?.activity.text).toBe('message 1');
  });

  it('chains each conversation separately, starting from the genesis hash', async () => {
    const store = await storeWith([message('c1', 1), message('c2', 1), message('c1', 2)]);
    const c1 = await store.getRecords('c1');
    expect(c1.map((r) => r.seq)).toEqual([1, 2]);
    expect(c1[0]?.prevHash).toBe(GENESIS_HASH);
    expect(c1[1]?.prevHash).toBe(c1[0]?.hash);
    expect(c1[1]?.hash).toBe(
      recordHash({ conversationId: 'c1', seq: 2, prevHash: c1[0]?.hash ?? '', activity: message('c1', 2) }),
    );
    const c2 = await store.getRecords('c2');
    expect(c2.map((r) => [r.seq, r.prevHash])).toEqual([[1, GENESIS_HASH]]);
  });

  it('stores the activity exactly as given, traces included', async () => {
    const activities = sampleConversation({ conversationId: 'conv-1', accountId: 'ACC-1001' });
    const store = await storeWith(activities);
    const records = await store.getRecords('conv-1');
    // Except what the person typed: full ID/card/phone numbers are masked before storage (issue 12).
    expect(records.map((r) => r.activity)).toEqual(
      activities.map((a) => (a.from?.role === 'user' ? maskTextFields(a) : a)),
    );
    expect(records.map((r) => r.role)).toEqual([
      'system',
      'bot',
      'system',
      'user',
      'bot',
      'system',
      'user',
      'bot',
      'system',
      'user',
      'bot',
      'system',
      'system',
      'agent',
      'system',
    ]);
  });

  it('summarises the conversation with its account, flags and outcome for the review list', async () => {
    const store = await storeWith(sampleConversation({ conversationId: 'conv-1', accountId: 'ACC-1001' }));
    const summary = await store.getSummary('conv-1');
    expect(summary).toMatchObject({
      conversationId: 'conv-1',
      channel: 'directline',
      account: 'ACC-1001',
      startedAt: '2026-11-20T02:00:00.000Z',
      lastAt: '2026-11-20T02:00:28.000Z',
      recordCount: 15,
      flags: ['blocked', 'escalated', 'disputed'],
      outcome: 'handoff',
    });
  });

  it('refuses to update or delete a record through SQL', async () => {
    const db = openMemoryDatabase();
    const store = new SqliteTranscriptStore(db);
    await store.append(message('c1', 1), {}, NOW);
    expect(() => db.prepare("UPDATE transcript_records SET activity = '{}'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM transcript_records').run()).toThrow(/retention policy/);
  });

  it('pages activities 20 at a time with a continuation token, and from a start date', async () => {
    const store = await storeWith(Array.from({ length: 45 }, (_, i) => message('c1', i + 1)));
    const first = await store.getTranscriptActivities('directline', 'c1');
    expect(first.items.map((a) => a.id)).toEqual(Array.from({ length: 20 }, (_, i) => `m${i + 1}`));
    const second = await store.getTranscriptActivities('directline', 'c1', first.continuationToken);
    const third = await store.getTranscriptActivities('directline', 'c1', second.continuationToken);
    expect(second.items[0]?.id).toBe('m21');
    expect(third.items.map((a) => a.id)).toEqual(['m41', 'm42', 'm43', 'm44', 'm45']);
    expect(third.continuationToken).toBeUndefined();
    const late = await store.getTranscriptActivities(
      'directline',
      'c1',
      undefined,
      new Date('2026-11-20T00:00:44Z'),
    );
    expect(late.items.map((a) => a.id)).toEqual(['m44', 'm45']);
    expect((await store.getTranscriptActivities('wechat', 'c1')).items).toEqual([]);
  });

  it("lists a channel's conversations oldest first, paged", async () => {
    const store = await storeWith(
      Array.from({ length: 23 }, (_, i) => ({ ...message(`c${String(i).padStart(2, '0')}`, i) })),
      [message('w1', 1, 'wechat')],
    );
    const first = await store.listTranscripts('directline');
    expect(first.items).toHaveLength(20);
    expect(first.items[0]).toEqual({
      channelId: 'directline',
      id: 'c00',
      created: new Date('2026-11-20T00:00:00Z'),
    });
    const rest = await store.listTranscripts('directline', first.continuationToken);
    expect(rest.items.map((t) => t.id)).toEqual(['c20', 'c21', 'c22']);
    expect(rest.continuationToken).toBeUndefined();
    expect((await store.listTranscripts('wechat')).items.map((t) => t.id)).toEqual(['w1']);
  });

  it('filters the review list by date, account, channel, outcome and flags', async () => {
    const store = await storeWith(
      sampleConversation({ conversationId: 'disputed', accountId: 'ACC-1', start: '2026-11-20T02:00:00Z' }),
      [message('quiet', 1, 'wechat')],
    );
    const ids = async (filter: Parameters<typeof store.listConversations>[0]) =>
      (await store.listConversations(filter)).items.map((s) => s.conversationId);
    expect(await ids({})).toEqual(['disputed', 'quiet']);
    expect(await ids({ from: '2026-11-20T01:00:00Z' })).toEqual(['disputed']);
    expect(await ids({ to: '2026-11-20T01:00:00Z' })).toEqual(['quiet']);
    expect(await ids({ account: 'ACC-1' })).toEqual(['disputed']);
    expect(await ids({ channel: 'wechat' })).toEqual(['quiet']);
    expect(await ids({ outcome: 'open' })).toEqual(['quiet']);
    expect(await ids({ flags: { disputed: true, blocked: true } })).toEqual(['disputed']);
    expect(await ids({ flags: { optedOut: true } })).toEqual([]);
    expect(await ids({ flags: { escalated: false } })).toEqual(['quiet']);
  });

  it('deletes a whole conversation only after the retention period, and records the deletion', async () => {
    const store = await storeWith(
      [message('old', 1)],
      [{ ...message('recent', 1), timestamp: '2027-06-01T00:00:00.000Z' }],
    );
    const policy = { now: new Date('2028-11-20T00:00:00.500Z'), retentionDays: 730, actor: 'retention-job' };
    const early = await store.deleteTranscript('directline', 'old', {
      ...policy,
      now: new Date('2027-01-01T00:00:00Z'),
    });
    expect(early).toEqual({
      status: 'within_retention',
      lastAt: '2026-11-20T00:00:01.000Z',
      deletableFrom: '2028-11-19T00:00:01.000Z',
    });
    const deleted = await store.deleteExpired(policy);
    expect(deleted.map((d) => [d.conversationId, d.recordCount, d.deletedBy])).toEqual([
      ['old', 1, 'retention-job'],
    ]);
    expect(await store.getRecords('old')).toEqual([]);
    expect(await store.getRecords('recent')).toHaveLength(1);
    expect((await store.listDeletions()).map((d) => d.conversationId)).toEqual(['old']);
    expect(await store.deleteTranscript('directline', 'old', policy)).toEqual({ status: 'not_found' });
  });
});
