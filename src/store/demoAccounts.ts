import { listAccounts, upsertAccounts, type Account, type AccountStore } from './accounts.js';
import type { Db } from './db.js';

/** The demo accounts seeded on first start (tests and outside checks rely on these values). */
export const DEMO_ACCOUNTS: readonly Account[] = [
  {
    accountId: 'A-1001',
    holderName: '张伟',
    locale: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    channel: 'directline',
    channelUserId: 'demo-zh',
    idLast4: '1234',
    cardLast4: '6789',
    balanceCents: 1_234_567,
    minimumDueCents: 123_457,
    dueDate: '2026-10-24',
    daysPastDue: 35,
    currency: 'CNY',
    status: 'open',
  },
  {
    accountId: 'A-1002',
    holderName: 'John Smith',
    locale: 'en',
    timeZone: 'America/New_York',
    channel: 'directline',
    channelUserId: 'demo-en',
    idLast4: '4321',
    cardLast4: '1111',
    balanceCents: 321_000,
    minimumDueCents: 12_000,
    dueDate: '2026-09-27',
    daysPastDue: 62,
    currency: 'USD',
    status: 'open',
  },
  {
    accountId: 'A-1003',
    holderName: '李娜',
    locale: 'zh-CN',
    timeZone: 'Asia/Shanghai',
    channel: 'directline',
    channelUserId: 'demo-hardship',
    idLast4: '5678',
    cardLast4: '2468',
    balanceCents: 5_800_000,
    minimumDueCents: 580_000,
    dueDate: '2026-07-31',
    daysPastDue: 120,
    currency: 'CNY',
    status: 'open',
  },
];

/**
 * The demo accounts bound on `channel` (SEED_DEMO_CHANNEL; accounts are found by channel and user
 * id, sec19): `directline` for the web chat's links, `simulate` for the conversation bench's
 * Bot Framework turns against a running service (`simulate --url`).
 */
const demoOn = (channel: string): Account[] => DEMO_ACCOUNTS.map((a) => ({ ...a, channel }));

/** Seeds the demo accounts when the accounts table is empty (first start). Returns how many. */
export async function seedDemoAccounts(
  accounts: AccountStore,
  now: Date,
  channel = 'directline',
): Promise<number> {
  if ((await accounts.list()).length > 0) return 0;
  await accounts.upsertMany(demoOn(channel), now);
  return DEMO_ACCOUNTS.length;
}

/** `seedDemoAccounts` on the embedded SQLite database, done at once (the app starts synchronously). */
export function seedDemoAccountsSqlite(db: Db, now: Date, channel = 'directline'): number {
  if (listAccounts(db).length > 0) return 0;
  upsertAccounts(db, demoOn(channel), now);
  return DEMO_ACCOUNTS.length;
}
