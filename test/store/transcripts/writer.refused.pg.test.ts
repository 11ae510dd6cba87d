import { expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.js';
import type { PgPool } from '../../../src/store/pg/pool.js';
import { PgTranscriptStore } from '../../../src/store/pg/transcripts.js';
import { TranscriptUnavailableError } from '../../../src/store/transcripts/errors.js';
import { TranscriptWriter, type WriteFailure } from '../../../src/store/transcripts/writer.js';
import { describePg } from '../../support/postgres.js';

const clock = new ManualClock('2026-12-07T04:00:00.000Z');
const SECRET = '我是王小明，下个月五号还款';

const say = (conversationId: string, text: string, id?: string) => ({
  type: 'message',
  ...(id ? { id } : {}),
  conversation: { id: conversationId },
  channelId: 'directline',
  from: { id: 'u', role: 'user' },
  text,
});

function writerOn(pool: PgPool, failures: WriteFailure[]): TranscriptWriter {
  return new TranscriptWriter({
    store: new PgTranscriptStore(pool),
    clock,
    onFailure: (f) => failures.push(f),
    retryBaseMs: 10,
    retryMaxMs: 40,
  });
}

/**
 * claim24 (SECURITY.md "Red team, claim23", row "One record's non-availability error"), on
 * PostgreSQL: the refusals are real (a CHECK constraint, a trigger raising a data exception that
 * quotes the record), added to the suite's own database.
 */
describePg('TranscriptWriter: a record PostgreSQL refuses', (db) => {
  it('fails only its own commit (23514), stays healthy, and other conversations’ commits go on beside it', async () => {
    const pool = db.pool();
    await pool.query(
      "ALTER TABLE transcript_records ADD CONSTRAINT claim24_no_poison CHECK (activity_id IS DISTINCT FROM 'poison')",
    );
    const failures: WriteFailure[] = [];
    const writer = writerOn(pool, failures);
    await writer.commit([{ activity: say('pg-poison', 'first') }]);
    const [refused, other] = await Promise.all([
      writer.commit([{ activity: say('pg-poison', SECRET, 'poison') }]).then(
        () => 'recorded',
        (e: unknown) => e,
      ),
      writer.commit([{ activity: say('pg-other', '你好') }]),
    ]);
    expect(other).toBeUndefined();
    expect(refused).toBeInstanceOf(TranscriptUnavailableError);
    expect(writer.health()).toMatchObject({ failing: false, backlog: 0 });
    expect((refused as Error).message).toContain('23514 on claim24_no_poison');
    // The same conversation's next turn is recorded, chained after its first record.
    await writer.commit([{ activity: say('pg-poison', 'next') }]);
    const store = new PgTranscriptStore(pool);
    expect((await store.getRecords('pg-poison')).map((r) => [r.seq, r.activity.text])).toEqual([
      [1, 'first'],
      [2, 'next'],
    ]);
    expect(failures).toEqual([
      expect.objectContaining({
        kind: 'refused',
        stage: 'commit',
        refusal: 'constraint',
        conversationId: 'pg-poison',
      }),
    ]);
  });

  it('reports a data exception by its code, never the value PostgreSQL quotes, and leaves the writer healthy', async () => {
    const pool = db.pool();
    await pool.query(`CREATE FUNCTION claim24_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'bad record: %', NEW.activity USING ERRCODE = '22023'; END $$`);
    await pool.query(`CREATE TRIGGER claim24_refuse BEFORE INSERT ON transcript_records FOR EACH ROW
      WHEN (NEW.conversation_id = 'pg-data') EXECUTE FUNCTION claim24_refuse()`);
    const failures: WriteFailure[] = [];
    const writer = writerOn(pool, failures);
    writer.append(say('pg-data-other', 'queued before'));
    writer.append(say('pg-data', SECRET));
    writer.append(say('pg-data-other', 'queued after'));
    await writer.flush(5000);
    const refused = await writer.commit([{ activity: say('pg-data', SECRET) }]).then(
      () => 'recorded',
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(TranscriptUnavailableError);
    expect(writer.health()).toMatchObject({ failing: false, backlog: 0 });
    const store = new PgTranscriptStore(pool);
    expect((await store.getRecords('pg-data-other')).map((r) => r.activity.text)).toEqual([
      'queued before',
      'queued after',
    ]);
    expect(failures.map((f) => f.kind === 'refused' && [f.stage, f.refusal, f.error])).toEqual([
      ['queued', 'data', '22023'],
      ['commit', 'data', '22023'],
    ]);
    expect(JSON.stringify(failures) + (refused as Error).message).not.toContain('王小明');
  });
});
