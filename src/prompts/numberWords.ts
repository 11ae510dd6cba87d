import type { Locale } from '../core/locale.js';

/**
 * Small counts spelled out in words ("两次", "thirty minutes"), so that replies read before
 * verification carry no digits at all: a digit there could be mistaken for an account detail.
 */
const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const ZH_PLACES = ['', '十', '百', '千'] as const;

function zhDigit(d: number): string {
  return ZH_DIGITS[d] ?? '';
}

/** 2 -> 两, 12 -> 十二, 30 -> 三十, 105 -> 一百零五, 1440 -> 一千四百四十; 10,000 and up stay digits. */
export function zhCount(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 10_000) return String(n);
  if (n === 2) return '两';
  if (n < 10) return zhDigit(n);
  if (n < 20) return `十${n % 10 === 0 ? '' : zhDigit(n % 10)}`;
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += zhDigit(d) + (ZH_PLACES[digits.length - 1 - i] ?? '');
  });
  return out;
}

const EN_ONES = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
] as const;
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;

function enUnder100(n: number): string {
  if (n < 20) return EN_ONES[n] ?? '';
  const tens = EN_TENS[Math.floor(n / 10)] ?? '';
  return n % 10 === 0 ? tens : `${tens}-${EN_ONES[n % 10] ?? ''}`;
}

/** 2 -> "two", 30 -> "thirty", 1440 -> "one thousand four hundred forty"; 10,000 and up stay digits. */
export function enCount(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 10_000) return String(n);
  const parts: string[] = [];
  const thousands = Math.floor(n / 1000);
  const hundreds = Math.floor((n % 1000) / 100);
  const rest = n % 100;
  if (thousands > 0) parts.push(`${enUnder100(thousands)} thousand`);
  if (hundreds > 0) parts.push(`${enUnder100(hundreds)} hundred`);
  if (rest > 0 || parts.length === 0) parts.push(enUnder100(rest));
  return parts.join(' ');
}

/** A count in words in the reader's language. */
export function countWords(n: number, locale: Locale): string {
  return locale === 'zh-CN' ? zhCount(n) : enCount(n);
}

/** A duration in words: whole hours as hours ("两个小时", "two hours"), otherwise minutes. */
export function durationWords(minutes: number, locale: Locale): string {
  if (minutes >= 60 && minutes % 60 === 0) {
    const hours = minutes / 60;
    if (locale === 'zh-CN') return `${zhCount(hours)}个小时`;
    return `${enCount(hours)} ${hours === 1 ? 'hour' : 'hours'}`;
  }
  if (locale === 'zh-CN') return `${zhCount(minutes)}分钟`;
  return `${enCount(minutes)} ${minutes === 1 ? 'minute' : 'minutes'}`;
}
