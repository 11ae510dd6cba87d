import { afterAll, expect, it } from 'vitest';
import { ManualClock } from '../../../src/core/clock.js';
import { createPgPool, type PgPool } from '../../../src/store/pg/pool.js';
import { PgTranscriptStore, TRANSCRIPT_LOCK_SPACE } from '../../../src/store/pg/transcripts.js';
import { TranscriptUnavailableError } from '../../../src/store/transcripts/errors.js';
import type { TranscriptActivity } from '../../../src/store/transcripts/types.js';
import { TranscriptWriter, type WriteFailure } from '../../../src/store/transcripts/writer.js';
import { expectUnbrokenChain, message } from '../contracts/transcripts.contract.js';
import { adminUrl, describePg } from '../../support/postgres.js';

const clock = new ManualClock('2026-12-05T04:00:00.000Z');

function writerOn(pool: PgPool, failures: WriteFailure[] = []): TranscriptWriter {
  return new TranscriptWriter({
    store: new PgTranscriptStore(pool),
    clock,
    onFailure: (f) => failures.push(f),
    retryBaseMs: 10,
    retryMaxMs: 40,
  });
}

function trace(conversationId: string, label: string): TranscriptActivity {
  return { type: 'trace', name: 'test.trace', label, conversation: { id: conversationId } };
}

async function until(condition: () => Promise<boolean> | boolean): Promise<void> {
  for (let i = 0; i < 250; i++) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('condition not met within 5 s');
}

const admins: PgPool[] = [];
afterAll(async () => {
  await Promise.all(admins.map((p) => p.end().catch(() => undefined)));
});

describePg('TranscriptWriter on PostgreSQL', (pg) => {
  it('keeps one unbroken chain when two instances commit to one conversation at once, each in call order', async () => {
    const a = writerOn(pg.pool({ max: 3 }));
    const b = writerOn(pg.pool({ max: 3 }));
    const commits: Promise<void>[] = [];
    for (let n = 1; n <= 20; n++) {
      // Neither instance waits for its previous commit: the writer serialises them itself.
      a.append(trace('two-1', `a-trace-${n}`));
      commits.push(a.commit([{ activity: { ...message('two-1', n), id: `a${n}` } }]));
      commits.push(
        b.commit([
          { activity: { ...message('two-1', n), id: `b${n}` } },
          { activity: { ...trace('two-1', `b-reply-${n}`), id: `b${n}-trace` } },
        ]),
      );
    }
    await Promise.all(commits);
    await Promise.all([a.flush(5000), b.flush(5000)]);
    const records = await new PgTranscriptStore(pg.pool()).getRecords('two-1');
    expectUnbrokenChain(records);
    expect(records).toHaveLength(20 + 20 + 40);
    const ids = records.map((r) => r.activity.id ?? `trace:${String(r.activity.label)}`);
    const of = (prefix: string): string[] => ids.filter((id) => id.startsWith(prefix));
    expect(of('a')).toEqual(Array.from({ length: 20 }, (_, i) => `a${i + 1}`));
    expect(of('b').filter((id) => !id.endsWith('-trace'))).toEqual(
      Array.from({ length: 20 }, (_, i) => `b${i + 1}`),
    );
    // A commit's items stay together, and a queued trace is written no later than the next commit.
    for (let n = 1; n <= 20; n++) {
      expect(ids.indexOf(`b${n}-trace`)).toBe(ids.indexOf(`b${n}`) + 1);
      expect(ids.indexOf(`trace:a-trace-${n}`)).toBeLessThan(ids.indexOf(`a${n}`));
    }
    expect(a.health()).toMatchObject({ backlog: 0, failing: false });
  });

  it('rejects a commit cut mid-transaction, writes none of it, and writes traces queued while failing once the database is back', async () => {
    const admin = createPgPool({ url: await adminUrl(), max: 1 });
    admins.push(admin);
    const database = new URL(pg.url).pathname.slice(1);
    const failures: WriteFailure[] = [];
    const writer = writerOn(pg.pool({ max: 1, applicationName: 'writer-victim' }), failures);
    await writer.commit([{ activity: message('cut-w', 1) }]);
    // Another instance holds the conversation's lock, so the next commit waits inside its transaction.
    const holder = await pg.pool({ max: 1 }).connect();
    await holder.query('BEGIN');
    await holder.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [TRANSCRIPT_LOCK_SPACE, 'cut-w']);
    writer.append(trace('cut-w', 'rides-along'));
    const cut = writer.commit([{ activity: message('cut-w', 2) }, { activity: message('cut-w', 3) }]);
    const outcome = cut.then(
      () => 'recorded',
      (e: unknown) => e,
    );
    await until(async () => {
      const waiting = await admin.query(
        "SELECT 1 FROM pg_stat_activity WHERE application_name = 'writer-victim' AND wait_event_type = 'Lock'",
      );
      return (waiting.rowCount ?? 0) > 0;
    });
    await admin.query(`ALTER DATABASE ${database} WITH ALLOW_CONNECTIONS false`);
    try {
      await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'writer-victim'",
      );
      expect(await outcome).toBeInstanceOf(TranscriptUnavailableError);
      await holder.query('ROLLBACK');
      holder.release();
      expect(writer.health().failing).toBe(true);
      writer.append(trace('cut-w', 'while-failing-1'));
      writer.append(trace('cut-w', 'while-failing-2'));
      await until(() => failures.filter((f) => f.kind === 'retrying').length >= 2);
      expect(writer.health()).toMatchObject({ backlog: 3, failing: true });
    } finally {
      await admin.query(`ALTER DATABASE ${database} WITH ALLOW_CONNECTIONS true`);
    }
    await until(() => !writer.health().failing && writer.pending === 0);
    await writer.commit([{ activity: message('cut-w', 4) }]);
    const records = await new PgTranscriptStore(pg.pool()).getRecords('cut-w');
    expectUnbrokenChain(records);
    expect(records.map((r) => r.activity.text ?? r.activity.label)).toEqual([
      'message 1',
      'rides-along',
      'while-failing-1',
      'while-failing-2',
      'message 4',
    ]);
    expect(failures.some((f) => f.kind === 'recovered')).toBe(true);
  });
});
