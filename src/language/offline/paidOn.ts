import { addDays, addMonths, daysBetween, type IsoDate } from '../../core/dates.js';

/**
 * "I paid on 11月20号 / November 15th": a payment made is in the past, while the date reader looks
 * forward (a promise), so a month and day already past this year is read as next year's. Such a
 * date, more than 300 days ahead, is taken back a year. Any other date after today ("on the 10th",
 * "December 3rd") cannot be told apart from a slip: undefined, so no reply restates a day the person
 * did not mean (their words are recorded as written). A bare weekday (`weekday`: "周五还了", "paid
 * on Friday"), read as the coming one, is the one before.
 *
 *   paidOn('2027-11-20', '2026-11-28')       // '2026-11-20'
 *   paidOn('2026-12-03', '2026-11-28')       // undefined
 *   paidOn('2026-12-04', '2026-11-28', true) // '2026-11-27'
 */
export function paidOn(date: IsoDate, today: IsoDate, weekday = false): IsoDate | undefined {
  if (date <= today) return date;
  if (weekday && daysBetween(today, date) <= 7) return addDays(date, -7);
  if (daysBetween(today, date) > 300) {
    const lastYear = addMonths(date, -12);
    return lastYear <= today ? lastYear : undefined;
  }
  return undefined;
}
