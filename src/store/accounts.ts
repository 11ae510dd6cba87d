import type { Cents, Currency } from '../core/money.js';
import type { IsoDate } from '../core/dates.js';
import type { Locale } from '../core/locale.js';
import { type Db, prepared } from './db.js';

export interface Account {
  accountId: string;
  holderName: string;
  locale: Locale;
  timeZone: string;
  channel: string;
  channelUserId: string;
  idLast4: string;
  cardLast4: string;
  balanceCents: Cents;
  minimumDueCents: Cents;
  dueDate: IsoDate;
  daysPastDue: number;
  currency: Currency;
  status: 'open' | 'paid';
}

/** Accounts and the channel user id bound to each. */
export interface AccountStore {
  get(accountId: string): Promise<Account | undefined>;
  /**
   * The account a channel user id (Web Chat user, WeChat openid, ...) is bound to on `channel`
   * (accounts are bound by channel and user id; sec19). `ANY_CHANNEL` only where the caller
   * vouches for the user id by other means (a chat link the bank signed for it, WeChat's signed
   * callback, the bank's own account file): see `src/bot/accountBinding.ts`.
   */
  findByChannelUser(channelUserId: string, channel: string | AnyChannel): Promise<Account | undefined>;
  /** Inserts or updates the given accounts in one transaction. */
  upsertMany(accounts: Account[], now: Date): Promise<void>;
  list(): Promise<Account[]>;
}

/** `findByChannelUser` on any channel: a user id names at most one account (unique across channels). */
export const ANY_CHANNEL = null;
export type AnyChannel = typeof ANY_CHANNEL;

/** An `accounts` row as either database returns it (SQLite and PostgreSQL store the same types). */
export interface AccountRow {
  account_id: string;
  holder_name: string;
  locale: Locale;
  time_zone: string;
  channel: string;
  channel_user_id: string;
  id_last4: string;
  card_last4: string;
  balance_cents: number;
  minimum_due_cents: number;
  due_date: string;
  days_past_due: number;
  currency: Currency;
  status: 'open' | 'paid';
}

export function accountFromRow(r: AccountRow): Account {
  return {
    accountId: r.account_id,
    holderName: r.holder_name,
    locale: r.locale,
    timeZone: r.time_zone,
    channel: r.channel,
    channelUserId: r.channel_user_id,
    idLast4: r.id_last4,
    cardLast4: r.card_last4,
    balanceCents: r.balance_cents,
    minimumDueCents: r.minimum_due_cents,
    dueDate: r.due_date,
    daysPastDue: r.days_past_due,
    currency: r.currency,
    status: r.status,
  };
}

export class SqliteAccountStore implements AccountStore {
  constructor(private readonly db: Db) {}

  async get(accountId: string): Promise<Account | undefined> {
    const row = prepared(this.db, 'SELECT * FROM accounts WHERE account_id = ?').get(accountId) as
      AccountRow | undefined;
    return row ? accountFromRow(row) : undefined;
  }

  async findByChannelUser(channelUserId: string, channel: string | AnyChannel): Promise<Account | undefined> {
    const row = (
      channel === ANY_CHANNEL
        ? prepared(this.db, 'SELECT * FROM accounts WHERE channel_user_id = ?').get(channelUserId)
        : prepared(this.db, 'SELECT * FROM accounts WHERE channel_user_id = ? AND channel = ?').get(
            channelUserId,
            channel,
          )
    ) as AccountRow | undefined;
    return row ? accountFromRow(row) : undefined;
  }

  async upsertMany(accounts: Account[], now: Date): Promise<void> {
    upsertAccounts(this.db, accounts, now);
  }

  async list(): Promise<Account[]> {
    return listAccounts(this.db);
  }
}

/** `upsertMany` on SQLite, done at once (for the app's synchronous start on the embedded store). */
export function upsertAccounts(db: Db, accounts: Account[], now: Date): void {
  const stmt = prepared(
    db,
    `INSERT INTO accounts (account_id, holder_name, locale, time_zone, channel,
      channel_user_id, id_last4, card_last4, balance_cents, minimum_due_cents, due_date, days_past_due,
      currency, status, updated_at)
    VALUES (@accountId, @holderName, @locale, @timeZone, @channel, @channelUserId, @idLast4, @cardLast4,
      @balanceCents, @minimumDueCents, @dueDate, @daysPastDue, @currency, @status, @updatedAt)
    ON CONFLICT(account_id) DO UPDATE SET holder_name = excluded.holder_name, locale = excluded.locale,
      time_zone = excluded.time_zone, channel = excluded.channel, channel_user_id = excluded.channel_user_id,
      id_last4 = excluded.id_last4, card_last4 = excluded.card_last4, balance_cents = excluded.balance_cents,
      minimum_due_cents = excluded.minimum_due_cents, due_date = excluded.due_date,
      days_past_due = excluded.days_past_due, currency = excluded.currency, status = excluded.status,
      updated_at = excluded.updated_at`,
  );
  const updatedAt = now.toISOString();
  db.transaction(() => {
    for (const a of accounts) stmt.run({ ...a, updatedAt });
  })();
}

/** `list` on SQLite, done at once. */
export function listAccounts(db: Db): Account[] {
  return (prepared(db, 'SELECT * FROM accounts ORDER BY account_id').all() as AccountRow[]).map(
    accountFromRow,
  );
}
