import type Database from 'better-sqlite3';
import type { IsoDate } from '../core/dates.js';
import type { Db } from './db.js';
import { SqliteCandidateReader, type ReminderCandidate } from './remindersCandidates.js';
import type {
  ClaimCheck,
  ClaimOutcome,
  ClaimRequest,
  CountWindow,
  ReminderKey,
  ReminderRecord,
  ReminderStore,
} from './remindersTypes.js';
import { type ReminderRow, reminderFromRow } from './reminderRows.js';

export type * from './remindersTypes.js';

type Statement = Database.Statement<unknown[]>;

export type {
  DayRecord,
  ReminderCandidate,
  ReminderStatus,
  StoredInstalment,
} from './remindersCandidates.js';
export { COUNTED_STATUSES } from './remindersCandidates.js';

type RecordRow = ReminderRow<string>;
const fromRow = (r: RecordRow): ReminderRecord => reminderFromRow(r, (v) => v ?? undefined);

const SELECT_RECORD = `SELECT m.*, a.time_zone FROM reminders m JOIN accounts a ON a.account_id = m.account_id`;
const PK = 'account_id = @accountId AND local_date = @localDate AND kind = @kind';

export class SqliteReminderStore implements ReminderStore {
  private readonly reader: SqliteCandidateReader;
  private readonly statements = new Map<string, Statement>();

  // Built once: db.transaction() prepares its BEGIN/COMMIT statements each time it is called.
  private readonly claimTx: Database.Transaction<(req: ClaimRequest, check: ClaimCheck) => ClaimOutcome>;
  private readonly takeOverTx: Database.Transaction<
    (
      record: ReminderRecord,
      window: CountWindow,
      now: Date,
      leaseUntil: Date,
      check: ClaimCheck,
    ) => ClaimOutcome
  >;

  constructor(private readonly db: Db) {
    this.reader = new SqliteCandidateReader(db);
    this.claimTx = db.transaction((req: ClaimRequest, check: ClaimCheck) => this.claimInside(req, check));
    this.takeOverTx = db.transaction(
      (record: ReminderRecord, window: CountWindow, now: Date, leaseUntil: Date, check: ClaimCheck) =>
        this.takeOverInside(record, window, now, leaseUntil, check),
    );
  }

  /** Prepared once per SQL text: preparing costs more than running a point query. */
  private sql(text: string): Statement {
    let s = this.statements.get(text);
    if (!s) {
      s = this.db.prepare(text);
      this.statements.set(text, s);
    }
    return s;
  }

  async zones(): Promise<string[]> {
    return (this.sql('SELECT DISTINCT time_zone FROM accounts').all() as { time_zone: string }[]).map(
      (r) => r.time_zone,
    );
  }

  async candidates(
    zone: string,
    window: CountWindow,
    dates: { due: IsoDate[]; plan: IsoDate[] },
    openOnly: boolean,
  ): Promise<ReminderCandidate[]> {
    return this.reader.forDay(zone, window.day, window.weekStart, dates, openOnly);
  }

  async claim(req: ClaimRequest, check: ClaimCheck): Promise<ClaimOutcome> {
    return this.claimTx.immediate(req, check);
  }

  private claimInside(req: ClaimRequest, check: ClaimCheck): ClaimOutcome {
    const row = this.get(req.key);
    const retry = row?.status === 'failed' && row.attempts < req.maxAttempts;
    if (row && !retry) return { status: 'recorded', recorded: row.status };
    const candidate = this.reader.forAccount(req.key.accountId, req.window.day, req.window.weekStart);
    if (!candidate) return { status: 'no_account' };
    const verdict = check(candidate);
    if (!verdict.allowed) return { status: 'held', rule: verdict.rule };
    const attempts = (row?.attempts ?? 0) + (req.as === 'sending' ? 1 : 0);
    const at = req.now.toISOString();
    this.sql(
      `INSERT INTO reminders (account_id, kind, local_date, status, detail, channel_id, conversation_id,
              attempts, claimed_at, lease_until, updated_at)
            VALUES (@accountId, @kind, @localDate, @status, @detail, @channelId, @conversationId, @attempts, @at,
              @leaseUntil, @at)
            ON CONFLICT (account_id, local_date, kind) DO UPDATE SET status = excluded.status,
              detail = excluded.detail, channel_id = excluded.channel_id, conversation_id = excluded.conversation_id,
              attempts = excluded.attempts, claimed_at = excluded.claimed_at, lease_until = excluded.lease_until,
              reason = NULL, updated_at = excluded.updated_at`,
    ).run({
      ...req.key,
      status: req.as,
      detail: req.detail ?? null,
      channelId: candidate.conversation?.channelId ?? null,
      conversationId: candidate.conversation?.conversationId ?? null,
      attempts,
      at,
      leaseUntil: req.as === 'sending' ? req.leaseUntil.toISOString() : null,
    });
    return { status: 'claimed', candidate, attempts };
  }

