import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { PgReminderClaims } from '../../src/store/pg/reminderClaims.js';
import { SqliteReminderClaims } from '../../src/store/reminderClaims.js';
import { describePg } from '../support/postgres.js';
import { reminderClaimsContract } from './contracts/reminderClaims.contract.js';

const ACCOUNT_COLUMNS = `account_id, holder_name, locale, time_zone, channel, channel_user_id, id_last4, card_last4,
  balance_cents, minimum_due_cents, due_date, days_past_due, currency, updated_at`;

describe('reminder claims on SQLite (the contract)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claims-contract-'));
  const db = openDatabase(dir);
  reminderClaimsContract({
    open: () => new SqliteReminderClaims(openDatabase(dir)),
    addAccounts: async (ids) => {
      const insert = db.prepare(
        `INSERT INTO accounts (${ACCOUNT_COLUMNS}) VALUES (?, 'Test', 'en', 'UTC', 'directline', ?, '0000', '0000',
          100, 10, '2026-12-01', 4, 'USD', '2026-12-01T00:00:00.000Z')`,
      );
      for (const id of ids) insert.run(id, `u-${id}`);
    },
  });
});

describePg('reminder claims on PostgreSQL (the contract)', (pg) => {
  reminderClaimsContract({
    open: () => new PgReminderClaims(pg.pool({ max: 2 })),
    addAccounts: async (ids) => {
      const pool = pg.pool({ max: 1 });
      for (const id of ids)
        await pool.query(
          `INSERT INTO accounts (${ACCOUNT_COLUMNS}) VALUES ($1, 'Test', 'en', 'UTC', 'directline', $2, '0000', '0000',
            100, 10, '2026-12-01', 4, 'USD', '2026-12-01T00:00:00.000Z')`,
          [id, `u-${id}`],
        );
    },
  });
});
