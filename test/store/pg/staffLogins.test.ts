import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/db.js';
import { createPgPool } from '../../../src/store/pg/pool.js';
import { PgStaffLoginLog } from '../../../src/store/pg/staffLogins.js';
import { SqliteStaffLoginLog } from '../../../src/store/staffLogins.js';
import { asyncView } from '../../support/asyncView.js';
import { describePg } from '../../support/postgres.js';
import { staffLoginContract } from '../contracts/staffLogins.contract.js';

describe('the staff sign-in log on SQLite (the contract)', () => {
  let dir = '';
  staffLoginContract({
    reset: async () => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'staff-logins-'));
    },
    open: () => asyncView(new SqliteStaffLoginLog(openDatabase(dir))),
  });
});

describePg('the staff sign-in log on PostgreSQL (the contract)', (pg) => {
  staffLoginContract({
    reset: async () => {
      await pg.pool({ max: 1 }).query('TRUNCATE staff_logins RESTART IDENTITY');
    },
    open: () => new PgStaffLoginLog(pg.pool({ max: 2 })),
  });
});

describe('the staff sign-in log on an unreachable PostgreSQL', () => {
  it('answers store_unavailable, never a crash', async () => {
    const pool = createPgPool({ url: 'postgresql://u:pw@127.0.0.1:1/x', connectTimeoutMs: 300 });
    const log = new PgStaffLoginLog(pool);
    const entry = {
      at: '2026-12-05T04:00:00.000Z',
      name: 'rita',
      address: '10.0.0.7',
      via: 'basic',
      outcome: 'ok',
    } as const;
    await expect(log.record(entry)).rejects.toMatchObject({ code: 'store_unavailable' });
    await expect(log.list(10)).rejects.toMatchObject({ code: 'store_unavailable' });
    await pool.end();
  });
});
