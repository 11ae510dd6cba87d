import type { Config } from '../config/config.js';
import type { ReminderKind } from '../core/act.js';
import { addDays, type IsoDate } from '../core/dates.js';
import type { Cents } from '../core/money.js';
import { parseReminderSchedule } from '../config/reminderSchedule.js';

export { parseReminderSchedule } from '../config/reminderSchedule.js';

/**
 * Which reminders belong to which local day. A reminder belongs to one calendar day in the
 * person's time zone, derived only from stored dates: the due date (`due-3`, `due`, `due+7`, …)
 * or an active plan's instalments (`instalment-N`: N days before an instalment; `missed-N`:
 * N days after an instalment that was not paid in full).
 *
 *   const schedule = reminderScheduleFromConfig(config);
 *   remindersForDay(schedule, '2026-11-28', { dueDate: '2026-11-21', instalments: [] });
 *   // [{ kind: 'due+7' }]
 */
export interface ReminderSchedule {
  /** Days relative to the due date: -3 = three days before. */
  dueOffsets: number[];
  /** `instalment-N` reminders: N days before each instalment of an active plan. */
  instalmentDaysBefore: number[];
  /** `missed-N` reminders: N days after an instalment's (or a promise's) date while it is not paid in full. */
  missedDaysAfter: number[];
  /** `promise-N` reminders: N days before a promised date while the promise is open (default [1]). */
  promiseDaysBefore?: number[];
}

/** Promise reminders: the day before the promised date. */
export const PROMISE_DAYS_BEFORE: readonly number[] = Object.freeze([1]);

/** Plan reminders are set in code: 3 days before each instalment, and the day after a missed one. */
export const PLAN_REMINDERS = Object.freeze({ instalmentDaysBefore: [3], missedDaysAfter: [1] });

export const DEFAULT_SCHEDULE: Readonly<ReminderSchedule> = Object.freeze({
  dueOffsets: [-3, 0, 1, 7, 15, 30],
  ...PLAN_REMINDERS,
});

/** The kind of a due-date reminder: 0 -> "due", -3 -> "due-3", 7 -> "due+7". */
export function dueKind(offset: number): ReminderKind {
  if (offset === 0) return 'due';
  return offset > 0 ? `due+${offset}` : `due${offset}`;
}

export function reminderScheduleFromConfig(config: Pick<Config, 'REMINDER_SCHEDULE'>): ReminderSchedule {
  return { dueOffsets: parseReminderSchedule(config.REMINDER_SCHEDULE), ...PLAN_REMINDERS };
}

/** An instalment of the account's active plan, with what has been paid towards it. */
export interface InstalmentState {
  seq: number;
  dueDate: IsoDate;
  amountCents: Cents;
  paidCents: Cents;
}

/** A reminder on its day, before the contact rules are applied. */
export interface ScheduledReminder {
  kind: ReminderKind;
  /** The instalment a plan reminder is about. */
  instalment?: { seq: number; dueDate: IsoDate; amountCents: Cents };
}

/**
 * The schedule turned around for one day: which due dates and instalment dates put a reminder on
 * it. Built once per day, so each account is a few map lookups (selection reads 100,000 of them).
 */
export interface DayIndex {
  day: IsoDate;
  dueKinds: Map<IsoDate, ReminderKind[]>;
  /** Instalment date -> `missed-N` kinds, in schedule order. */
  missed: Map<IsoDate, ReminderKind[]>;
  /** Instalment date -> `instalment-N` kinds, in schedule order. */
  upcoming: Map<IsoDate, ReminderKind[]>;
  /** Promised date -> `promise-N` kinds. */
  promised: Map<IsoDate, ReminderKind[]>;
}

export function dayIndex(schedule: ReminderSchedule, day: IsoDate): DayIndex {
  const add = (map: Map<IsoDate, ReminderKind[]>, date: IsoDate, kind: ReminderKind): void => {
    map.set(date, [...(map.get(date) ?? []), kind]);
  };
  const index: DayIndex = {
    day,
    dueKinds: new Map(),
    missed: new Map(),
    upcoming: new Map(),
    promised: new Map(),
  };
  for (const o of schedule.dueOffsets) add(index.dueKinds, addDays(day, -o), dueKind(o));
  for (const n of schedule.missedDaysAfter) add(index.missed, addDays(day, -n), `missed-${n}`);
  for (const n of schedule.instalmentDaysBefore) add(index.upcoming, addDays(day, n), `instalment-${n}`);
  for (const n of schedule.promiseDaysBefore ?? PROMISE_DAYS_BEFORE)
    add(index.promised, addDays(day, n), `promise-${n}`);
  return index;
}

