import { createHmac } from 'node:crypto';

/**
 * Masks ID, card, social-security and phone numbers in free text, for logs and for the
 * reviewer's default view. Keeps the last four digits so a reviewer can still tell them apart.
 *
 *   maskPii('卡号6222020200112233445') === '卡号***************3445'
 */
/** A digit as the rules read it: ASCII or full-width; other scripts' digits are folded first (foldDigits). */
const D = '[0-9０-９]';
/** Digits read out one by one in Chinese (幺 for 1, as on the phone). */
const ZH_DIGITS = '〇零一二三四五六七八九幺';
const ZH_VALUE: Record<string, string> = Object.fromEntries(
  [...ZH_DIGITS].map((c, i) => [c, i === 0 ? '0' : i === ZH_DIGITS.length - 1 ? '1' : String(i - 1)]),
);

/**
 * What joins groups of digits as people type them: spaces (also no-break, thin, narrow and
 * ideographic), dashes (ASCII, Unicode, minus signs and full-width), dots (ASCII and full-width),
 * middle dots and slashes.
 */
const SEP = String.raw`[ \u00a0\u2000-\u200a\u202f\u205f\u3000\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d.\uff0e\u00b7\u30fb/]`;
/**
 * Invisible format characters (zero-width space and joiners, word joiner, BOM, soft hyphen, bidi
 * marks) between digits or separators: dropped before matching, so `1101\u200b0519…` is one number.
 */
const INVISIBLE_CHARS = String.raw`[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]`;
const INVISIBLE = new RegExp(String.raw`(?<=\p{Nd}|${SEP})${INVISIBLE_CHARS}+(?=\p{Nd}|${SEP})`, 'gu');
/** Any invisible character at all: a text without one has nothing for INVISIBLE to drop. */
const ANY_INVISIBLE = new RegExp(INVISIBLE_CHARS);

/**
 * `text.replace(INVISIBLE, '')`, without running INVISIBLE's lookarounds at every position of a
 * text that holds no invisible character (nearly all: a reply of 200 characters took ~10 us).
 */
export function dropInvisible(text: string): string {
  return ANY_INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text;
}

const DOTS = /^[.\uff0e]$/;

/**
 * A number typed in groups with one separator throughout (`1101 0519 9001 0112 34`,
 * `110105.19900101.1234`, `123-45-6789`): every group two digits or more, the last may end in X
 * (a resident ID's check character). Masked when it holds nine digits or more; a date
 * (`2026-10-24`, 8 digits) or a list of plan terms keeps fewer. Two groups joined by a dot are a
 * decimal (`12345678.90`) and are left to the digit-run rule below.
 */
const GROUPED = new RegExp(
  String.raw`(?<!${D})${D}{2,}(${SEP})(?:${D}+[Xx]|${D}{2,})(?:\1(?:${D}+[Xx]|${D}{2,}))*(?!${D}|[Xx])`,
  'g',
);

/**
 * A number typed with a mix of separators (`1101 0519-9001 0112 34`, `6222-0212 3456 7890 123`,
 * `+86 138-1234 5678`): groups of digits joined by runs of up to three separators, not all the
 * same. Masked whole when it holds nine digits or more beside its dates (`2026-10-24`) and
 * decimals (`100.00`, `10.30`), so a date with a time or a range of amounts is left alone.
 * Numbers joined by one separator throughout are left to GROUPED and the rules after it.
 */
const MIXED = new RegExp(String.raw`(?<!${D})${D}+(?:${SEP}{1,3}${D}+)+[Xx]?(?!${D}|[Xx])`, 'g');
const SEP_RUN = new RegExp(`${SEP}+`, 'g');
const DATE_OR_DECIMAL = new RegExp(
  String.raw`(?<!${D})(?:${D}{4}[-./－．]${D}{1,2}[-./－．]${D}{1,2}|${D}+[.．]${D}{1,2})(?!${D}|[.．]${D})`,
  'g',
);

function mixedIdentifier(match: string): boolean {
  const separators = [...new Set(match.match(SEP_RUN) ?? [])];
  // one single separator throughout is GROUPED's; one longer run throughout (` - `) is ours
  if (separators.length < 2 && (separators[0]?.length ?? 0) < 2) return false;
  return digitsOf(match.replace(DATE_OR_DECIMAL, '')).length >= 9;
}

interface Pattern {
  re: RegExp;
  /** Fewest digits a match must hold to be masked (and fingerprinted). */
  min: number;
  /** Whether a match is an identifier at all (beyond its digit count). */
  accept?: (match: string, separator: string | undefined) => boolean;
}

