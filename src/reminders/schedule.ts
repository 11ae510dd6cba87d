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
}

export function dayIndex(schedule: ReminderSchedule, day: IsoDate): DayIndex {
  const add = (map: Map<IsoDate, ReminderKind[]>, date: IsoDate, kind: ReminderKind): void => {
    map.set(date, [...(map.get(date) ?? []), kind]);
  };
  const index: DayIndex = { day, dueKinds: new Map(), missed: new Map(), upcoming: new Map() };
  for (const o of schedule.dueOffsets) add(index.dueKinds, addDays(day, -o), dueKind(o));
  for (const n of schedule.missedDaysAfter) add(index.missed, addDays(day, -n), `missed-${n}`);
  for (const n of schedule.instalmentDaysBefore) add(index.upcoming, addDays(day, n), `instalment-${n}`);
  return index;
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
  return remindersOn(dayIndex(schedule, day), account);
}

/** `remindersForDay` with the day's index built once by the caller. */
export function remindersOn(
  index: DayIndex,
  account: { dueDate: IsoDate; instalments: InstalmentState[] | undefined },
): ScheduledReminder[] {
  if (!account.instalments) return (index.dueKinds.get(account.dueDate) ?? []).map((kind) => ({ kind }));
  const out: ScheduledReminder[] = [];
  for (const map of [index.missed, index.upcoming]) {
    for (const i of account.instalments) {
      if (i.paidCents >= i.amountCents) continue;
      for (const kind of map.get(i.dueDate) ?? []) {
        // Two instalments on one date would give the same kind twice; the unique key keeps the first.
        if (!out.some((r) => r.kind === kind)) out.push(planReminder(kind, i));
      }
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
