import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgActivityClaims } from '../../../src/store/pg/activityClaims.js';
import { NO_FLUSH_WAIT, flushStep } from '../../../src/store/pg/flushDebt.js';
import { migratePg } from '../../../src/store/pg/migrate.js';
import { createPgPool } from '../../../src/store/pg/pool.js';
import { postgresMissing } from '../../support/postgres.js';
import {
  findPostgresBin,
  startCluster,
  stopCluster,
  type RunningCluster,
} from '../../support/postgresCluster.js';

/**
 * What flushDebt.ts leans on, on a cluster that runs as a bank's does (fsync and synchronous_commit
 * on) with the WAL writer held back (10 s, no flush by volume, no autovacuum), so that only a
 * commit that waits for its flush moves the flush position: after a record committed without its
 * flush wait, the flush step's own transaction moves the flush position past that record, and a
 * transaction that only takes an id does not (why the step writes a row).
 */
const missing = postgresMissing();
const ci = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';

describe.skipIf(missing !== undefined && !ci)('the flush debt on a durable PostgreSQL cluster', () => {
  let cluster: RunningCluster | undefined;
  let client: pg.Client;

  beforeAll(async () => {
    if (missing) throw new Error(missing);
    cluster = await startCluster(findPostgresBin() as string, { durable: true });
    const pool = createPgPool({ url: cluster.adminUrl });
    await migratePg(pool);
    await pool.end();
    client = new pg.Client({ connectionString: cluster.adminUrl });
    await client.connect();
    for (const setting of ["wal_writer_delay = '10s'", "wal_writer_flush_after = '1GB'", 'autovacuum = off'])
      await client.query(`ALTER SYSTEM SET ${setting}`);
    await client.query('SELECT pg_reload_conf()');
    await client.query(
      `INSERT INTO transcript_conversations (conversation_id, channel_id, account_id, started_at, last_at,
         record_count, head_hash, flags, outcome)
       VALUES ('fdd-1', 'directline', NULL, '2026-12-06T09:00:00Z', '2026-12-06T09:00:00Z', 1, 'h', 0, NULL)`,
    );
  }, 60_000);

  afterAll(async () => {
    await client?.end().catch(() => undefined);
    if (cluster) stopCluster(cluster);
  });

  /** Commits a record without its flush wait; the WAL position it must be flushed to. */
  async function unflushedRecord(): Promise<string> {
    await client.query('CREATE TABLE IF NOT EXISTS fdd_records (n int)');
    await client.query(`BEGIN; ${NO_FLUSH_WAIT.text}; INSERT INTO fdd_records VALUES (1); COMMIT`);
    const { rows } = await client.query<{ at: string; flushed: boolean }>(
      'SELECT pg_current_wal_insert_lsn()::text AS at, pg_current_wal_flush_lsn() >= pg_current_wal_insert_lsn() AS flushed',
    );
    expect(rows[0]?.flushed).toBe(false);
    return rows[0]?.at as string;
  }

  async function flushedPast(at: string): Promise<boolean> {
    const { rows } = await client.query<{ ok: boolean }>(
      'SELECT pg_current_wal_flush_lsn() >= $1::pg_lsn AS ok',
      [at],
    );
    return rows[0]?.ok === true;
  }

  it("the flush step's transaction makes the earlier unflushed record durable", async () => {
    const at = await unflushedRecord();
    const step = flushStep('fdd-1');
    await client.query(step.text, step.values as unknown[]);
    expect(await flushedPast(at)).toBe(true);
  });

  it("a commit on another connection (the identity check's, pgturn19) is covered by the session's flush step", async () => {
    const other = new pg.Client({ connectionString: cluster?.adminUrl });
    await other.connect();
    try {
      await other.query('CREATE TABLE IF NOT EXISTS fdd_other (n int)');
      await other.query(`BEGIN; ${NO_FLUSH_WAIT.text}; INSERT INTO fdd_other VALUES (1); COMMIT`);
      const { rows } = await other.query<{ at: string }>('SELECT pg_current_wal_insert_lsn()::text AS at');
      const at = rows[0]?.at as string;
      expect(await flushedPast(at)).toBe(false);
      const step = flushStep('fdd-1');
      await client.query(step.text, step.values as unknown[]);
      expect(await flushedPast(at)).toBe(true);
    } finally {
      await other.end();
    }
  });

  it("a claim's answer is recorded without waiting for its flush, and seen at once", async () => {
    const pool = createPgPool({ url: cluster?.adminUrl as string });
    try {
      const claims = new PgActivityClaims(pool);
      const now = new Date('2026-12-06T09:00:00Z');
      const taken = await claims.claim('fdd-claim', 'me', now, new Date(now.getTime() + 60_000));
      expect(taken.status).toBe('claimed');
      // A flushed write first: the claim (like the turn's records before an answer) is durable.
      const step = flushStep('fdd-1');
      await client.query(step.text, step.values as unknown[]);
      const { rows } = await client.query<{ at: string }>('SELECT pg_current_wal_insert_lsn()::text AS at');
      expect(await flushedPast(rows[0]?.at as string)).toBe(true);
      expect(await claims.complete('fdd-claim', 'me', 'sealed-answer')).toBe(true);
      const after = await client.query<{ at: string }>('SELECT pg_current_wal_insert_lsn()::text AS at');
      expect(await flushedPast(after.rows[0]?.at as string)).toBe(false);
      expect(await claims.look('fdd-claim')).toEqual({ status: 'answered', answer: 'sealed-answer' });
      expect(await claims.complete('fdd-claim', 'me', 'again')).toBe(false);
    } finally {
      await pool.end();
    }
  });

  it('a transaction that only takes an id commits without the flush (the step must write a row)', async () => {
    const at = await unflushedRecord();
    await client.query('SELECT pg_current_xact_id()');
    expect(await flushedPast(at)).toBe(false);
  });
});
