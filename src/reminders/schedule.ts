import type { Config } from '../bot/config.js';
import type { ReminderKind } from '../core/act.js';
import { addDays, type IsoDate } from '../core/dates.js';
import type { Cents } from '../core/money.js';

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
  /** `missed-N` reminders: N days after an instalment's date while it is not paid in full. */
  missedDaysAfter: number[];
}

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

/**
 * Parses REMINDER_SCHEDULE ("due-3,due,due+1,due+7") into day offsets, in order, without
 * duplicates. Throws RangeError naming the bad entry.
 */
export function parseReminderSchedule(text: string): number[] {
  const offsets: number[] = [];
  for (const raw of text.split(',')) {
    const entry = raw.trim();
    if (entry === '') continue;
    const m = /^due(?:([+-])(\d{1,3}))?$/.exec(entry);
    if (!m) throw new RangeError(`REMINDER_SCHEDULE: "${entry}" is not due, due-N or due+N`);
    const offset = m[1] === '-' ? -Number(m[2]) : Number(m[2] ?? 0);
    if (!offsets.includes(offset)) offsets.push(offset);
  }
  if (offsets.length === 0) throw new RangeError('REMINDER_SCHEDULE names no reminder');
  return offsets;
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
 * The account's reminders on local day `day`, most urgent first (missed instalments, then
 * upcoming ones, then the due-date schedule in its configured order). While a plan is active
 * (`instalments` given) only plan reminders apply: collection pauses while a plan is honoured.
 */
export function remindersForDay(
  schedule: ReminderSchedule,
  day: IsoDate,
  account: { dueDate: IsoDate; instalments: InstalmentState[] | undefined },
): ScheduledReminder[] {
  if (!account.instalments) {
    return schedule.dueOffsets
      .filter((o) => addDays(account.dueDate, o) === day)
      .map((o) => ({ kind: dueKind(o) }));
  }
  const out: ScheduledReminder[] = [];
  for (const n of schedule.missedDaysAfter) {
    for (const i of account.instalments) {
      if (addDays(i.dueDate, n) === day && i.paidCents < i.amountCents)
        out.push(planReminder(`missed-${n}`, i));
    }
  }
  for (const n of schedule.instalmentDaysBefore) {
    for (const i of account.instalments) {
      if (addDays(i.dueDate, -n) === day && i.paidCents < i.amountCents)
        out.push(planReminder(`instalment-${n}`, i));
    }
  }
  return out.filter((r, idx) => out.findIndex((o) => o.kind === r.kind) === idx);
}

function planReminder(kind: ReminderKind, i: InstalmentState): ScheduledReminder {
  // Two instalments on one date would give the same kind twice; the unique key keeps the first.
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
