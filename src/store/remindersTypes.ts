import type { ReminderKind } from '../core/act.js';
import type { IsoDate } from '../core/dates.js';
import type { ReminderCandidate, ReminderStatus } from './remindersCandidates.js';

/** A reminder's identity: at most one per account, kind and local day, ever. */
export interface ReminderKey {
  accountId: string;
  kind: ReminderKind;
  localDate: IsoDate;
}

export interface ReminderRecord extends ReminderKey {
  status: ReminderStatus;
  reason: string | undefined;
  /** JSON the dispatcher stored with the claim (the instalment a plan reminder is about). */
  detail: string | undefined;
  channelId: string | undefined;
  conversationId: string | undefined;
  attempts: number;
  claimedAt: string | undefined;
  leaseUntil: string | undefined;
  /** The account's time zone (joined), to tell whether the reminder's day is over. */
  timeZone: string;
}

/** The local day and the first day of the 7-day window that ends on it. */
export interface CountWindow {
  day: IsoDate;
  weekStart: IsoDate;
}

/**
 * Decides, from fresh facts read inside the claim transaction, whether the contact may happen.
 * Synchronous: it runs inside the store's one transaction (read, check, write), never across awaits.
 */
export type ClaimCheck = (
  candidate: ReminderCandidate,
) => { allowed: true } | { allowed: false; rule: string };

export type ClaimOutcome =
  | { status: 'claimed'; candidate: ReminderCandidate; attempts: number }
  | { status: 'held'; rule: string }
  /** Someone already has it (sent, queued, in flight, skipped, …). */
  | { status: 'recorded'; recorded: ReminderStatus }
  | { status: 'no_account' };

export interface ClaimRequest {
  key: ReminderKey;
  window: CountWindow;
  /** `sending` when this process delivers it now; `queued` when the service will. */
  as: 'sending' | 'queued';
  now: Date;
  leaseUntil: Date;
  /** A row left `failed` is claimed again while it has had fewer attempts than this. */
  maxAttempts: number;
  detail?: string;
}

/**
 * Reminder records. Every state change is a compare-and-set in one transaction, so the service
 * and the command line (separate processes on the same database) never both deliver one.
 */
export interface ReminderStore {
  /** Time zones that have accounts. */
  zones(): Promise<string[]>;
  /**
   * Accounts in `zone` whose due date or instalment date is in the lists, with their facts and
   * their records of the day. With `openOnly`, an account may be left out when its one due-date
   * reminder of the day is already recorded (not failed): the dispatcher's fast path.
   */
  candidates(
    zone: string,
    window: CountWindow,
    dates: { due: IsoDate[]; plan: IsoDate[] },
    openOnly: boolean,
  ): Promise<ReminderCandidate[]>;
  /**
   * Checks and claims in one immediate transaction: inserts the row (with the account's latest
   * conversation, read in the same transaction), or re-claims a failed one.
   */
  claim(request: ClaimRequest, check: ClaimCheck): Promise<ClaimOutcome>;
  /**
   * Takes over a `queued` row, or a `sending` row whose lease ran out, as `sending` with a new
   * lease, after `check` passes on fresh facts; in one transaction.
   */
  takeOver(
    record: ReminderRecord,
    window: CountWindow,
    now: Date,
    leaseUntil: Date,
    check: ClaimCheck,
  ): Promise<ClaimOutcome>;
  /** Records the channel's answer for a row this process holds as `sending`. */
  complete(
    key: ReminderKey,
    status: 'sent' | 'unreachable' | 'failed' | 'unconfirmed',
    reason: string | undefined,
    now: Date,
  ): Promise<boolean>;
  /** Rows a dispatcher must look at: `queued` ones and `sending` ones whose lease ran out by `now`. */
  pending(now: Date): Promise<ReminderRecord[]>;
  /** Ends a `queued` or `sending` row whose day is over (skipped / unconfirmed). */
  close(
    key: ReminderKey,
    from: 'queued' | 'sending',
    to: 'skipped' | 'unconfirmed',
    reason: string,
    now: Date,
  ): Promise<boolean>;
  /** Records a reminder that was not sent on its day, unless it already has a row. */
  recordSkipped(key: ReminderKey, reason: string, now: Date): Promise<boolean>;
}
