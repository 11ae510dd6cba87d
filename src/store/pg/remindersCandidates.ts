import type { ContactScope } from '../../core/contactScope.js';
import type { IsoDate } from '../../core/dates.js';
import { CURRENT_PLAN_SQL } from '../planStatus.js';
import {
  COUNTED_STATUSES,
  type CandidatePromise,
  type DayRecord,
  type ReminderCandidate,
  type ReminderStatus,
  type StoredInstalment,
} from '../remindersCandidates.js';
import type { PgClient, PgPool } from './pool.js';
import { clean } from './rows.js';
import { accountFromRow, type AccountRow } from '../accounts.js';

const COUNTED = COUNTED_STATUSES.map((s) => `'${s}'`).join(', ');

/** What the SQLite reader's FACT_COLUMNS read, as named PostgreSQL columns ($1 day, $2 week start). */
const FACT_COLUMNS = `a.account_id, a.holder_name, a.locale, a.time_zone, a.channel, a.channel_user_id, a.id_last4,
  a.card_last4, a.balance_cents, a.minimum_due_cents, a.due_date, a.days_past_due, a.currency, a.status,
  EXISTS (SELECT 1 FROM plans p WHERE p.account_id = a.account_id AND p.status IN ${CURRENT_PLAN_SQL}) AS has_plan,
  (EXISTS (SELECT 1 FROM contact_preferences c WHERE c.account_id = a.account_id AND c.cease_contact)
    OR EXISTS (SELECT 1 FROM care_flags f WHERE f.account_id = a.account_id AND f.pauses_reminders)
    OR EXISTS (SELECT 1 FROM channel_opt_outs o WHERE o.channel_id = a.channel AND o.user_id = a.channel_user_id))
    AS ceased,
  EXISTS (SELECT 1 FROM disputes d WHERE d.account_id = a.account_id AND d.status = 'open') AS disputed,
  (EXISTS (SELECT 1 FROM escalations e WHERE e.account_id = a.account_id AND e.status = 'accepted')
    OR EXISTS (SELECT 1 FROM conversation_refs r JOIN escalations e ON e.conversation_id = r.conversation_id
      WHERE r.account_id = a.account_id AND e.status = 'accepted')) AS accepted_escalation,
  (SELECT json_build_array(r.conversation_id, r.channel_id) FROM conversation_refs r
    WHERE r.account_id = a.account_id ORDER BY r.updated_at DESC LIMIT 1) AS conv,
  (SELECT json_agg(json_build_array(m.kind, m.status, m.reason, m.attempts) ORDER BY m.kind COLLATE "C")
    FROM reminders m WHERE m.account_id = a.account_id AND m.local_date = $1) AS day_records,
  (SELECT count(*)::int FROM reminders m WHERE m.account_id = a.account_id AND m.local_date = $1
    AND m.status IN (${COUNTED})) AS today_count,
  (SELECT count(*)::int FROM reminders m WHERE m.account_id = a.account_id AND m.local_date BETWEEN $2 AND $1
    AND m.status IN (${COUNTED})) AS week_count,
  (SELECT json_build_array(o.promise_id, o.amount_cents, o.paid_cents, to_char(o.due_date, 'YYYY-MM-DD'), o.status)
    FROM promises o WHERE o.account_id = a.account_id AND o.status <> 'superseded'
    ORDER BY o.created_at DESC LIMIT 1) AS promise,
  (SELECT CASE WHEN bool_or(f.kind = 'distress') THEN 'distress' ELSE 'hardship' END FROM care_flags f
    WHERE f.account_id = a.account_id HAVING count(*) > 0) AS care_flag,
  (SELECT array_agg(x.scope ORDER BY x.scope) FROM contact_restrictions x WHERE x.account_id = a.account_id)
    AS restrictions`;

const EVER_SENT = `EXISTS (SELECT 1 FROM reminders m WHERE m.account_id = a.account_id AND m.status = 'sent') AS ever_sent`;

interface CandidateRow extends AccountRow {
  has_plan: boolean;
  ceased: boolean;
  disputed: boolean;
  accepted_escalation: boolean;
  conv: [string, string] | null;
  day_records: [string, ReminderStatus, string | null, number][] | null;
  today_count: number;
  week_count: number;
  promise: [string, number, number, string, CandidatePromise['status']] | null;
  care_flag: 'hardship' | 'distress' | null;
  restrictions: ContactScope[] | null;
  ever_sent?: boolean;
}

/**
 * Reads reminder candidates with their facts on PostgreSQL: the same facts as
 * `SqliteCandidateReader`, on the pool (selection) or on a claim's transaction (fresh facts).
 */
export class PgCandidateReader {
  constructor(private readonly pool: PgPool) {}

