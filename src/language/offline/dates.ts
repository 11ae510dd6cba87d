import { addDays, type IsoDate } from '../../core/dates.js';
import type { UnderstandContext } from '../understanding.js';
import {
  dayOfMonthAhead,
  isoWeekday,
  makeDate,
  todayIn,
  upcomingDayOfMonth,
  upcomingMonthDay,
  upcomingWeekday,
  weekdayInWeek,
} from './calendar.js';
import { normalise, type Span } from './normalise.js';
import { ENGLISH_NUMBER_SOURCE, parseWholeNumber } from './numerals.js';
import { matchesOf, probeOf } from './probe.js';

/**
 * Dates people name when they promise to pay, resolved against today in their own time zone:
 * "2026-12-05", "12月5日", "5号", "下个月5号", "明天", "下周五", "月底", "三天后", "tomorrow",
 * "next Friday", "Dec 5", "12/5", "the 5th", "end of the month", "in two weeks".
 * Only "昨天"/"yesterday" and "前天" look back (for "I already paid
 * yesterday"), and "上周三" / "last Friday" (a payment made); other weekday forms never resolve to a
 * past day; "next Friday" and "下周五" mean the Friday of next (Monday-based) week. Pay-day words ("发工资的时候") are not dates and stay unresolved.
 */

type Resolver = (m: RegExpExecArray, today: IsoDate) => IsoDate | undefined;
interface DateRule {
  re: RegExp;
  resolve: Resolver;
  /** Something every match of `re` contains: a text without it skips the rule (cheap prefilter). */
  gate?: RegExp;
}

const CN_NUM = '(\\d{1,2}|[一二三四五六七八九十两]{1,3})';
const num = (text: string | undefined): number =>
  text === undefined ? NaN : (parseWholeNumber(text) ?? NaN);

const CN_WEEKDAY: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  日: 7,
  天: 7,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  '6': 6,
  '7': 7,
};
const EN_WEEKDAY: Readonly<Record<string, number>> = {
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};
const EN_MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthIndex = (name: string | undefined): number => EN_MONTHS.indexOf((name ?? '').slice(0, 3)) + 1;

/** "下下周", "下周", "上上周", "上周": weeks from this one (a payment made "上周三" is in the past). */
const WEEKS_AHEAD: readonly [string, number][] = [
  ['下下', 2],
  ['下', 1],
  ['上上', -2],
  ['上', -1],
];

function cnWeekday(prefix: string | undefined, day: string | undefined, today: IsoDate): IsoDate | undefined {
  const weekday = CN_WEEKDAY[day ?? ''];
  if (weekday === undefined) return undefined;
  const ahead = prefix === undefined ? 0 : (WEEKS_AHEAD.find(([p]) => prefix.startsWith(p))?.[1] ?? 0);
  return ahead === 0 ? upcomingWeekday(today, weekday) : weekdayInWeek(today, weekday, ahead);
}

function enWeekday(prefix: string | undefined, day: string | undefined, today: IsoDate): IsoDate | undefined {
  const weekday = EN_WEEKDAY[(day ?? '').slice(0, 3)];
  if (weekday === undefined) return undefined;
  // "last Friday": the latest Friday before today.
  if (prefix?.startsWith('last')) return addDays(today, -((isoWeekday(today) - weekday + 7) % 7 || 7));
  return prefix?.startsWith('next') ? weekdayInWeek(today, weekday, 1) : upcomingWeekday(today, weekday);
}

function relative(amount: number, unit: string | undefined, today: IsoDate): IsoDate | undefined {
  if (!Number.isInteger(amount) || amount < 0 || amount > 366) return undefined;
  const week = /周|星期|礼拜|week/.test(unit ?? '');
  return addDays(today, week ? amount * 7 : amount);
}

const DIGIT = /\d/;
const DAY_MARK = /[日号]/;

