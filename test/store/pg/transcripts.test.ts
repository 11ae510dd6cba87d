import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../src/store/db.js';
import { PgRevealLog } from '../../../src/store/pg/revealLog.js';
import { PgTranscriptStore, TRANSCRIPT_LOCK_SPACE } from '../../../src/store/pg/transcripts.js';
import { StoreUnavailableError } from '../../../src/store/storeErrors.js';
import { SqliteRevealLog } from '../../../src/store/transcripts/revealLog.js';
import { SqliteTranscriptStore } from '../../../src/store/transcripts/sqliteTranscriptStore.js';
import type { TranscriptActivity } from '../../../src/store/transcripts/types.js';
import { sampleConversation } from '../../review/fixtures.js';
import { describePg } from '../../support/postgres.js';
import { expectUnbrokenChain, message, transcriptStoreContract } from '../contracts/transcripts.contract.js';

const NOW = new Date('2026-11-20T03:00:00.000Z');

describe('transcripts on SQLite (the contract)', () => {
  let dir = '';
  transcriptStoreContract({
    reset: async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'transcripts-contract-'));
    },
    open: () => new SqliteTranscriptStore(openDatabase(dir)),
    reveals: () => new SqliteRevealLog(openDatabase(dir)),
  });
});

describePg('transcripts on PostgreSQL (the contract)', (pg) => {
  transcriptStoreContract({
    reset: async () => {
      await pg
        .pool({ max: 1 })
        .query(
          'TRUNCATE transcript_records, transcript_conversations, transcript_deletions, transcript_reveals RESTART IDENTITY',
        );
    },
    open: () => new PgTranscriptStore(pg.pool({ max: 3 })),
    reveals: () => new PgRevealLog(pg.pool({ max: 1 })),
  });
});

/** Activities a hostile or unusual client could send, none of them fitted to the code. */
function unusual(conversationId: string): TranscriptActivity[] {
  let deep: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < 200; i++) deep = { n: deep };
  return [
    ...sampleConversation({ conversationId, accountId: 'ACC-7' }),
    { ...message(conversationId, 50), text: 'nul \u0000 inside, tab \t, "quote", back\\slash, 🙂, \u2028' },
    { ...message(conversationId, 51), id: 'id-with-\u0000-nul', channelId: 'directline', value: deep },
    { ...message(conversationId, 52), text: 'x'.repeat(300_000) },
    { ...message(conversationId, 53), timestamp: 'not a date', __proto__: { polluted: 1 } },
    {
      type: 'event',
      name: 'handoff.queued',
      conversation: { id: conversationId },
      value: [1, null, { b: 2, a: 1 }],
    },
  ];
}

