import type { IsoDate } from './dates.js';

/**
 * Wall-clock arithmetic in a person's own time zone (quiet hours, agent hours, local days).
 *
 *   localClock(new Date('2026-12-04T14:30:00Z'), 'Asia/Shanghai'); // { date: '2026-12-04', minute: 1350 }
 */
/** "08:30" -> 510. */
export function parseMinute(hhmm: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new RangeError(`expected HH:MM, got "${hhmm}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** 510 -> "08:30". */
export function formatMinute(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** An instant as a person's wall clock: their calendar date and minutes after their midnight. */
export interface LocalClock {
  date: IsoDate;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The last answer per zone: a dispatcher asks the same (instant, zone) for every account. */
const lastClock = new Map<string, { time: number; clock: LocalClock }>();

/** The wall clock in `timeZone` at `instant` (an IANA name; throws RangeError for an unknown one). */
export function localClock(instant: Date, timeZone: string): LocalClock {
  const time = instant.getTime();
  const hit = lastClock.get(timeZone);
  if (hit?.time === time) return hit.clock;
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (t: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === t)?.value ?? '';
  const clock: LocalClock = Object.freeze({
    date: `${get('year')}-${get('month')}-${get('day')}`,
    minute: Number(get('hour')) * 60 + Number(get('minute')),
  });
  lastClock.set(timeZone, { time, clock });
  return clock;
}
