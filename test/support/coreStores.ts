import { beforeEach, describe } from 'vitest';
import type { Account } from '../../src/store/accounts.js';
import type { Db } from '../../src/store/db.js';
import type { AsyncOf } from '../../src/store/pg/asyncOf.js';
import type { PgPool } from '../../src/store/pg/pool.js';
import { PgReminderStore } from '../../src/store/pg/reminders.js';
import { type AsyncStores, createPgStores } from '../../src/store/pg/stores.js';
import { type ReminderStore, SqliteReminderStore } from '../../src/store/reminders.js';
import { createSqliteStores } from '../../src/store/stores.js';
import { asyncView } from './asyncView.js';
import { describePg } from './postgres.js';
import { migratedMemoryDatabase } from './sqlite.js';

/** One backend of the core stores, as a contract suite sees it. */
export interface CoreBackend {
  readonly name: 'sqlite' | 'postgres';
  /**
   * The core stores on this test's database. Each call is another instance (on PostgreSQL, its
   * own pool: what a second service process would have); calls alternate between two pools.
   */
  open(): AsyncStores;
  /** The reminder store on this test's database, another instance per call (as `open`). */
  openReminders(): AsyncOf<ReminderStore>;
}

/** Every table the core stores write, emptied between tests on PostgreSQL. */
const CORE_TABLES = [
  'contact_restrictions',
  'payment_allocations',
  'payments',
  'commitment_events',
  'commitment_followups',
  'plan_installments',
  'plans',
  'promises',
  'disputes',
  'contact_preferences',
  'channel_opt_outs',
  'escalations',
  'conversation_refs',
  'care_flags',
  'verification_state',
  'verification_failures',
  'reminders',
  'accounts',
];

/**
 * Runs one contract against the SQLite stores (seen through `asyncView`, a fresh in-memory
 * database per test) and the PostgreSQL stores (one database per file on the run's throw-away
 * cluster, emptied between tests).
 */
export function describeCoreStores(name: string, contract: (backend: CoreBackend) => void): void {
  describe(`${name} on SQLite (the contract)`, () => {
    let db: Db;
    beforeEach(() => {
      db = migratedMemoryDatabase();
    });
    contract({
      name: 'sqlite',
      open: () => {
        const stores = createSqliteStores(db);
        return Object.fromEntries(
          Object.entries(stores).map(([k, store]) => [k, asyncView(store as object)]),
        ) as AsyncStores;
      },
      openReminders: () => asyncView(new SqliteReminderStore(db)),
    });
  });

  describePg(`${name} on PostgreSQL (the contract)`, (pg) => {
    const pools: PgPool[] = [];
    let opened = 0;
    const pool = (i: number): PgPool => (pools[i] ??= pg.pool({ max: 4, applicationName: `contract-${i}` }));
    beforeEach(async () => {
      await pool(0).query(`TRUNCATE ${CORE_TABLES.join(', ')} RESTART IDENTITY CASCADE`);
    });
    contract({
      name: 'postgres',
      open: () => createPgStores(pool(opened++ % 2)),
      openReminders: () => new PgReminderStore(pool(opened++ % 2)),
    });
  });
}

/** An account as the overdue file would load it; `over` changes any field. */
export function account(accountId: string, over: Partial<Account> = {}): Account {
  return {
    accountId,
    holderName: '李雷',
    locale: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    channel: 'directline',
    channelUserId: `u-${accountId}`,
    idLast4: '002X',
    cardLast4: '3445',
    balanceCents: 500_000,
    minimumDueCents: 50_000,
    dueDate: '2026-11-20',
    daysPastDue: 15,
    currency: 'CNY',
    status: 'open',
    ...over,
  };
}

/** Loads accounts through the store under test's own backend. */
export async function seedAccounts(backend: CoreBackend, ...accounts: Account[]): Promise<void> {
  await backend.open().accounts.upsertMany(accounts, new Date('2026-12-01T00:00:00.000Z'));
}
