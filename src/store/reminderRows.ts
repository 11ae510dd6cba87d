import type { ReminderStatus } from './remindersCandidates.js';
import type { ReminderRecord } from './remindersTypes.js';

/**
 * A `reminders` row joined with its account's time zone, as either database gives it back: `T`
 * is its timestamp type (SQLite: ISO text; PostgreSQL: `Date`).
 */
export interface ReminderRow<T> {
  account_id: string;
  kind: string;
  local_date: string;
  status: ReminderStatus;
  reason: string | null;
  detail: string | null;
  channel_id: string | null;
  conversation_id: string | null;
  attempts: number;
  claimed_at: T | null;
  lease_until: T | null;
  time_zone: string;
}

/** The record of a row; `iso` reads a timestamp the database gave back as ISO text. */
export function reminderFromRow<T>(
  r: ReminderRow<T>,
  iso: (value: T | null) => string | undefined,
): ReminderRecord {
  return {
    accountId: r.account_id,
    kind: r.kind,
    localDate: r.local_date,
    status: r.status,
    reason: r.reason ?? undefined,
    detail: r.detail ?? undefined,
    channelId: r.channel_id ?? undefined,
    conversationId: r.conversation_id ?? undefined,
    attempts: r.attempts,
    claimedAt: iso(r.claimed_at),
    leaseUntil: iso(r.lease_until),
    timeZone: r.time_zone,
  };
}
