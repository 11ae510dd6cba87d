import { AsyncLocalStorage } from 'node:async_hooks';
import type { FoldedClaim, FoldedClaims } from '../activityClaims.js';
import { ConversationBusyError } from '../conversationLock.js';
import { memoryKey } from '../inboundMemory.js';

/** SQLSTATE activity_claim_take raises when another arrival holds the claim (migration 008). */
export const CLAIM_HELD_ELSEWHERE = 'P1909';

/**
 * The turn's first write found the activity claimed by another arrival: the write and the claim
 * were rolled back together, and so is every later write of the turn. The gate settles the arrival
 * the ordinary way (wait, replay, take over); the turn's answer is never given. A kind of
 * ConversationBusyError, so the turn-error handler sends no apology for it (nothing may go out).
 */
export class ClaimLostError extends ConversationBusyError {
  constructor() {
    super(0, 1);
    this.message =
      'conversation_busy: this activity is claimed by another arrival; the turn wrote nothing and its answer is not given; the claim gate replays the first answer or waits for it';
    this.name = 'ClaimLostError';
  }
}

/** The statement that takes a claim, for `values()` (key, owner, lease, now) as parameters. */
export const CLAIM_TAKE_SQL = 'SELECT activity_claim_take($1, $2, $3::timestamptz, $4::timestamptz)';

type Status = 'pending' | 'taken' | 'lost' | 'closed';

/** One arrival's claim, taken by the turn's first write (`claimToTake`). */
class PendingClaim implements FoldedClaim {
  status: Status = 'pending';
  /** The turn is over: work it left behind writes without the claim, unless the claim was lost (then nothing). */
  ended = false;

  constructor(
    readonly key: string,
    readonly owner: string,
    readonly now: Date,
    readonly leaseUntil: Date,
  ) {}

  get taken(): boolean {
    return this.status === 'taken';
  }

  get lost(): boolean {
    return this.status === 'lost';
  }

  /** The parameters of `activity_claim_take` (key, owner, lease, now). */
  values(): unknown[] {
    return [memoryKey(this.key), this.owner, this.leaseUntil, this.now];
  }

  /** The statement that takes the claim, its values written in (`escape`: the driver's escapeLiteral). */
  sql(escape: (text: string) => string): string {
    return `SELECT activity_claim_take(${escape(memoryKey(this.key))}, ${escape(this.owner)}, ${escape(
      this.leaseUntil.toISOString(),
    )}::timestamptz, ${escape(this.now.toISOString())}::timestamptz)`;
  }
}

const pending = new AsyncLocalStorage<PendingClaim>();

/**
 * The claim the running turn's first write must take with it (in its transaction, in its round
 * trip), or undefined when there is none left to take. Throws ClaimLostError when the turn's claim
 * was lost: no write of that turn may reach the database.
 *
 *   const claim = claimToTake();
 *   const text = (claim ? `${claim.sql(esc)}; ` : '') + statement;
 *   try { await client.query(text); } catch (err) { throw claimRefused(claim, err); }
 *   claim?.settle();
 */
export function claimToTake():
  { sql(escape: (text: string) => string): string; values(): unknown[]; settle(): void } | undefined {
  const claim = pending.getStore();
  if (!claim) return undefined;
  // claim24: `lost` first: work a lost turn left behind (a timer, a continuation) writes nothing,
  // even after the turn is over. The transcript writer's background drains never run in a turn's
  // context (`WriteQueue.root`), so they are not refused for a turn they do not belong to.
  if (claim.status === 'lost') throw new ClaimLostError();
  if (claim.ended || claim.status !== 'pending') return undefined;
  return {
    sql: (escape) => claim.sql(escape),
    values: () => claim.values(),
    settle: () => {
      if (claim.status === 'pending') claim.status = 'taken';
    },
  };
}

/** `err` as the caller rethrows it: ClaimLostError (and the claim marked lost) when the claim was refused. */
export function claimRefused(claim: object | undefined, err: unknown): unknown {
  if (claim === undefined || (err as { code?: unknown } | undefined)?.code !== CLAIM_HELD_ELSEWHERE)
    return err;
  const held = pending.getStore();
  if (held) held.status = 'lost';
  return new ClaimLostError();
}

/**
 * `FoldedClaims` on PostgreSQL (issue 19, pgturn): the turn runs with its claim pending, and the
 * first write of the turn (the transcript's write-ahead of what the person sent, the Direct Line
 * store's transaction, the state write, any store write through `pgQuery`) takes it in the same
 * transaction and round trip. So an arrival costs no round trip of its own, and a connection lost
 * mid-write leaves neither the claim nor the write.
 */
export const pgFoldedClaims: FoldedClaims = {
  async run<T>(
    key: string,
    owner: string,
    now: Date,
    leaseUntil: Date,
    turn: (claim: FoldedClaim) => Promise<T>,
  ) {
    const claim = new PendingClaim(key, owner, now, leaseUntil);
    try {
      return await pending.run(claim, () => turn(claim));
    } finally {
      // Work the turn left running (a timer) does not take the claim once the turn is over; if the
      // claim was lost it is refused (`claimToTake`).
      claim.ended = true;
      if (claim.status === 'pending') claim.status = 'closed';
    }
  },
};
