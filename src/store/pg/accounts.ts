import {
  ANY_CHANNEL,
  type Account,
  type AccountRow,
  type AccountStore,
  type AnyChannel,
  accountFromRow,
} from '../accounts.js';
import type { AsyncOf } from './asyncOf.js';
import { type PgPool, withTransaction } from './pool.js';
import { q, run } from './rows.js';

/** The advisory lock every account load holds for its transaction (see upsertMany). */
export const ACCOUNT_LOAD_LOCK_KEY = 719_019_010;

const COLUMNS = `account_id, holder_name, locale, time_zone, channel, channel_user_id, id_last4, card_last4,
  balance_cents, minimum_due_cents, due_date, days_past_due, currency, status`;

/** Rows per INSERT statement of `upsertMany` (14 parameters each, far below the 65535 limit). */
const CHUNK = 500;

/**
 * `AccountStore` on PostgreSQL (`accounts`). Text is ordered byte-wise (COLLATE "C"), as SQLite
 * orders it, whatever the database's locale.
 */
export class PgAccountStore implements AsyncOf<AccountStore> {
  constructor(private readonly pool: PgPool) {}

  async get(accountId: string): Promise<Account | undefined> {
    const result = await run<AccountRow>(
      this.pool,
      'read an account',
      `SELECT ${COLUMNS} FROM accounts WHERE account_id = $1`,
      [accountId],
    );
    const row = result.rows[0];
    return row ? accountFromRow(row) : undefined;
  }

  async findByChannelUser(channelUserId: string, channel: string | AnyChannel): Promise<Account | undefined> {
    const result = await run<AccountRow>(
      this.pool,
      'find the account of a channel user',
      channel === ANY_CHANNEL
        ? `SELECT ${COLUMNS} FROM accounts WHERE channel_user_id = $1`
        : `SELECT ${COLUMNS} FROM accounts WHERE channel_user_id = $1 AND channel = $2`,
      channel === ANY_CHANNEL ? [channelUserId] : [channelUserId, channel],
    );
    const row = result.rows[0];
    return row ? accountFromRow(row) : undefined;
  }

  /**
   * One transaction, as on SQLite. The batch is written in account-id order (the order every
   * multi-account writer locks rows in, so two of them cannot deadlock); an account given twice
   * is written as its last occurrence, as SQLite's row-by-row upsert leaves it. Loads are
   * serialised by a transaction advisory lock: ON CONFLICT arbitrates on account_id only, so two
   * loads inserting the same new account at once could otherwise meet first on the channel user's
   * unique index and fail with a duplicate key (seen in the contract test under load).
   */
  async upsertMany(accounts: Account[], now: Date): Promise<void> {
    const last = new Map<string, Account>();
    for (const a of accounts) last.set(a.accountId, a);
    const rows = [...last.values()].sort((a, b) =>
      a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0,
    );
    if (rows.length === 0) return;
    await withTransaction(this.pool, 'load accounts', async (client) => {
      await q(client, 'SELECT pg_advisory_xact_lock($1)', [ACCOUNT_LOAD_LOCK_KEY]);
      for (let i = 0; i < rows.length; i += CHUNK) {
        const values: unknown[] = [now];
        const tuples = rows.slice(i, i + CHUNK).map((a) => {
          const first = values.length + 1;
          values.push(
            a.accountId,
            a.holderName,
            a.locale,
            a.timeZone,
            a.channel,
            a.channelUserId,
            a.idLast4,
            a.cardLast4,
            a.balanceCents,
            a.minimumDueCents,
            a.dueDate,
            a.daysPastDue,
            a.currency,
            a.status,
          );
          return `(${Array.from({ length: 14 }, (_, k) => `$${first + k}`).join(', ')}, $1)`;
        });
        await q(
          client,
          `INSERT INTO accounts (${COLUMNS}, updated_at) VALUES ${tuples.join(', ')}
           ON CONFLICT (account_id) DO UPDATE SET holder_name = excluded.holder_name, locale = excluded.locale,
             time_zone = excluded.time_zone, channel = excluded.channel, channel_user_id = excluded.channel_user_id,
             id_last4 = excluded.id_last4, card_last4 = excluded.card_last4, balance_cents = excluded.balance_cents,
             minimum_due_cents = excluded.minimum_due_cents, due_date = excluded.due_date,
             days_past_due = excluded.days_past_due, currency = excluded.currency, status = excluded.status,
             updated_at = excluded.updated_at`,
          values,
        );
      }
    });
  }

  async list(): Promise<Account[]> {
    const result = await run<AccountRow>(
      this.pool,
      'list accounts',
      `SELECT ${COLUMNS} FROM accounts ORDER BY account_id COLLATE "C"`,
    );
    return result.rows.map(accountFromRow);
  }
}
