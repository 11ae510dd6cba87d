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
  return normaliseKeepCase(text).toLowerCase();
}

/** `normalise` without lower-casing, for the few rules that need a capital (a name: "this isn't John"). */
export function normaliseKeepCase(text: string): string {
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
