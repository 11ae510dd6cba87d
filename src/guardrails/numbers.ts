/**
 * Finds the account details a reply states — money amounts, days overdue, card digits, dates —
 * in the normalised text, as exact values (money in integer cents) with their offsets.
 *
 *   findMentions('您已逾期35天，欠款12,345.67元')
 *   // [{ kind: 'days_past_due', days: 35, … }, { kind: 'money', cents: 1234567, … }]
 */
export type MentionCurrency = 'CNY' | 'USD';

export type Mention =
  | { kind: 'money'; start: number; end: number; cents: number; currency?: MentionCurrency }
  | { kind: 'days_past_due'; start: number; end: number; days: number }
  /** "逾期两个多月", "two months behind": never one of the facts, which count days. */
  | { kind: 'months_past_due'; start: number; end: number; months: number }
  | { kind: 'card_digits'; start: number; end: number; last4: string }
  | {
      kind: 'date';
      start: number;
      end: number;
      year?: number;
      month: number;
      day: number;
      dueContext: boolean;
    };

const CN = '[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]';
const EN_WORD =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million';
const EN_ALT = EN_WORD.split('|')
  .sort((a, b) => b.length - a.length)
  .join('|');
const EN_NUM = `(?:(?:${EN_ALT})(?:[\\s-]+(?:and[\\s-]+)?(?=(?:${EN_ALT})\\b))?)+`;
const NUM = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';

const RE_MONEY = new RegExp(
  [
    `(?<![a-z0-9])(?<cur1>us\\$|\\$|¥|rmb|cny|usd|人民币)\\s?(?<n1>${NUM})(?:\\s?(?<m1>万|千|百|k(?![a-z])))?(?:\\s?(?:元|块|圆))?`,
    `(?<![\\d.,])(?<n2>${NUM})\\s?(?<m2>亿|万|千|百)?\\s?(?<cur2>元|块钱|块|圆|美元|美金|人民币|yuan|dollars?|bucks|usd|rmb|cny)(?![a-z])`,
    `(?<cn>${CN}+)(?<cur3>元|块钱|块|圆|美元|美金)(?:(?<jiao>[零一二两三四五六七八九])角)?(?:(?<fen>[零一二两三四五六七八九])分)?`,
    `\\b(?<en>${EN_NUM})\\s(?<cur4>dollars|bucks|yuan)\\b`,
    `(?:欠款|余额|金额|应还|还款额|最低还款|待还|账单|本金|手续费|利息|滞纳金|违约金|balance|amount|payment of|minimum|owe|owing|due of|fee of|interest of|principal|total of)[^\\d\\n$¥]{0,6}?(?<![\\d.,])(?<n5>${NUM})(?!\\s?(?:%|个|期|天|日|月|年|次|分钟|小时|号|位|岁|倍|笔|元|块|万|千|百|美元|days?|months?|years?|times|minutes|hours|instal?lments?|payments?|percent|dollars?|yuan)|[\\d.,]*\\d|:)`,
    `(?<![\\d.,$¥a-z])(?<n6>\\d{1,3}(?:,\\d{3})+(?:\\.\\d{2})?|\\d+\\.\\d{2})(?![\\d%]|\\s?(?:%|percent|元|块|万|千|美元|dollars?|yuan))`,
  ].join('|'),
  'g',
);

