import type { Slots, UnderstandContext } from '../understanding.js';
import { findAmount, idCueSpans, nonMoneySpans } from './amount.js';
import { todayIn } from './calendar.js';
import { scanDates } from './dates.js';
import * as P from './intentPatterns.js';
import { findLast4 } from './last4.js';
import { allMonths } from './months.js';
import { tradedTerms } from './termTraded.js';
import { mask, type Span } from './normalise.js';
import { findOption } from './options.js';
import { matchesOf, probeOf } from './probe.js';

/**
 * The slots of one message, each finder run once. Numbers that are not money (dates, months,
 * options, cued ID digits) are masked before amounts are read, and a number the person refuses
 * ("2000太多了", "12期太长了") is not a slot at all: `amountCents` and `months` are always what the
 * person offers (or, with `already_paid`, what they paid), never what they turn down.
 */
export interface Found {
  slots: Slots;
  /** A bare four-digit message: last4 and amount at once. */
  ambiguousLast4: boolean;
  /** The date is the point of the message ("下周五吧", "by next Friday", "明天还"), not small talk. */
  dateIsOffer: boolean;
  /** A number was named only to be refused. */
  refusedNumber: boolean;
}

export const any = (patterns: readonly RegExp[], text: string): boolean =>
  patterns.some((re) => re.test(text));

const CLAUSE_BREAK = /(?:[,.](?!\d)|[!?;，。！？；])+/;

/** The clause around a span: where a refusal applies ("三千太多了" but not "…，两千吧"). */
function clauseAround(text: string, span: Span): string {
  const before = text.slice(0, span.start).split(CLAUSE_BREAK).pop() ?? '';
  const after = text.slice(span.end).split(CLAUSE_BREAK)[0] ?? '';
  return before + text.slice(span.start, span.end) + after;
}

/** A word dropping what was said before, at the clause's start ("算了 …", "nah never mind …"). */
const DROPPED_BEFORE = /^\s*(?:那|哎|唉|嗯)?算了吧?\s+|^\s*(?:nah|no|ok|okay)?\s*(?:never ?mind|nvm)\s+/;

/** A refusal in the number's own clause, not overruled there by an affordability word ("只能", "can pay"). */
function refused(norm: string, span: Span): boolean {
  // "算了 每月还2000吧", "never mind, make it 400": the earlier plan dropped, this number offered (conv19b).
  const clause = clauseAround(norm, span).replace(DROPPED_BEFORE, '');
  return any(P.DECLINE, clause) && !P.AFFORD_WORDS.test(clause);
}

/**
 * Two terms in one message, one asked after a change cue ("六期压力太大了 能不能分十二期", "switch to
 * 10 mnths, 6 is too tight", "还是改成12期吧"): the one asked (conv18).
 */
const CHANGE_CUE =
  /(?:改成|换成|变成|改为|改到|换到|能不能分|能否分|可不可以分|可以分|还是分|想分|要分|switch(?:ing)? to|change (?:it |that |this )?to|make it|go (?:for|with)|rather do|prefer)\s*(?:分成?)?\s*$/;

function changedTo(
  norm: string,
  found: readonly { months: number; span: Span }[],
): { months: number } | undefined {
  if (found.length < 2) return undefined;
  return found.find(
    (f) =>
      CHANGE_CUE.test(norm.slice(Math.max(0, f.span.start - 12), f.span.start)) ||
      CHANGE_CUE.test(norm.slice(Math.max(0, f.span.start - 12), f.span.start + 1)),
  );
}

/** The amount offered: the first in a clause that does not refuse it ("三千太多了，两千吧" → 2000). */
function pickAmount(norm: string, masked: string): { cents: number; refused: boolean } | undefined {
  const found: { cents: number; refused: boolean }[] = [];
  let offset = 0;
  for (const clause of masked.split(CLAUSE_BREAK)) {
    offset = masked.indexOf(clause, offset);
    const amount = findAmount(clause);
    if (amount) {
      const span = { start: offset + amount.start, end: offset + amount.end };
      found.push({ cents: amount.cents, refused: refused(norm, span) });
    }
    offset += clause.length;
  }
  return found.find((a) => !a.refused) ?? found[0];
}

