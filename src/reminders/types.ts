import type { ReminderKind } from '../core/act.js';
import type { IsoDate } from '../core/dates.js';
import type { Cents } from '../core/money.js';
import type { Locale } from '../core/locale.js';
import type { ContactRule } from '../policy/contactRules.js';
import type { ReminderCandidate, ReminderKey, ReminderStatus } from '../store/reminders.js';
import type { ScheduledReminder } from './schedule.js';

/**
 * One reminder handed to the channel. The sender words it (act `{ kind: 'reminder', reminderKind }`
 * through the templates or the model) and sends it on the guarded send path.
 *
 * `deliveryKey` is the same for every attempt at this reminder: a sender that may be called again
 * after a crash (the claim stayed `sending`) must deliver at most once per key, e.g. by using it
 * as the outgoing activity id or by recording it in the transcript and skipping a key it has seen.
 */
export interface ReminderMessage {
  accountId: string;
  kind: ReminderKind;
  /** The reminder's day in the person's time zone. */
  localDate: IsoDate;
  deliveryKey: string;
  conversationId: string;
  channelId: string;
  locale: Locale;
  /** No reminder was ever sent to this account: the message says who is writing, why, and how to stop. */
  firstReminder: boolean;
  /** The instalment an `instalment-N` or `missed-N` reminder is about. */
  instalment?: { seq: number; dueDate: IsoDate; amountCents: Cents };
}

/** What the channel did with it. Anything else (a throw, a timeout) is handled by the dispatcher. */
/**
 * `unknown`: an external channel was asked before a crash and its answer was never recorded; the
 * reminder is not sent again (at most once) and is recorded `unconfirmed` for reviewers.
 */
export type SendOutcome = 'sent' | 'unreachable' | 'unknown' | { failed: string };

/** Delivers reminders; the lead implements it with the proactive send path. */
export interface ReminderSender {
  send(reminder: ReminderMessage): Promise<SendOutcome>;
}

/** Why a reminder of the day is not due now: a contact rule, or what is already recorded for it. */
export type HoldReason =
  | ContactRule
  | `already_${ReminderStatus}`
  /** Explain only: the instalment is paid in full / the promise is kept, so nothing is scheduled. */
  | 'instalment_paid'
  | 'promise_kept'
  /** A hardship or distress flag stops payment follow-ups (and every reminder) of the account. */
  | 'care_flag';

/** A reminder of the person's current day, with whether it may go now. */
export interface ReminderDecision {
  key: ReminderKey;
  reminder: ScheduledReminder;
  candidate: ReminderCandidate;
  /** The channel it would go to: the stored conversation's, else the account's. */
  channel: string;
  /** Whether a stored conversation exists to deliver it to. */
  reachable: boolean;
  outcome: { due: true } | { due: false; heldBy: HoldReason; detail: string };
}

/** What `run` did with one reminder. */
export interface DispatchResult {
  account: string;
  kind: ReminderKind;
  localDate: IsoDate;
  channel: string;
  outcome:
    | 'sent'
    /** Recorded for the service to deliver (no sender in this process). */
    | 'queued'
    /** No stored conversation: left due; recorded as skipped if its day ends so. */
    | 'unreachable'
    | 'failed'
    /** A rule held it back at claim time (it changed since selection). */
    | 'held'
    /** Another process claimed it first. */
    | 'taken'
    /** The sender did not answer in time: the claim stays and is retried under the same key. */
    | 'in_flight'
    /** A send of unknown outcome (started before a crash on an external channel): not sent again. */
    | 'unconfirmed'
    /** A queued or in-flight claim whose day is over. */
    | 'expired';
  detail?: string;
}

export interface RunReport {
  at: string;
  results: DispatchResult[];
  /** Rows recorded as skipped for days whose window has closed. */
  skipped: number;
}

/** The part of a pino logger the reminders use. */
export interface ReminderLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Tuning of the dispatcher; defaults in DEFAULT_DISPATCH_OPTIONS. */
export interface DispatchOptions {
  /** How long a claim is held before another run may deliver it again under the same key. */
  leaseMs: number;
  /** A send that takes longer is left in flight (lease) rather than marked. Must be below leaseMs. */
  sendTimeoutMs: number;
  /** Attempts at a reminder whose sends failed, within its day. */
  maxAttempts: number;
  /** Sends in flight at once. */
  concurrency: number;
}

export const DEFAULT_DISPATCH_OPTIONS: Readonly<DispatchOptions> = Object.freeze({
  leaseMs: 120_000,
  sendTimeoutMs: 30_000,
  maxAttempts: 3,
  concurrency: 8,
});

export function deliveryKey(key: ReminderKey): string {
  return `reminder:${key.accountId}:${key.kind}:${key.localDate}`;
}
