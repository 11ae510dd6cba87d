import { describe, expect, it } from 'vitest';
import { localDate } from '../../../src/core/dates.js';
import { todayIn } from '../../../src/language/offline/calendar.js';

const ZONES = [
  'Asia/Shanghai',
  'America/New_York',
  'Asia/Kathmandu', // +05:45
  'America/Santiago', // clocks change at midnight
  'Africa/Monrovia', // -00:44:30 until 1972: its midnight falls inside a minute
  'UTC',
];

/** Instants either side of each local midnight near `around`, at odd milliseconds, in and out of order. */
function instantsNear(around: number): number[] {
  const out: number[] = [];
  for (let h = -14; h <= 14; h++) {
    const base = around + h * 3_600_000;
    for (const ms of [0, 1, 30_000, 59_999, -1, -30_000]) out.push(base + ms);
  }
  return [...out, ...[...out].reverse()];
}

describe('today in a time zone', () => {
  it("is core's localDate for every instant, also when asked many times within a minute", () => {
    const arounds = [
      Date.UTC(2026, 11, 5, 16, 0, 0), // a Chinese midnight
      Date.UTC(2026, 2, 8, 7, 0, 0), // New York springs forward
      Date.UTC(2026, 3, 5, 3, 0, 0), // Santiago falls back at midnight
      Date.UTC(2026, 8, 6, 4, 0, 0), // Santiago springs forward at midnight
      Date.UTC(1971, 5, 1, 0, 44, 30), // a Monrovia midnight at :30 seconds
    ];
    for (const zone of ZONES)
      for (const around of arounds)
        for (const t of instantsNear(around)) {
          const now = new Date(t);
          expect(todayIn(now, zone), `${zone} ${now.toISOString()}`).toBe(localDate(now, zone));
        }
  });

  it('refuses an unknown zone and an invalid date as the formatter does', () => {
    expect(() => todayIn(new Date(), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => todayIn(new Date(Number.NaN), 'Asia/Shanghai')).toThrow(RangeError);
  });
});
