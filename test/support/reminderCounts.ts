import type { PgPool } from '../../src/store/pg/pool.js';
import { DEMO_ACCOUNTS } from '../../src/store/demoAccounts.js';
import { localDate } from '../../src/core/dates.js';
import { localClock } from '../../src/core/localClock.js';

const DAY_MS = 86_400_000;

/** Today's reminder kind for each demo account in its own time zone, so a batch is due whenever a test runs. */
export function scheduleForToday(): string {
  const kinds = DEMO_ACCOUNTS.map((a) => {
    const today = Date.parse(`${localDate(new Date(), a.timeZone)}T00:00:00Z`);
    const days = Math.round((today - Date.parse(`${a.dueDate}T00:00:00Z`)) / DAY_MS);
    return days > 0 ? `due+${days}` : days < 0 ? `due${days}` : 'due';
  });
  return [...new Set(kinds)].join(',');
}

/**
 * The demo holders a reminder may reach for the next `minutes` (CONTACT_PRESET cn: 08:00–22:00 in
 * their own time zone, 10 minutes open): at any hour at least one (Shanghai or New York).
 */
export function remindableNow(now: Date, minutes: number): (typeof DEMO_ACCOUNTS)[number][] {
  return DEMO_ACCOUNTS.filter((a) => {
    const minute = localClock(now, a.timeZone).minute;
    return minute >= 8 * 60 + 10 && minute <= 22 * 60 - minutes;
  });
}

/** What the tables say about one conversation's reminders. */
export interface ReminderCount {
  /** Reminder messages in the transcript (the send path's trace names the act). */
  transcribed: number;
  /** Those messages queued for the Direct Line socket (`directline_activities`). */
  queued: number;
  /** Delivery keys recorded, by state. */
  keys: Record<string, number>;
  /** The reminder rows, `status/reason`. */
  rows: string[];
}

/** Counts, from the database, one conversation's reminders: transcript, Direct Line queue, keys, rows. */
export async function countReminders(
  db: PgPool,
  accountId: string,
  conversationId: string,
): Promise<ReminderCount & { messageIds: string[] }> {
  const traces = await db.query<{ activity: string }>(
    "SELECT activity FROM transcript_records WHERE conversation_id = $1 AND type = 'trace'",
    [conversationId],
  );
  const messageIds = traces.rows.flatMap((r) => {
    const value = (JSON.parse(r.activity) as { value?: { act?: { kind?: string }; messageId?: string } })
      .value;
    return value?.act?.kind === 'reminder' && value.messageId ? [value.messageId] : [];
  });
  const transcribed = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM transcript_records WHERE conversation_id = $1 AND type = 'message' AND activity_id = ANY($2)",
    [conversationId, messageIds],
  );
  const queued = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM directline_activities WHERE conversation_id = $1 AND activity::jsonb ->> 'id' = ANY($2)",
    [conversationId, messageIds],
  );
  const keys = await db.query<{ state: string; n: number }>(
    "SELECT COALESCE(to_jsonb(d) ->> 'state', 'recorded') AS state, count(*)::int AS n FROM reminder_deliveries d WHERE delivery_key LIKE $1 GROUP BY 1",
    [`reminder:${accountId}:%`],
  );
  const rows = await db.query<{ status: string; reason: string | null }>(
    'SELECT status, reason FROM reminders WHERE account_id = $1 ORDER BY kind',
    [accountId],
  );
  return {
    messageIds,
    transcribed: transcribed.rows[0]?.n ?? 0,
    queued: queued.rows[0]?.n ?? 0,
    keys: Object.fromEntries(keys.rows.map((k) => [k.state, k.n])),
    rows: rows.rows.map((r) => `${r.status}/${r.reason ?? ''}`),
  };
}
