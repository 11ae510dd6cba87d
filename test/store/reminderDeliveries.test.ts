import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, openMemoryDatabase } from '../../src/store/db.js';
import { PgReminderDeliveryLog } from '../../src/store/pg/reminderDeliveries.js';
import { SqliteReminderDeliveryLog } from '../../src/store/reminderDeliveries.js';
import { describePg } from '../support/postgres.js';
import { reminderDeliveriesContract, type ReviewRow } from './contracts/reminderDeliveries.contract.js';

const REVIEW_COLUMNS = `previous_state AS "previousState", found, reviewer, note, reviewed_at AS "reviewedAt"`;

describe('the reminder delivery log on SQLite (the contract)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'deliveries-contract-'));
  const db = openDatabase(dir);
  reminderDeliveriesContract({
    open: () => new SqliteReminderDeliveryLog(openDatabase(dir)),
    reviews: async (key) =>
      db
        .prepare(`SELECT ${REVIEW_COLUMNS} FROM reminder_delivery_reviews WHERE delivery_key = ? ORDER BY id`)
        .all(key) as ReviewRow[],
    tamper: async (key) => {
      db.prepare("UPDATE reminder_delivery_reviews SET found = 'not_delivered' WHERE delivery_key = ?").run(
        key,
      );
    },
  });
});

describePg('the reminder delivery log on PostgreSQL (the contract)', (pg) => {
  const pool = () => pg.pool({ max: 2 });
  reminderDeliveriesContract({
    open: () => new PgReminderDeliveryLog(pool()),
    reviews: async (key) => {
      const rows = await pool().query<ReviewRow & { reviewedAt: Date }>(
        `SELECT ${REVIEW_COLUMNS} FROM reminder_delivery_reviews WHERE delivery_key = $1 ORDER BY id`,
        [key],
      );
      return rows.rows.map((r) => ({ ...r, reviewedAt: r.reviewedAt.toISOString() }));
    },
    tamper: async (key) => {
      await pool().query('DELETE FROM reminder_delivery_reviews WHERE delivery_key = $1', [key]);
    },
  });
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
