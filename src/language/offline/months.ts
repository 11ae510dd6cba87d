import { normalise, type Span } from './normalise.js';
import { ENGLISH_NUMBER_SOURCE, parseWholeNumber } from './numerals.js';
import { matchesOf, probeOf } from './probe.js';

/**
 * How many monthly instalments a person asks for: "分12期", "12个月", "分三次", "一年" (12),
 * "一年半" (18), "半年" (6), "6 months", "two years" (24), "18-month plan", "12 payments".
 * "12月" is December and "一个月后" is a date, so neither is a number of months; "我一个月只能还…"
 * means "per month", not a one-month plan.
 */

const MAX_MONTHS = 120;
const RUN = '(\\d{1,3}(?:\\.\\d)?|[零一二两三四五六七八九十百]{1,4})';
const EN_NUM = `(\\d{1,3}(?:\\.\\d)?|${ENGLISH_NUMBER_SOURCE})`;

interface MonthsRule {
  re: RegExp;
  months: (m: RegExpExecArray) => number | undefined;
  /** Something every match of `re` contains: a text without it skips the rule (cheap prefilter). */
  gate?: RegExp;
}

const whole = (text: string | undefined): number | undefined =>
  text === undefined ? undefined : parseWholeNumber(text.replace(/^an?$/, 'one'));

function years(count: string | undefined, half: boolean): number | undefined {
  if (count === undefined) return half ? 6 : undefined;
  const value = Number(count);
  const n = Number.isNaN(value) ? whole(count) : value;
  if (n === undefined || n > 10) return undefined;
  return Math.round(n * 12) + (half ? 6 : 0);
}

const RAW_RULES: readonly MonthsRule[] = [
  {
    re: new RegExp(`(?:分成?)?\\s*${RUN}\\s*(?:期|个月)(?!后|之后|以后|前)`, 'g'),
    months: (m) => whole(m[1]),
    gate: /期|个月/,
  },
  {
    // "分三次", "分成3份", "拆成4笔", "分六回还完" (conv15): a count of payments is a term.
    re: new RegExp(`(?:分|拆)(?:成|为|开)?\\s*${RUN}\\s*(?:次|份|笔|回)`, 'g'),
    months: (m) => whole(m[1]),
    gate: /[次份笔回]/,
  },
  {
    re: /(?<![\d年])(\d{1,2}(?:\.5)?|[一二两三四五六七八九十])\s*年(半)?(?!后|之后|以后|前|底|末|\d|[一二三四五六七八九十]+月)/g,
    months: (m) => years(m[1], m[2] !== undefined),
    gate: /年/,
  },
  { re: /半年(?!后|之后|以后|前)/g, months: () => 6, gate: /半年/ },
  {
    // "10 mnths", "12 mths", "6 monts" (conv18): typed as on phones.
    re: new RegExp(
      `${EN_NUM}[\\s-]*(?:months?|mos?|mnths?|mths?|monts?)\\b(?!\\s+(?:ago|late|overdue|behind|past))`,
      'g',
    ),
    months: (m) => whole(m[1]),
    gate: /mo|mn|mt/,
  },
  {
    // "make it ten instead of six" (conv18): two small counts traded for each other are terms.
    re: new RegExp(
      `${EN_NUM}\\s+(?:instead of|rather than)\\s+${EN_NUM}\\b(?!\\s*(?:bucks|dollars|usd|k\\b))`,
      'g',
    ),
    months: (m) => {
      const asked = whole(m[1]);
      const before = whole(m[2]);
      return asked !== undefined && before !== undefined && asked <= 60 && before <= 60 ? asked : undefined;
    },
    gate: /instead|rather/,
  },
  {
    // "6 is too tight" beside a term asked (conv18): the term turned down, never an amount.
    re: new RegExp(
      `${EN_NUM}\\s+(?:is|are|'s|would be|will be)\\s+(?:way |just |a bit |kinda )?too\\s+(?:tight|short|fast|quick)\\b`,
      'g',
    ),
    months: (m) => {
      const n = whole(m[1]);
      return n !== undefined && n <= 60 ? n : undefined;
    },
    gate: /too/,
  },
  {
    // "split it in 3", "break it into 4", "pay it off in 6 parts", "5 chunks" (conv15): a count of
    // payments said without "months" is a term, never an amount (no currency beside it).
    re: new RegExp(
      `\\b(?:split|break|divide|chop|spread)(?:\\s+(?:it|this|that|the (?:balance|debt|amount)))?(?:\\s+up)?\\s+(?:in|into|over)\\s+${EN_NUM}\\b(?![\\s-]*(?:bucks|dollars|usd|k\\b|%|\\$|\\.\\d|years?|yrs?|months?|mos?\\b|mnths?|mths?|monts?|weeks?|wks?|days?))|\\b(?:in|into)\\s+${EN_NUM}\\s+(?:parts|chunks|pieces|bits|goes|lots|portions)\\b`,
      'g',
    ),
    months: (m) => {
      const n = whole(m[1] ?? m[2]);
      return n !== undefined && n >= 2 && n <= 60 ? n : undefined;
    },
    gate: /split|break|divide|chop|spread|parts|chunks|pieces|bits|goes|lots|portions/,
  },
  {
    re: new RegExp(`${EN_NUM}\\s+(?:monthly\\s+)?(?:installments?|instalments?|payments)\\b`, 'g'),
    months: (m) => whole(m[1]),
    gate: /instal|payments/,
  },
  {
    re: new RegExp(`${EN_NUM}[\\s-]*years?\\b(\\s+and\\s+a\\s+half)?(?!\\s+(?:ago|late|overdue))`, 'g'),
    months: (m) => years(m[1]?.replace(/^an?$/, '1'), m[2] !== undefined),
    gate: /year/,
  },
  { re: /\b(?:a\s+)?year\s+and\s+a\s+half\b/g, months: () => 18, gate: /year/ },
  { re: /\bhalf\s+a\s+year\b/g, months: () => 6, gate: /year/ },
  { re: /\ba\s+year\b(?!\s+(?:ago|late|overdue))/g, months: () => 12, gate: /year/ },
];

