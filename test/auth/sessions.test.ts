import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SessionStore } from '../../src/auth/sessions.js';
import { ManualClock } from '../../src/core/clock.js';
import { MemoryConsoleSessions, SqliteConsoleSessions } from '../../src/store/consoleSessions.js';
import { openDatabase } from '../../src/store/db.js';
import { PgConsoleSessions } from '../../src/store/pg/consoleSessions.js';
import { createPgPool } from '../../src/store/pg/pool.js';
import { describePg } from '../support/postgres.js';
import { sessionContract } from './sessions.contract.js';

describe('console sessions in memory (the contract)', () => {
  let store = new MemoryConsoleSessions();
  sessionContract({
    reset: async () => {
      store = new MemoryConsoleSessions();
    },
    open: () => store,
    dump: async () => undefined,
  });
});

describe('console sessions on SQLite (the contract)', () => {
  let dir = '';
  sessionContract({
    reset: async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'sessions-contract-'));
    },
    open: () => new SqliteConsoleSessions(openDatabase(dir)),
    dump: async () => JSON.stringify(openDatabase(dir).prepare('SELECT * FROM console_sessions').all()),
  });
});

describePg('console sessions on PostgreSQL (the contract)', (pg) => {
  sessionContract({
    reset: async () => {
      await pg.pool({ max: 1 }).query('TRUNCATE console_sessions');
    },
    open: () => new PgConsoleSessions(pg.pool({ max: 2 })),
    dump: async () =>
      JSON.stringify((await pg.pool({ max: 1 }).query('SELECT * FROM console_sessions')).rows),
  });
});

describe('console sessions on an unreachable PostgreSQL', () => {
  it('fail with store_unavailable, never a crash', async () => {
    const pool = createPgPool({ url: 'postgresql://u:pw@127.0.0.1:1/x', connectTimeoutMs: 500 });
    const sessions = new SessionStore(new ManualClock(0), undefined, new PgConsoleSessions(pool));
    await expect(sessions.create({ name: 'alice', roles: ['agent'] })).rejects.toMatchObject({
      code: 'store_unavailable',
    });
    await expect(sessions.get('some-token')).rejects.toMatchObject({ code: 'store_unavailable' });
    await pool.end();
  });
});
