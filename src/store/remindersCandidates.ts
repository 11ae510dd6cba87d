import type { ContactScope } from '../core/contactScope.js';
import type { IsoDate } from '../core/dates.js';
import type { Account } from './accounts.js';
import type { Db } from './db.js';
import { CURRENT_PLAN_SQL } from './paymentsCommitments.js';

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

/** The account's newest promise that still asks for follow-up (active, or missed). */
export interface CandidatePromise {
  promiseId: string;
  amountCents: number;
  paidCents: number;
  dueDate: IsoDate;
  status: 'active' | 'kept' | 'partly_kept' | 'broken';
}

/** What reminder selection needs about one account on one local day, read in one query. */
export interface ReminderCandidate {
  account: Account;
  /** The current plan's instalments (active, partly kept or broken); undefined when there is none. */
  instalments: StoredInstalment[] | undefined;
  /** The newest promise not superseded, if any (its reminders: before its date, and after a miss). */
  promise: CandidatePromise | undefined;
  /** A hardship or distress flag: payment follow-ups stop and the case goes to a person. */
  careFlag: 'hardship' | 'distress' | undefined;
  ceased: boolean;
  /** The account's contact restrictions (conv15: 'workplace' holds a workplace channel only). */
  restrictions?: ContactScope[];
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

/**
 * A candidate row as an array (better-sqlite3 `raw` mode): building a keyed object per row costs
 * more than the query itself when selection reads 100,000 of them. Order = FACT_COLUMNS.
 */
type CandidateRow = [
  accountId: string,
  holderName: string,
  locale: Account['locale'],
  timeZone: string,
  channel: string,
  channelUserId: string,
  idLast4: string,
  cardLast4: string,
  balanceCents: number,
  minimumDueCents: number,
  dueDate: string,
  daysPastDue: number,
  currency: Account['currency'],
  status: Account['status'],
  hasPlan: number,
  ceased: number,
  disputed: number,
  acceptedEscalation: number,
  conv: string | null,
  dayRecords: string | null,
  todayCount: number,
  weekCount: number,
  promise: string | null,
  careFlag: 'hardship' | 'distress' | null,
  restrictions: string | null,
  /** Only read for one account (forAccount): selection does not need it. */
  everSent?: number,
];

const FACT_COLUMNS = `a.account_id, a.holder_name, a.locale, a.time_zone, a.channel, a.channel_user_id, a.id_last4,
  a.card_last4, a.balance_cents, a.minimum_due_cents, a.due_date, a.days_past_due, a.currency, a.status,
  EXISTS (SELECT 1 FROM plans p WHERE p.account_id = a.account_id AND p.status IN ${CURRENT_PLAN_SQL}),
  (EXISTS (SELECT 1 FROM contact_preferences c WHERE c.account_id = a.account_id AND c.cease_contact = 1)
    OR EXISTS (SELECT 1 FROM care_flags f WHERE f.account_id = a.account_id AND f.pauses_reminders = 1)
    OR EXISTS (SELECT 1 FROM channel_opt_outs o WHERE o.channel_id = a.channel AND o.user_id = a.channel_user_id)),
  EXISTS (SELECT 1 FROM disputes d WHERE d.account_id = a.account_id AND d.status = 'open'),
  (EXISTS (SELECT 1 FROM escalations e WHERE e.account_id = a.account_id AND e.status = 'accepted')
    OR EXISTS (SELECT 1 FROM conversation_refs r JOIN escalations e ON e.conversation_id = r.conversation_id
      WHERE r.account_id = a.account_id AND e.status = 'accepted')),
  (SELECT json_array(r.conversation_id, r.channel_id) FROM conversation_refs r WHERE r.account_id = a.account_id
    ORDER BY r.updated_at DESC LIMIT 1),
  (SELECT CASE COUNT(*) WHEN 0 THEN NULL ELSE json_group_array(json_array(m.kind, m.status, m.reason, m.attempts))
    END FROM reminders m WHERE m.account_id = a.account_id AND m.local_date = @day),
  (SELECT COUNT(*) FROM reminders m WHERE m.account_id = a.account_id AND m.local_date = @day
    AND m.status IN (${COUNTED})),
  (SELECT COUNT(*) FROM reminders m WHERE m.account_id = a.account_id AND m.local_date BETWEEN @weekStart AND @day
    AND m.status IN (${COUNTED})),
  (SELECT json_array(o.promise_id, o.amount_cents, o.paid_cents, o.due_date, o.status) FROM promises o
    WHERE o.account_id = a.account_id AND o.status <> 'superseded' ORDER BY o.created_at DESC LIMIT 1),
  (SELECT CASE WHEN MAX(f.kind = 'distress') = 1 THEN 'distress' ELSE 'hardship' END FROM care_flags f
    WHERE f.account_id = a.account_id HAVING COUNT(*) > 0),
  (SELECT group_concat(x.scope) FROM contact_restrictions x WHERE x.account_id = a.account_id)`;
const EVER_SENT = `EXISTS (SELECT 1 FROM reminders m WHERE m.account_id = a.account_id AND m.status = 'sent')`;

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
    this.byDueDate = db
      .prepare(
        `SELECT ${FACT_COLUMNS} FROM accounts a
      WHERE a.time_zone = @zone AND a.due_date IN (SELECT value FROM json_each(@dates))
      AND (@open = 0 OR NOT EXISTS (SELECT 1 FROM reminders m WHERE m.account_id = a.account_id
        AND m.local_date = @day AND m.status <> 'failed'))`,
      )
      .raw(true);
    this.byPlanDate = db
      .prepare(
        `SELECT ${FACT_COLUMNS} FROM accounts a WHERE a.account_id IN (
      SELECT p.account_id FROM plan_installments i JOIN plans p ON p.plan_id = i.plan_id
      WHERE p.status IN ${CURRENT_PLAN_SQL} AND i.due_date IN (SELECT value FROM json_each(@dates))
      UNION SELECT o.account_id FROM promises o WHERE o.due_date IN (SELECT value FROM json_each(@dates))
        AND o.status IN ('active', 'partly_kept', 'broken'))
      AND +a.time_zone = @zone`,
      )
      .raw(true); // "+": look accounts up by id, not by zone
    this.byId = db
      .prepare(`SELECT ${FACT_COLUMNS}, ${EVER_SENT} FROM accounts a WHERE a.account_id = @accountId`)
      .raw(true);
    this.instalments = db.prepare(`SELECT seq, due_date, amount_cents, paid_cents FROM plan_installments
      WHERE plan_id = (SELECT plan_id FROM plans WHERE account_id = ? AND status IN ${CURRENT_PLAN_SQL}
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
    const seen = new Set(rows.map((r) => r[0]));
    for (const r of plans) if (!seen.has(r[0])) rows.push(r);
    return rows.map((r) => this.toCandidate(r));
  }

  /** One account's facts on `day` (fresh, e.g. inside a claim transaction). */
  forAccount(accountId: string, day: IsoDate, weekStart: IsoDate): ReminderCandidate | undefined {
    const row = this.byId.get({ accountId, day, weekStart }) as CandidateRow | undefined;
    return row ? this.toCandidate(row) : undefined;
  }

  private toCandidate(r: CandidateRow): ReminderCandidate {
    const conversation = r[18] ? (JSON.parse(r[18]) as [string, string]) : undefined;
    return {
      account: {
        accountId: r[0],
        holderName: r[1],
        locale: r[2],
        timeZone: r[3],
        channel: r[4],
        channelUserId: r[5],
        idLast4: r[6],
        cardLast4: r[7],
        balanceCents: r[8],
        minimumDueCents: r[9],
        dueDate: r[10],
        daysPastDue: r[11],
        currency: r[12],
        status: r[13],
      },
      instalments: r[14] ? this.readInstalments(r[0]) : undefined,
      ceased: r[15] === 1,
      disputeOpen: r[16] === 1,
      acceptedEscalation: r[17] === 1,
      conversation: conversation
        ? { conversationId: conversation[0], channelId: conversation[1] }
        : undefined,
      recorded: r[19] ? dayRecords(r[19]) : [],
      contactsToday: r[20],
      contactsLast7Days: r[21],
      promise: r[22] ? candidatePromise(r[22]) : undefined,
      careFlag: r[23] ?? undefined,
      ...(r[24] ? { restrictions: r[24].split(',').sort() as ContactScope[] } : {}),
      everSent: r[25] === 1,
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

function candidatePromise(json: string): CandidatePromise {
  const [promiseId, amountCents, paidCents, dueDate, status] = JSON.parse(json) as [
    string,
    number,
    number,
    string,
    CandidatePromise['status'],
  ];
  return { promiseId, amountCents, paidCents, dueDate, status };
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