const RE_DAYS = new RegExp(
  [
    `(?:逾期|拖欠|超期|迟还|晚还)(?:了|已|已经|已达|达|共|天数(?:为|是|:)?)?\\s?(?<d1>\\d+|${CN}+)\\s?(?:个)?(?:天|日)(?!内|以内|以上|之内|起)`,
    `(?<![\\d])(?<d2>\\d+|${CN}+)\\s?(?:天|日)(?:的)?(?:逾期|拖欠)`,
    `(?<![\\da-z])(?<d3>\\d+|${EN_NUM})[\\s-]days?\\s(?:past due|overdue|late|behind|delinquent|in arrears)`,
    `(?:overdue|past due|late|behind)\\s(?:by|for)\\s(?<d4>\\d+|${EN_NUM})\\sdays?`,
    `days past due(?:\\s(?:is|are)|:)?\\s(?<d5>\\d+)`,
  ].join('|'),
  'g',
);
const RE_MONTHS = new RegExp(
  [
    `(?:逾期|拖欠|超期|欠款)(?:了|已|已经|已达|达|快|将近|近)?\\s?(?<m1>\\d+|${CN}+)\\s?(?:个)?(?:多|半)?(?:个)?月(?!内|以内|以上|之内|起)`,
    `(?<![\\da-z])(?<m2>\\d+|a|${EN_NUM})\\s(?:full\\s)?months?\\s(?:behind|overdue|past due|late|in arrears)`,
  ].join('|'),
  'g',
);
const DAYS_COMPARATIVE =
  /(?:超过|以上|至少|最多|不足|少于|多于|满|more than|over|at least|up to|within|after|less than|under|about)\s?$/;

const RE_CARD = new RegExp(
  [
    `(?:尾号|末四位|后四位|末尾|尾数)(?:为|是|:)?\\s?(?<c1>\\d{4})(?!\\d)`,
    `(?:ending(?: in| with)?|ends (?:in|with)|last (?:four|4)(?: digits)?(?: (?:are|of|is))?)[\\s:#]*(?<c2>\\d{4})(?!\\d)`,
    `(?:\\*|x|•|·){2,}[\\s-]?(?<c3>\\d{4})(?!\\d)`,
  ].join('|'),
  'g',
);

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const RE_DATE = new RegExp(
  [
    `(?<y1>\\d{4})年(?<m1>\\d{1,2})月(?<d1>\\d{1,2})[日号]`,
    `(?<![\\d年])(?<m2>\\d{1,2})月(?<d2>\\d{1,2})[日号]`,
    `(?<![\\d])(?<y3>\\d{4})[-/.](?<m3>\\d{1,2})[-/.](?<d3>\\d{1,2})(?![\\d])`,
    `\\b(?<mon4>${MONTHS})\\.?\\s(?<d4>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s(?<y4>\\d{4}))?\\b`,
    `\\b(?<d5>\\d{1,2})(?:st|nd|rd|th)?\\s(?:of\\s)?(?<mon5>${MONTHS})\\.?(?:,?\\s(?<y5>\\d{4}))?\\b`,
  ].join('|'),
  'g',
);
const DUE_CONTEXT = /(?:还款日|到期|截止|最后还款|之前|前还|due|deadline|pay by|by|before)/;

const CN_DIGIT: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const CN_UNIT: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const CN_BIG: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 };

/** 两千 → 2000, 一万二千三百 → 12300, 三千五 → 3500, 十五 → 15, 四十五 → 45. */
export function parseChineseNumber(text: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = 1;
  let zeroAfterUnit = false;
  for (const ch of text) {
    const d = CN_DIGIT[ch];
    if (d !== undefined) {
      if (d === 0) zeroAfterUnit = true;
      else digit = d;
      continue;
    }
    zeroAfterUnit = false;
    const unit = CN_UNIT[ch];
    if (unit !== undefined) {
      section += (digit ?? 1) * unit;
      digit = undefined;
      lastUnit = unit;
      continue;
    }
    const big = CN_BIG[ch];
    if (big === undefined) return undefined;
    total += (section + (digit ?? 0)) * big;
    section = 0;
    digit = undefined;
    lastUnit = big;
  }
  // A trailing digit after a unit is one unit lower: 三千五 = 3500, 一万二 = 12000.
  if (digit !== undefined) section += lastUnit >= 10 && !zeroAfterUnit ? digit * (lastUnit / 10) : digit;
  return total + section;
}

const EN_VALUE: Readonly<Record<string, number>> = Object.fromEntries(
  EN_WORD.split('|').map((w, i) => [w, i <= 20 ? i : (i - 18) * 10]),
);

