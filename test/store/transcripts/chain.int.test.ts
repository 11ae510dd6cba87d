import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/db.js';
import { recordHash } from '../../../src/store/transcripts/chain.js';
import { SqliteTranscriptStore } from '../../../src/store/transcripts/sqliteTranscriptStore.js';
import { verifyAll } from '../../../src/review/verify.js';
import { sampleConversation } from '../../review/fixtures.js';

/**
 * Tampering with the SQLite file the way someone with file access would: a separate
 * connection, the append-only triggers dropped, rows edited. The chain must show it.
 */
let dir = '';

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'chain-'));
  const db = openDatabase(dir);
  const store = new SqliteTranscriptStore(db);
  const at = new Date('2026-11-20T03:00:00Z');
  for (const a of sampleConversation({ conversationId: 'conv-a', accountId: 'ACC-1' }))
    await store.append(a, {}, at);
  for (const a of sampleConversation({ conversationId: 'conv-b', accountId: 'ACC-2' }))
    await store.append(a, {}, at);
  db.close();
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function tamper(sql: string): void {
  const raw = new Database(path.join(dir, 'collections.db'));
  raw.exec('DROP TRIGGER transcript_records_no_update; DROP TRIGGER transcript_records_no_delete;');
  raw.exec(sql);
  raw.close();
}

async function verify() {
  const db = openDatabase(dir);
  try {
    return await verifyAll(new SqliteTranscriptStore(db));
  } finally {
    db.close();
  }
}

describe('chain verification', () => {
  it('holds for untouched transcripts', async () => {
    expect(await verify()).toEqual({ conversations: 2, records: 30, broken: [] });
  });

  it('catches an edited record and names the conversation and the record', async () => {
    tamper(`UPDATE transcript_records SET activity = replace(activity, '我现在真的还不起', '我会马上全部还清')
      WHERE conversation_id = 'conv-b' AND seq = 7`);
    const report = await verify();
    expect(report.broken).toEqual([
      {
        ok: false,
        conversationId: 'conv-b',
        records: 15,
        seq: 7,
        problem: 'altered',
        detail: 'record 7 does not match its hash (its content was changed)',
      },
    ]);
  });

  it("catches an edit even when the editor recomputes that record's hash", async () => {
    const raw = new Database(path.join(dir, 'collections.db'), { readonly: true });
    const read = (seq: number) =>
      raw
        .prepare("SELECT activity, hash FROM transcript_records WHERE conversation_id = 'conv-a' AND seq = ?")
        .get(seq) as {
        activity: string;
        hash: string;
      };
    const edited = read(4).activity.replace('*******5678', '*******0000');
    const hash = recordHash({
      conversationId: 'conv-a',
      seq: 4,
      prevHash: read(3).hash,
      activity: JSON.parse(edited),
    });
    raw.close();
    tamper(`UPDATE transcript_records SET activity = '${edited.replace(/'/g, "''")}', hash = '${hash}'
      WHERE conversation_id = 'conv-a' AND seq = 4`);
    const report = await verify();
    expect(report.broken.map((b) => [b.conversationId, b.seq, b.problem])).toEqual([
      ['conv-a', 5, 'chain_broken'],
    ]);
  });

  it('catches a deleted record', async () => {
    tamper("DELETE FROM transcript_records WHERE conversation_id = 'conv-a' AND seq = 6");
    const report = await verify();
    expect(report.broken.map((b) => [b.conversationId, b.seq, b.problem, b.detail])).toEqual([
      ['conv-a', 6, 'missing', 'record 6 is missing (the next stored is 7)'],
    ]);
  });

  it('catches a deleted last record', async () => {
    tamper("DELETE FROM transcript_records WHERE conversation_id = 'conv-a' AND seq = 15");
    const report = await verify();
    expect(report.broken.map((b) => [b.conversationId, b.seq, b.problem])).toEqual([
      ['conv-a', 15, 'truncated'],
    ]);
  });

  it("catches two records swapped into each other's place", async () => {
    tamper(`UPDATE transcript_records SET seq = -1 WHERE conversation_id = 'conv-a' AND seq = 8;
      UPDATE transcript_records SET seq = 8 WHERE conversation_id = 'conv-a' AND seq = 9;
      UPDATE transcript_records SET seq = 9 WHERE conversation_id = 'conv-a' AND seq = -1;`);
    const report = await verify();
    expect(report.broken.map((b) => [b.conversationId, b.seq, b.problem, b.detail])).toEqual([
      ['conv-a', 8, 'reordered', 'record 8 links to another record of this conversation than record 7'],
    ]);
  });

  it('catches reordered timestamps (the replay order) as an edit', async () => {
    tamper(`UPDATE transcript_records SET activity = replace(activity, '"timestamp":"2026-11-20T02:00:06.000Z"',
      '"timestamp":"2026-11-20T02:00:30.000Z"') WHERE conversation_id = 'conv-b' AND seq = 4`);
    const report = await verify();
    expect(report.broken.map((b) => [b.conversationId, b.seq, b.problem])).toEqual([
      ['conv-b', 4, 'altered'],
    ]);
  });
});
