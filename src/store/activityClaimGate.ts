import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../core/clock.js';
import { activityClaimKey, SqliteActivityClaims, type ActivityClaims } from './activityClaims.js';
import { AnswerSeal } from './activityClaimSeal.js';
import { runClaimedTurn } from './activityClaimTurn.js';
import type { Db } from './db.js';

/** Which inbound activity: its channel, conversation and the id the channel gave it. */
export interface ActivityRef {
  channelId: string;
  conversationId: string;
  activityId: string;
}

/** The HTTP answer a turn gave (status and body), replayed to every repeat of its activity. */
export interface ClaimedAnswer {
  status: number;
  body?: unknown;
  /** SHA-256 of the first post's Authorization header: a body is replayed only to the same caller. */
  caller?: string;
}

/** What to do with an arrival: run its turn (then finish or abandon), replay, or refuse for now. */
export type ClaimEntry =
  | {
      kind: 'run';
      /** The activity was claimed by an instance that died (its lease ran out): its turn may have run. */
      takenOver: boolean;
      /** Records the answer (sealed) so repeats replay it; call before answering the request. */
      finish(answer: ClaimedAnswer): Promise<void>;
      /** The turn failed before it answered: the next arrival runs it. */
      abandon(): Promise<void>;
      /**
       * Runs the turn under the claim (its lease renewed while it runs). When the backend folds the
       * claim into the turn's first write, the claim may turn out to be another arrival's: then
       * the turn wrote nothing, its answer must not be given, and `entry` says what to do instead.
       */
      within<T>(turn: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false; entry: ClaimEntry }>;
    }
  | { kind: 'replay'; answer: ClaimedAnswer }
  | { kind: 'busy'; retryAfterSeconds: number }
  | { kind: 'unreadable' };

export interface ActivityClaimGateOptions {
  claims: ActivityClaims;
  clock: Clock;
  /** Seals answers at rest (AES-256-GCM under a key derived from it): every instance must share it. */
  secret: string;
  leaseMs: number;
  waitMs: number;
  retentionMs: number;
  /** How often a repeat looks at a claim held by another instance (ms). */
  pollMs?: number;
  onSweepError?: (err: unknown) => void;
  /**
   * Resolves once no turn of the conversation runs on any instance (the turn lock's `whenIdle`).
   * claim24: an arrival that takes over a lapsed claim waits for it before the takeover is
   * answered, so a first claimant still running (its lease lapsed while its renewals were starved)
   * finishes and records its replies first, and the takeover answers with them instead of running
   * the turn a second time. Absent: the takeover is answered at once (as before).
   */
  whenIdle?: (conversationId: string) => Promise<void>;
  /** Told when a takeover's `whenIdle` failed (the arrival was told busy). Default: `onSweepError`. */
  onIdleWaitError?: (err: unknown) => void;
}

type Settled = ClaimEntry | { kind: 'released' };

const SWEEP_EVERY_MS = 10 * 60_000;
const MAX_ROUNDS = 3;
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `promise`'s value, or undefined when `ms` pass first (the timer is cleared either way). */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Exactly-once turns for a repeated inbound activity (issue 19): the first arrival of a
 * (channel, conversation, activity id) claims it in the shared store and runs the turn; a repeat in
 * this process waits on that turn, one on another instance polls the store; both get the first
 * answer replayed, or after `waitMs` a 'busy' (the route answers 409 with Retry-After). A claim
 * whose claimant died is taken over once its lease runs out. Answers are sealed at rest.
 *
 *   const entry = await gate.enter({ channelId, conversationId, activityId });
 *   if (entry.kind === 'run') { const answer = await runTurn(); await entry.finish(answer); }
 */
export class ActivityClaimGate {
  private readonly local = new Map<string, Promise<Settled>>();
  private readonly sealer: AnswerSeal;
  private readonly instance = randomBytes(6).toString('hex');
  private nextSweep = 0;

  constructor(private readonly options: ActivityClaimGateOptions) {
    this.sealer = new AnswerSeal(options.secret);
  }

