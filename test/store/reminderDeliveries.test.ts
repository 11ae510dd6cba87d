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
  it('stamps a recorded key with the time and channel it is given, and keeps them when settled', async () => {
    const db = openMemoryDatabase();
    const log = new SqliteReminderDeliveryLog(db);
    expect(
      await log.begin('A-1001:due:2026-12-02', 'conv-1', 'wechat', new Date('2026-12-02T01:00:00Z')),
    ).toBe('fresh');
    await log.settle('A-1001:due:2026-12-02');
    expect(
      await log.begin('A-1001:due:2026-12-02', 'conv-1', 'wechat', new Date('2026-12-02T01:05:00Z')),
    ).toBe('delivered');
    const row = db
      .prepare('SELECT conversation_id, recorded_at, state, channel_id FROM reminder_deliveries')
      .get();
    expect(row).toEqual({
      conversation_id: 'conv-1',
      recorded_at: '2026-12-02T01:00:00.000Z',
      state: 'delivered',
      channel_id: 'wechat',
    });
  });
});
