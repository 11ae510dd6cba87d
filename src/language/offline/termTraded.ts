import type { Span } from './normalise.js';
import { ENGLISH_NUMBER_SOURCE, parseWholeNumber } from './numerals.js';

/**
 * A term turned down beside the term asked, in one message (conv19): "can i pay it off in 10
 * months instead of 24", "24 months is too long for me, what about 10?", "3 months is too short,
 * can i do 10 months", "i want 10 months not 3", "24个月太久了 10个月行不行", "不要3期了 分10期".
 * The term turned down is neither the term asked nor an amount; a bare number offered after a term
 * turned down ("what about 10?") is the term asked. Read on the normalised (lower-case) text.
 */

/** The longest term a policy here offers; a bare number above it is money, not a term. */
const MAX_TERM = 60;

/** Right after a term: it is turned down ("24 months is too long for me", "3期压力太大", "24个月太久了", "6个月每个月太多了"). */
const DOWN_AFTER =
  /^\s*(?:(?:is|are|'s|would be|will be|seems?|feels?|sounds?)\s+)?(?:(?:way|just|a bit|a little|kinda|kind of|much|really|too)\s+)*(?:too\s+(?:long|short|tight|fast|quick|much|many|few|steep|soon)|(?:won'?t|wont|doesn'?t|does not|will not|isn'?t|is not|not gonna) (?:work|do)\b|(?:no good|not enough))|^\s*(?:的话?)?(?:每(?:个)?月|每期|月供)?(?:要?还的?(?:钱)?)?(?:也|还是|实在|真的|有点|有些)?(?:太长|太久|太短|太少|太多|太高|太重|太快|太紧|太急|压力(?:太|有点|有些)?大|吃不消|扛不住|负担不了|不行|不够|不合适|不太行|还不上|还不起)/;

/** Right before a term: it is turned down ("instead of 24", "not 3", "than 24", "不要3期", "别分6期"). */
const DOWN_BEFORE =
  /(?:\b(?:instead of|rather than|than|not|no|forget|forget about|scratch)(?:\s+(?:the|that|those|a|an))?|(?:不要|不想|不用|不分|别分?|不是))\s*(?:分成?)?\s*$/;

/** A bare number said as an offer after a term turned down ("what about 10?", "can i do 10", "10 instead"). */
const OFFER_BEFORE =
  /(?:\b(?:what about|how about|can (?:i|we|you) do|could (?:i|we|you) do|make it|maybe|try|do|go with|or)|(?:改成|换成|改为|那就|要不|就))\s*(?:分成?)?\s*$/;
const OFFER_AFTER =
  /^\s*(?:instead\b|then\b|\?|吧|呢|行吗|可以吗|行不行|可不可以|好不好|成吗)|^\s*[\s\p{P}]*$/u;

/** Money or a rate beside a number: never a term. */
const MONEY_BEFORE = /(?:[$¥￥]|\busd|\brmb)\s*$/;
const MONEY_AFTER =
  /^\s*(?:k\b|bucks|dollars?|usd|rmb|cents?|%|percent|块|元|刀|万|千|百|a month|per month|\/\s*mo|each|monthly|a week|every|每|一个月|一期|号|日|th\b|st\b|nd\b|rd\b)/;

const BARE_NUMBER = new RegExp(`(?<![\\d.,])(\\d{1,3})(?!\\d|[.,]\\d)|${ENGLISH_NUMBER_SOURCE}`, 'g');

export interface TradedTerms {
  /** Spans of bare numbers that are terms (turned down or asked): never amounts. */
  spans: Span[];
  /** The term asked beside a term turned down, when the message has one. */
  asked?: { months: number; span: Span };
}

function turnedDown(norm: string, span: Span): boolean {
  return DOWN_AFTER.test(norm.slice(span.end, span.end + 40)) || DOWN_BEFORE.test(norm.slice(0, span.start));
}

function bareNumbers(norm: string, taken: readonly Span[]): { value: number; span: Span }[] {
  const out: { value: number; span: Span }[] = [];
  for (const m of norm.matchAll(BARE_NUMBER)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (taken.some((t) => span.start < t.end && t.start < span.end)) continue;
    const value = parseWholeNumber(m[0].replace(/^an?\s+/, ''));
    if (value === undefined || value < 2 || value > MAX_TERM) continue;
    if (MONEY_BEFORE.test(norm.slice(0, span.start)) || MONEY_AFTER.test(norm.slice(span.end))) continue;
    out.push({ value, span });
  }
  return out;
}

/**
 * The terms of a message that has a term in it (`found`: its terms said with a unit, in order):
 * bare numbers that are terms too, and the term asked when another is turned down.
 *
 *   tradedTerms('24 months is too long for me, what about 10?', [{ months: 24, span: { start: 0, end: 9 } }])
 *   // { spans: [{ start: 41, end: 43 }], asked: { months: 10, span: { start: 41, end: 43 } } }
 */
export function tradedTerms(norm: string, found: readonly { months: number; span: Span }[]): TradedTerms {
  if (found.length === 0) return { spans: [] };
  const spans: Span[] = [];
  let asked: TradedTerms['asked'];
  const downs = found.filter((f) => turnedDown(norm, f.span));
  for (const n of bareNumbers(
    norm,
    found.map((f) => f.span),
  )) {
    if (DOWN_BEFORE.test(norm.slice(0, n.span.start))) {
      spans.push(n.span);
      continue;
    }
    const afterDown = downs.some((d) => d.span.end <= n.span.start);
    const offered =
      OFFER_BEFORE.test(norm.slice(Math.max(0, n.span.start - 16), n.span.start)) ||
      OFFER_AFTER.test(norm.slice(n.span.end, n.span.end + 8));
    if (afterDown && offered && asked === undefined && found.every((f) => turnedDown(norm, f.span))) {
      spans.push(n.span);
      asked = { months: n.value, span: n.span };
    }
  }
  // A term turned down (said with its unit or bare) beside one term asked: the one asked.
  if (asked === undefined && (downs.length > 0 || spans.length > 0)) {
    asked = found.find((f) => !turnedDown(norm, f.span));
  }
  return { spans, ...(asked ? { asked } : {}) };
}
