import type { IsoDate } from '../core/dates.js';
import type { Account } from './accounts.js';
import type { Db } from './db.js';

/** Reminder states that count as a contact for the frequency caps (sent, or possibly sent). */
export const COUNTED_STATUSES = ['queued', 'sending', 'sent', 'unconfirmed'] as const;
const COUNTED = COUNTED_STATUSES.map((s) => `'${s}'`).join(', ');

/** See 003_reminders.sql for what each state means. */
export type ReminderStatus =
  'queued' | 'sending' | 'sent' | 'unreachable' | 'failed' | 'skipped' | 'unconfirmed';

/** A row already recorded for the account on the day. */
export interface DayRecord {
  kind: string;
  status: ReminderStatus;
  reason: string | undefined;
  attempts: number;
}

/** An instalment of an active plan with what has been paid towards it. */
export interface StoredInstalment {
  seq: number;
  dueDate: IsoDate;
  amountCents: number;
  paidCents: number;
}

/** What reminder selection needs about one account on one local day, read in one query. */
export interface ReminderCandidate {
  account: Account;
  /** The active plan's instalments; undefined when no plan is active. */
  instalments: StoredInstalment[] | undefined;
  ceased: boolean;
  disputeOpen: boolean;
  /** An agent accepted an escalation of the account or of one of its conversations (the default handoff check). */
  acceptedEscalation: boolean;
  /** The account's most recently used stored conversation. */
  conversation: { conversationId: string; channelId: string } | undefined;
  /** What is already recorded for the account on the day, by kind. */
  recorded: DayRecord[];
  /** Reminders counted on the day, and on the day and the six before it. */
  contactsToday: number;
  contactsLast7Days: number;
  /**
   * Whether any reminder was ever sent to the account (its first one carries the disclosures).
   * Read by `forAccount` (the claim); false in the bulk read of a day.
   */
  everSent: boolean;
}

interface CandidateRow {
  account_id: string;
  holder_name: string;
  locale: Account['locale'];
  time_zone: string;
  channel: string;
  channel_user_id: string;
  id_last4: string;
  card_last4: string;
  balance_cents: number;
  minimum_due_cents: number;
  due_date: string;
  days_past_due: number;
  currency: Account['currency'];
  status: Account['status'];
  has_plan: number;
  ceased: number;
  disputed: number;
  accepted_escalation: number;
  conv: string | null;
  day_records: string | null;
  today_count: number;
  week_count: number;
  /** Only read for one account (forAccount): selection does not need it. */
  ever_sent?: number;
}

const FACT_COLUMNS = `a.*,
  EXISTS (SELECT 1 FROM plans p WHERE p.account_id = a.account_id AND p.status = 'active') AS has_plan,
  EXISTS (SELECT 1 FROM contact_preferences c WHERE c.account_id = a.account_id AND c.cease_contact = 1) AS ceased,
  EXISTS (SELECT 1 FROM disputes d WHERE d.account_id = a.account_id AND d.status = 'open') AS disputed,
  (EXISTS (SELECT 1 FROM escalations e WHERE e.account_id = a.account_id AND e.status = 'accepted')
    OR EXISTS (SELECT 1 FROM conversation_refs r JOIN escalations e ON e.conversation_id = r.conversation_id
      WHERE r.account_id = a.account_id AND e.status = 'accepted')) AS accepted_escalation,
  (SELECT json_array(r.conversation_id, r.channel_id) FROM conversation_refs r WHERE r.account_id = a.account_id
    ORDER BY r.updated_at DESC, r.conversation_id DESC LIMIT 1) AS conv,
  (SELECT CASE COUNT(*) WHEN 0 THEN NULL ELSE json_group_array(json_array(m.kind, m.status, m.reason, m.attempts))
    END FROM reminders m WHERE m.account_id = a.account_id AND m.local_date = @day) AS day_records,
  (SELECT COUNT(*) FROM reminders m WHERE m.account_id = a.account_id AND m.local_date = @day
    AND m.status IN (${COUNTED})) AS today_count,
  (SELECT COUNT(*) FROM reminders m WHERE m.account_id = a.account_id AND m.local_date BETWEEN @weekStart AND @day
    AND m.status IN (${COUNTED})) AS week_count`;
const EVER_SENT = `EXISTS (SELECT 1 FROM reminders m WHERE m.account_id = a.account_id AND m.status = 'sent') AS ever_sent`;

/** Reads reminder candidates with their facts (SQLite). */
export class SqliteCandidateReader {
  private readonly byDueDate;
  private readonly byPlanDate;
  private readonly byId;
  private readonly instalments;

