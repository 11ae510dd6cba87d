import { beforeEach, expect, it } from 'vitest';
import { maskTextFields } from '../../../src/core/pii.js';
import { GENESIS_HASH, recordHash } from '../../../src/store/transcripts/chain.js';
import type {
  RevealLog,
  TranscriptActivity,
  TranscriptRecord,
  TranscriptStore,
} from '../../../src/store/transcripts/types.js';
import { sampleConversation } from '../../review/fixtures.js';

export interface TranscriptHarness {
  /** Empties the tables (each test starts from nothing). */
  reset(): Promise<void>;
  /** Another instance on the same database. */
  open(): TranscriptStore;
  reveals(): RevealLog;
}

const NOW = new Date('2026-11-20T03:00:00.000Z');

export function message(conversationId: string, n: number, channelId = 'directline'): TranscriptActivity {
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

/** Every record links to the one before it: seq 1..n, prev_hash the previous hash, hash recomputed. */
export function expectUnbrokenChain(records: TranscriptRecord[]): void {
  let prev = GENESIS_HASH;
  records.forEach((r, i) => {
    expect(r.seq).toBe(i + 1);
    expect(r.prevHash).toBe(prev);
    expect(r.hash).toBe(
      recordHash({ conversationId: r.conversationId, seq: r.seq, prevHash: prev, activity: r.activity }),
    );
    prev = r.hash;
  });
}

/** The contract of the transcript store, run against every backend. */
export function transcriptStoreContract(h: TranscriptHarness): void {
  beforeEach(() => h.reset());

  it('chains each conversation separately from the genesis hash and reads back what it returned', async () => {
    const store = h.open();
    const written = [
      await store.append(message('c1', 1), {}, NOW),
      await store.append(message('c2', 1), { accountId: 'ACC-9', flags: ['escalated'] }, NOW),
      await store.append(message('c1', 2), {}, NOW),
    ];
    const c1 = await store.getRecords('c1');
    expectUnbrokenChain(c1);
    expect(c1).toEqual([written[0], written[2]]);
    expect(await store.getRecords('c2')).toEqual([written[1]]);
    expect(written[1]).toMatchObject({
      accountId: 'ACC-9',
      flags: ['escalated'],
      recordedAt: NOW.toISOString(),
    });
    expect(await store.listConversationIds()).toEqual(['c1', 'c2']);
  });

  it('masks full card numbers a person typed and keeps the rest of the activity as given', async () => {
    const store = h.open();
    const typed = { ...message('c1', 1), text: '卡号 6222 0212 3456 7890 123，中文、emoji 🙂 and "quotes"' };
    const rec = await store.append(typed, {}, NOW);
    expect(rec.activity).toEqual(maskTextFields(typed));
    expect(rec.activity.text).not.toContain('6222 0212 3456 7890 123');
    expect((await store.getRecords('c1'))[0]?.activityJson).toBe(rec.activityJson);
  });

  it('summarises a conversation with its account, flags and outcome', async () => {
    const store = h.open();
    for (const a of sampleConversation({ conversationId: 'conv-1', accountId: 'ACC-1001' }))
      await store.append(a, {}, NOW);
    expect(await store.getSummary('conv-1')).toMatchObject({
      conversationId: 'conv-1',
      channel: 'directline',
      account: 'ACC-1001',
      startedAt: '2026-11-20T02:00:00.000Z',
      lastAt: '2026-11-20T02:00:28.000Z',
      recordCount: 15,
      flags: ['blocked', 'escalated', 'disputed'],
      outcome: 'handoff',
    });
    expect(await store.getSummary('nobody')).toBeUndefined();
  });

  it('appends a batch all or none', async () => {
    const store = h.open();
    const batch = [
      { activity: message('b1', 1), meta: {} },
      { activity: { type: 'message' }, meta: {} },
    ];
    await expect(store.appendAll(batch, NOW)).rejects.toThrow(/conversation\.id/);
    expect(await store.getRecords('b1')).toEqual([]);
    const ok = await store.appendAll(
      [
        { activity: message('b1', 1), meta: {} },
        { activity: message('b2', 1), meta: {} },
        { activity: message('b1', 2), meta: {} },
      ],
      NOW,
    );
    expect(ok.map((r) => `${r.conversationId}#${r.seq}`)).toEqual(['b1#1', 'b2#1', 'b1#2']);
    expectUnbrokenChain(await store.getRecords('b1'));
  });

  it('pages activities 20 at a time and from a start date, per channel', async () => {
    const store = h.open();
    await store.appendAll(
      Array.from({ length: 45 }, (_, i) => ({ activity: message('c1', i + 1), meta: {} })),
      NOW,
    );
    const first = await store.getTranscriptActivities('directline', 'c1');
    expect(first.items.map((a) => a.id)).toEqual(Array.from({ length: 20 }, (_, i) => `m${i + 1}`));
    const second = await store.getTranscriptActivities('directline', 'c1', first.continuationToken);
    const third = await store.getTranscriptActivities('directline', 'c1', second.continuationToken);
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
    await expect(store.getTranscriptActivities('directline', 'c1', 'nonsense')).rejects.toThrow(/token/);
  });

  it("lists a channel's conversations oldest first in byte order of ids, paged", async () => {
    const store = h.open();
    // Ids a language-aware collation would order differently from SQLite's byte order.
    const ids = ['b', 'B', 'a-c', 'a_b', 'ab', 'Z', '中', 'a b'];
    for (const id of ids) await store.append({ ...message(id, 1) }, {}, NOW);
    for (let i = 0; i < 20; i++) await store.append(message(`x${String(i).padStart(2, '0')}`, 2), {}, NOW);
    const first = await store.listTranscripts('directline');
    expect(first.items.slice(0, 8).map((t) => t.id)).toEqual([...ids].sort());
    const rest = await store.listTranscripts('directline', first.continuationToken);
    expect([...first.items, ...rest.items]).toHaveLength(28);
    expect(rest.continuationToken).toBeUndefined();
    expect(first.items[0]?.created).toEqual(new Date('2026-11-20T00:00:01Z'));
  });

  it('filters and pages the review list newest first', async () => {
    const store = h.open();
    for (const a of sampleConversation({ conversationId: 'disputed', accountId: 'ACC-1' }))
      await store.append(a, {}, NOW);
    await store.append(message('quiet', 1, 'wechat'), {}, NOW);
    const ids = async (filter: Parameters<TranscriptStore['listConversations']>[0]) =>
      (await store.listConversations(filter)).items.map((s) => s.conversationId);
    expect(await ids({})).toEqual(['disputed', 'quiet']);
    expect(await ids({ from: '2026-11-20T01:00:00Z' })).toEqual(['disputed']);
    expect(await ids({ to: '2026-11-20T01:00:00Z' })).toEqual(['quiet']);
    expect(await ids({ account: 'ACC-1', channel: 'directline' })).toEqual(['disputed']);
    expect(await ids({ outcome: 'open' })).toEqual(['quiet']);
    expect(await ids({ outcome: 'handoff' })).toEqual(['disputed']);
    expect(await ids({ flags: { disputed: true, blocked: true } })).toEqual(['disputed']);
    expect(await ids({ flags: { escalated: false } })).toEqual(['quiet']);
    const page = await store.listConversations({ limit: 1 });
    expect(page.items.map((s) => s.conversationId)).toEqual(['disputed']);
    expect(await ids({ limit: 1, continuationToken: page.continuationToken })).toEqual(['quiet']);
  });

  it('deletes only past retention, logs the deletion and who did it, and can chain the id again', async () => {
    const store = h.open();
    await store.append(message('old', 1), {}, NOW);
    await store.append({ ...message('recent', 1), timestamp: '2027-06-01T00:00:00.000Z' }, {}, NOW);
    const policy = { now: new Date('2028-11-20T00:00:00.500Z'), retentionDays: 730, actor: 'retention-job' };
    expect(
      await store.deleteTranscript('directline', 'old', { ...policy, now: new Date('2027-01-01T00:00:00Z') }),
    ).toEqual({
      status: 'within_retention',
      lastAt: '2026-11-20T00:00:01.000Z',
      deletableFrom: '2028-11-19T00:00:01.000Z',
    });
    const deleted = await store.deleteExpired(policy);
    expect(deleted).toEqual([
      {
        conversationId: 'old',
        channelId: 'directline',
        recordCount: 1,
        headHash: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
        startedAt: '2026-11-20T00:00:01.000Z',
        lastAt: '2026-11-20T00:00:01.000Z',
        deletedAt: '2028-11-20T00:00:00.500Z',
        deletedBy: 'retention-job',
        reason: 'retention: last activity older than 730 days',
      },
    ]);
    expect(await store.getRecords('old')).toEqual([]);
    expect(await store.getRecords('recent')).toHaveLength(1);
    expect(await store.listDeletions()).toEqual(deleted);
    expect(await store.deleteTranscript('directline', 'old', policy)).toEqual({ status: 'not_found' });
    expect(await store.deleteTranscript('wechat', 'recent', policy)).toEqual({ status: 'not_found' });
    expect((await store.append(message('old', 2), {}, NOW)).seq).toBe(1);
  });

  it('keeps one unbroken chain when two instances append to one conversation at once', async () => {
    const a = h.open();
    const b = h.open();
    const writes = Array.from({ length: 40 }, (_, i) =>
      (i % 2 ? a : b).append(message('busy', i + 1), {}, NOW),
    );
    const batches = Array.from({ length: 5 }, (_, i) =>
      (i % 2 ? b : a).appendAll(
        [
          { activity: message('busy', 100 + i), meta: {} },
          { activity: message('other', i), meta: {} },
          { activity: message('busy', 200 + i), meta: {} },
        ],
        NOW,
      ),
    );
    const written = [...(await Promise.all(writes)), ...(await Promise.all(batches)).flat()];
    const records = await a.getRecords('busy');
    expect(records).toHaveLength(50);
    expectUnbrokenChain(records);
    expect(new Set(written.filter((r) => r.conversationId === 'busy').map((r) => r.seq)).size).toBe(50);
    expectUnbrokenChain(await b.getRecords('other'));
    expect((await a.getSummary('busy'))?.recordCount).toBe(50);
    expect((await a.getSummary('busy'))?.headHash).toBe(records.at(-1)?.hash);
  });

  it('records who revealed unmasked text, newest first', async () => {
    const log = h.reveals();
    const first = await log.record('c1', 'rita', new Date('2026-11-20T04:00:00Z'), 'complaint 17');
    await log.record('c2', 'rita', new Date('2026-11-20T04:01:00Z'));
    await log.record('c1', 'sam', new Date('2026-11-20T04:02:00Z'));
    expect(first).toMatchObject({
      conversationId: 'c1',
      reviewer: 'rita',
      revealedAt: '2026-11-20T04:00:00.000Z',
    });
    expect((await log.list('c1')).map((r) => [r.reviewer, r.reason])).toEqual([
      ['sam', undefined],
      ['rita', 'complaint 17'],
    ]);
    expect((await log.list()).map((r) => r.conversationId)).toEqual(['c1', 'c2', 'c1']);
    await log.record('c3', 'rita\u0000', new Date('2026-11-20T04:03:00Z'), 'why\u0000');
    expect(await log.list('c\u0000')).toEqual([]);
  });
}