  async enter(ref: ActivityRef): Promise<ClaimEntry> {
    const key = activityClaimKey(ref.channelId, ref.conversationId, ref.activityId);
    this.sweep();
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const first = this.local.get(key);
      if (first) {
        const settled = await within(first, this.options.waitMs);
        if (settled === undefined) return this.busyFor(this.options.leaseMs);
        if (settled.kind === 'released' || settled.kind === 'run') continue;
        return settled;
      }
      let settle!: (s: Settled) => void;
      this.local.set(key, new Promise<Settled>((resolve) => (settle = resolve)));
      let settled: Settled;
      try {
        settled = await this.settle(key, ref.conversationId);
      } catch (err) {
        this.local.delete(key);
        settle({ kind: 'released' });
        throw err;
      }
      if (settled.kind === 'run') return this.runEntry(key, settled, settle);
      this.local.delete(key);
      settle(settled);
      if (settled.kind !== 'released') return settled;
    }
    return this.busyFor(this.options.leaseMs);
  }

  /**
   * Claims the key, or waits (polling the store) for the instance that holds it. A backend that
   * folds the claim into the turn's first write is asked nothing here (unless `eager`: the folded
   * claim was lost): the turn runs at once and its write takes the claim.
   */
  private async settle(key: string, conversationId: string, eager = false): Promise<Settled> {
    const { claims, clock, leaseMs, waitMs } = this.options;
    const owner = `${this.instance}:${randomBytes(6).toString('hex')}`;
    if (claims.folded && !eager) return this.claimed(key, conversationId, owner, false, true);
    const pollMs = this.options.pollMs ?? 100;
    const claim = () => {
      const now = clock.now();
      return claims.claim(key, owner, now, new Date(now.getTime() + leaseMs));
    };
    let outcome = await claim();
    for (let waited = 0; ; waited += pollMs) {
      if (outcome.status === 'claimed' && outcome.takenOver)
        return this.takenOver(key, conversationId, owner);
      if (outcome.status === 'claimed') return this.claimed(key, conversationId, owner, false);
      if (outcome.status === 'answered') return this.replay(key, outcome.answer);
      if (waited >= waitMs) return this.busyFor(outcome.leaseUntil.getTime() - clock.now().getTime());
      await pause(pollMs);
      const seen = await claims.look(key);
      const lapsed = seen?.status === 'running' && seen.leaseUntil.getTime() < clock.now().getTime();
      outcome = seen === undefined || lapsed ? await claim() : seen;
    }
  }

  /**
   * A claim taken over from a claimant whose lease ran out (claim24): its turn may still be
   * running (renewals starved, not dead), so the takeover waits until no turn of the conversation
   * runs before it is answered (`whenIdle`). When that wait fails (a turn holds the conversation
   * longer than the lock's wait, or the database is away), the arrival is told busy and the claim
   * is left to lapse, not released: the next arrival takes it over and waits again, where a
   * released claim would have let it run the turn afresh with no look at what was replied.
   */
  private async takenOver(key: string, conversationId: string, owner: string): Promise<ClaimEntry> {
    try {
      await this.options.whenIdle?.(conversationId);
    } catch (err) {
      (this.options.onIdleWaitError ?? this.options.onSweepError)?.(err);
      return this.busyFor(this.options.leaseMs);
    }
    return this.claimed(key, conversationId, owner, true);
  }

  private claimed(
    key: string,
    conversationId: string,
    owner: string,
    takenOver: boolean,
    folded = false,
  ): ClaimEntry & { kind: 'run' } {
    const { claims, clock, leaseMs } = this.options;
    return {
      kind: 'run',
      takenOver,
      within: async <T>(turn: () => Promise<T>) => {
        const run = await runClaimedTurn(
          { claims, clock, leaseMs, key, owner, folded, onRenewError: this.options.onSweepError },
          turn,
        );
        if (run.ran) return run;
        const next = await this.settle(key, conversationId, true);
        return { ran: false as const, entry: next.kind === 'released' ? this.busyFor(leaseMs) : next };
      },
      finish: async (answer) => {
        if (!(await claims.complete(key, owner, this.sealer.seal(key, answer))))
          throw new ClaimTakenOverError();
      },
      abandon: () => this.release(key, owner, 0),
    };
  }

  /**
   * Gives the claim up; when the database cannot be reached (the turn likely failed for the same
   * reason) it tries again in the background after 1, 3 and 9 s, so a retry is not kept waiting
   * for the whole lease once the database is back.
   */
  private async release(key: string, owner: string, attempt: number): Promise<void> {
    try {
      await this.options.claims.release(key, owner);
    } catch (err) {
      if (attempt < 3) {
        setTimeout(
          () => void this.release(key, owner, attempt + 1).catch(() => undefined),
          1000 * 3 ** attempt,
        ).unref();
      }
      throw err;
    }
  }

  /** The claim's own entry, with finish and abandon also telling this process's waiters. */
  private runEntry(
    key: string,
    entry: ClaimEntry & { kind: 'run' },
    settle: (s: Settled) => void,
  ): ClaimEntry {
    const done = (s: Settled) => {
      this.local.delete(key);
      settle(s);
    };
    return {
      kind: 'run',
      takenOver: entry.takenOver,
      within: async <T>(turn: () => Promise<T>) => {
        const run = await entry.within(turn);
        if (run.ran) return run;
        // The claim was another arrival's: this process's waiters follow what is now known.
        if (run.entry.kind === 'run')
          return { ran: false as const, entry: this.runEntry(key, run.entry, settle) };
        done(run.entry);
        return run;
      },
      finish: async (answer) => {
        try {
          await entry.finish(answer);
          done({ kind: 'replay', answer });
        } catch (err) {
          done({ kind: 'released' });
          throw err;
        }
      },
      abandon: async () => {
        done({ kind: 'released' });
        await entry.abandon();
      },
    };
  }

  private replay(key: string, sealed: string): ClaimEntry {
    const answer = this.open(key, sealed);
    return answer ? { kind: 'replay', answer } : { kind: 'unreadable' };
  }

  private busyFor(ms: number): ClaimEntry {
    return { kind: 'busy', retryAfterSeconds: Math.min(5, Math.max(1, Math.ceil(ms / 1000))) };
  }

  private open(key: string, sealed: string): ClaimedAnswer | undefined {
    const parsed = this.sealer.open(key, sealed) as ClaimedAnswer | undefined;
    return typeof parsed?.status === 'number' ? parsed : undefined;
  }

  /** Forgets claims older than the retention window, at most every ten minutes, off the request's path. */
  private sweep(): void {
    const now = this.options.clock.now().getTime();
    if (now < this.nextSweep) return;
    this.nextSweep = now + SWEEP_EVERY_MS;
    this.options.claims
      .forget(new Date(now - this.options.retentionMs))
      .catch((err: unknown) => this.options.onSweepError?.(err));
  }
}