const PATTERNS: Pattern[] = [
  { re: MIXED, min: 9, accept: mixedIdentifier },
  { re: GROUPED, min: 9, accept: (m, sep) => !(sep && DOTS.test(sep) && m.split(sep).length < 3) },
  // Chinese resident ID: 17 digits + digit or X
  { re: new RegExp(String.raw`(?<!${D})${D}{17}(?:${D}|[Xx])(?!${D})`, 'g'), min: 7 },
  // the same ID grouped 6-8-4 (region, birth date, sequence)
  { re: new RegExp(String.raw`(?<!${D})${D}{6}[ -]${D}{8}[ -]${D}{3}(?:${D}|[Xx])(?!${D})`, 'g'), min: 7 },
  // card numbers: 13–19 digits, optionally grouped by spaces or dashes
  { re: new RegExp(String.raw`(?<!${D})${D}{4}(?:[ -]?${D}{3,4}){2,4}(?!${D})`, 'g'), min: 7 },
  // any run of nine digits or more: a bare SSN (123456789), an account, card or ID number. Never
  // money: the bot reads no amount from a run this long either (see README, attack14).
  { re: new RegExp(String.raw`(?<!${D})${D}{9,}(?!${D})`, 'g'), min: 9 },
  // US SSN, with dashes or spaces
  { re: new RegExp(String.raw`(?<!${D})${D}{3}([- ])${D}{2}\1${D}{4}(?!${D})`, 'g'), min: 7 },
  // Chinese mobile numbers, optionally with +86, written whole or 3-4-4
  {
    re: new RegExp(
      String.raw`(?:\+?86[ -]?)?(?<!${D})[1１][3-9３-９]${D}([ .-]?)${D}{4}\1${D}{4}(?!${D})`,
      'g',
    ),
    min: 7,
  },
  // US phone numbers like (415) 555-0100, 415-555-0100, +1 415 555 0100
  { re: /(?:\+?1[ .-]?)?\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b/g, min: 7 },
  // a phone or ID number read out digit by digit, in Chinese numerals; nine digits or more
  // spaced one by one (an SSN read out)
  { re: new RegExp(String.raw`[${ZH_DIGITS}]{11,}[Xx]?|(?<!${D})${D}(?: ${D}){8,}(?!${D})`, 'g'), min: 7 },
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

/** Whether `match` (found by `p`, with its first capture `separator`) is masked. */
function masks(p: Pattern, match: string, separator: unknown): boolean {
  if (digitsOf(match).length < p.min) return false;
  return !p.accept || p.accept(match, typeof separator === 'string' ? separator : undefined);
}

function maskMatch(match: string): string {
  const keep = match.slice(-4);
  return '*'.repeat(Math.max(match.length - 4, 3)) + keep;
}

/**
 * Every Unicode decimal digit (`\p{Nd}`: Arabic-Indic ٠-٩, Extended Arabic-Indic ۰-۹, Devanagari
 * ०-९, full-width ０-９ and every other script's) read as the ASCII digit it is, one UTF-16 unit
 * for each, so each rule below sees one number whatever scripts it was typed in (sec17). `parts`
 * (when anything was folded) holds, for each unit of `folded`, what it stood for in the text.
 */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/u;
const OTHER_DIGITS = /(?![0-9])\p{Nd}/gu;
const IS_DIGIT = /^\p{Nd}$/u;
const digitValues = new Map<number, string>();

/** A decimal digit's value: its distance from the start of its run of digits (runs of ten, 0-9). */
function digitValue(digit: string): string {
  const cp = digit.codePointAt(0) ?? 0;
  let value = digitValues.get(cp);
  if (value !== undefined) return value;
  let start = cp;
  while (start > 0 && IS_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  value = String((cp - start) % 10);
  digitValues.set(cp, value);
  return value;
}

function foldDigits(text: string): { folded: string; parts: string[] | undefined } {
  if (!OTHER_DIGIT.test(text)) return { folded: text, parts: undefined };
  const parts: string[] = [];
  for (const ch of text) {
    if (IS_DIGIT.test(ch)) parts.push(ch);
    else for (let i = 0; i < ch.length; i++) parts.push(ch[i] ?? '');
  }
  const folded = text.replace(OTHER_DIGITS, digitValue);
  return { folded, parts };
}

/** The masked text in the scripts it was typed in: a unit masked in `masked` is '*', others as typed. */
function unfold(masked: string, folded: string, parts: string[] | undefined): string {
  // every rule masks in place (a match of seven characters or more keeps its length)
  if (!parts || masked.length !== parts.length) return masked;
  let out = '';
  for (let i = 0; i < masked.length; i++) out += masked[i] !== folded[i] ? masked[i] : parts[i];
  return out;
}

/** The fewest digits any rule masks: a text with fewer cannot hold a number to mask. */
const FEWEST_DIGITS = Math.min(...PATTERNS.map((p) => p.min));
/** What `digitsOf` reads as a digit once other scripts' digits are folded (`foldDigits`). */
const DIGIT_LIKE = new RegExp(`^[\\p{Nd}${ZH_DIGITS}]$`, 'u');
/** DIGIT_LIKE's answer for each code unit of the Basic Multilingual Plane: 0 not yet asked, 1 no, 2 yes. */
const bmpDigitLike = new Uint8Array(0x10000);

/** Whether the code point (of any plane) is one DIGIT_LIKE matches. */
function digitLike(cp: number): boolean {
  if (cp >= 0x10000) return DIGIT_LIKE.test(String.fromCodePoint(cp));
  let known = bmpDigitLike[cp] ?? 0;
  if (known === 0) {
    known = DIGIT_LIKE.test(String.fromCharCode(cp)) ? 2 : 1;
    bmpDigitLike[cp] = known;
  }
  return known === 2;
}

/**
 * Whether the text holds at least `n` digits (any script's, or Chinese numerals): the code
 * points DIGIT_LIKE matches, counted without a match object for each (issue 19).
 */
export function hasDigits(text: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x80) {
      if (cp >= 0x30 && cp <= 0x39 && ++count >= n) return true;
      continue;
    }
    // A surrogate pair is one code point, as the `u` flag reads it (a lone surrogate is itself).
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (digitLike(cp) && ++count >= n) return true;
  }
  return false;
}

