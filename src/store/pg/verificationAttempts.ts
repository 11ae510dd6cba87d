import type {
  AttemptOrigin,
  VerificationAttemptStore,
  VerificationOutcome,
  VerificationPolicy,
  VerificationStatus,
} from '../verificationAttempts.js';
import type { AsyncOf } from './asyncOf.js';
import { readDecideWrite, type Statement } from './batched.js';
import type { PgPool } from './pool.js';
import { run, writeLeading } from './rows.js';
import { NO_FLUSH_WAIT } from './flushDebt.js';
import { claimToTake } from './turnClaim.js';
import type { PgTurnSessions } from './turnSessions.js';

/** A right answer: the counts reset (the row made if missing) unless a lock runs at $2. */
const VERIFIED_SQL = `INSERT INTO verification_state AS v (account_id, failures, locks, locked_until, updated_at)
  VALUES ($1, 0, 0, NULL, $2::timestamptz)
  ON CONFLICT (account_id) DO UPDATE SET failures = 0, locks = 0, locked_until = NULL, updated_at = $2::timestamptz
  WHERE v.locked_until IS NULL OR v.locked_until <= $2::timestamptz`;

/**
 * VERIFIED_SQL whose commit does not wait for its WAL flush (`synchronous_commit` off for its own
 * transaction, set inside the statement): for a turn whose answer waits for a later flushed commit
 * (flushDebt.ts), which makes this one durable too before anyone is told "verified".
 */
const VERIFIED_NO_WAIT_SQL = VERIFIED_SQL.replace(
  'VALUES ($1, 0, 0, NULL, $2::timestamptz)',
  `SELECT $1, 0, 0, NULL, $2::timestamptz FROM (SELECT ${NO_FLUSH_WAIT.text.replace('SELECT ', '')}) AS nw`,
);

interface Row {
  failures: number;
  locks: number;
  locked_until: Date | null;
  updated_at: Date;
}

interface Counts {
  failures: number;
  locks: number;
  lockedUntil: Date | undefined;
}

/** Locks in a row are forgotten after a day without a failure (as on SQLite). */
const LOCK_MEMORY_MS = 24 * 3600_000;

/** The account's counts as of `now`: failures and past locks older than a day are forgotten. */
function counts(row: Row | undefined, now: Date): Counts {
  if (!row) return { failures: 0, locks: 0, lockedUntil: undefined };
  const lockEnd = row.locked_until ? row.locked_until.getTime() : 0;
  const quietSince = Math.max(row.updated_at.getTime(), lockEnd);
  if (now.getTime() - quietSince > LOCK_MEMORY_MS) return { failures: 0, locks: 0, lockedUntil: undefined };
  return { failures: row.failures, locks: row.locks, lockedUntil: row.locked_until ?? undefined };
}

/**
 * `VerificationAttemptStore` on PostgreSQL. `attempt` makes sure the account has a row, then
 * holds it FOR UPDATE while it checks the lock and moves the counter: guesses arriving on several
 * instances at once are counted one after another, so exactly `maxAttempts` failures open the
 * lock, exactly one attempt reports it `newly`, and a right answer during a lock verifies nothing.
 */
export class PgVerificationAttemptStore implements AsyncOf<VerificationAttemptStore> {
  constructor(
    private readonly pool: PgPool,
    /** The turn lock's sessions: an attempt in a turn answered after a flush leaves its own flush to it. */
    private readonly sessions?: PgTurnSessions,
  ) {}

  async status(accountId: string, policy: VerificationPolicy, now: Date): Promise<VerificationStatus> {
    const result = await run<Row>(
      this.pool,
      'read identity-check attempts',
      'SELECT failures, locks, locked_until, updated_at FROM verification_state WHERE account_id = $1',
      [accountId],
    );
    const c = counts(result.rows[0], now);
    if (c.lockedUntil && c.lockedUntil.getTime() > now.getTime())
      return { status: 'locked', until: c.lockedUntil };
    return { status: 'open', attemptsLeft: Math.max(policy.maxAttempts - c.failures, 0) };
  }

