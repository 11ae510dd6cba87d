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
