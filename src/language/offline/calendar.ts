import { addDays, addMonths, type IsoDate } from '../../core/dates.js';

/** Calendar arithmetic on YYYY-MM-DD strings, Monday-based weeks (as in both 下周五 and "next Friday"). */

export function ymd(date: IsoDate): [number, number, number] {
  const [y = 0, m = 0, d = 0] = date.split('-').map(Number);
  return [y, m, d];
}

export function makeDate(year: number, month: number, day: number): IsoDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > lastDayOf(year, month)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(date: IsoDate): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The given weekday (1–7) in the week `weeksAhead` weeks after today's week. */
export function weekdayInWeek(today: IsoDate, weekday: number, weeksAhead: number): IsoDate {
  const monday = addDays(today, 1 - isoWeekday(today));
  return addDays(monday, 7 * weeksAhead + weekday - 1);
}

/** The first such weekday from today on (today included). */
export function upcomingWeekday(today: IsoDate, weekday: number): IsoDate {
  return addDays(today, (weekday - isoWeekday(today) + 7) % 7);
}

/** Day `day` of this month if not yet past, otherwise of next month; clamped to the month's end. */
export function upcomingDayOfMonth(today: IsoDate, day: number): IsoDate | undefined {
  if (day < 1 || day > 31) return undefined;
  const [y, m, d] = ymd(today);
  if (day >= d) return makeDate(y, m, Math.min(day, lastDayOf(y, m)));
  const [ny, nm] = ymd(addMonths(`${y}-${String(m).padStart(2, '0')}-01`, 1));
  return makeDate(ny, nm, Math.min(day, lastDayOf(ny, nm)));
}

/** Month/day with no year: this year if not yet past, otherwise next year. */
export function upcomingMonthDay(today: IsoDate, month: number, day: number): IsoDate | undefined {
  const [y] = ymd(today);
  const thisYear = makeDate(y, month, day);
  if (thisYear === undefined) return makeDate(y + 1, month, day);
  return thisYear >= today ? thisYear : makeDate(y + 1, month, day);
}

/** Day `day` (or the last day when undefined) of the month `monthsAhead` after today's. */
export function dayOfMonthAhead(today: IsoDate, monthsAhead: number, day?: number): IsoDate | undefined {
  const [y, m] = ymd(addMonths(`${today.slice(0, 7)}-01`, monthsAhead));
  const last = lastDayOf(y, m);
  return makeDate(y, m, day === undefined ? last : Math.min(day, last));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatDay(now: Date, timeZone: string): IsoDate {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(now);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Per zone, the last minute asked about whose date was the same from its first to its last millisecond. */
const minutes = new Map<string, { from: number; date: IsoDate }>();

/**
 * Today's date in an IANA time zone. Same answer as core's `localDate`, but the formatter is built
 * once per zone: building one costs about half a millisecond, more than understanding a message.
 * Formatting costs tens of microseconds, so a minute whose first and last millisecond fall on the
 * same date is remembered (a date cannot change twice within a minute): every message of that
 * minute gets its date without formatting.
 */
export function todayIn(now: Date, timeZone: string): IsoDate {
  const t = now.getTime();
  const from = Math.floor(t / 60_000) * 60_000;
  const kept = minutes.get(timeZone);
  if (kept !== undefined && kept.from === from) return kept.date;
  const date = formatDay(now, timeZone);
  if (formatDay(new Date(from), timeZone) === date && formatDay(new Date(from + 59_999), timeZone) === date)
    minutes.set(timeZone, { from, date });
  return date;
}