/**
 * `finish` found the claim no longer this arrival's (claim24): its lease lapsed while its turn ran
 * and a retry took it over. The turn's replies are recorded; the retry answers with them (it
 * waited for this turn, `whenIdle`), so the turn's own answer is not recorded as the activity's.
 */
export class ClaimTakenOverError extends Error {
  readonly code = 'claim_taken_over';
  constructor() {
    super(
      'claim_taken_over: the activity claim lapsed while its turn ran and a retry took it over; the turn’s replies are recorded and the retry answers with them',
    );
    this.name = 'ClaimTakenOverError';
  }
}

/** The digest a replay's caller is compared by (the Authorization header, never stored in clear). */
export function callerDigest(authorization: unknown): string {
  return createHash('sha256')
    .update(typeof authorization === 'string' ? authorization : '')
    .digest('hex');
}

/** The configuration the gate reads (issue 19 exactonce keys, and LINK_SECRET to seal answers). */
export interface ClaimGateConfig {
  linkSecret: string;
  ACTIVITY_CLAIM_LEASE_SECONDS: number;
  ACTIVITY_CLAIM_WAIT_MS: number;
  ACTIVITY_CLAIM_RETENTION_HOURS: number;
}

/**
 * A channel's exactly-once gate on the backend's shared claims (SQLite on `db` when none is given).
 *
 *   const once = claimGateFor(config, clock, { claims: backend.activityClaims, db }, (err) => log.warn({ err }));
 */
export function claimGateFor(
  config: ClaimGateConfig,
  clock: Clock,
  on: {
    claims?: ActivityClaims | undefined;
    db: Db;
    whenIdle?: (conversationId: string) => Promise<void>;
    onIdleWaitError?: (err: unknown) => void;
  },
  onSweepError: (err: unknown) => void,
): ActivityClaimGate {
  return new ActivityClaimGate({
    ...(on.whenIdle ? { whenIdle: on.whenIdle } : {}),
    ...(on.onIdleWaitError ? { onIdleWaitError: on.onIdleWaitError } : {}),
    claims: on.claims ?? new SqliteActivityClaims(on.db),
    clock,
    secret: config.linkSecret,
    leaseMs: config.ACTIVITY_CLAIM_LEASE_SECONDS * 1000,
    waitMs: config.ACTIVITY_CLAIM_WAIT_MS,
    retentionMs: config.ACTIVITY_CLAIM_RETENTION_HOURS * 3_600_000,
    onSweepError,
  });
}
