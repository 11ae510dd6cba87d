import { type Db, prepared } from './db.js';

/** How many wrong answers open a lock, and how long the first lock lasts (each next one doubles). */
export interface VerificationPolicy {
  maxAttempts: number;
  lockMinutes: number;
  /** The longest a lock may last, however many came before it. */
  maxLockMinutes?: number;
}

/** Where an attempt came from (kept with each failure for reviewers). */
export interface AttemptOrigin {
  conversationId?: string;
  channelId?: string;
}

export type VerificationStatus = { status: 'open'; attemptsLeft: number } | { status: 'locked'; until: Date };

export type VerificationOutcome =
  | { status: 'verified' }
  | { status: 'failed'; attemptsLeft: number }
  /** `newly`: this attempt opened the lock (escalate once); otherwise it was already locked. */
  | { status: 'locked'; until: Date; newly: boolean; lockNumber: number };

/**
 * Identity-check failures per account, across every conversation, channel and process: the
 * lock is checked and the counter moved in one IMMEDIATE transaction, so parallel guesses
 * cannot slip past it, and a correct answer during a lock verifies nothing.
 *
 *   const outcome = await store.attempt('acc-1', given === expected, policy, now, { conversationId });
 *   // { status: 'failed', attemptsLeft: 2 } | { status: 'locked', until, newly: true, lockNumber: 1 } | …
 */
export interface VerificationAttemptStore {
  status(accountId: string, policy: VerificationPolicy, now: Date): Promise<VerificationStatus>;
  attempt(
    accountId: string,
    correct: boolean,
    policy: VerificationPolicy,
    now: Date,
    origin: AttemptOrigin,
  ): Promise<VerificationOutcome>;
}

interface Row {
  failures: number;
  locks: number;
  locked_until: string | null;
  updated_at: string;
}

/** Locks in a row are forgotten after a day without a failure. */
const LOCK_MEMORY_MS = 24 * 3600_000;

export class SqliteVerificationAttemptStore implements VerificationAttemptStore {
  constructor(private readonly db: Db) {}

  async status(accountId: string, policy: VerificationPolicy, now: Date): Promise<VerificationStatus> {
    const row = this.row(accountId, now);
    if (row.locked_until && Date.parse(row.locked_until) > now.getTime()) {
      return { status: 'locked', until: new Date(row.locked_until) };
    }
    return { status: 'open', attemptsLeft: Math.max(policy.maxAttempts - row.failures, 0) };
  }

  async attempt(
    accountId: string,
    correct: boolean,
    policy: VerificationPolicy,
    now: Date,
    origin: AttemptOrigin,
  ): Promise<VerificationOutcome> {
    // The lock check and the counter move in one IMMEDIATE transaction, never across an await.
    const outcome = this.db
      .transaction((): VerificationOutcome => {
        const row = this.row(accountId, now);
        if (row.locked_until && Date.parse(row.locked_until) > now.getTime()) {
          return { status: 'locked', until: new Date(row.locked_until), newly: false, lockNumber: row.locks };
        }
        if (correct) {
          this.put(accountId, { failures: 0, locks: 0, locked_until: null }, now);
          return { status: 'verified' };
        }
        const failures = row.failures + 1;
        const locking = failures >= policy.maxAttempts;
        prepared(
          this.db,
          `INSERT INTO verification_failures (account_id, at, conversation_id, channel_id, locked) VALUES (?, ?, ?, ?, ?)`,
        ).run(
          accountId,
          now.toISOString(),
          origin.conversationId ?? null,
          origin.channelId ?? null,
          locking ? 1 : 0,
        );
        if (!locking) {
          this.put(accountId, { failures, locks: row.locks, locked_until: null }, now);
          return { status: 'failed', attemptsLeft: policy.maxAttempts - failures };
        }
        const lockNumber = row.locks + 1;
        const minutes = Math.min(
          policy.lockMinutes * 2 ** Math.min(lockNumber - 1, 20),
          policy.maxLockMinutes ?? 24 * 60,
        );
        const until = new Date(now.getTime() + minutes * 60_000);
        this.put(accountId, { failures: 0, locks: lockNumber, locked_until: until.toISOString() }, now);
        return { status: 'locked', until, newly: true, lockNumber };
      })
      .immediate();
    return outcome;
  }

  /** The account's row; failures and past locks older than a day are forgotten. */
  private row(accountId: string, now: Date): Row {
    const row = prepared(
      this.db,
      'SELECT failures, locks, locked_until, updated_at FROM verification_state WHERE account_id = ?',
    ).get(accountId) as Row | undefined;
    if (!row) return { failures: 0, locks: 0, locked_until: null, updated_at: now.toISOString() };
    const lockEnd = row.locked_until ? Date.parse(row.locked_until) : 0;
    const quietSince = Math.max(Date.parse(row.updated_at), lockEnd);
    if (now.getTime() - quietSince > LOCK_MEMORY_MS)
      return { failures: 0, locks: 0, locked_until: null, updated_at: row.updated_at };
    return row;
  }

  private put(accountId: string, values: Omit<Row, 'updated_at'>, now: Date): void {
    prepared(
      this.db,
      `INSERT INTO verification_state (account_id, failures, locks, locked_until, updated_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(account_id) DO UPDATE SET failures = excluded.failures, locks = excluded.locks,
          locked_until = excluded.locked_until, updated_at = excluded.updated_at`,
    ).run(accountId, values.failures, values.locks, values.locked_until, now.toISOString());
  }
}