const RULES = RAW_RULES.map((rule) => ({ ...rule, probe: probeOf(rule.re) }));

/** "我一个月只能还…": a count of one followed by a verb or an amount means "per month". */
function isPerMonthPhrase(norm: string, m: RegExpExecArray, months: number): boolean {
  if (months !== 1) return false;
  const after = norm.slice(m.index + m[0].length);
  return /^\s*(?:只|能|就|可|最多|大概|差不多|也|才|给|付|交|还|\d|[一二三四五六七八九两])/.test(after);
}

/** Every number of months in already-normalised text, in order, overlaps removed (longest wins). */
export function allMonths(norm: string): { months: number; span: Span }[] {
  const found: { months: number; span: Span }[] = [];
  for (const rule of RULES) {
    if (rule.gate !== undefined && !rule.gate.test(norm)) continue;
    for (const m of matchesOf(norm, rule.re, rule.probe)) {
      const months = rule.months(m);
      if (months === undefined || months < 1 || months > MAX_MONTHS || !Number.isInteger(months)) continue;
      if (isPerMonthPhrase(norm, m, months)) continue;
      found.push({ months, span: { start: m.index, end: m.index + m[0].length } });
    }
  }
  found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: { months: number; span: Span }[] = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last === undefined || f.span.start >= last.span.end) kept.push(f);
  }
  return kept;
}

/** The first number of months in already-normalised text, with its span. */
export function findMonths(norm: string): { months: number; span: Span } | undefined {
  return allMonths(norm)[0];
}

/**
 * The number of monthly instalments a message asks for, or undefined.
 *
 *   parseMonths('能不能分12期') // 12
 *   parseMonths('two years')   // 24
 */
export function parseMonths(text: string): number | undefined {
  return findMonths(normalise(text))?.months;
}
