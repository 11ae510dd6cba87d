import type {
  AttemptOrigin,
  VerificationAttemptStore,
  VerificationOutcome,
  VerificationPolicy,
  VerificationStatus,
} from '../verificationAttempts.js';
import type { AsyncOf } from './asyncOf.js';
import { type PgClient, type PgPool, withTransaction } from './pool.js';
import { q, run } from './rows.js';

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
  constructor(private readonly pool: PgPool) {}

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

  attempt(
    accountId: string,
    correct: boolean,
    policy: VerificationPolicy,
    now: Date,
    origin: AttemptOrigin,
  ): Promise<VerificationOutcome> {
    return withTransaction(this.pool, 'count an identity-check attempt', async (client) => {
      await q(
        client,
        `INSERT INTO verification_state (account_id, failures, locks, locked_until, updated_at)
         VALUES ($1, 0, 0, NULL, $2) ON CONFLICT (account_id) DO NOTHING`,
        [accountId, now],
      );
      const locked = await q<Row>(
        client,
        'SELECT failures, locks, locked_until, updated_at FROM verification_state WHERE account_id = $1 FOR UPDATE',
        [accountId],
      );
      const c = counts(locked.rows[0], now);
      if (c.lockedUntil && c.lockedUntil.getTime() > now.getTime())
        return { status: 'locked', until: c.lockedUntil, newly: false, lockNumber: c.locks };
      if (correct) {
        await put(client, accountId, { failures: 0, locks: 0, lockedUntil: undefined }, now);
        return { status: 'verified' };
      }
      return fail(client, accountId, c, policy, now, origin);
    });
  }
}

async function fail(
  client: PgClient,
  accountId: string,
  c: Counts,
  policy: VerificationPolicy,
  now: Date,
  origin: AttemptOrigin,
): Promise<VerificationOutcome> {
  const failures = c.failures + 1;
  const locking = failures >= policy.maxAttempts;
  await q(
    client,
    `INSERT INTO verification_failures (account_id, at, conversation_id, channel_id, locked)
     VALUES ($1, $2, $3, $4, $5)`,
    [accountId, now, origin.conversationId ?? null, origin.channelId ?? null, locking],
  );
  if (!locking) {
    await put(client, accountId, { failures, locks: c.locks, lockedUntil: undefined }, now);
    return { status: 'failed', attemptsLeft: policy.maxAttempts - failures };
  }
  const lockNumber = c.locks + 1;
  const minutes = Math.min(
    policy.lockMinutes * 2 ** Math.min(lockNumber - 1, 20),
    policy.maxLockMinutes ?? 24 * 60,
  );
  const until = new Date(now.getTime() + minutes * 60_000);
  await put(client, accountId, { failures: 0, locks: lockNumber, lockedUntil: until }, now);
  return { status: 'locked', until, newly: true, lockNumber };
}

async function put(client: PgClient, accountId: string, c: Counts, now: Date): Promise<void> {
  await q(
    client,
    `UPDATE verification_state SET failures = $2, locks = $3, locked_until = $4, updated_at = $5
     WHERE account_id = $1`,
    [accountId, c.failures, c.locks, c.lockedUntil ?? null, now],
  );
}
