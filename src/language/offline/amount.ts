import { dateSpans } from './dates.js';
import { findLast4 } from './last4.js';
import { allMonths } from './months.js';
import { mask, normalise, type Span } from './normalise.js';
import { ENGLISH_NUMBER_SOURCE, NUMERAL_RUN_SOURCE, parseEnglishNumber, parseNumeral } from './numerals.js';
import { findOption } from './options.js';
import { matchesOf, probeOf } from './probe.js';

/**
 * Amounts of money as people type them: "2000", "2,000.50", "三千五" (3500), "1.2万" (12000),
 * "两千", "一万二" (12000), "3千", "¥500", "500块", "$300", "300 dollars", "5k", "two thousand".
 * Numbers that are something else are skipped: months ("分12期"), dates ("12月5日", "the 5th"),
 * options ("方案2"), ID digits after a cue, counts ("三个"), times ("3点"), long digit strings
 * (card or phone numbers). The currency is the account's; a "$" only marks the number as money.
 */

export interface AmountMatch extends Span {
  cents: number;
  /** Marked as money by a currency sign or unit ("¥", "块", "dollars"), which wins over a bare number. */
  marked: boolean;
}

const CURRENCY_BEFORE = /(?:[¥$]|us\$|rmb|cny|usd|人民币)\s*$/;
const CURRENCY_AFTER = /^\s*(?:块钱|块|元钱|元|圆|rmb|yuan|dollars?|bucks?|usd|cny|美元|美金|人民币)/;
const MULTIPLIER_AFTER = /^\s*(?:(k)(?![a-z])|(w)(?![a-z])|(grand|thousand)\b|(million)\b|(hundred)\b)/;
const NOT_MONEY_AFTER =
  /^\s*(?:期|个|月|年|号|日|天|周|星期|礼拜|次|位|岁|点|%|倍|分(?!期)|小时|钟|:|楼|遍|名|折|成|(?:st|nd|rd|th|months?|years?|days?|weeks?|times|am|pm|percent|digits?|x)\b)/;
/** Income is not an offer: "我每月收入3000只能还1000" offers 1000. */
const INCOME_BEFORE =
  /(?:收入|工资|月薪|薪水|\bincome|\bsalary|\bearn|\bmake)\s*(?:是|有|才|只有|就|大概|差不多|of|is|about|only)?\s*$/;