describePg('transcripts on PostgreSQL beside SQLite', (pg) => {
  it('append to a conversation this instance wrote last in one statement, and after another instance or a deletion as well', async () => {
    const a = new PgTranscriptStore(pg.pool({ max: 2 }));
    const poolB = pg.pool({ max: 2 });
    const b = new PgTranscriptStore(poolB);
    const id = 'known-head-1';
    await a.append(message(id, 1), {}, NOW);
    await b.append(message(id, 2), {}, NOW);
    const spy = vi.spyOn(poolB, 'query');
    await b.appendAll(
      [
        { activity: message(id, 3), meta: {} },
        { activity: message(id, 4), meta: {} },
      ],
      NOW,
    );
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    await a.append(message(id, 5), {}, NOW);
    await b.append(message(id, 6), {}, NOW);
    expectUnbrokenChain(await a.getRecords(id));
    expect((await a.getRecords(id)).map((r) => r.activity.id)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6']);
    expect((await a.getSummary(id))?.recordCount).toBe(6);
    const later = new Date(NOW.getTime() + 400 * 86_400_000);
    const deleted = await a.deleteTranscript('directline', id, {
      now: later,
      retentionDays: 30,
      actor: 'test',
    });
    expect(deleted.status).toBe('deleted');
    await b.append(message(id, 7), {}, later);
    const after = await b.getRecords(id);
    expect(after.map((r) => [r.seq, r.activity.id])).toEqual([[1, 'm7']]);
    expectUnbrokenChain(after);
  });

  it('chain correctly after an append inside a caller transaction that rolled back', async () => {
    const pool = pg.pool({ max: 2 });
    const store = new PgTranscriptStore(pool);
    const id = 'rolled-back-head';
    await store.append(message(id, 1), {}, NOW);
    const client = await pool.connect();
    await client.query('BEGIN');
    await store.appendAllIn(client, [{ activity: message(id, 2), meta: {} }], NOW);
    await client.query('ROLLBACK');
    client.release();
    await store.append(message(id, 3), {}, NOW);
    const records = await store.getRecords(id);
    expect(records.map((r) => r.activity.id)).toEqual(['m1', 'm3']);
    expectUnbrokenChain(records);
  });

  it('keep one chain when two instances that both know a head race, with a retention delete in the middle', async () => {
    const [a, b] = [new PgTranscriptStore(pg.pool({ max: 4 })), new PgTranscriptStore(pg.pool({ max: 4 }))];
    const id = 'known-head-race';
    await a.append(message(id, 1), {}, NOW);
    await b.append(message(id, 2), {}, NOW);
    await a.append(message(id, 3), {}, NOW);
    const writes = Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).append(message(id, 10 + i), {}, NOW));
    const written = await Promise.all(writes);
    expect(new Set(written.map((r) => r.seq)).size).toBe(30);
    expectUnbrokenChain(await a.getRecords(id));
    const later = new Date(NOW.getTime() + 400 * 86_400_000);
    const policy = { now: later, retentionDays: 30, actor: 'test' };
    const [, deleted] = await Promise.all([
      a.append(message(id, 50), {}, later),
      b.deleteTranscript('directline', id, policy),
      b.append(message(id, 51), {}, later),
    ]);
    expect(['deleted', 'within_retention']).toContain(deleted.status);
    await a.append(message(id, 52), {}, later);
    const rest = await b.getRecords(id);
    expectUnbrokenChain(rest);
    expect((await b.getSummary(id))?.recordCount).toBe(rest.length);
  });

  it('store one batch over interleaved conversations, quotes and dollar signs in it, as SQLite does', async () => {
    const sqlite = new SqliteTranscriptStore(openDatabase(mkdtempSync(path.join(os.tmpdir(), 'tx-mixed-'))));
    const postgres = new PgTranscriptStore(pg.pool());
    const hostile = [
      "'); COMMIT; DROP TABLE transcript_records; --",
      "E'\\' $1 $13::timestamptz $$ dollar $$",
      'ARRAY[NULL]::text[] \\x00 \\',
    ];
    const batch = ['mixed-a', 'mixed-b', 'mixed-a', 'mixed-b', 'mixed-a'].map((id, n) => ({
      activity: {
        ...message(id, 90 - n * 7),
        text: hostile[n % hostile.length],
        ...(n >= 2 ? { from: { id: 'bot', role: 'bot' }, recipient: { id: 'u' } } : {}),
      },
      meta: n === 1 ? { accountId: 'ACC-MIXED' } : n === 3 ? { flags: ['optedOut' as const] } : {},
    }));
    await sqlite.appendAll(batch, NOW);
    await postgres.appendAll(batch, NOW);
    await sqlite.appendAll(batch.slice(0, 2), NOW);
    await postgres.appendAll(batch.slice(0, 2), NOW);
    for (const id of ['mixed-a', 'mixed-b']) {
      expect(await postgres.getRecords(id)).toEqual(await sqlite.getRecords(id));
      expect(await postgres.getSummary(id)).toEqual(await sqlite.getSummary(id));
      expectUnbrokenChain(await postgres.getRecords(id));
    }
    expect((await postgres.getRecords('mixed-a')).map((r) => r.activity.text)).toContain(hostile[0]);
  });

  it('store the same records with the same hashes as SQLite for the same activities', async () => {
    const sqlite = new SqliteTranscriptStore(openDatabase(mkdtempSync(path.join(os.tmpdir(), 'tx-same-'))));
    const postgres = new PgTranscriptStore(pg.pool());
    for (const activity of unusual('same-1')) {
      await sqlite.append(activity, { flags: ['optedOut'] }, NOW);
      await postgres.append(activity, { flags: ['optedOut'] }, NOW);
    }
    const batch = unusual('same-2').map((activity) => ({ activity, meta: {} }));
    await sqlite.appendAll(batch, NOW);
    await postgres.appendAll(batch, NOW);
    for (const id of ['same-1', 'same-2']) {
      const theirs = await sqlite.getRecords(id);
      const ours = await postgres.getRecords(id);
      expect(ours.map((r) => r.hash)).toEqual(theirs.map((r) => r.hash));
      expect(ours).toEqual(theirs);
      expect(await postgres.getSummary(id)).toEqual(await sqlite.getSummary(id));
    }
  });

  it('never deadlocks two instances appending batches over the same conversations in opposite orders', async () => {
    const [a, b] = [new PgTranscriptStore(pg.pool({ max: 4 })), new PgTranscriptStore(pg.pool({ max: 4 }))];
    const batch = (first: string, second: string, n: number) =>
      [first, second, first].map((id, i) => ({ activity: message(id, n * 10 + i), meta: {} }));
    await Promise.all(
      Array.from({ length: 16 }, (_, n) =>
        n % 2 ? a.appendAll(batch('dl-x', 'dl-y', n), NOW) : b.appendAll(batch('dl-y', 'dl-x', n), NOW),
      ),
    );
    for (const id of ['dl-x', 'dl-y']) {
      const records = await a.getRecords(id);
      expect(records).toHaveLength(24);
      expectUnbrokenChain(records);
    }
  });

  it('keeps the chain whole when a retention delete races appends to the same conversation', async () => {
    const [a, b] = [new PgTranscriptStore(pg.pool({ max: 4 })), new PgTranscriptStore(pg.pool({ max: 4 }))];
    await a.append(message('race-del', 1), {}, NOW);
    const policy = { now: new Date('2030-01-01T00:00:00Z'), retentionDays: 1, actor: 'retention-job' };
    const [deleted] = await Promise.all([
      b.deleteTranscript('directline', 'race-del', policy),
      ...Array.from({ length: 10 }, (_, i) => a.append(message('race-del', i + 2), {}, NOW)),
    ]);
    expect(deleted.status).toBe('deleted');
    const left = await a.getRecords('race-del');
    expectUnbrokenChain(left);
    const log = (await a.listDeletions()).find((d) => d.conversationId === 'race-del');
    expect((log?.recordCount ?? 0) + left.length).toBe(11);
  });

  it('refuses to update or delete a record outside the retention policy', async () => {
    const pool = pg.pool();
    await new PgTranscriptStore(pool).append(message('locked-1', 1), {}, NOW);
    await expect(pool.query("UPDATE transcript_records SET activity = '{}'")).rejects.toThrow(/append-only/);
    await expect(pool.query('DELETE FROM transcript_records')).rejects.toThrow(/retention policy/);
  });

  it('refuses a conversation id PostgreSQL cannot store, saying so, and writes nothing', async () => {
    const store = new PgTranscriptStore(pg.pool());
    await expect(store.append(message('bad\u0000id', 1), {}, NOW)).rejects.toMatchObject({
      code: 'TRANSCRIPT_INVALID',
    });
    expect(await store.listConversationIds()).not.toContain('bad\u0000id');
    // Looking such an id up (a reviewer's hostile URL) finds nothing instead of failing the query.
    expect(await store.getRecords('bad\u0000id')).toEqual([]);
    expect(await store.getSummary('bad\u0000id')).toBeUndefined();
    expect((await store.getTranscriptActivities('direct\u0000line', 'bad\u0000id')).items).toEqual([]);
    expect((await store.listConversations({ account: '\u0000', channel: '\u0000' })).items).toEqual([]);
    const policy = { now: NOW, retentionDays: 1, actor: 'job' };
    expect(await store.deleteTranscript('directline', 'bad\u0000id', policy)).toEqual({
      status: 'not_found',
    });
  });

  it('turns a connection lost mid-append into store_unavailable and leaves nothing half-written', async () => {
    const admin = pg.pool({ max: 2 });
    const victimPool = pg.pool({ max: 1, applicationName: 'transcript-victim' });
    const store = new PgTranscriptStore(victimPool);
    await store.append(message('cut-1', 1), {}, NOW);
    // Another instance holds the conversation's lock, so the append waits inside its transaction.
    const holder = await admin.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [TRANSCRIPT_LOCK_SPACE, 'cut-1']);
    const pending = store.append(message('cut-1', 2), {}, NOW).catch((e: unknown) => e);
    for (let i = 0; i < 100; i++) {
      const waiting = await admin.query(
        "SELECT 1 FROM pg_stat_activity WHERE application_name = 'transcript-victim' AND wait_event_type = 'Lock'",
      );
      if (waiting.rowCount) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'transcript-victim'",
    );
    const error = await pending;
    await holder.query('ROLLBACK');
    holder.release();
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as StoreUnavailableError).code).toBe('store_unavailable');
    const after = new PgTranscriptStore(pg.pool());
    expect((await after.getRecords('cut-1')).map((r) => r.seq)).toEqual([1]);
    expect((await after.append(message('cut-1', 3), {}, NOW)).seq).toBe(2);
  });
});
