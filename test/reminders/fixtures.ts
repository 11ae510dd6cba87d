import { ManualClock } from '../../src/core/clock.js';
import { createReminderService, type ReminderServiceDeps } from '../../src/reminders/service.js';
import type { ReminderConfig } from '../../src/reminders/service.js';
import type { ReminderMessage, ReminderSender, SendOutcome } from '../../src/reminders/types.js';
import { upsertAccounts, type Account } from '../../src/store/accounts.js';
import { openMemoryDatabase, type Db } from '../../src/store/db.js';
import { createSqliteStores, type Stores } from '../../src/store/stores.js';

export const CONFIG: ReminderConfig = {
  REMINDERS_ENABLED: true,
  REMINDER_INTERVAL_SECONDS: 60,
  REMINDER_SCHEDULE: 'due-3,due,due+1,due+7,due+15,due+30',
  CONTACT_PRESET: 'default',
  CONTACT_WINDOW_START: undefined,
  CONTACT_WINDOW_END: undefined,
  MAX_REMINDERS_PER_DAY: undefined,
  MAX_REMINDERS_PER_7_DAYS: undefined,
};

/** 张伟 in Shanghai (UTC+8): due 21 November, so due+7 falls on 28 November. */
export const SHANGHAI: Account = {
  accountId: 'S-1',
  holderName: '张伟',
  locale: 'zh-CN',
  timeZone: 'Asia/Shanghai',
  channel: 'directline',
  channelUserId: 'zhang-wei',
  idLast4: '1234',
  cardLast4: '6789',
  balanceCents: 1_234_567,
  minimumDueCents: 123_457,
  dueDate: '2026-11-21',
  daysPastDue: 7,
  currency: 'CNY',
  status: 'open',
};

/** John Smith in New York (UTC-5 in November): due 28 November, so `due` falls on 28 November there. */
export const NEW_YORK: Account = {
  accountId: 'N-1',
  holderName: 'John Smith',
  locale: 'en',
  timeZone: 'America/New_York',
  channel: 'directline',
  channelUserId: 'john-smith',
  idLast4: '4321',
  cardLast4: '1111',
  balanceCents: 321_000,
  minimumDueCents: 12_000,
  dueDate: '2026-11-28',
  daysPastDue: 0,
  currency: 'USD',
  status: 'open',
};

/**
 * A scripted channel that behaves like the real one must: it delivers a delivery key at most once.
 * `script` answers calls in order ('sent' when it runs out); 'deliver-then-hang' delivers and never
 * answers (a crash after the send), 'hang' never answers and delivers nothing (a crash before it).
 */
export class FakeChannel implements ReminderSender {
  readonly calls: ReminderMessage[] = [];
  /** What the person actually received, in order. */
  readonly delivered: ReminderMessage[] = [];
  private readonly keys = new Set<string>();

  constructor(private readonly script: (SendOutcome | 'hang' | 'deliver-then-hang' | 'throw')[] = []) {}

  async send(m: ReminderMessage): Promise<SendOutcome> {
    this.calls.push(m);
    const step = this.script.shift() ?? 'sent';
    if (step === 'throw') throw new Error('socket closed');
    if (step === 'hang') return new Promise<SendOutcome>(() => undefined);
    if (step === 'sent' || step === 'deliver-then-hang') this.deliver(m);
    if (step === 'deliver-then-hang') return new Promise<SendOutcome>(() => undefined);
    return step;
  }

  private deliver(m: ReminderMessage): void {
    if (this.keys.has(m.deliveryKey)) return;
    this.keys.add(m.deliveryKey);
    this.delivered.push(m);
  }
}

export interface World {
  db: Db;
  stores: Stores;
  clock: ManualClock;
}

export function world(accounts: Account[] = [SHANGHAI, NEW_YORK], db: Db = openMemoryDatabase()): World {
  const stores = createSqliteStores(db);
  const clock = new ManualClock('2026-11-28T00:00:00Z');
  upsertAccounts(db, accounts, clock.now()); // at once: the fixture is built synchronously
  return { db, stores, clock };
}

/** The person opened web chat: a conversation exists to deliver reminders to. */
export async function converse(
  w: World,
  accountId: string,
  conversationId = `conv-${accountId}`,
): Promise<void> {
  await w.stores.conversations.save(
    {
      conversationId,
      channelId: 'directline',
      userId: `user-${accountId}`,
      accountId,
      reference: { conversation: { id: conversationId } },
    },
    w.clock.now(),
    true,
  );
}

export function service(w: World, over: Partial<ReminderServiceDeps> = {}) {
  return createReminderService({ db: w.db, stores: w.stores, config: CONFIG, clock: w.clock, ...over });
}

export interface ReminderRow {
  account_id: string;
  kind: string;
  local_date: string;
  status: string;
  reason: string | null;
  attempts: number;
}

export function rows(db: Db): ReminderRow[] {
  return db
    .prepare(
      'SELECT account_id, kind, local_date, status, reason, attempts FROM reminders ORDER BY local_date, account_id, kind',
    )
    .all() as ReminderRow[];
}

/** An instant as written in a test: 2026-11-28T00:00:00Z is 08:00 in Shanghai, 19:00 the day before in New York. */
export const at = (iso: string): Date => new Date(iso);
