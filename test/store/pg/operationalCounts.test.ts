import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/store/db.js';
import { SqliteOperationalCounts, type OperationalCounts } from '../../../src/store/operationalCounts.js';
import { PgOperationalCounts } from '../../../src/store/pg/operationalCounts.js';
import type { PgPool } from '../../../src/store/pg/pool.js';
import { describePg } from '../../support/postgres.js';
import { migratedMemoryDatabase } from '../../support/sqlite.js';

/** Runs one statement with `?` parameters on either backend. */
type Exec = (sql: string, values: unknown[]) => Promise<void>;

const ACCOUNT = `INSERT INTO accounts (account_id, holder_name, locale, time_zone, channel, channel_user_id, id_last4,
  card_last4, balance_cents, minimum_due_cents, due_date, days_past_due, currency, status, updated_at)
  VALUES (?, '李雷', 'zh-CN', 'Asia/Shanghai', 'directline', ?, '002X', '3445', 500000, 50000, '2026-11-20', 15,
  'CNY', 'open', '2026-11-28T00:00:00.000Z')`;
const HANDOFF = `INSERT INTO handoffs (handoff_id, conversation_id, channel_id, account_id, reason, priority, summary,
  locale, verified, status, queued_at, accepted_at) VALUES (?, ?, 'test', NULL, 'requested', 1, 's', 'zh-CN', ?, ?, ?, ?)`;
const REMINDER = `INSERT INTO reminders (account_id, kind, local_date, status, reason, done_at, updated_at)
  VALUES (?, ?, '2026-11-28', ?, ?, ?, '2026-11-28T03:00:00.000Z')`;
const PAYMENT = `INSERT INTO payments (payment_id, account_id, amount_cents, currency, paid_at, channel, source,
  content_hash, received_at) VALUES (?, 'a1', 1000, 'CNY', '2026-11-28T01:00:00.000Z', 'bank', ?, 'h', ?)`;

/** The same rows on every backend: what each count must find, at the edges of its window. */
async function seed(exec: Exec, flag: (v: boolean) => unknown): Promise<void> {
  await exec(ACCOUNT, ['a1', 'u-a1']);
  await exec(HANDOFF, ['h1', 'c1', flag(false), 'queued', '2026-11-28T01:59:00.000Z', null]);
  await exec(HANDOFF, ['h0', 'c0', flag(true), 'queued', '2026-11-28T01:59:30.000Z', null]);
  await exec(HANDOFF, [
    'h2',
    'c2',
    flag(true),
    'accepted',
    '2026-11-28T01:58:00.000Z',
    '2026-11-28T02:00:30.250Z',
  ]);
  await exec(HANDOFF, [
    'h3',
    'c3',
    flag(true),
    'released',
    '2026-11-28T01:00:00.000Z',
    '2026-11-28T02:00:00.000Z',
  ]);
  await exec(REMINDER, ['a1', 'due', 'sent', null, '2026-11-28T02:00:00.000Z']);
  await exec(REMINDER, ['a1', 'late', 'skipped', 'quiet_hours', '2026-11-28T02:30:00.000Z']);
  await exec(REMINDER, ['a1', 'early', 'queued', null, null]);
  await exec(PAYMENT, ['p1', 'file', '2026-11-28T02:00:00.000Z']);
  await exec(PAYMENT, ['p2', 'webhook', '2026-11-28T02:10:00.000Z']);
  await exec(PAYMENT, ['p3', 'webhook', '2026-11-28T02:20:00.000Z']);
}

const bySorted = <T>(rows: T[]): T[] =>
  [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

function countsContract(
  open: () => { counts: OperationalCounts; exec: Exec; flag: (v: boolean) => unknown },
): void {
  it('counts what waits now and what finished in a half-open window, the same on every backend', async () => {
    const { counts, exec, flag } = open();
    expect(await counts.handoffsByStatus()).toEqual([]);
    expect(await counts.oldestQueuedHandoff()).toBeUndefined();
    await seed(exec, flag);
    expect(bySorted(await counts.handoffsByStatus())).toEqual([
      { status: 'accepted', count: 1 },
      { status: 'queued', count: 2 },
    ]);
    expect(await counts.oldestQueuedHandoff()).toBe('2026-11-28T01:59:00.000Z');
    const waits = await counts.handoffWaitsAccepted('2026-11-28T02:00:00.000Z', '2026-11-28T02:00:30.250Z');
    expect(waits).toEqual([150.25]);
    expect(await counts.handoffWaitsAccepted('2026-11-28T01:00:00.000Z', '2026-11-28T02:00:00.000Z')).toEqual(
      [3600],
    );
    expect(
      bySorted(await counts.remindersFinished('2026-11-28T02:00:00.000Z', '2026-11-28T03:00:00.000Z')),
    ).toEqual([{ status: 'skipped', reason: 'quiet_hours', count: 1 }]);
    expect(
      bySorted(await counts.paymentsReceived('2026-11-28T01:59:59.999Z', '2026-11-28T02:20:00.000Z')),
    ).toEqual([
      { source: 'file', count: 1 },
      { source: 'webhook', count: 2 },
    ]);
  });
}

describe('the /metrics counts on SQLite (the contract)', () => {
  let db: Db;
  beforeEach(() => {
    db = migratedMemoryDatabase();
  });
  countsContract(() => ({
    counts: new SqliteOperationalCounts(db),
    exec: async (sql, values) => {
      db.prepare(sql).run(...values);
    },
    flag: (v) => (v ? 1 : 0),
  }));
});

describePg(
  'the /metrics counts on PostgreSQL (the contract)',
  (pg) => {
    let pool: PgPool;
    beforeEach(async () => {
      pool ??= pg.pool();
      await pool.query('TRUNCATE handoffs, reminders, payments, accounts RESTART IDENTITY CASCADE');
    });
    countsContract(() => ({
      counts: new PgOperationalCounts(pool),
      exec: async (sql, values) => {
        let n = 0;
        await pool.query(
          sql.replace(/\?/g, () => `$${++n}`),
          values,
        );
      },
      flag: (v) => v,
    }));
  },
  { migrated: true },
);