  /** Accounts in `zone` whose due date or current-plan / promise date is in the lists. */
  async forDay(
    zone: string,
    day: IsoDate,
    weekStart: IsoDate,
    dates: { due: IsoDate[]; plan: IsoDate[] },
    openOnly: boolean,
  ): Promise<ReminderCandidate[]> {
    const byDue = this.pool.query<CandidateRow>(
      `SELECT ${FACT_COLUMNS} FROM accounts a
       WHERE a.time_zone = $3 AND a.due_date = ANY($4::date[])
       AND (NOT $5::boolean OR NOT EXISTS (SELECT 1 FROM reminders m WHERE m.account_id = a.account_id
         AND m.local_date = $1 AND m.status <> 'failed'))
       ORDER BY a.account_id COLLATE "C"`,
      clean([day, weekStart, zone, dates.due, openOnly]),
    );
    const byPlan = this.pool.query<CandidateRow>(
      `SELECT ${FACT_COLUMNS} FROM accounts a WHERE a.account_id IN (
         SELECT p.account_id FROM plan_installments i JOIN plans p ON p.plan_id = i.plan_id
         WHERE p.status IN ${CURRENT_PLAN_SQL} AND i.due_date = ANY($4::date[])
         UNION SELECT o.account_id FROM promises o WHERE o.due_date = ANY($4::date[])
           AND o.status IN ('active', 'partly_kept', 'broken'))
       AND a.time_zone = $3
       ORDER BY a.account_id COLLATE "C"`,
      clean([day, weekStart, zone, dates.plan]),
    );
    const [due, plan] = await Promise.all([byDue, byPlan]);
    const rows = due.rows;
    const seen = new Set(rows.map((r) => r.account_id));
    for (const r of plan.rows) if (!seen.has(r.account_id)) rows.push(r);
    return this.candidates(this.pool, rows);
  }

  /** One account's facts on `day`, read on `db` (a claim's transaction client for fresh facts). */
  async forAccount(
    db: PgClient,
    accountId: string,
    day: IsoDate,
    weekStart: IsoDate,
  ): Promise<ReminderCandidate | undefined> {
    const result = await db.query<CandidateRow>(
      `SELECT ${FACT_COLUMNS}, ${EVER_SENT} FROM accounts a WHERE a.account_id = $3`,
      clean([day, weekStart, accountId]),
    );
    return (await this.candidates(db, result.rows))[0];
  }

  private async candidates(db: PgPool | PgClient, rows: CandidateRow[]): Promise<ReminderCandidate[]> {
    const withPlan = rows.filter((r) => r.has_plan).map((r) => r.account_id);
    const instalments = withPlan.length > 0 ? await readInstalments(db, withPlan) : new Map();
    return rows.map((r) => toCandidate(r, r.has_plan ? (instalments.get(r.account_id) ?? []) : undefined));
  }
}

/** The current plan's instalments of each account, one query. */
async function readInstalments(
  db: PgPool | PgClient,
  accountIds: string[],
): Promise<Map<string, StoredInstalment[]>> {
  const result = await db.query<{
    account_id: string;
    seq: number;
    due_date: string;
    amount_cents: number;
    paid_cents: number;
  }>(
    `SELECT c.account_id, i.seq, i.due_date, i.amount_cents, i.paid_cents
     FROM (SELECT DISTINCT ON (account_id) account_id, plan_id FROM plans
           WHERE account_id = ANY($1::text[]) AND status IN ${CURRENT_PLAN_SQL}
           ORDER BY account_id, created_at DESC) c
     JOIN plan_installments i ON i.plan_id = c.plan_id
     ORDER BY c.account_id, i.seq`,
    clean([accountIds]),
  );
  const byAccount = new Map<string, StoredInstalment[]>();
  for (const i of result.rows) {
    const list = byAccount.get(i.account_id) ?? [];
    list.push({ seq: i.seq, dueDate: i.due_date, amountCents: i.amount_cents, paidCents: i.paid_cents });
    byAccount.set(i.account_id, list);
  }
  return byAccount;
}

function toCandidate(r: CandidateRow, instalments: StoredInstalment[] | undefined): ReminderCandidate {
  return {
    account: accountFromRow(r),
    instalments,
    ceased: r.ceased,
    disputeOpen: r.disputed,
    acceptedEscalation: r.accepted_escalation,
    conversation: r.conv ? { conversationId: r.conv[0], channelId: r.conv[1] } : undefined,
    recorded: (r.day_records ?? []).map(([kind, status, reason, attempts]): DayRecord => ({
      kind,
      status,
      reason: reason ?? undefined,
      attempts,
    })),
    contactsToday: r.today_count,
    contactsLast7Days: r.week_count,
    promise: r.promise
      ? {
          promiseId: r.promise[0],
          amountCents: r.promise[1],
          paidCents: r.promise[2],
          dueDate: r.promise[3],
          status: r.promise[4],
        }
      : undefined,
    careFlag: r.care_flag ?? undefined,
    ...(r.restrictions ? { restrictions: r.restrictions } : {}),
    everSent: r.ever_sent === true,
  };
}
