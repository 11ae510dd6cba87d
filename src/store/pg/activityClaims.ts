import { type ActivityClaims, type ClaimOutcome } from '../activityClaims.js';
import { memoryKey } from '../inboundMemory.js';
import { type PgPool, pgQuery } from './pool.js';
import { pgFoldedClaims } from './turnClaim.js';

interface ClaimRow {
  owner: string;
  state: 'running' | 'done';
  lease_until: Date;
  answer: string | null;
}

function outcomeOf(row: ClaimRow): ClaimOutcome {
  return row.state === 'done'
    ? { status: 'answered', answer: row.answer ?? '' }
    : { status: 'running', leaseUntil: new Date(row.lease_until) };
}

/**
 * Records a turn's answer in a transaction whose commit does not wait for its WAL flush
 * (`synchronous_commit` off for it alone, issue 19): the answer is given after the turn's own
 * records were flushed (`PgConversationLock.hold` waits for `durable()`), and waiting a second
 * flush for the claim's state kept every turn posted with an activity id one fsync longer. The
 * state is seen by every instance at once; only a crash of the PostgreSQL server itself within
 * the WAL writer's delay (200 ms by default) can undo it, and then the claim is 'running' again: a
 * repeat after its lease takes it over and is answered from the transcript's recorded replies
 * (`repliesRecorded`), as when the service died between its answer and this write; a turn that
 * replied nothing runs again then.
 */
export const COMPLETE_SQL = `WITH nw AS (SELECT set_config('synchronous_commit', 'off', true) AS s)
  UPDATE activity_claims SET state = 'done', answer = $3
  FROM nw WHERE claim_key = $1 AND owner = $2 AND state = 'running' AND nw.s = 'off'`;

/**
 * `ActivityClaims` on PostgreSQL: the claim is one INSERT … ON CONFLICT DO UPDATE that inserts a new
 * claim or takes over a running one whose lease ran out, and says which by the owner it returns (a
 * repeat reads the row with a second round trip). A completed claim is never taken over. On the hot
 * path the gate asks none of this: `folded` has the turn's first write take the claim in its own
 * transaction and round trip (migration 008 `activity_claim_take`), and `claim` settles only an
 * arrival whose folded claim was refused (issue 19, pgturn).
 */
export class PgActivityClaims implements ActivityClaims {
  /** The claim rides in the turn's first write (issue 19, pgturn): no round trip of its own. */
  readonly folded = pgFoldedClaims;

  constructor(private readonly pool: PgPool) {}

  async renew(key: string, owner: string, leaseUntil: Date): Promise<boolean> {
    const result = await pgQuery(
      this.pool,
      'renew the lease of an inbound activity claim',
      "UPDATE activity_claims SET lease_until = $3 WHERE claim_key = $1 AND owner = $2 AND state = 'running'",
      [memoryKey(key), owner, leaseUntil],
    );
    return result.rowCount === 1;
  }

  async claim(key: string, owner: string, now: Date, leaseUntil: Date): Promise<ClaimOutcome> {
    const k = memoryKey(key);
    // A claim released between the upsert and the read is claimed again (at most a few times).
    for (let attempt = 0; attempt < 3; attempt++) {
      const taken = await pgQuery<{ owner: string; taken_over: boolean }>(
        this.pool,
        'claim an inbound activity',
        `INSERT INTO activity_claims (claim_key, owner, state, lease_until, claimed_at)
         VALUES ($1, $2, 'running', $3, $4)
         ON CONFLICT (claim_key) DO UPDATE
           SET owner = EXCLUDED.owner, lease_until = EXCLUDED.lease_until, claimed_at = EXCLUDED.claimed_at
           WHERE activity_claims.state = 'running' AND activity_claims.lease_until < EXCLUDED.claimed_at
         RETURNING owner, (xmax <> 0) AS taken_over`,
        [k, owner, leaseUntil, now],
      );
      const row = taken.rows[0];
      if (row?.owner === owner) return { status: 'claimed', takenOver: row.taken_over };
      const found = await this.look(k);
      if (found) return found;
    }
    return { status: 'running', leaseUntil: now };
  }

  async look(key: string): Promise<ClaimOutcome | undefined> {
    const result = await pgQuery<ClaimRow>(
      this.pool,
      'look up an inbound activity claim',
      'SELECT owner, state, lease_until, answer FROM activity_claims WHERE claim_key = $1',
      [memoryKey(key)],
    );
    const row = result.rows[0];
    return row ? outcomeOf(row) : undefined;
  }

  async complete(key: string, owner: string, answer: string): Promise<boolean> {
    const result = await pgQuery(this.pool, 'record the answer to an inbound activity', COMPLETE_SQL, [
      memoryKey(key),
      owner,
      answer,
    ]);
    return result.rowCount === 1;
  }

  async release(key: string, owner: string): Promise<void> {
    await pgQuery(
      this.pool,
      'release an inbound activity claim',
      "DELETE FROM activity_claims WHERE claim_key = $1 AND owner = $2 AND state = 'running'",
      [memoryKey(key), owner],
    );
  }

  async forget(before: Date): Promise<number> {
    const result = await pgQuery(
      this.pool,
      'forget old inbound activity claims',
      'DELETE FROM activity_claims WHERE claimed_at < $1',
      [before],
    );
    return result.rowCount ?? 0;
  }
}
