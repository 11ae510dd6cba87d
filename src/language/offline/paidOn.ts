import { addDays, addMonths, type IsoDate } from '../../core/dates.js';

/**
 * "I paid on the 20th / 11月20号 / on Friday": a payment made is in the past, while the date reader
 * looks forward (a promise). The latest of a week, a month or a year earlier that is not after today.
 *
 *   paidOn('2027-11-20', '2026-11-28') // '2026-11-20' ("11月20号" read forward, as a promise would be)
 */
export function paidOn(date: IsoDate, today: IsoDate): IsoDate {
  if (date <= today) return date;
  const earlier = [addDays(date, -7), addMonths(date, -1), addMonths(date, -12)].filter((d) => d <= today);
  return earlier.sort().at(-1) ?? date;
}