/**
 * A first amount taken back and a new one said in the same message (conv15b: "300 is too tight with
 * daycare. make it 200", "scratch that, 250 wont work, more like 150", "算了三千太多了 … 两千五吧"):
 * the new one is the offer. Only with words taking the first back and the new one said as an offer.
 */
const TAKEN_BACK =
  /\btoo (?:tight|much|high|steep|many|big)\b|\b(?:wont|won'?t|doesn'?t|does not|will not|can'?t|cannot) (?:work|do it|manage (?:it|that))\b|\bscratch that\b|\bactually\b|太多|多了|太高|太紧|不行|算了|吃不消|负担不了|扛不住|受不了/;
const NEW_OFFER =
  /\b(?:make it|make that|more like|instead|how about|what about|maybe|can (?:do|pay|manage)|could (?:do|pay))\s*\S*$|(?:改成|改为|换成|那就|就|还是|先)\S{0,2}$/;
const NEW_OFFER_AFTER =
  /^\s*(?:吧|呢|行吗|可以吗|行不行|好不好|成吗|instead|then|tops|max|ok\??)?[\s\p{P}]*$/u;

function allAmounts(masked: string): { cents: number; start: number; end: number }[] {
  const out: { cents: number; start: number; end: number }[] = [];
  let text = masked;
  for (let i = 0; i < 4; i += 1) {
    const a = findAmount(text);
    if (!a) break;
    out.push({ cents: a.cents, start: a.start, end: a.end });
    text = mask(text, [{ start: a.start, end: a.end }]);
  }
  return out.sort((x, y) => x.start - y.start);
}

function revisedAmount(norm: string, masked: string): { cents: number; refused: boolean } | undefined {
  const amounts = allAmounts(masked);
  const first = amounts[0];
  const last = amounts[amounts.length - 1];
  if (first === undefined || last === undefined || amounts.length < 2 || first.cents === last.cents)
    return undefined;
  if (!TAKEN_BACK.test(norm.slice(0, last.start))) return undefined;
  const before = norm.slice(Math.max(first.end, last.start - 16), last.start);
  const after = norm.slice(last.end).split(CLAUSE_BREAK)[0] ?? '';
  const offered =
    NEW_OFFER.test(before) ||
    NEW_OFFER_AFTER.test(after.replace(/^\s*(?:a|per) month\b|^\s*(?:一个月|每月|每个月)/, ''));
  if (!offered || any(P.DECLINE, after)) return undefined;
  return { cents: last.cents, refused: false };
}

const ACCEPT_PROBE = probeOf(P.ACCEPT_PHRASE);

/** Agreement or refusal words; a refusal wins ("好的，但是太多了" refuses). */
function yesNoOf(norm: string): 'yes' | 'no' | undefined {
  if (any(P.DECLINE, norm)) return 'no';
  if (P.HESITATION.test(norm)) return undefined;
  const clauses = norm.split(/[\s\p{P}]+/u).map((c) => c.replace(/[啊呀吧嘛呢哦了的啦哈]+$/u, ''));
  if (clauses.some((c) => P.ACCEPT_CLAUSE.test(c)) || P.SELF_CONFIRM.test(norm)) return 'yes';
  for (const m of matchesOf(norm, P.ACCEPT_PHRASE, ACCEPT_PROBE)) {
    const before = norm.slice(Math.max(0, m.index - 4), m.index);
    if (!/(?:不|没|别|not |n't |no )$/.test(before)) return 'yes';
  }
  return undefined;
}

/** Per month or once. Without an amount, only "once" for paying everything ("一次性还清", "in full"). */
function periodOf(norm: string, slots: Slots): Slots['period'] {
  if (slots.amountCents !== undefined) {
    if (P.MONTHLY_WORDS.test(norm)) return 'month';
    if (slots.date !== undefined || P.ONCE_WORDS.test(norm)) return 'once';
    return undefined;
  }
  // "先还一部分": part of it, never the whole balance at once.
  return P.ONCE_WORDS.test(norm) && slots.months === undefined && !P.PART_WORDS.test(norm)
    ? 'once'
    : undefined;
}

const DOWN_CUE =
  /先(?:给(?:你们?|银行))?(?:还|付|交|转)|首付|首期先|今天(?:先)?(?:还|付)|现在(?:先)?(?:还|付)|\bdown ?payment\b|\bupfront\b|\bup front\b|\b(?:now|today|first)\b/;
const REST_CUE =
  /剩下|剩余|其余|余下|其他的?|\bthe rest\b|\bremaining\b|\bremainder\b|\bwhat'?s left\b|\bthe balance\b/;
const SPREAD_CUE =
  /分期|分\d+期|分[一二两三四五六七八九十]+期|分几(?:个月|期)|\binstal?lments?\b|\bspread\b|\bover (?:\d+|a few|several|some|a couple of) months\b|\bmonthly\b/;

/** "先还5000，剩下的分6期": a down payment now and the rest in instalments; the amount is not a budget. */
function downPayment(norm: string, slots: Slots): void {
  if (slots.amountCents === undefined || !DOWN_CUE.test(norm)) return;
  if (!REST_CUE.test(norm) || (slots.months === undefined && !SPREAD_CUE.test(norm))) return;
  slots.downPaymentCents = slots.amountCents;
  delete slots.amountCents;
}

/** What every amount starts with (a digit, a Chinese numeral, an English number word): none, no amount. */
const AMOUNT_HINT = /[\d零〇一二两三四五六七八九十百千万亿a-z]/;

/** Every slot in already-normalised text. */
export function slotsOf(norm: string, ctx: UnderstandContext): Found {
  const slots: Slots = {};
  const dates = scanDates(norm, todayIn(ctx.now, ctx.timeZone));
  const monthsFound = allMonths(norm);
  // "10 months instead of 24", "24 months is too long, what about 10?": the 24 is a term turned down (conv19).
  const traded = tradedTerms(norm, monthsFound);
  const terms = [...monthsFound, ...traded.spans.map((span) => ({ months: 0, span }))];
  const option = findOption(norm);
  const last4 = findLast4(norm);
  const masked = AMOUNT_HINT.test(norm)
    ? mask(
        norm,
        nonMoneySpans({ dates: dates.spans, months: terms, option, last4, idCues: idCueSpans(norm) }),
      )
    : undefined;
  const amount = masked === undefined ? undefined : (revisedAmount(norm, masked) ?? pickAmount(norm, masked));
  const months =
    changedTo(norm, monthsFound) ?? traded.asked ?? monthsFound.find((m) => !refused(norm, m.span));
  const monthsRefused = months === undefined && monthsFound.length > 0;
  if (amount && !amount.refused) slots.amountCents = amount.cents;
  if (months) slots.months = months.months;
  if (option) slots.optionIndex = option.optionIndex;
  if (last4) slots.last4 = last4.last4;
  const date = dates.first;
  const dateIsOffer =
    date !== undefined &&
    (P.PAY_VERBS.test(norm) || P.PAYDAY.test(norm) || P.isOnlyFiller(mask(norm, [date.span])));
  // A date kept without an offer or an amount would be small talk ("今天天气怎么样").
  if (date && (dateIsOffer || slots.amountCents !== undefined || slots.months !== undefined))
    slots.date = date.date;
  downPayment(norm, slots);
  const period = periodOf(norm, slots);
  if (period) slots.period = period;
  const yesNo = yesNoOf(norm);
  if (yesNo) slots.yesNo = yesNo;
  const refusedNumber = amount?.refused === true || monthsRefused;
  return { slots, ambiguousLast4: last4?.couldBeAmount === true, dateIsOffer, refusedNumber };
}
