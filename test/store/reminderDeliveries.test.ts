import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, openMemoryDatabase } from '../../src/store/db.js';
import { PgReminderDeliveryLog } from '../../src/store/pg/reminderDeliveries.js';
import { SqliteReminderDeliveryLog } from '../../src/store/reminderDeliveries.js';
import { describePg } from '../support/postgres.js';
import { reminderDeliveriesContract } from './contracts/reminderDeliveries.contract.js';

describe('the reminder delivery log on SQLite (the contract)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'deliveries-contract-'));
  reminderDeliveriesContract({ open: () => new SqliteReminderDeliveryLog(openDatabase(dir)) });
});

describePg('the reminder delivery log on PostgreSQL (the contract)', (pg) => {
  reminderDeliveriesContract({ open: () => new PgReminderDeliveryLog(pg.pool({ max: 2 })) });
});

describe('the reminder delivery log on SQLite', () => {
  it('stamps a claimed key with the time it is given', async () => {
    const db = openMemoryDatabase();
    const log = new SqliteReminderDeliveryLog(db);
    expect(await log.claim('A-1001:due:2026-12-02', 'conv-1', new Date('2026-12-02T01:00:00Z'))).toBe(true);
    expect(await log.claim('A-1001:due:2026-12-02', 'conv-1', new Date('2026-12-02T01:05:00Z'))).toBe(false);
    const row = db.prepare('SELECT conversation_id, recorded_at FROM reminder_deliveries').get();
    expect(row).toEqual({ conversation_id: 'conv-1', recorded_at: '2026-12-02T01:00:00.000Z' });
  });
});
