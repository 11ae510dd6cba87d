import type { IsoDate } from '../../core/dates.js';
import type { ReminderCandidate } from '../remindersCandidates.js';
import type {
  ClaimCheck,
  ClaimOutcome,
  ClaimRequest,
  CountWindow,
  ReminderKey,
  ReminderRecord,
  ReminderStore,
} from '../remindersTypes.js';
import { type ReminderRow, reminderFromRow } from '../reminderRows.js';
import type { AsyncOf } from './asyncOf.js';
import { type PgClient, type PgPool, toStoreError, withTransaction } from './pool.js';
import { PgCandidateReader } from './remindersCandidates.js';
import { isoOrUndefined, lockAccount, q, run } from './rows.js';

type RecordRow = ReminderRow<Date>;
const fromRow = (r: RecordRow): ReminderRecord => reminderFromRow(r, isoOrUndefined);

const RECORD_COLUMNS = `m.account_id, m.kind, m.local_date, m.status, m.reason, m.detail, m.channel_id,
  m.conversation_id, m.attempts, m.claimed_at, m.lease_until, a.time_zone`;
const KEY = 'account_id = $1 AND local_date = $2 AND kind = $3';
const keyValues = (k: ReminderKey): unknown[] => [k.accountId, k.localDate, k.kind];

/**
 * `ReminderStore` on PostgreSQL. A claim or take-over holds the account's row lock for its
 * transaction (what SQLite's IMMEDIATE transaction gives), so the caps it checks on fresh facts
 * cannot be passed by a claim of another kind on another instance at the same moment; the
 * reminder row itself is read FOR UPDATE and inserted with ON CONFLICT DO NOTHING, so a row
 * queued meanwhile by another instance or the command line is never overwritten. `complete` and `close` are
 * compare-and-set updates.
 */
export class PgReminderStore implements AsyncOf<ReminderStore> {
  private readonly reader: PgCandidateReader;

  constructor(private readonly pool: PgPool) {
    this.reader = new PgCandidateReader(pool);
  }

  async zones(): Promise<string[]> {
    const result = await run<{ time_zone: string }>(
      this.pool,
      'list time zones',
      'SELECT time_zone FROM accounts GROUP BY time_zone ORDER BY time_zone COLLATE "C"',
    );
    return result.rows.map((r) => r.time_zone);
  }

  async candidates(
    zone: string,
    window: CountWindow,
    dates: { due: IsoDate[]; plan: IsoDate[] },
    openOnly: boolean,
  ): Promise<ReminderCandidate[]> {
    try {
      return await this.reader.forDay(zone, window.day, window.weekStart, dates, openOnly);
    } catch (err) {
      throw toStoreError(err, 'read reminder candidates');
    }
  }

  claim(req: ClaimRequest, check: ClaimCheck): Promise<ClaimOutcome> {
    return withTransaction(this.pool, 'claim a reminder', async (client) => {
      if (!(await lockAccount(client, req.key.accountId))) return { status: 'no_account' };
      const row = await lockedRecord(client, req.key);
      const retry = row?.status === 'failed' && row.attempts < req.maxAttempts;
      if (row && !retry) return { status: 'recorded', recorded: row.status };
      const candidate = await this.reader.forAccount(
        client,
        req.key.accountId,
        req.window.day,
        req.window.weekStart,
      );
      if (!candidate) return { status: 'no_account' };
      const verdict = check(candidate);
      if (!verdict.allowed) return { status: 'held', rule: verdict.rule };
      const attempts = (row?.attempts ?? 0) + (req.as === 'sending' ? 1 : 0);
      const values = [
        ...keyValues(req.key),
        req.as,
        req.detail ?? null,
        candidate.conversation?.channelId ?? null,
        candidate.conversation?.conversationId ?? null,
        attempts,
        req.now,
        req.as === 'sending' ? req.leaseUntil : null,
      ];
      const written = row
        ? await q(
            client,
            `UPDATE reminders SET status = $4, detail = $5, channel_id = $6, conversation_id = $7, attempts = $8,
               claimed_at = $9, lease_until = $10, reason = NULL, updated_at = $9 WHERE ${KEY} AND status = 'failed'`,
            values,
          )
        : await q(
            client,
            `INSERT INTO reminders (account_id, local_date, kind, status, detail, channel_id, conversation_id,
               attempts, claimed_at, lease_until, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $9) ON CONFLICT DO NOTHING`,
            values,
          );
      if (written.rowCount === 1) return { status: 'claimed', candidate, attempts };
      // Queued by another writer between the read and the insert: theirs stands.
      const now = await lockedRecord(client, req.key);
      return now ? { status: 'recorded', recorded: now.status } : { status: 'no_account' };
    });
  }