/** "forty-five" → 45, "three thousand two hundred ten" → 3210. */
export function parseEnglishNumber(text: string): number | undefined {
  let total = 0;
  let current = 0;
  for (const word of text.split(/[\s-]+/)) {
    if (word === '' || word === 'and') continue;
    if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'thousand' || word === 'million') {
      total += (current || 1) * (word === 'thousand' ? 1000 : 1_000_000);
      current = 0;
    } else {
      const v = EN_VALUE[word];
      if (v === undefined) return undefined;
      current += v;
    }
  }
  return total + current;
}

const MULTIPLIER: Readonly<Record<string, bigint>> = {
  万: 10_000n,
  千: 1000n,
  百: 100n,
  k: 1000n,
  亿: 100_000_000n,
};

/** "12,345.67" × 万 → cents, exactly (rounded to the cent when the multiplier leaves a fraction). */
export function decimalToCents(text: string, multiplier = ''): number | undefined {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text.replace(/,/g, ''));
  if (!m) return undefined;
  const frac = m[2] ?? '';
  const scaled = BigInt((m[1] ?? '0') + frac) * 100n * (MULTIPLIER[multiplier] ?? 1n);
  const divisor = 10n ** BigInt(frac.length);
  const cents = (scaled * 2n + divisor) / (2n * divisor);
  return cents <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(cents) : undefined;
}

function currencyOf(token: string | undefined): MentionCurrency | undefined {
  if (!token) return undefined;
  if (/^(?:us\$|\$|usd|美元|美金|dollars?|bucks)$/.test(token)) return 'USD';
  if (/^(?:¥|rmb|cny|人民币|元|块钱|块|圆|yuan)$/.test(token)) return 'CNY';
  return undefined;
}

function moneyOf(g: Record<string, string | undefined>): { cents?: number; currency?: MentionCurrency } {
  if (g['n1'] !== undefined)
    return { cents: decimalToCents(g['n1'], g['m1']), currency: currencyOf(g['cur1']) };
  if (g['n2'] !== undefined)
    return { cents: decimalToCents(g['n2'], g['m2']), currency: currencyOf(g['cur2']) };
  if (g['cn'] !== undefined) {
    if (g['cn'].length === 1 && g['cur3']?.startsWith('块')) return {}; // 一块 = "together"
    const yuan = parseChineseNumber(g['cn']);
    if (yuan === undefined) return {};
    const jiao = g['jiao'] ? (CN_DIGIT[g['jiao']] ?? 0) : 0;
    const fen = g['fen'] ? (CN_DIGIT[g['fen']] ?? 0) : 0;
    return { cents: yuan * 100 + jiao * 10 + fen, currency: currencyOf(g['cur3']) };
  }
  if (g['en'] !== undefined) {
    const v = parseEnglishNumber(g['en']);
    return v === undefined ? {} : { cents: v * 100, currency: currencyOf(g['cur4']) };
  }
  const bare = g['n5'] ?? g['n6'];
  return bare === undefined ? {} : { cents: decimalToCents(bare) };
}

function countOf(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  return /^[a-z]/.test(text) ? parseEnglishNumber(text) : parseChineseNumber(text);
}

const MONTH_INDEX = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function dateOf(
  g: Record<string, string | undefined>,
): { year?: number; month: number; day: number } | undefined {
  const y = g['y1'] ?? g['y3'] ?? g['y4'] ?? g['y5'];
  const mon = g['mon4'] ?? g['mon5'];
  const month = mon ? MONTH_INDEX.indexOf(mon.slice(0, 3)) + 1 : Number(g['m1'] ?? g['m2'] ?? g['m3']);
  const day = Number(g['d1'] ?? g['d2'] ?? g['d3'] ?? g['d4'] ?? g['d5']);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  return y ? { year: Number(y), month, day } : { month, day };
}

