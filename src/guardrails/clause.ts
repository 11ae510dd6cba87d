import { isRegexSpace } from './codedPattern.js';

/**
 * Where a clause starts: the end of the last clause boundary in text[from, at), read by hand in
 * one pass of character codes. Each function gives exactly what its regex gave when run with
 * `exec` left to right over `text.slice(from, at)` (the last match's end), without building the
 * slice or a match array per boundary (negation.ts asks this for every match of every rule):
 *
 *   zh: /[,;:!?。、\n]|但是|但|不过|可是|否则/g   (listComma false: the same without 、)
 *   en: /[!?;\n]|\.(?:\s|$)|\b(?:but|however|although|though|otherwise)\b/g
 */

const DAN = 0x4f46; // 但
const SHI = 0x662f; // 是
const BU = 0x4e0d; // 不
const GUO = 0x8fc7; // 过
const KE = 0x53ef; // 可
const FOU = 0x5426; // 否
const ZE = 0x5219; // 则
const LIST_COMMA = 0x3001; // 、

function zhPunctuation(c: number, listComma: boolean): boolean {
  return (
    c === 0x2c || // ,
    c === 0x3b || // ;
    c === 0x3a || // :
    c === 0x21 || // !
    c === 0x3f || // ?
    c === 0x3002 || // 。
    c === 0x0a ||
    (listComma && c === LIST_COMMA)
  );
}

/** The end of the last Chinese clause boundary in text[from, at), or from. */
export function zhClauseStart(text: string, from: number, at: number, listComma = true): number {
  let start = from;
  let p = from;
  while (p < at) {
    const c = text.charCodeAt(p);
    const next = p + 1 < at ? text.charCodeAt(p + 1) : -1;
    let length = 0;
    if (zhPunctuation(c, listComma)) length = 1;
    else if (c === DAN) length = next === SHI ? 2 : 1;
    else if ((c === BU && next === GUO) || (c === KE && next === SHI) || (c === FOU && next === ZE))
      length = 2;
    if (length > 0) {
      p += length;
      start = p;
    } else p++;
  }
  return start;
}

/** What \w matches: [A-Za-z0-9_]. */
function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/**
 * The English boundary word a code unit can open: each of but, however, although, though and
 * otherwise starts with a letter of its own, so at most one word is compared at a position.
 */
function boundaryWordFor(c: number): string | undefined {
  if (c === 0x62) return 'but';
  if (c === 0x68) return 'however';
  if (c === 0x61) return 'although';
  if (c === 0x74) return 'though';
  return c === 0x6f ? 'otherwise' : undefined;
}

/** Length of the boundary word starting at p (with \b on both sides inside [from, at)), or 0. */
function boundaryWord(text: string, from: number, at: number, p: number): number {
  if (p > from && isWordChar(text.charCodeAt(p - 1))) return 0;
  const word = boundaryWordFor(text.charCodeAt(p));
  if (word === undefined) return 0;
  const end = p + word.length;
  if (end > at || !text.startsWith(word, p)) return 0;
  return end === at || !isWordChar(text.charCodeAt(end)) ? word.length : 0;
}

/** The end of the last English clause boundary in text[from, at), or from. */
export function enClauseStart(text: string, from: number, at: number): number {
  let start = from;
  let p = from;
  while (p < at) {
    const c = text.charCodeAt(p);
    let length = 0;
    if (c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a) length = 1;
    else if (c === 0x2e) {
      if (p + 1 === at) length = 1;
      else if (isRegexSpace(text.charCodeAt(p + 1))) length = 2;
    } else if (c === 0x62 || c === 0x68 || c === 0x61 || c === 0x74 || c === 0x6f)
      length = boundaryWord(text, from, at, p);
    if (length > 0) {
      p += length;
      start = p;
    } else p++;
  }
  return start;
}
