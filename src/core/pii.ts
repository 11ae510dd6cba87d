import { createHmac } from 'node:crypto';

/**
 * Masks ID, card, social-security and phone numbers in free text, for logs and for the
 * reviewer's default view. Keeps the last four digits so a reviewer can still tell them apart.
 *
 *   maskPii('卡号6222020200112233445') === '卡号***************3445'
 */
const PATTERNS: RegExp[] = [
  // Chinese resident ID: 17 digits + digit or X
  /(?<!\d)\d{17}[\dXx](?!\d)/g,
  // card numbers: 13–19 digits, optionally grouped by spaces or dashes
  /(?<!\d)\d{4}(?:[ -]?\d{3,4}){2,4}(?!\d)/g,
  // US SSN
  /(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)/g,
  // Chinese mobile numbers, optionally with +86
  /(?:\+?86[ -]?)?(?<!\d)1[3-9]\d{9}(?!\d)/g,
  // US phone numbers like (415) 555-0100, 415-555-0100, +1 415 555 0100
  /(?:\+?1[ .-]?)?\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b/g,
];

function maskMatch(match: string): string {
  const digits = match.replace(/\D/g, '');
  if (digits.length < 7) return match;
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
      const digits = match[0].replace(/\D/g, '');
      if (digits.length >= 7) found.push(createHmac('sha256', key).update(digits).digest('hex'));
    }
  }
  return [...new Set(found)];
}