export function maskPii(text: string): string {
  // Most text holds too few digits for any rule (a greeting, a reply naming one amount): then
  // nothing is masked, and only the invisible characters between digits are dropped (issue 19).
  if (!hasDigits(text, FEWEST_DIGITS)) return dropInvisible(text);
  const { folded, parts } = foldDigits(dropInvisible(text));
  return unfold(mayMask(folded) ? maskByRules(folded) : folded, folded, parts);
}

/** maskPii with every rule run over the text, whatever it holds: what maskPii answers. */
export function maskPiiByEveryRule(text: string): string {
  const { folded, parts } = foldDigits(text.replace(INVISIBLE, ''));
  return unfold(maskByRules(folded), folded, parts);
}

function maskByRules(folded: string): string {
  let out = folded;
  for (const p of PATTERNS)
    out = out.replace(p.re, (match: string, separator: unknown) =>
      masks(p, match, separator) ? maskMatch(match) : match,
    );
  return out;
}

/**
 * What a rule's match is made of, one code unit at a time (the rules read code units): digits
 * as `digitsOf` counts them (ASCII, full-width, Chinese numerals), and the rest a match may hold
 * (the separators, an ID's X, a phone number's `+ ( )`); any other unit ends every match.
 */
const RULE_DIGIT = new RegExp(`^[0-9０-９${ZH_DIGITS}]$`);
const RULE_OTHER = new RegExp(String.raw`^(?:[Xx+()]|${SEP})$`);
/** Each code unit's part in a match: 0 not yet asked, 1 none, 2 a digit, 3 another unit a match may hold. */
const ruleUnits = new Uint8Array(0x10000);

function ruleUnit(code: number): number {
  let unit = ruleUnits[code] ?? 0;
  if (unit === 0) {
    const c = String.fromCharCode(code);
    unit = RULE_DIGIT.test(c) ? 2 : RULE_OTHER.test(c) ? 3 : 1;
    ruleUnits[code] = unit;
  }
  return unit;
}

/**
 * Whether any rule could mask anything in the (folded) text: a masked match holds at least
 * FEWEST_DIGITS digits and only units a match may hold, and masking only puts in '*', which no
 * match holds; so a text with no run of such units holding that many digits (a reply naming
 * amounts, `12,345.67`: the comma ends the run) is left as it is without running the rules.
 */
function mayMask(folded: string): boolean {
  let digits = 0;
  for (let i = 0; i < folded.length; i++) {
    const unit = ruleUnit(folded.charCodeAt(i));
    if (unit === 1) digits = 0;
    else if (unit === 2 && ++digits >= FEWEST_DIGITS) return true;
  }
  return false;
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
  // Each form is looked for in what the earlier forms left unmasked, as maskPii does, so a
  // grouped ID is one fingerprint and not also the card-shaped run inside it.
  let rest = foldDigits(dropInvisible(text)).folded;
  for (const p of PATTERNS)
    rest = rest.replace(p.re, (match: string, separator: unknown) => {
      if (!masks(p, match, separator)) return match;
      found.push(createHmac('sha256', key).update(digitsOf(match)).digest('hex'));
      return maskMatch(match);
    });
  return [...new Set(found)];
}