function pushMoney(text: string, out: Mention[]): void {
  RE_MONEY.lastIndex = 0;
  for (let m = RE_MONEY.exec(text); m !== null; m = RE_MONEY.exec(text)) {
    const { cents, currency } = moneyOf(m.groups ?? {});
    if (cents === undefined) continue;
    const start = m.groups?.['n5'] !== undefined ? m.index + m[0].lastIndexOf(m.groups['n5']) : m.index;
    out.push({ kind: 'money', start, end: m.index + m[0].length, cents, ...(currency ? { currency } : {}) });
  }
}

function pushDays(text: string, out: Mention[]): void {
  RE_DAYS.lastIndex = 0;
  for (let m = RE_DAYS.exec(text); m !== null; m = RE_DAYS.exec(text)) {
    const g = m.groups ?? {};
    const raw = g['d1'] ?? g['d2'] ?? g['d3'] ?? g['d4'] ?? g['d5'];
    const days = raw === undefined ? undefined : countOf(raw);
    if (days === undefined) continue;
    if (DAYS_COMPARATIVE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push({ kind: 'days_past_due', start: m.index, end: m.index + m[0].length, days });
  }
}

function pushMonths(text: string, out: Mention[]): void {
  RE_MONTHS.lastIndex = 0;
  for (let m = RE_MONTHS.exec(text); m !== null; m = RE_MONTHS.exec(text)) {
    const raw = m.groups?.['m1'] ?? m.groups?.['m2'];
    const months = raw === 'a' ? 1 : raw === undefined ? undefined : countOf(raw);
    if (months === undefined) continue;
    if (DAYS_COMPARATIVE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push({ kind: 'months_past_due', start: m.index, end: m.index + m[0].length, months });
  }
}

function pushCards(text: string, out: Mention[]): void {
  RE_CARD.lastIndex = 0;
  for (let m = RE_CARD.exec(text); m !== null; m = RE_CARD.exec(text)) {
    const g = m.groups ?? {};
    const last4 = g['c1'] ?? g['c2'] ?? g['c3'];
    if (last4) out.push({ kind: 'card_digits', start: m.index, end: m.index + m[0].length, last4 });
  }
}

function pushDates(text: string, out: Mention[]): void {
  RE_DATE.lastIndex = 0;
  for (let m = RE_DATE.exec(text); m !== null; m = RE_DATE.exec(text)) {
    const d = dateOf(m.groups ?? {});
    if (!d) continue;
    const end = m.index + m[0].length;
    const dueContext =
      DUE_CONTEXT.test(text.slice(Math.max(0, m.index - 16), m.index)) ||
      /^(?:之?前|到期|截止)/.test(text.slice(end, end + 3));
    out.push({ kind: 'date', start: m.index, end, ...d, dueContext });
  }
}

// Cheap tests that decide whether a detector's (costlier) expression needs to run at all.
const NEEDS_DAYS = /天|日|day/;
const NEEDS_MONTHS = /月|month/;
const NEEDS_CARD = /尾号|末四位|后四位|末尾|尾数|ending|ends |last|[*x•·]{2}/;
const NEEDS_DATE = /\d(?:年|月|[-/.]\d)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;
const NEEDS_MONEY = /\d|元|块|圆|美金|dollars|bucks|yuan/;

/** Every amount, day count, card-digit group and date in the normalised text. */
export function findMentions(text: string): Mention[] {
  const out: Mention[] = [];
  if (NEEDS_DAYS.test(text)) pushDays(text, out);
  if (NEEDS_MONTHS.test(text)) pushMonths(text, out);
  if (NEEDS_CARD.test(text)) pushCards(text, out);
  if (NEEDS_DATE.test(text)) pushDates(text, out);
  if (NEEDS_MONEY.test(text)) pushMoney(text, out);
  if (out.length === 0) return out;
  // A number already read as a day count, card digits or a date is not also money.
  return out.filter(
    (m, i) =>
      m.kind !== 'money' ||
      !out.some((o, j) => j !== i && o.kind !== 'money' && o.start < m.end && m.start < o.end),
  );
}
