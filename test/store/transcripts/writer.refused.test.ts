import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.js';
import { openDatabase, type Db } from '../../../src/store/db.js';
import { TranscriptUnavailableError } from '../../../src/store/transcripts/errors.js';
import { SqliteTranscriptStore } from '../../../src/store/transcripts/sqliteTranscriptStore.js';
import { TranscriptWriter, type WriteFailure } from '../../../src/store/transcripts/writer.js';
import { createTestApp } from '../../support/testApp.js';

const dirs: string[] = [];
const dbs: Db[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const SECRET = '身份证 110101199003071234';

const say = (conversationId: string, text: string) => ({
  type: 'message',
  conversation: { id: conversationId },
  channelId: 'directline',
  from: { id: 'u', role: 'user' },
  text,
});

/** A real refusal by SQLite itself (SQLITE_CONSTRAINT_TRIGGER), for one conversation's records only. */
function refuseConversation(db: Db, conversationId: string): void {
  db.exec(`CREATE TRIGGER refuse_poison BEFORE INSERT ON transcript_records
    WHEN NEW.conversation_id = '${conversationId}' BEGIN SELECT RAISE(ABORT, 'refused: poison'); END`);
}

function setup() {
  const dir = mkdtempSync(path.join(tmpdir(), 'transcripts-refused-'));
  dirs.push(dir);
  const db = openDatabase(dir);
  dbs.push(db);
  const store = new SqliteTranscriptStore(db);
  const failures: WriteFailure[] = [];
  const writer = new TranscriptWriter({
    store,
    clock: new ManualClock('2026-12-07T02:00:00.000Z'),
    onFailure: (f) => failures.push(f),
    retryBaseMs: 5,
    retryMaxMs: 40,
  });
  return { db, store, writer, failures };
}

/**
 * claim24 (SECURITY.md "Red team, claim23", row "One record's non-availability error"): a record
 * the store refuses fails its own commit only; the writer stays healthy for every other
 * conversation, and the refusal is reported without what the record said.
 */
describe('TranscriptWriter: a record the store refuses (SQLite)', () => {
  it('fails only that commit, stays healthy, and the next conversation’s commit is recorded', async () => {
    const { db, store, writer, failures } = setup();
    refuseConversation(db, 'poison');
    const refused = await writer.commit([{ activity: say('poison', SECRET) }]).then(
      () => 'recorded',
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(TranscriptUnavailableError);
    expect(writer.health()).toMatchObject({ failing: false, backlog: 0 });
    await writer.commit([{ activity: say('healthy', '你好') }]);
    expect((await store.getRecords('healthy')).map((r) => r.activity.text)).toEqual(['你好']);
    expect(await store.getRecords('poison')).toEqual([]);
    const refusal = failures.find((f) => f.kind === 'refused');
    expect(refusal).toMatchObject({
      kind: 'refused',
      stage: 'commit',
      refusal: 'constraint',
      conversationId: 'poison',
      error: 'SQLITE_CONSTRAINT_TRIGGER',
    });
    expect(JSON.stringify(failures)).not.toContain('110101');
    expect(failures.some((f) => f.kind === 'retrying')).toBe(false);
  });

  it('leaves a refused queued record out, writes the others queued with it, and stays healthy', async () => {
    const { db, store, writer, failures } = setup();
    refuseConversation(db, 'poison');
    writer.append(say('other', 'before'));
    writer.append(say('poison', SECRET));
    writer.append(say('other', 'after'));
    await writer.flush(2000);
    expect((await store.getRecords('other')).map((r) => r.activity.text)).toEqual(['before', 'after']);
    expect(writer.health()).toMatchObject({ failing: false, backlog: 0 });
    expect(failures).toEqual([
      expect.objectContaining({ kind: 'refused', stage: 'queued', conversationId: 'poison' }),
    ]);
  });

  it('logs a refused record by its code only, counts it, and the app’s writer stays healthy', async () => {
    const lines: string[] = [];
    const app = createTestApp(
      {},
      { logger: pino({ level: 'info' }, { write: (l: string) => void lines.push(l) }) },
    );
    try {
      refuseConversation(app.backend.db, 'poison-app');
      await expect(
        app.transcriptWriter.commit([{ activity: say('poison-app', SECRET) }]),
      ).rejects.toBeInstanceOf(TranscriptUnavailableError);
      expect(app.transcriptWriter.health().failing).toBe(false);
      const refusedLine = lines.find((l) => l.includes('refused by the store'));
      expect(refusedLine).toBeDefined();
      expect(refusedLine).toContain('SQLITE_CONSTRAINT_TRIGGER');
      expect(refusedLine).not.toContain('110101');
      expect(await app.metrics.text()).toMatch(
        /collections_transcript_records_refused_total\{kind="constraint",stage="commit"\} 1/,
      );
    } finally {
      await app.close();
    }
  });
});
