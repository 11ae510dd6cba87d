import net from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  assertPostgresUrl,
  createPgPool,
  describePgError,
  maskDatabaseUrl,
  pgQuery,
  withTransaction,
} from '../../../src/store/pg/pool.js';
import { PgStateStorage } from '../../../src/store/pg/stateStorage.js';
import { StoreUnavailableError } from '../../../src/store/storeErrors.js';
import { describePg } from '../../support/postgres.js';

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitFor(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('database URLs', () => {
  it('accept postgres:// and postgresql:// with a host', () => {
    expect(() => assertPostgresUrl('postgres://u:p@db:5432/x')).not.toThrow();
    expect(() => assertPostgresUrl('postgresql://u@127.0.0.1/x?sslmode=require')).not.toThrow();
  });

  it('refuse other schemes, missing hosts and text that is no URL, without echoing the password', () => {
    for (const bad of [
      'mysql://u:secret@db/x',
      'db.internal:5432',
      '',
      'postgres://',
      'http://u:secret@x/y',
    ]) {
      let message = '';
      try {
        assertPostgresUrl(bad);
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message, bad).not.toBe('');
      expect(message).not.toContain('secret');
    }
  });

  it('mask the password for logs, also in text that is no URL', () => {
    expect(maskDatabaseUrl('postgresql://app:s3cr%40t@db:5432/c')).toBe('postgresql://app:***@db:5432/c');
    expect(maskDatabaseUrl('postgres://app@db/c')).toBe('postgres://app@db/c');
    expect(maskDatabaseUrl('postgres://app:pw@[bad/c')).not.toContain('pw');
  });
});

describe('an unreachable database', () => {
  it('surfaces as store_unavailable, quickly, for a query and for a transaction', async () => {
    const pool = createPgPool({
      url: `postgresql://u:pw@127.0.0.1:${await closedPort()}/x`,
      connectTimeoutMs: 1000,
    });
    const q = await pgQuery(pool, 'probe', 'SELECT 1').catch((e: unknown) => e);
    expect(q).toBeInstanceOf(StoreUnavailableError);
    expect((q as StoreUnavailableError).code).toBe('store_unavailable');
    expect((q as Error).message).toMatch(/ECONNREFUSED/);
    expect((q as Error).message).not.toContain('pw');
    const t = await withTransaction(pool, 'probe', async (c) => c.query('SELECT 1')).catch((e: unknown) => e);
    expect(t).toBeInstanceOf(StoreUnavailableError);
    await pool.end();
  });

  it('is described with its code once, as /healthz reports it (never "store_unavailable: store_unavailable:")', async () => {
    const pool = createPgPool({
      url: `postgresql://u@127.0.0.1:${await closedPort()}/x`,
      connectTimeoutMs: 1000,
    });
    const failed = await pgQuery(pool, 'probe storage', 'SELECT 1').catch((e: unknown) => e);
    await pool.end();
    const described = describePgError(failed);
    expect(described).toMatch(/^store_unavailable: probe storage failed/);
    expect(described.match(/store_unavailable/g)).toHaveLength(1);
    const raw = Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' });
    expect(describePgError(raw)).toBe('ECONNREFUSED: connection refused');
  });
});

describePg('a connection dropped by the server', (pg) => {
  it('mid-transaction leaves nothing half-written and surfaces store_unavailable; the pool carries on', async () => {
    const pool = pg.pool({ applicationName: 'victim-tx' });
    const admin = pg.pool();
    await pool.query('CREATE TABLE IF NOT EXISTS half (id INT PRIMARY KEY)');
    const err = await withTransaction(pool, 'write two rows', async (client) => {
      await client.query('INSERT INTO half VALUES (1)');
      const pid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      await client.query('INSERT INTO half VALUES (2)');
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect((await admin.query('SELECT count(*)::int AS n FROM half')).rows[0]).toEqual({ n: 0 });
    // The broken connection was thrown away: the next transaction works.
    await withTransaction(pool, 'write again', (c) => c.query('INSERT INTO half VALUES (3)'));
    expect((await admin.query('SELECT count(*)::int AS n FROM half')).rows[0]).toEqual({ n: 1 });
  });

  it('during a state write of two keys keeps both keys out (the first was already written in the transaction)', async () => {
    const victim = pg.pool({ applicationName: 'victim-state' });
    const admin = pg.pool();
    const storage = new PgStateStorage(victim);
    await storage.write({ 'drop/b': { v: 'b0' } });
    // Hold a lock on the second key so the write stops between its two keys, then kill it there.
    const locker = await admin.connect();
    await locker.query('BEGIN');
    await locker.query("SELECT 1 FROM bot_state WHERE key = 'drop/b' FOR UPDATE");
    const writing = storage.write({ 'drop/a': { v: 'a1' }, 'drop/b': { v: 'b1' } }).catch((e: unknown) => e);
    await waitFor(async () => {
      const r = await admin.query(
        "SELECT 1 FROM pg_stat_activity WHERE application_name = 'victim-state' AND wait_event_type = 'Lock'",
      );
      return r.rowCount === 1;
    }, 'the write to wait on the lock');
    await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'victim-state'",
    );
    const err = await writing;
    await locker.query('ROLLBACK');
    locker.release();
    expect(err).toBeInstanceOf(StoreUnavailableError);
    const after = await new PgStateStorage(admin).read(['drop/a', 'drop/b']);
    expect(after['drop/a']).toBeUndefined();
    expect(after['drop/b']?.v).toBe('b0');
  });

  it('while idle is reported to the pool listener, not thrown, and the next query reconnects', async () => {
    const lost: string[] = [];
    const pool = pg.pool({ applicationName: 'victim-idle', onConnectionLost: (m) => lost.push(m) });
    const admin = pg.pool();
    await pool.query('SELECT 1');
    await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'victim-idle'",
    );
    await waitFor(async () => lost.length > 0, 'the pool to notice');
    expect(lost[0]).toMatch(/57P01|terminat/i);
    expect((await pool.query<{ one: number }>('SELECT 1 AS one')).rows[0]?.one).toBe(1);
  });

  it('turns a statement that outlives the statement timeout into store_unavailable, and rolls it back', async () => {
    const pool = pg.pool({ statementTimeoutMs: 200 });
    await pool.query('CREATE TABLE IF NOT EXISTS slow (id INT)');
    const err = await withTransaction(pool, 'slow write', async (c) => {
      await c.query('INSERT INTO slow VALUES (1)');
      await c.query('SELECT pg_sleep(2)');
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect((err as Error).message).toMatch(/57014/);
    expect((await pool.query('SELECT count(*)::int AS n FROM slow')).rows[0]).toEqual({ n: 0 });
  });

  it('maps BIGINT cents to numbers and DATE to YYYY-MM-DD text', async () => {
    const pool = pg.pool();
    const r = await pool.query("SELECT 123456789012::bigint AS cents, DATE '2026-12-05' AS day");
    expect(r.rows[0]).toEqual({ cents: 123456789012, day: '2026-12-05' });
    await expect(pool.query('SELECT 9007199254740993::bigint AS big')).rejects.toThrow(/safe/);
  });
});

describePg('an exhausted pool', (pg) => {
  it('answers store_unavailable after the connect timeout instead of waiting for ever', async () => {
    const pool = pg.pool({ max: 1, connectTimeoutMs: 300 });
    const held = await pool.connect();
    const err = await pgQuery(pool, 'query while the pool is full', 'SELECT 1').catch((e: unknown) => e);
    held.release();
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect((err as Error).message).toMatch(/timeout/i);
    expect((await pool.query<{ one: number }>('SELECT 1 AS one')).rows[0]?.one).toBe(1);
  });
});
