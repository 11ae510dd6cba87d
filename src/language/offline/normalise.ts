import { Converter } from 'opencc-js/t2cn';

/** Traditional → simplified, so "別再聯繫我" matches the same rules as "别再联系我". */
const toSimplified = Converter({ from: 'hk', to: 'cn' });

const HAN = /\p{Script=Han}/u;
const CURLY = /[\u2018\u2019\u2032\u201c\u201d]/;
/** The same result as replacing every `\s+` with one space, without rewriting lone spaces. */
const SPACE_TO_COLLAPSE = /\s\s+|[^\S ]/g;

/**
 * The one form every rule matches against: NFKC (full-width digits, letters and punctuation become
 * ASCII: "１２３４" → "1234", "，" → ","), simplified Chinese, lower case, curly quotes straightened,
 * runs of white space collapsed. Length may change, so spans always refer to the normalised text.
 */
export function normalise(text: string): string {
  return remembered(lowered, text, lowerNow);
}

/** `normalise` without lower-casing, for the few rules that need a capital (a name: "this isn't John"). */
export function normaliseKeepCase(text: string): string {
  return remembered(cased, text, keepCaseNow);
}

/**
 * The last few texts each form was made for, with what it made: one turn reads the same message
 * with the understanding, the care detectors and the dialogs' helpers, each of which normalises
 * it (issue 19); a pure function, so a text seen again gets the same form without the work.
 */
interface Memo {
  texts: string[];
  forms: string[];
  next: number;
}
const MEMO_SIZE = 4;
/** Texts longer than this are normalised every time (comparing them costs what the work does). */
const MEMO_MAX_CHARS = 4000;
const newMemo = (): Memo => ({ texts: [], forms: [], next: 0 });
const lowered = newMemo();
const cased = newMemo();

function remembered(memo: Memo, text: string, make: (text: string) => string): string {
  if (text.length > MEMO_MAX_CHARS) return make(text);
  const at = memo.texts.indexOf(text);
  if (at >= 0) return memo.forms[at] ?? make(text);
  const form = make(text);
  memo.texts[memo.next] = text;
  memo.forms[memo.next] = form;
  memo.next = (memo.next + 1) % MEMO_SIZE;
  return form;
}

const lowerNow = (text: string): string => normaliseKeepCase(text).toLowerCase();

function keepCaseNow(text: string): string {
  let out = text.normalize('NFKC');
  if (HAN.test(out)) out = toSimplified(out);
  if (CURLY.test(out)) out = out.replace(/[\u2018\u2019\u2032]/g, "'").replace(/[\u201c\u201d]/g, '"');
  return out.replace(SPACE_TO_COLLAPSE, ' ').trim();
}

/** A half-open range [start, end) of the normalised text that one finder has claimed. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Replaces claimed spans with '|', a character no numeral rule crosses, so an amount finder never
 * reads the "12" of "分12期" or the "5" of "12月5日".
 */
export function mask(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const { start, end } of spans) {
    out = out.slice(0, start) + '|'.repeat(Math.max(0, end - start)) + out.slice(end);
  }
  return out;
}
