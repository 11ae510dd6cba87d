/**
 * Numerals as people type them: Arabic ("2,000.50", "1.2"), Chinese ("三千五", "一万二", "两千",
 * "一点五万"), mixed ("3千5", "1.2万") and English words ("two thousand", "twenty-four").
 * Values are in hundredths (2000 → 200000) so decimals stay exact; `toInteger` turns them back.
 */

const CN_DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 100_000_000 };

const ARABIC = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?`;
const CN_CHAR = '[零〇一二两三四五六七八九十百千万亿]';
const CN_FRACTION = '点(?=[\\d零〇一二两三四五六七八九])';

/** One run of numeral characters ("3千5", "2,000.50", "一万二"); `g`-flagged, so clone before exec loops. */
export const NUMERAL_RUN_SOURCE = `(?:${ARABIC}|${CN_CHAR})(?:${ARABIC}|${CN_CHAR}|${CN_FRACTION})*`;

type Token =
  { kind: 'num'; hundredths: number; single: boolean; zero: boolean } | { kind: 'unit'; value: number };

/** "1,234.5" → 123450 hundredths. */
function arabicToHundredths(text: string): number {
  const [whole = '0', frac = ''] = text.replace(/,/g, '').split('.');
  const scaled = Number(`${whole}${frac.padEnd(2, '0').slice(0, 2)}`);
  if (frac.length <= 2) return scaled;
  return Number(`${whole}.${frac}`) * 100;
}

const ARABIC_FIRST = new RegExp(`^(?:${ARABIC})`);

function tokenise(run: string): Token[] | undefined {
  const tokens: Token[] = [];
  let rest = run;
  while (rest.length > 0) {
    const a = ARABIC_FIRST.exec(rest);
    const ch = rest[0] ?? '';
    if (a) {
      const text = a[0];
      tokens.push({
        kind: 'num',
        hundredths: arabicToHundredths(text),
        single: /^\d$/.test(text),
        zero: /^0+$/.test(text),
      });
      rest = rest.slice(text.length);
    } else if (ch in CN_DIGIT) {
      const d = CN_DIGIT[ch] ?? 0;
      tokens.push({ kind: 'num', hundredths: d * 100, single: true, zero: d === 0 });
      rest = rest.slice(1);
    } else if (ch in CN_UNIT) {
      tokens.push({ kind: 'unit', value: CN_UNIT[ch] ?? 1 });
      rest = rest.slice(1);
    } else if (ch === '点') {
      const frac = /^点([零〇一二两三四五六七八九\d]+)/.exec(rest);
      const prev = tokens[tokens.length - 1];
      if (!frac || prev?.kind !== 'num') return undefined;
      const digits = [...(frac[1] ?? '')].map((c) => (c in CN_DIGIT ? String(CN_DIGIT[c]) : c)).join('');
      prev.hundredths = arabicToHundredths(`${prev.hundredths / 100}.${digits}`);
      prev.single = false;
      rest = rest.slice(frac[0].length);
    } else {
      return undefined;
    }
  }
  return tokens;
}

interface Acc {
  total: number;
  section: number;
  pending: (Token & { kind: 'num' }) | undefined;
  lastUnit: number;
  afterZero: boolean;
}

function addNumber(acc: Acc, tok: Token & { kind: 'num' }): boolean {
  const prev = acc.pending;
  if (prev === undefined) {
    acc.pending = tok;
    if (tok.zero) acc.afterZero = true;
    return true;
  }
  if (prev.zero) {
    acc.pending = tok;
    return true;
  }
  // "两三千", "一两万": a spoken range; keep the lower bound, which is what the person can surely pay.
  return prev.single && tok.single && tok.hundredths - prev.hundredths === 100;
}

function addUnit(acc: Acc, unit: number): boolean {
  if (unit < 10_000) {
    const n =
      acc.pending?.hundredths ?? (unit === 10 && acc.section === 0 && acc.total === 0 ? 100 : undefined);
    if (n === undefined) return false;
    acc.section += n * unit;
  } else {
    const part = acc.section + (acc.pending?.hundredths ?? 0);
    if (part === 0 && acc.total === 0) return false;
    acc.total = unit === 10_000 ? acc.total + part * unit : (acc.total + part) * unit;
    acc.section = 0;
  }
  acc.pending = undefined;
  acc.lastUnit = unit;
  acc.afterZero = false;
  return true;
}

/**
 * Parses one numeral run into hundredths, or undefined when it is not a number ("千万", "万一").
 * A digit after the last unit is the spoken abbreviation: "三千五" = 3500, "一万二" = 12000,
 * "一百二" = 120, but "一千零五" = 1005.
 */
export function parseNumeral(run: string): number | undefined {
  const tokens = tokenise(run);
  if (!tokens || tokens.length === 0) return undefined;
  const acc: Acc = { total: 0, section: 0, pending: undefined, lastUnit: 0, afterZero: false };
  for (const tok of tokens) {
    const ok = tok.kind === 'num' ? addNumber(acc, tok) : addUnit(acc, tok.value);
    if (!ok) return undefined;
  }
  let tail = acc.pending?.hundredths ?? 0;
  if (acc.pending?.single && acc.lastUnit >= 100 && !acc.afterZero) tail *= acc.lastUnit / 10;
  const value = Math.round(acc.total + acc.section + tail);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** Integer value of a numeral run ("12", "十二") or undefined when absent or fractional. */
export function parseWholeNumber(run: string): number | undefined {
  const h = parseNumeral(run) ?? parseEnglishNumber(run);
  if (h === undefined || h % 100 !== 0) return undefined;
  return h / 100;
}

const EN_SMALL: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const EN_SCALE: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000, million: 1_000_000 };
const EN_WORD = `(?:${[...Object.keys(EN_SMALL), ...Object.keys(EN_SCALE)].join('|')})`;

/** English number words ("a hundred", "two thousand five hundred", "twenty-four"); `g`-flagged use: clone. */
export const ENGLISH_NUMBER_SOURCE = String.raw`\b(?:an?\s+)?${EN_WORD}(?:(?:\s+and\s+|[\s-]+)${EN_WORD})*\b`;

/** Parses English number words into hundredths ("two thousand" → 200000), or undefined. */
export function parseEnglishNumber(text: string): number | undefined {
  const words = text
    .trim()
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w !== 'and');
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const [i, w] of words.entries()) {
    if ((w === 'a' || w === 'an') && i === 0) {
      current = 1;
    } else if (w in EN_SMALL) {
      current += EN_SMALL[w] ?? 0;
      seen = true;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
    } else if (w in EN_SCALE) {
      total += (current || 1) * (EN_SCALE[w] ?? 1);
      current = 0;
      seen = true;
    } else {
      return undefined;
    }
  }
  return seen ? (total + current) * 100 : undefined;
}

const EN_ORDINAL: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};
/** Ordinal words this module reads as positions. */
export const ENGLISH_ORDINAL_SOURCE = `(?:${Object.keys(EN_ORDINAL).join('|')})`;

/** "first" → 1, "2nd" → 2, "3" → 3, "三" → 3; undefined otherwise. */
export function parseOrdinal(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (t in EN_ORDINAL) return EN_ORDINAL[t];
  const m = /^(\d+)(?:st|nd|rd|th)?$/.exec(t);
  if (m) return Number(m[1]);
  return parseWholeNumber(t);
}