  /**
   * A right answer outside a lock: ONE statement (issue 19, pg16), the row inserted or reset only
   * when no lock runs at `now` (its upsert holds the row as FOR UPDATE would). Otherwise two round
   * trips (issue 19 item 5): BEGIN, the row made sure of and locked FOR UPDATE; then the writes
   * and COMMIT.
   */
  async attempt(
    accountId: string,
    correct: boolean,
    policy: VerificationPolicy,
    now: Date,
    origin: AttemptOrigin,
  ): Promise<VerificationOutcome> {
    // issue 19 (pgturn19): in a turn that already owes a flush, this commit leaves its own to it.
    const debt = this.sessions?.current()?.flush;
    const deferred = debt?.mayIncur === true;
    // A turn's activity claim still to take rides in readDecideWrite's BEGIN (issue 19, pgturn).
    if (correct && !claimToTake()) {
      // A turn reads its own writes: what it read before is forgotten; the reads that followed this
      // write last time (the verified account's dispute, plan, payments...) ride in its round trip.
      const reset = await writeLeading(
        this.pool,
        'count an identity-check attempt',
        deferred ? VERIFIED_NO_WAIT_SQL : VERIFIED_SQL,
        [accountId, now],
      );
      if (deferred) debt.incur();
      if (reset.rowCount === 1) return { status: 'verified' };
    }
    const outcome = await readDecideWrite<VerificationOutcome>(
      this.pool,
      'count an identity-check attempt',
      [
        [
          `INSERT INTO verification_state (account_id, failures, locks, locked_until, updated_at)
           VALUES ($1, 0, 0, NULL, $2::timestamptz) ON CONFLICT (account_id) DO NOTHING`,
          [accountId, now],
        ],
        [
          'SELECT failures, locks, locked_until, updated_at FROM verification_state WHERE account_id = $1 FOR UPDATE',
          [accountId],
        ],
      ],
      ([, locked]) => {
        const c = counts(locked?.rows[0] as Row | undefined, now);
        if (c.lockedUntil && c.lockedUntil.getTime() > now.getTime())
          return {
            writes: [],
            result: { status: 'locked', until: c.lockedUntil, newly: false, lockNumber: c.locks },
          };
        if (correct)
          return {
            writes: [put(accountId, { failures: 0, locks: 0, lockedUntil: undefined }, now)],
            result: { status: 'verified' },
          };
        return fail(accountId, c, policy, now, origin);
      },
      deferred,
    );
    if (deferred) debt.incur();
    return outcome;
  }
}

function fail(
  accountId: string,
  c: Counts,
  policy: VerificationPolicy,
  now: Date,
  origin: AttemptOrigin,
): { writes: Statement[]; result: VerificationOutcome } {
  const failures = c.failures + 1;
  const locking = failures >= policy.maxAttempts;
  const logged: Statement = [
    `INSERT INTO verification_failures (account_id, at, conversation_id, channel_id, locked)
     VALUES ($1, $2::timestamptz, $3, $4, $5::boolean)`,
    [accountId, now, origin.conversationId ?? null, origin.channelId ?? null, locking ? 'true' : 'false'],
  ];
  if (!locking)
    return {
      writes: [logged, put(accountId, { failures, locks: c.locks, lockedUntil: undefined }, now)],
      result: { status: 'failed', attemptsLeft: policy.maxAttempts - failures },
    };
  const lockNumber = c.locks + 1;
  const minutes = Math.min(
    policy.lockMinutes * 2 ** Math.min(lockNumber - 1, 20),
    policy.maxLockMinutes ?? 24 * 60,
  );
  const until = new Date(now.getTime() + minutes * 60_000);
  return {
    writes: [logged, put(accountId, { failures: 0, locks: lockNumber, lockedUntil: until }, now)],
    result: { status: 'locked', until, newly: true, lockNumber },
  };
}

function put(accountId: string, c: Counts, now: Date): Statement {
  return [
    `UPDATE verification_state SET failures = $2, locks = $3, locked_until = $4::timestamptz,
       updated_at = $5::timestamptz WHERE account_id = $1`,
    [accountId, c.failures, c.locks, c.lockedUntil ?? null, now],
  ];
}
