import { createHmac } from 'node:crypto';

/**
 * Masks ID, card, social-security and phone numbers in free text, for logs and for the
 * reviewer's default view. Keeps the last four digits so a reviewer can still tell them apart.
 *
 *   maskPii('卡号6222020200112233445') === '卡号***************3445'
 */
/** A digit as people type it: ASCII or full-width (a Chinese IME gives ０-９). */
const D = '[0-9０-９]';
/** Digits read out one by one in Chinese (幺 for 1, as on the phone). */
const ZH_DIGITS = '〇零一二三四五六七八九幺';
const ZH_VALUE: Record<string, string> = Object.fromEntries(
  [...ZH_DIGITS].map((c, i) => [c, i === 0 ? '0' : i === ZH_DIGITS.length - 1 ? '1' : String(i - 1)]),
);

const PATTERNS: RegExp[] = [
  // Chinese resident ID: 17 digits + digit or X
  new RegExp(String.raw`(?<!${D})${D}{17}(?:${D}|[Xx])(?!${D})`, 'g'),
  // the same ID grouped 6-8-4 (region, birth date, sequence)
  new RegExp(String.raw`(?<!${D})${D}{6}[ -]${D}{8}[ -]${D}{3}(?:${D}|[Xx])(?!${D})`, 'g'),
  // card numbers: 13–19 digits, optionally grouped by spaces or dashes
  new RegExp(String.raw`(?<!${D})${D}{4}(?:[ -]?${D}{3,4}){2,4}(?!${D})`, 'g'),
  // any longer run of digits (an account number)
  new RegExp(String.raw`(?<!${D})${D}{13,}(?!${D})`, 'g'),
  // US SSN, with dashes or spaces
  new RegExp(String.raw`(?<!${D})${D}{3}([- ])${D}{2}\1${D}{4}(?!${D})`, 'g'),
  // Chinese mobile numbers, optionally with +86, written whole or 3-4-4
  new RegExp(String.raw`(?:\+?86[ -]?)?(?<!${D})[1１][3-9３-９]${D}([ .-]?)${D}{4}\1${D}{4}(?!${D})`, 'g'),
  // US phone numbers like (415) 555-0100, 415-555-0100, +1 415 555 0100
  /(?:\+?1[ .-]?)?\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b/g,
  // a phone or ID number read out digit by digit, in Chinese numerals or spaced digits
  new RegExp(String.raw`[${ZH_DIGITS}]{11,}[Xx]?|(?<!${D})${D}(?: ${D}){10,}(?!${D})`, 'g'),
];

/** The digits of a match, as ASCII (full-width and Chinese numerals read as the digit they are). */
function digitsOf(match: string): string {
  let out = '';
  for (const c of match) {
    const code = c.charCodeAt(0);
    if (code >= 0x30 && code <= 0x39) out += c;
    else if (code >= 0xff10 && code <= 0xff19) out += String(code - 0xff10);
    else if (ZH_VALUE[c] !== undefined) out += ZH_VALUE[c];
  }
  return out;
}

function maskMatch(match: string): string {
  if (digitsOf(match).length < 7) return match;
  const keep = match.slice(-4);
  return '*'.repeat(Math.max(match.length - 4, 3)) + keep;
}

export function maskPii(text: string): string {
  let out = text;
  for (const pattern of PATTERNS) out = out.replace(pattern, maskMatch);
  return out;
}

/**
 * The copy of an activity (or any record) that may be stored: every string under a key named
 * `text`, at any depth, with full ID, card and phone numbers masked (last four kept). Pure; the
 * storage boundaries call it (transcript records, the Direct Line activity store), so what
 * reviewers and agents read, and what "reveal" can show, is only the masked form.
 *
 *   maskTextFields({ type: 'message', text: '卡号6222020200112233445' }).text === '卡号***************3445'
 */
export function maskTextFields<T>(value: T, depth = 0): T {
  if (depth > 32 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v: unknown) => maskTextFields(v, depth + 1)) as T;
  // Dates, buffers and class instances are kept as they are; only plain records are walked.
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    out[key] = key === 'text' && typeof v === 'string' ? maskPii(v) : maskTextFields(v, depth + 1);
  }
  return out as T;
}

/**
 * Keyed fingerprints (HMAC-SHA256 over the digits, hex) of the full identifiers in `text`, for
 * matching a number someone typed against a known one without storing it: same number and
 * key, same fingerprint.
 *
 *   piiFingerprints('卡号6222020200112233445', key); // ['9f2c…']
 */
export function piiFingerprints(text: string, key: Buffer | string): string[] {
  const found: string[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const digits = digitsOf(match[0]);
      if (digits.length >= 7) found.push(createHmac('sha256', key).update(digits).digest('hex'));
    }
  }
  return [...new Set(found)];
}