  takeOver(
    record: ReminderRecord,
    window: CountWindow,
    now: Date,
    leaseUntil: Date,
    check: ClaimCheck,
  ): Promise<ClaimOutcome> {
    return withTransaction(this.pool, 'take over a reminder', async (client) => {
      await lockAccount(client, record.accountId);
      const row = await lockedRecord(client, record);
      if (!row) return { status: 'no_account' };
      const stale =
        row.status === 'sending' &&
        (row.leaseUntil === undefined || Date.parse(row.leaseUntil) <= now.getTime());
      if (row.status !== 'queued' && !stale) return { status: 'recorded', recorded: row.status };
      const candidate = await this.reader.forAccount(client, record.accountId, window.day, window.weekStart);
      if (!candidate) return { status: 'no_account' };
      const verdict = check(candidate);
      if (!verdict.allowed) return { status: 'held', rule: verdict.rule };
      await q(
        client,
        `UPDATE reminders SET status = 'sending', attempts = attempts + 1, claimed_at = $4, lease_until = $5,
           updated_at = $4 WHERE ${KEY}`,
        [...keyValues(record), now, leaseUntil],
      );
      return { status: 'claimed', candidate, attempts: row.attempts + 1 };
    });
  }

  async complete(
    key: ReminderKey,
    status: 'sent' | 'unreachable' | 'failed' | 'unconfirmed',
    reason: string | undefined,
    now: Date,
  ): Promise<boolean> {
    const result = await run(
      this.pool,
      'record a reminder outcome',
      `UPDATE reminders SET status = $4, reason = $5, lease_until = NULL, done_at = $6, updated_at = $6
       WHERE ${KEY} AND status = 'sending'`,
      [...keyValues(key), status, reason ?? null, now],
    );
    return result.rowCount === 1;
  }

  async pending(now: Date): Promise<ReminderRecord[]> {
    const result = await run<RecordRow>(
      this.pool,
      'list pending reminders',
      `SELECT ${RECORD_COLUMNS} FROM reminders m JOIN accounts a ON a.account_id = m.account_id
       WHERE m.status IN ('queued', 'sending') AND (m.status = 'queued' OR m.lease_until <= $1)
       ORDER BY m.local_date, m.account_id COLLATE "C", m.kind COLLATE "C"`,
      [now],
    );
    return result.rows.map(fromRow);
  }

  async close(
    key: ReminderKey,
    from: 'queued' | 'sending',
    to: 'skipped' | 'unconfirmed',
    reason: string,
    now: Date,
  ): Promise<boolean> {
    const result = await run(
      this.pool,
      'close a reminder',
      `UPDATE reminders SET status = $5, reason = $6, lease_until = NULL, done_at = $7, updated_at = $7
       WHERE ${KEY} AND status = $4`,
      [...keyValues(key), from, to, reason, now],
    );
    return result.rowCount === 1;
  }

  async recordSkipped(key: ReminderKey, reason: string, now: Date): Promise<boolean> {
    const result = await run(
      this.pool,
      'record a skipped reminder',
      `INSERT INTO reminders (account_id, local_date, kind, status, reason, done_at, updated_at)
       VALUES ($1, $2, $3, 'skipped', $4, $5, $5) ON CONFLICT DO NOTHING`,
      [...keyValues(key), reason, now],
    );
    return result.rowCount === 1;
  }
}

/** The reminder's row, locked for the rest of the transaction. */
async function lockedRecord(client: PgClient, key: ReminderKey): Promise<ReminderRecord | undefined> {
  const result = await q<RecordRow>(
    client,
    `SELECT ${RECORD_COLUMNS} FROM reminders m JOIN accounts a ON a.account_id = m.account_id
     WHERE m.account_id = $1 AND m.local_date = $2 AND m.kind = $3 FOR UPDATE OF m`,
    keyValues(key),
  );
  const row = result.rows[0];
  return row ? fromRow(row) : undefined;
}
