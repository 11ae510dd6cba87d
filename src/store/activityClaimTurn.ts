import type { Clock } from '../core/clock.js';
import type { ActivityClaims, FoldedClaim } from './activityClaims.js';

/** How a claimed turn ran: its value, or not at all because the claim is another arrival's. */
export type TurnRun<T> = { ran: true; value: T } | { ran: false };

export interface ClaimedTurn {
  claims: ActivityClaims;
  clock: Clock;
  leaseMs: number;
  key: string;
  owner: string;
  /** The claim is still to take: the turn's first write takes it (`claims.folded`). */
  folded: boolean;
  /** Told when a lease could not be renewed (the database is unreachable for now). */
  onRenewError?: (err: unknown) => void;
}

/**
 * Runs a claimed activity's turn (issue 19, pgturn). Folded: the turn runs at once and its first
 * write takes the claim; a claim held by another arrival ends it with `{ ran: false }` (it wrote
 * nothing), and a turn that wrote nothing at all is claimed the ordinary way afterwards. Either
 * way the claim's lease is renewed every half lease while the turn runs, so a slow turn is never
 * taken over by a retry; a renewal that finds the claim gone stops renewing (the turn goes on:
 * its answer is then recorded by nobody and a repeat is recovered from the transcript).
 *
 *   const run = await runClaimedTurn({ claims, clock, leaseMs, key, owner, folded: true }, turn);
 */
export async function runClaimedTurn<T>(o: ClaimedTurn, turn: () => Promise<T>): Promise<TurnRun<T>> {
  const stop = renewing(o);
  try {
    const folded = o.folded ? o.claims.folded : undefined;
    if (!folded) return { ran: true, value: await turn() };
    const now = o.clock.now();
    let claim: FoldedClaim | undefined;
    let value: T;
    try {
      value = await folded.run(o.key, o.owner, now, new Date(now.getTime() + o.leaseMs), (c) => {
        claim = c;
        return turn();
      });
    } catch (err) {
      if (claim?.lost) return { ran: false };
      throw err;
    }
    if (claim?.lost) return { ran: false };
    if (claim?.taken) return { ran: true, value };
    const later = o.clock.now();
    const outcome = await o.claims.claim(o.key, o.owner, later, new Date(later.getTime() + o.leaseMs));
    return outcome.status === 'claimed' ? { ran: true, value } : { ran: false };
  } finally {
    stop();
  }
}

/** Renews the claim's lease every half lease until the returned stop is called. */
function renewing(o: ClaimedTurn): () => void {
  const every = Math.max(500, Math.floor(o.leaseMs / 2));
  let stopped = false;
  const timer = setInterval(() => {
    const until = new Date(o.clock.now().getTime() + o.leaseMs);
    o.claims.renew(o.key, o.owner, until).then(
      (held) => {
        if (!held && !o.folded) stop();
      },
      (err: unknown) => o.onRenewError?.(err),
    );
  }, every);
  timer.unref();
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    clearInterval(timer);
  };
  return stop;
}
