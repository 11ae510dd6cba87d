import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe } from 'vitest';
import { openDatabase } from '../../../src/store/db.js';
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