  async takeOver(
    record: ReminderRecord,
    window: CountWindow,
    now: Date,
    leaseUntil: Date,
    check: ClaimCheck,
  ): Promise<ClaimOutcome> {
    return this.takeOverTx.immediate(record, window, now, leaseUntil, check);
  }

  private takeOverInside(
    record: ReminderRecord,
    window: CountWindow,
    now: Date,
    leaseUntil: Date,
    check: ClaimCheck,
  ): ClaimOutcome {
    const row = this.get(record);
    if (!row) return { status: 'no_account' };
    const stale = row.status === 'sending' && (row.leaseUntil ?? '') <= now.toISOString();
    if (row.status !== 'queued' && !stale) return { status: 'recorded', recorded: row.status };
    const candidate = this.reader.forAccount(record.accountId, window.day, window.weekStart);
    if (!candidate) return { status: 'no_account' };
    const verdict = check(candidate);
    if (!verdict.allowed) return { status: 'held', rule: verdict.rule };
    this.sql(
      `UPDATE reminders SET status = 'sending', attempts = attempts + 1, claimed_at = @at,
              lease_until = @leaseUntil, updated_at = @at WHERE ${PK}`,
    ).run({ ...keyOf(record), at: now.toISOString(), leaseUntil: leaseUntil.toISOString() });
    return { status: 'claimed', candidate, attempts: row.attempts + 1 };
  }

  async complete(
    key: ReminderKey,
    status: 'sent' | 'unreachable' | 'failed' | 'unconfirmed',
    reason: string | undefined,
    now: Date,
  ): Promise<boolean> {
    const at = now.toISOString();
    const info = this.sql(
      `UPDATE reminders SET status = @status, reason = @reason, lease_until = NULL, done_at = @at,
          updated_at = @at WHERE ${PK} AND status = 'sending'`,
    ).run({ ...keyOf(key), status, reason: reason ?? null, at });
    return info.changes === 1;
  }

  async pending(now: Date): Promise<ReminderRecord[]> {
    const rows = this.sql(
      `${SELECT_RECORD} WHERE m.status IN ('queued', 'sending') AND (m.status = 'queued' OR m.lease_until <= @now)
        ORDER BY m.local_date, m.account_id, m.kind`,
    ).all({ now: now.toISOString() }) as RecordRow[];
    return rows.map(fromRow);
  }

  async close(
    key: ReminderKey,
    from: 'queued' | 'sending',
    to: 'skipped' | 'unconfirmed',
    reason: string,
    now: Date,
  ): Promise<boolean> {
    const at = now.toISOString();
    const info = this.sql(
      `UPDATE reminders SET status = @to, reason = @reason, lease_until = NULL, done_at = @at,
          updated_at = @at WHERE ${PK} AND status = @from`,
    ).run({ ...keyOf(key), from, to, reason, at });
    return info.changes === 1;
  }

  async recordSkipped(key: ReminderKey, reason: string, now: Date): Promise<boolean> {
    const at = now.toISOString();
    const info = this.sql(
      `INSERT INTO reminders (account_id, kind, local_date, status, reason, done_at, updated_at)
        VALUES (@accountId, @kind, @localDate, 'skipped', @reason, @at, @at) ON CONFLICT DO NOTHING`,
    ).run({ ...keyOf(key), reason, at });
    return info.changes === 1;
  }

  private get(key: ReminderKey): ReminderRecord | undefined {
    const row = this.sql(
      `${SELECT_RECORD} WHERE m.account_id = @accountId AND m.local_date = @localDate AND m.kind = @kind`,
    ).get(keyOf(key)) as RecordRow | undefined;
    return row ? fromRow(row) : undefined;
  }
}

function keyOf(k: ReminderKey): ReminderKey {
  return { accountId: k.accountId, kind: k.kind, localDate: k.localDate };
}