  constructor(db: Db) {
    // With @open = 1, accounts that already have a (not failed) row on the day are left out: an
    // account without a plan has at most one due-date reminder a day. Plan accounts come from
    // byPlanDate, which always reads them whole.
    this.byDueDate = db.prepare(`SELECT ${FACT_COLUMNS} FROM accounts a
      WHERE a.time_zone = @zone AND a.due_date IN (SELECT value FROM json_each(@dates))
      AND (@open = 0 OR NOT EXISTS (SELECT 1 FROM reminders m WHERE m.account_id = a.account_id
        AND m.local_date = @day AND m.status <> 'failed'))`);
    this.byPlanDate = db.prepare(`SELECT ${FACT_COLUMNS} FROM accounts a WHERE a.account_id IN (
      SELECT p.account_id FROM plan_installments i JOIN plans p ON p.plan_id = i.plan_id
      WHERE p.status = 'active' AND i.due_date IN (SELECT value FROM json_each(@dates)))
      AND +a.time_zone = @zone`); // "+": look accounts up by id, not by zone
    this.byId = db.prepare(
      `SELECT ${FACT_COLUMNS}, ${EVER_SENT} FROM accounts a WHERE a.account_id = @accountId`,
    );
    this.instalments = db.prepare(`SELECT seq, due_date, amount_cents, paid_cents FROM plan_installments
      WHERE plan_id = (SELECT plan_id FROM plans WHERE account_id = ? AND status = 'active'
        ORDER BY created_at DESC LIMIT 1) ORDER BY seq`);
  }

  /**
   * Accounts in `zone` whose due date or active-plan instalment date is in the given lists.
   * `openOnly` may leave out accounts whose only reminder of the day is already recorded.
   */
  forDay(
    zone: string,
    day: IsoDate,
    weekStart: IsoDate,
    dates: { due: IsoDate[]; plan: IsoDate[] },
    openOnly: boolean,
  ): ReminderCandidate[] {
    const params = { zone, day, weekStart };
    const rows = this.byDueDate.all({
      ...params,
      dates: JSON.stringify(dates.due),
      open: openOnly ? 1 : 0,
    }) as CandidateRow[];
    const plans = this.byPlanDate.all({ ...params, dates: JSON.stringify(dates.plan) }) as CandidateRow[];
    const seen = new Set(rows.map((r) => r.account_id));
    for (const r of plans) if (!seen.has(r.account_id)) rows.push(r);
    return rows.map((r) => this.toCandidate(r));
  }

  /** One account's facts on `day` (fresh, e.g. inside a claim transaction). */
  forAccount(accountId: string, day: IsoDate, weekStart: IsoDate): ReminderCandidate | undefined {
    const row = this.byId.get({ accountId, day, weekStart }) as CandidateRow | undefined;
    return row ? this.toCandidate(row) : undefined;
  }

  private toCandidate(r: CandidateRow): ReminderCandidate {
    const conv = r.conv ? (JSON.parse(r.conv) as [string, string]) : undefined;
    return {
      account: {
        accountId: r.account_id,
        holderName: r.holder_name,
        locale: r.locale,
        timeZone: r.time_zone,
        channel: r.channel,
        channelUserId: r.channel_user_id,
        idLast4: r.id_last4,
        cardLast4: r.card_last4,
        balanceCents: r.balance_cents,
        minimumDueCents: r.minimum_due_cents,
        dueDate: r.due_date,
        daysPastDue: r.days_past_due,
        currency: r.currency,
        status: r.status,
      },
      instalments: r.has_plan ? this.readInstalments(r.account_id) : undefined,
      ceased: r.ceased === 1,
      disputeOpen: r.disputed === 1,
      acceptedEscalation: r.accepted_escalation === 1,
      conversation: conv ? { conversationId: conv[0], channelId: conv[1] } : undefined,
      recorded: r.day_records ? dayRecords(r.day_records) : [],
      contactsToday: r.today_count,
      contactsLast7Days: r.week_count,
      everSent: r.ever_sent === 1,
    };
  }

  private readInstalments(accountId: string): StoredInstalment[] {
    const rows = this.instalments.all(accountId) as {
      seq: number;
      due_date: string;
      amount_cents: number;
      paid_cents: number;
    }[];
    return rows.map((i) => ({
      seq: i.seq,
      dueDate: i.due_date,
      amountCents: i.amount_cents,
      paidCents: i.paid_cents,
    }));
  }
}

function dayRecords(json: string): DayRecord[] {
  return (JSON.parse(json) as [string, ReminderStatus, string | null, number][]).map(
    ([kind, status, reason, attempts]) => ({
      kind,
      status,
      reason: reason ?? undefined,
      attempts,
    }),
  );
}
