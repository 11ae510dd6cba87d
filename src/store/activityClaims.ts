import { createHash } from 'node:crypto';
import type { Db } from './db.js';
import { prepared } from './db.js';
import { memoryKey } from './inboundMemory.js';
import { writeGroupOf } from './writeGroup.js';

/** What a claim found: this caller runs the turn, a turn already answered, or another caller runs it. */
export type ClaimOutcome =
  /** `takenOver`: the claim was another claimant's whose lease ran out (it may have died after its turn). */
  | { status: 'claimed'; takenOver: boolean }
  | { status: 'answered'; answer: string }
  | { status: 'running'; leaseUntil: Date };

/**
 * Exactly-once turns for a repeated inbound activity (issue 19), shared by every instance on one
 * database. The first `claim` of a key wins and runs the turn; a repeat finds it 'running' (and
 * waits, reading with `look`) or 'answered' (and replays the answer). A claimant that died leaves
 * its claim running until `leaseUntil`: after that, a `claim` takes it over. A claim that was
 * completed is never taken over, so a turn that committed its answer never runs twice (on
 * PostgreSQL the answer's commit does not wait for its WAL flush: see `COMPLETE_SQL`).
 *
 *   const outcome = await claims.claim(key, owner, now, leaseUntil);
 *   if (outcome.status === 'claimed') { run the turn; await claims.complete(key, owner, answer) }
 */
export interface ActivityClaims {
  /** Atomic across instances: of many callers claiming one key at once, exactly one is told 'claimed'. */
  claim(key: string, owner: string, now: Date, leaseUntil: Date): Promise<ClaimOutcome>;
  /** The claim's state now without changing it; undefined when no claim holds the key. */
  look(key: string): Promise<ClaimOutcome | undefined>;
  /** Records the answer of `owner`'s turn; false when the claim is no longer `owner`'s (taken over, forgotten). */
  complete(key: string, owner: string, answer: string): Promise<boolean>;
  /** Gives up `owner`'s running claim (its turn failed before it answered): the next arrival runs the turn. */
  release(key: string, owner: string): Promise<void>;
  /** Forgets claims made before `before`; returns how many. */
  forget(before: Date): Promise<number>;
  /** Moves `owner`'s running claim's lease to `leaseUntil` (a turn outliving its lease); false when no longer `owner`'s. */
  renew(key: string, owner: string, leaseUntil: Date): Promise<boolean>;
  /**
   * Present when the backend can take the claim inside the turn's first write (issue 19, pgturn):
   * the gate then runs the turn at once and asks no round trip of its own for the claim.
   */
  readonly folded?: FoldedClaims;
}

/** A claim being taken by the turn's first write: after the turn, whether it was taken or lost. */
export interface FoldedClaim {
  /** The turn's first write took the claim with it (committed). */
  readonly taken: boolean;
  /** Another arrival holds the claim: the turn wrote nothing (its answer must not be given). */
  readonly lost: boolean;
}

/**
 * Runs a turn whose first write takes the claim (`key`, `owner`, lease): neither taken nor lost
 * afterwards means the turn wrote nothing, and the caller claims it the ordinary way.
 */
export interface FoldedClaims {
  run<T>(
    key: string,
    owner: string,
    now: Date,
    leaseUntil: Date,
    turn: (claim: FoldedClaim) => Promise<T>,
  ): Promise<T>;
}

/**
 * The key an activity is claimed under: the SHA-256 of its channel, conversation and id, so no id
 * is stored in clear and hostile ids (huge, NUL, quotes) all become 71 plain characters.
 */
export function activityClaimKey(channelId: string, conversationId: string, activityId: string): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([channelId, conversationId, activityId]))
    .digest('hex');
  return `sha256:${digest}`;
}

interface ClaimRow {
  owner: string;
  state: 'running' | 'done';
  lease_until: string;
  answer: string | null;
}

function outcomeOf(row: ClaimRow): ClaimOutcome {
  return row.state === 'done'
    ? { status: 'answered', answer: row.answer ?? '' }
    : { status: 'running', leaseUntil: new Date(row.lease_until) };
}

/**
 * On SQLite's `activity_claims` (migration 017). Each claim runs in the connection's write group
 * (one IMMEDIATE transaction with the other small writes of the same tick): the insert, and when
 * the key is taken the read and the takeover of a lapsed lease, are atomic across processes.
 */
export class SqliteActivityClaims implements ActivityClaims {
  constructor(private readonly db: Db) {}

  claim(key: string, owner: string, now: Date, leaseUntil: Date): Promise<ClaimOutcome> {
    const k = memoryKey(key);
    return writeGroupOf(this.db).run((): ClaimOutcome => {
      const inserted = prepared(
        this.db,
        "INSERT OR IGNORE INTO activity_claims (claim_key, owner, state, lease_until, claimed_at) VALUES (?, ?, 'running', ?, ?)",
      ).run(k, owner, leaseUntil.toISOString(), now.toISOString());
      if (inserted.changes === 1) return { status: 'claimed', takenOver: false };
      const taken = prepared(
        this.db,
        "UPDATE activity_claims SET owner = ?, lease_until = ?, claimed_at = ? WHERE claim_key = ? AND state = 'running' AND lease_until < ?",
      ).run(owner, leaseUntil.toISOString(), now.toISOString(), k, now.toISOString());
      if (taken.changes === 1) return { status: 'claimed', takenOver: true };
      const row = this.row(k);
      return row ? outcomeOf(row) : { status: 'running', leaseUntil: now };
    });
  }

  renew(key: string, owner: string, leaseUntil: Date): Promise<boolean> {
    return writeGroupOf(this.db).run(
      () =>
        prepared(
          this.db,
          "UPDATE activity_claims SET lease_until = ? WHERE claim_key = ? AND owner = ? AND state = 'running'",
        ).run(leaseUntil.toISOString(), memoryKey(key), owner).changes === 1,
    );
  }

  async look(key: string): Promise<ClaimOutcome | undefined> {
    const row = this.row(memoryKey(key));
    return row ? outcomeOf(row) : undefined;
  }

  complete(key: string, owner: string, answer: string): Promise<boolean> {
    return writeGroupOf(this.db).run(
      () =>
        prepared(
          this.db,
          "UPDATE activity_claims SET state = 'done', answer = ? WHERE claim_key = ? AND owner = ? AND state = 'running'",
        ).run(answer, memoryKey(key), owner).changes === 1,
    );
  }

  async release(key: string, owner: string): Promise<void> {
    await writeGroupOf(this.db).run(() =>
      prepared(
        this.db,
        "DELETE FROM activity_claims WHERE claim_key = ? AND owner = ? AND state = 'running'",
      ).run(memoryKey(key), owner),
    );
  }

  /** In slices of 2,000 rows, each its own short write, so a large backlog never stalls the turns' writes. */
  async forget(before: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const removed = await writeGroupOf(this.db).run(
        () =>
          prepared(
            this.db,
            'DELETE FROM activity_claims WHERE rowid IN (SELECT rowid FROM activity_claims WHERE claimed_at < ? LIMIT 2000)',
          ).run(before.toISOString()).changes,
      );
      total += removed;
      if (removed < 2000) return total;
    }
  }

  private row(key: string): ClaimRow | undefined {
    return prepared(
      this.db,
      'SELECT owner, state, lease_until, answer FROM activity_claims WHERE claim_key = ?',
    ).get(key) as ClaimRow | undefined;
  }
}