const RAW_RULES: readonly DateRule[] = [
  {
    re: /(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?!\d)/g,
    resolve: (m) => makeDate(num(m[1]), num(m[2]), num(m[3])),
    gate: DIGIT,
  },
  {
    re: new RegExp(
      `(?:(下下个?月|下个?月|这个?月|本月)|${CN_NUM}\\s*月份?)\\s*${CN_NUM}\\s*[日号](?!元)`,
      'g',
    ),
    resolve: (m, t) => {
      if (m[1] === undefined) return upcomingMonthDay(t, num(m[2]), num(m[3]));
      const ahead = m[1].startsWith('下下') ? 2 : m[1].startsWith('下') ? 1 : 0;
      return ahead === 0 ? upcomingDayOfMonth(t, num(m[3])) : dayOfMonthAhead(t, ahead, num(m[3]));
    },
    gate: DAY_MARK,
  },
  // "每个月10号发工资": a day every month, its next occurrence.
  {
    re: new RegExp(`(?:每个?月|每月)\\s*${CN_NUM}\\s*[日号](?=\\s*(?:发工资|发薪|开工资|发钱|工资))`, 'g'),
    resolve: (m, t) => upcomingDayOfMonth(t, num(m[1])),
    gate: DAY_MARK,
  },
  {
    re: new RegExp(`(?<![\\d月期第])${CN_NUM}\\s*[号日](?!元|方案|选项|线|楼)`, 'g'),
    resolve: (m, t) => upcomingDayOfMonth(t, num(m[1])),
    gate: DAY_MARK,
  },
  { re: /大后天/g, resolve: (_m, t) => addDays(t, 3) },
  { re: /后天|day after tomorrow/g, resolve: (_m, t) => addDays(t, 2) },
  { re: /明天|明日|明早|明晚|\btomorrow\b|\btmrw?\b/g, resolve: (_m, t) => addDays(t, 1) },
  { re: /今天|今日|今晚|\btoday\b|\btonight\b/g, resolve: (_m, t) => t },
  { re: /前天|\bday before yesterday\b/g, resolve: (_m, t) => addDays(t, -2) },
  { re: /昨天|昨日|昨晚|\byesterday\b/g, resolve: (_m, t) => addDays(t, -1) },
  {
    re: new RegExp(`${CN_NUM}\\s*(天|日|周|个星期|星期|个礼拜|礼拜)\\s*(?:后|之后|以后)`, 'g'),
    resolve: (m, t) => relative(num(m[1]), m[2], t),
    gate: /后/,
  },
  {
    re: new RegExp(
      `\\bin\\s+(\\d{1,3}|${ENGLISH_NUMBER_SOURCE})\\s+(days?|weeks?)\\b|\\b(\\d{1,3}|${ENGLISH_NUMBER_SOURCE})\\s+(days?|weeks?)\\s+from\\s+(?:now|today)\\b`,
      'g',
    ),
    resolve: (m, t) => relative(num((m[1] ?? m[3])?.replace(/^an?$/, 'one')), m[2] ?? m[4], t),
    gate: /day|week/,
  },
  {
    re: /\bin\s+an?\s+(week|day)\b|\ba\s+week\s+from\s+(?:now|today)\b/g,
    resolve: (m, t) => relative(1, m[1] ?? 'week', t),
    gate: /day|week/,
  },
  {
    re: /(下下个?|下个?|(?<!马)上上个?|(?<!马)上个?|这个?|本)?\s*(?:周|星期|礼拜)([一二三四五六日天1-7])/g,
    resolve: (m, t) => cnWeekday(m[1], m[2], t),
    gate: /周|星期|礼拜/,
  },
  {
    re: /\b(next|last|this coming|this|coming)?\s*(?:week\s+)?\b(monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sunday)\b/g,
    resolve: (m, t) => enWeekday(m[1], m[2], t),
    gate: /mon|tue|wed|thu|fri|sat|sun/,
  },
  {
    re: new RegExp(`\\b(${EN_MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4})\\b)?`, 'g'),
    resolve: (m, t) =>
      m[3]
        ? makeDate(num(m[3]), monthIndex(m[1]), num(m[2]))
        : upcomingMonthDay(t, monthIndex(m[1]), num(m[2])),
    gate: DIGIT,
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${EN_MONTH})\\b(?:,?\\s*(\\d{4})\\b)?`, 'g'),
    resolve: (m, t) =>
      m[3]
        ? makeDate(num(m[3]), monthIndex(m[2]), num(m[1]))
        : upcomingMonthDay(t, monthIndex(m[2]), num(m[1])),
    gate: DIGIT,
  },
  {
    re: /(?<![\d/.,])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/g,
    resolve: (m, t) => {
      if (m[3] === undefined) return upcomingMonthDay(t, num(m[1]), num(m[2]));
      const year = m[3].length === 2 ? 2000 + num(m[3]) : num(m[3]);
      return makeDate(year, num(m[1]), num(m[2]));
    },
    gate: /\//,
  },
  {
    re: /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:one|option|plan|choice))(?:\s+of\s+(?:the\s+|this\s+)?(next\s+)?month)?/g,
    resolve: (m, t) => (m[2] ? dayOfMonthAhead(t, 1, num(m[1])) : upcomingDayOfMonth(t, num(m[1]))),
    gate: DIGIT,
  },
  {
    re: /(下下个?月|下个?月|本月|这个?月)?\s*月?(?:底|末)(?!前?\d)/g,
    resolve: (m, t) => monthEnd(m[1], t),
    gate: /[底末]/,
  },
  {
    re: /\bend of (?:the |this )?month\b|\bmonth[- ]end\b|\bend of next month\b/g,
    resolve: (m, t) => dayOfMonthAhead(t, m[0].includes('next') ? 1 : 0),
    gate: /end/,
  },
  {
    re: /(?:下个?月)?月初|下个?月初|\b(?:beginning|start|first) of next month\b|\bearly next month\b/g,
    resolve: (_m, t) => dayOfMonthAhead(t, 1, 1),
    gate: /月初|next month/,
  },
  {
    re: /年底|年末|\bend of (?:the |this )?year\b/g,
    resolve: (_m, t) => makeDate(Number(t.slice(0, 4)), 12, 31),
    gate: /年底|年末|end of/,
  },
];

const RULES = RAW_RULES.map((rule) => ({ ...rule, probe: probeOf(rule.re) }));

function monthEnd(prefix: string | undefined, today: IsoDate): IsoDate | undefined {
  const ahead = prefix === undefined ? 0 : prefix.startsWith('下下') ? 2 : prefix.startsWith('下') ? 1 : 0;
  return dayOfMonthAhead(today, ahead);
}

/**
 * Something at least one rule needs (the union of the gates and literal words above): a text
 * without any of it has no date, and skips all the rules at once.
 */
const DATE_HINT =
  /[\d日号后明今昨周底末/]|前天|星期|礼拜|月初|day|week|mon|tue|wed|thu|fri|sat|sun|end|next month|tomorrow|tmr|tonight/;

interface DateMatch extends Span {
  resolve: () => IsoDate | undefined;
}

function allMatches(norm: string, today: IsoDate): DateMatch[] {
  const found: DateMatch[] = [];
  for (const rule of RULES) {
    if (rule.gate !== undefined && !rule.gate.test(norm)) continue;
    for (const m of matchesOf(norm, rule.re, rule.probe)) {
      const start = m.index;
      found.push({ start, end: start + m[0].length, resolve: () => rule.resolve(m, today) });
    }
  }
  // Earliest first, then longest: "2026年12月5日" beats its own "12月5日" and "5日".
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Every date expression's span (for masking before amounts are read) and the first that resolves. */
export function scanDates(
  norm: string,
  today: IsoDate,
): { spans: Span[]; first?: { date: IsoDate; span: Span } } {
  if (!DATE_HINT.test(norm)) return { spans: [] };
  const matches = allMatches(norm, today);
  const spans = matches.map(({ start, end }) => ({ start, end }));
  for (const match of matches) {
    const date = match.resolve();
    if (date !== undefined) return { spans, first: { date, span: { start: match.start, end: match.end } } };
  }
  return { spans };
}

/** Spans of every date expression (resolvable or not). */
export function dateSpans(norm: string): Span[] {
  return scanDates(norm, '2000-01-01').spans;
}

/** The first date in already-normalised text that resolves, with its span. */
export function findDate(norm: string, today: IsoDate): { date: IsoDate; span: Span } | undefined {
  return scanDates(norm, today).first;
}

/**
 * The date a message names, as YYYY-MM-DD in `ctx.timeZone`, or undefined.
 *
 *   parseDate('下周五', { now: new Date('2026-11-28T10:00:00+08:00'), timeZone: 'Asia/Shanghai' }) // '2026-12-04'
 */
export function parseDate(text: string, ctx: UnderstandContext): IsoDate | undefined {
  return findDate(normalise(text), todayIn(ctx.now, ctx.timeZone))?.date;
}
