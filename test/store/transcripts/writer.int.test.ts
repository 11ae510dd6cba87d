import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.js';
import { openDatabase, type Db } from '../../../src/store/db.js';
import { SqliteTranscriptStore } from '../../../src/store/transcripts/sqliteTranscriptStore.js';
import { TranscriptError } from '../../../src/store/transcripts/errors.js';
import { TranscriptWriter, type WriteFailure } from '../../../src/store/transcripts/writer.js';
import { verifyChain } from '../../../src/review/verify.js';

const dirs: string[] = [];
const dbs: Db[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function setup(): {
  dir: string;
  db: Db;
  store: SqliteTranscriptStore;
  clock: ManualClock;
  failures: WriteFailure[];
  writer: TranscriptWriter;
} {
  const dir = mkdtempSync(path.join(tmpdir(), 'transcripts-'));
  dirs.push(dir);
  const db = openDatabase(dir);
  dbs.push(db);
  db.pragma('busy_timeout = 0'); // fail fast on a lock, so the retry path runs
  const store = new SqliteTranscriptStore(db);
  const clock = new ManualClock('2026-11-20T02:00:00.000Z');
  const failures: WriteFailure[] = [];
  const writer = new TranscriptWriter({
    store,
    clock,
    onFailure: (f) => failures.push(f),
    retryBaseMs: 5,
    retryMaxMs: 40,
  });
  return { dir, db, store, clock, failures, writer };
}

const say = (text: string) => ({
  type: 'message',
  conversation: { id: 'c1' },
  channelId: 'directline',
  from: { id: 'u', role: 'user' },
  text,
});

describe('TranscriptWriter', () => {
  it("returns before anything is written, then writes in order with the clock's timestamp", async () => {
    const { writer, store, clock } = setup();
    writer.append(say('一'));
    clock.advance(1500);
    writer.append(say('二'));
    expect(await store.getRecords('c1')).toEqual([]);
    expect(writer.pending).toBe(2);
    await writer.flush();
    const records = await store.getRecords('c1');
    expect(records.map((r) => [r.seq, r.activity.text, r.activity.timestamp])).toEqual([
      [1, '一', '2026-11-20T02:00:00.000Z'],
      [2, '二', '2026-11-20T02:00:01.500Z'],
    ]);
  });

  it('keeps a copy, so the caller changing the activity afterwards changes nothing', async () => {
    const { writer, store } = setup();
    const activity = say('原文');
    writer.append(activity);
    activity.text = '改过';
    await writer.flush();
    expect((await store.getRecords('c1'))[0]?.activity.text).toBe('原文');
  });

  it('retries while the database is locked by another process, reports each failure, and loses nothing', async () => {
    const { dir, writer, store, failures } = setup();
    const other = new Database(path.join(dir, 'collections.db'));
    other.exec('BEGIN IMMEDIATE');
    writer.append(say('一'));
    writer.append(say('二'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(failures.length).toBeGreaterThanOrEqual(2);
    expect(failures[0]).toMatchObject({
      kind: 'retrying',
      conversationId: 'c1',
      attempt: 1,
      delayMs: 5,
      pending: 2,
    });
    expect(failures[0]?.kind === 'retrying' && failures[0].error).toMatch(/SQLITE_BUSY|database is locked/);
    expect(writer.pending).toBe(2);
    other.exec('COMMIT');
    other.close();
    await writer.flush();
    const records = await store.getRecords('c1');
    expect(records.map((r) => r.activity.text)).toEqual(['一', '二']);
    expect(verifyChain('c1', records, await store.getSummary('c1')).ok).toBe(true);
    expect(failures.at(-1)).toMatchObject({ kind: 'recovered', conversationId: 'c1' });
  });

  it('reports an activity without a conversation id instead of dropping it silently', async () => {
    const { writer, failures } = setup();
    writer.append({ type: 'message', text: 'no conversation' });
    await writer.flush();
    expect(failures).toEqual([
      {
        kind: 'rejected',
        activityType: 'message',
        error:
          'TranscriptError: activity has no conversation.id; apply the conversation reference before logging it',
      },
    ]);
  });

  it('writes the rest when one queued record can never be stored, and reports that one', async () => {
    const { store, clock } = setup();
    const failures: WriteFailure[] = [];
    const picky = {
      appendAllNow: (items: Parameters<typeof store.appendAllNow>[0], at: Date) => {
        if (items.some((i) => i.activity.text === '坏'))
          throw new TranscriptError('this activity cannot be stored');
        return store.appendAllNow(items, at);
      },
      appendAll: async (items: Parameters<typeof store.appendAllNow>[0], at: Date) =>
        picky.appendAllNow(items, at),
    };
    const writer = new TranscriptWriter({ store: picky, clock, onFailure: (f) => failures.push(f) });
    for (const text of ['一', '坏', '三']) writer.append(say(text));
    await writer.flush();
    expect((await store.getRecords('c1')).map((r) => [r.seq, r.activity.text])).toEqual([
      [1, '一'],
      [2, '三'],
    ]);
    expect(failures).toEqual([
      { kind: 'rejected', activityType: 'message', error: 'TranscriptError: this activity cannot be stored' },
    ]);
  });

  it('gives up waiting on flush after a timeout while records are still pending', async () => {
    const { dir, writer } = setup();
    const other = new Database(path.join(dir, 'collections.db'));
    other.exec('BEGIN IMMEDIATE');
    writer.append(say('一'));
    await expect(writer.flush(30)).rejects.toThrow('1 transcript records still pending after 30 ms');
    other.exec('COMMIT');
    other.close();
    await writer.flush();
  });
});