/** An account's newest promise as reminders see it. */
export interface PromiseState {
  promiseId: string;
  dueDate: IsoDate;
  amountCents: Cents;
  paidCents: Cents;
  status: 'active' | 'kept' | 'partly_kept' | 'broken';
}

/** What the schedule reads about one account. */
export interface ScheduleFacts {
  dueDate: IsoDate;
  instalments: InstalmentState[] | undefined;
  promise?: PromiseState | undefined;
}

/**
 * The account's reminders on local day `day`, most urgent first (missed instalments or promise,
 * then upcoming instalments and the promise, then the due-date schedule in its configured order).
 * While a plan is current (`instalments` given) only plan and promise reminders apply, and while a
 * promise is open the due-date schedule waits: collection pauses while a commitment is honoured.
 * Nothing is scheduled for an instalment paid in full or a promise kept.
 */
export function remindersForDay(
  schedule: ReminderSchedule,
  day: IsoDate,
  account: ScheduleFacts,
): ScheduledReminder[] {
  return remindersOn(dayIndex(schedule, day), account);
}

/** `remindersForDay` with the day's index built once by the caller. */
export function remindersOn(index: DayIndex, account: ScheduleFacts): ScheduledReminder[] {
  const promise = account.promise;
  const openPromise = promise && promise.status === 'active' && promise.paidCents < promise.amountCents;
  if (!account.instalments && !openPromise && !promise) {
    return (index.dueKinds.get(account.dueDate) ?? []).map((kind) => ({ kind }));
  }
  const out: ScheduledReminder[] = [];
  const push = (r: ScheduledReminder): void => {
    // Two commitments on one date would give the same kind twice; the unique key keeps the first.
    if (!out.some((o) => o.kind === r.kind)) out.push(r);
  };
  for (const map of [index.missed, index.upcoming]) {
    for (const i of account.instalments ?? []) {
      if (i.paidCents >= i.amountCents) continue;
      for (const kind of map.get(i.dueDate) ?? []) push(planReminder(kind, i));
    }
  }
  if (promise && promise.status !== 'kept' && promise.paidCents < promise.amountCents) {
    for (const kind of index.missed.get(promise.dueDate) ?? []) push({ kind });
    if (openPromise) for (const kind of index.promised.get(promise.dueDate) ?? []) push({ kind });
  }
  if (!account.instalments && !openPromise) {
    for (const kind of index.dueKinds.get(account.dueDate) ?? []) push({ kind });
  }
  return out;
}

/** A plan or promise reminder of the day that is not scheduled because it is paid, and why. */
export interface PaidReminder {
  reminder: ScheduledReminder;
  heldBy: 'instalment_paid' | 'promise_kept';
  detail: string;
}

/** The plan and promise reminders `remindersOn` leaves out on `index.day` because they are paid (for `--explain`). */
export function paidOn(index: DayIndex, account: ScheduleFacts): PaidReminder[] {
  const out: PaidReminder[] = [];
  for (const map of [index.missed, index.upcoming]) {
    for (const i of account.instalments ?? []) {
      if (i.paidCents < i.amountCents) continue;
      for (const kind of map.get(i.dueDate) ?? []) {
        out.push({
          reminder: planReminder(kind, i),
          heldBy: 'instalment_paid',
          detail: `instalment paid: #${i.seq} of ${i.dueDate} paid in full (${i.paidCents} of ${i.amountCents} cents)`,
        });
      }
    }
  }
  const p = account.promise;
  if (p && (p.status === 'kept' || p.paidCents >= p.amountCents)) {
    for (const kind of [...(index.missed.get(p.dueDate) ?? []), ...(index.promised.get(p.dueDate) ?? [])]) {
      out.push({
        reminder: { kind },
        heldBy: 'promise_kept',
        detail: `promise kept: ${p.paidCents} of ${p.amountCents} cents paid by ${p.dueDate}`,
      });
    }
  }
  return out;
}

function planReminder(kind: ReminderKind, i: InstalmentState): ScheduledReminder {
  return { kind, instalment: { seq: i.seq, dueDate: i.dueDate, amountCents: i.amountCents } };
}

/** The due dates whose schedule puts a reminder on `day` (for an indexed lookup). */
export function dueDatesFor(schedule: ReminderSchedule, day: IsoDate): IsoDate[] {
  return schedule.dueOffsets.map((o) => addDays(day, -o));
}

/** The instalment dates whose plan reminders fall on `day`. */
export function instalmentDatesFor(schedule: ReminderSchedule, day: IsoDate): IsoDate[] {
  return [
    ...schedule.instalmentDaysBefore.map((n) => addDays(day, n)),
    ...schedule.missedDaysAfter.map((n) => addDays(day, -n)),
  ];
}