const NOT_MONEY_BEFORE =
  /(?:(?:第|方案|选项?|选择|号码|尾号|卡号|编号|#|no\.|option|plan|choice|number)\s*|[a-z])$/;

function multiplier(after: string): { factor: number; length: number } {
  const m = MULTIPLIER_AFTER.exec(after);
  if (!m) return { factor: 1, length: 0 };
  const factor = m[1] ? 1000 : m[2] ? 10_000 : m[3] ? 1000 : m[4] ? 1_000_000 : 100;
  return { factor, length: m[0].length };
}

/** One numeral run in context: its value in cents, or undefined when it is not money. */
function runAmount(text: string, run: string, start: number): AmountMatch | undefined {
  const before = text.slice(0, start);
  let end = start + run.length;
  const hasArabic = /\d/.test(run);
  const currencyBefore = CURRENCY_BEFORE.test(before);
  if ((!currencyBefore && NOT_MONEY_BEFORE.test(before)) || INCOME_BEFORE.test(before)) return undefined;
  if (hasArabic && /^\d{9,}/.test(run.replace(/,/g, ''))) return undefined;
  const mult = hasArabic ? multiplier(text.slice(end)) : { factor: 1, length: 0 };
  end += mult.length;
  const after = text.slice(end);
  const currencyAfter = CURRENCY_AFTER.test(after);
  if (!currencyAfter && mult.length === 0 && NOT_MONEY_AFTER.test(after)) return undefined;
  const marked = currencyBefore || currencyAfter || mult.length > 0;
  if (!hasArabic && !marked && (!/[十百千万亿]/.test(run) || /^[百千万亿]/.test(run))) return undefined;
  const value = parseNumeral(run);
  if (value === undefined || value === 0) return undefined;
  return { cents: value * mult.factor, start, end, marked };
}

function englishAmount(text: string, words: string, start: number): AmountMatch | undefined {
  const end = start + words.length;
  const marked = CURRENCY_BEFORE.test(text.slice(0, start)) || CURRENCY_AFTER.test(text.slice(end));
  const perMonth = /^\s*(?:a|per|each|every)\s+month\b/.test(text.slice(end));
  if (!marked && !perMonth && !/hundred|thousand|million/.test(words)) return undefined;
  if (NOT_MONEY_BEFORE.test(text.slice(0, start).replace(/\s+$/, '')) && !marked) return undefined;
  const value = parseEnglishNumber(words);
  return value === undefined || value === 0 ? undefined : { cents: value, start, end, marked };
}

// Compiled once: matchAll works on its own copy, so these never carry a lastIndex between calls.
const NUMERAL_RUNS = new RegExp(NUMERAL_RUN_SOURCE, 'g');
const ENGLISH_NUMBERS = new RegExp(ENGLISH_NUMBER_SOURCE, 'g');
const NUMERAL_PROBE = probeOf(NUMERAL_RUNS);
const ENGLISH_PROBE = probeOf(ENGLISH_NUMBERS);

/** Every amount in text whose non-money numbers are already masked; first marked, else first. */
export function findAmount(masked: string): AmountMatch | undefined {
  const found: AmountMatch[] = [];
  for (const m of matchesOf(masked, NUMERAL_RUNS, NUMERAL_PROBE)) {
    const match = runAmount(masked, m[0], m.index);
    if (match) found.push(match);
  }
  for (const m of matchesOf(masked, ENGLISH_NUMBERS, ENGLISH_PROBE)) {
    const match = englishAmount(masked, m[0], m.index);
    if (match) found.push(match);
  }
  found.sort((a, b) => a.start - b.start);
  return found.find((a) => a.marked) ?? found[0];
}

/** What the other finders claimed in a text; computed once and shared by the amount finder. */
export interface NonMoney {
  dates: Span[];
  months: { span: Span }[];
  option?: { span: Span };
  last4?: { span: Span; couldBeAmount: boolean };
  /** The ID cue's own digit ("last 4 is 4321", "后4位"): never money (conv15b). */
  idCues?: Span[];
  /** Nine digits or more, grouped or not (a card, phone, ID or account number): never money. */
  longNumbers?: Span[];
}

/** attack14: "my card is 4111 1111 1111 1111" was read as a budget of 4,111 a month. */
const LONG_NUMBER = /\d(?:[ \-.]?\d){8,}/g;

/** The spans of digit runs too long to be a sum a person can pay (card, phone, ID numbers). */
export function longNumberSpans(norm: string): Span[] {
  return [...norm.matchAll(LONG_NUMBER)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const ID_CUE_DIGIT = /\blast\s*4\b|(?:后|末|最后)\s*4\s*位/g;

/** The spans of ID cues that hold a digit. */
export function idCueSpans(norm: string): Span[] {
  return [...norm.matchAll(ID_CUE_DIGIT)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export function findNonMoney(norm: string): NonMoney {
  return {
    dates: dateSpans(norm),
    months: allMonths(norm),
    option: findOption(norm),
    last4: findLast4(norm),
    idCues: idCueSpans(norm),
    longNumbers: longNumberSpans(norm),
  };
}

/**
 * Spans that hold numbers which are not money: dates, months, option choices, cued ID digits.
 * A bare "2000" (the whole message) is left unmasked, so it is both a last4 and an amount.
 */
export function nonMoneySpans(found: NonMoney): Span[] {
  const spans = [...found.dates];
  spans.push(...found.months.map((m) => m.span));
  if (found.option) spans.push(found.option.span);
  if (found.last4 && !found.last4.couldBeAmount) spans.push(found.last4.span);
  if (found.last4) spans.push(...(found.idCues ?? []));
  spans.push(...(found.longNumbers ?? []));
  return spans;
}

/**
 * The amount of money a message names, in integer cents, or undefined.
 *
 *   parseAmount('每个月只能还2000') // 200000
 *   parseAmount('一万二')          // 1200000
 */
export function parseAmount(text: string): number | undefined {
  const norm = normalise(text);
  return findAmount(mask(norm, nonMoneySpans(findNonMoney(norm))))?.cents;
}
