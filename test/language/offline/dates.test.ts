import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/language/offline/index.js';
import type { UnderstandContext } from '../../../src/language/understanding.js';

/** Saturday 28 November 2026, 10:00 in Shanghai. */
const ctx: UnderstandContext = { now: new Date('2026-11-28T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };

describe("parseDate resolves dates against today in the person's time zone (Saturday 2026-11-28)", () => {
  it.each([
    ['next Friday', '2026-12-04'],
    ['下周五', '2026-12-04'],
    ['下星期五', '2026-12-04'],
    ['下礼拜一', '2026-11-30'],
    ['下下周一', '2026-12-07'],
    ['周五', '2026-12-04'],
    ['this Friday', '2026-12-04'],
    ['星期天', '2026-11-29'],
    ['by Monday', '2026-11-30'],
    ['明天', '2026-11-29'],
    ['tomorrow', '2026-11-29'],
    ['后天', '2026-11-30'],
    ['大后天', '2026-12-01'],
    ['今天', '2026-11-28'],
    ['12月5日', '2026-12-05'],
    ['十二月五号', '2026-12-05'],
    ['3月1号', '2027-03-01'],
    ['2026-12-05', '2026-12-05'],
    ['2026年12月5日', '2026-12-05'],
    ['2026/12/05', '2026-12-05'],
    ['3号', '2026-12-03'],
    ['30号', '2026-11-30'],
    ['下个月5号', '2026-12-05'],
    ['the 5th', '2026-12-05'],
    ['on the 30th', '2026-11-30'],
    ['the 15th of next month', '2026-12-15'],
    ['Dec 5', '2026-12-05'],
    ['December 5th, 2027', '2027-12-05'],
    ['5 December', '2026-12-05'],
    ['12/5', '2026-12-05'],
    ['1/15/2027', '2027-01-15'],
    ['月底', '2026-11-30'],
    ['end of the month', '2026-11-30'],
    ['下个月底', '2026-12-31'],
    ['end of next month', '2026-12-31'],
    ['月初', '2026-12-01'],
    ['beginning of next month', '2026-12-01'],
    ['三天后', '2026-12-01'],
    ['一周后', '2026-12-05'],
    ['in 3 days', '2026-12-01'],
    ['in two weeks', '2026-12-12'],
    ['年底', '2026-12-31'],
  ])('reads "%s" as %s', (text, date) => {
    expect(parseDate(text, ctx)).toBe(date);
  });

  it.each([
    ['发工资的时候', 'pay day is not a date we can know'],
    ['2月30日', 'a day that does not exist'],
    ['下个月', 'a month without a day'],
    ['每个月只能还2000', 'no date at all'],
  ])('leaves "%s" unresolved (%s)', (text) => {
    expect(parseDate(text, ctx)).toBeUndefined();
  });

  it("uses the person's own calendar day: 20:00 UTC on the 28th is already the 29th in Shanghai", () => {
    const late: UnderstandContext = { now: new Date('2026-11-28T20:00:00Z'), timeZone: 'Asia/Shanghai' };
    expect(parseDate('明天', late)).toBe('2026-11-30');
    expect(parseDate('tomorrow', { ...late, timeZone: 'America/New_York' })).toBe('2026-11-29');
  });

  it('clamps a day past the month\'s end to its last day ("the 31st" in November)', () => {
    expect(parseDate('the 31st', ctx)).toBe('2026-11-30');
  });
});

describe('parseDate reads a weekday of last week back (a payment made), never "马上周一"', () => {
  it.each([
    ['上周三', '2026-11-18'],
    ['上周五', '2026-11-20'],
    ['上上周一', '2026-11-09'],
    ['last Friday', '2026-11-27'],
    ['last saturday', '2026-11-21'],
    ['我马上周一就还', '2026-11-30'],
    ['下周五', '2026-12-04'],
  ])('"%s" is %s', (text, date) => {
    expect(parseDate(text, ctx)).toBe(date);
  });
});
