import type { Locale } from './locale.js';

/** Money is integer cents (minor units). Never a float. */
export type Cents = number;

export type Currency = 'CNY' | 'USD';

export function assertCents(value: number): Cents {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer number of cents: ${value}`);
  return value;
}

/**
 * Parses a decimal string in major units ("12345.67", "1,234.5", "-3") into cents, exactly.
 * Returns undefined for anything that is not a plain decimal with at most two fraction digits.
 */
export function parseDecimalToCents(text: string): Cents | undefined {
  const cleaned = text.trim().replace(/,/g, '');
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!m) return undefined;
  const whole = Number(m[2]);
  const frac = Number((m[3] ?? '').padEnd(2, '0'));
  const cents = whole * 100 + frac;
  if (!Number.isSafeInteger(cents)) return undefined;
  return m[1] ? -cents : cents;
}

/** "12,345.67" — grouped, always two decimals. */
export function formatAmount(cents: Cents): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const frac = (abs % 100).toString().padStart(2, '0');
  return `${sign}${whole}.${frac}`;
}

/** How a person reads an amount: "12,345.67 元" in Chinese, "$3,210.00" / "CNY 12,345.67" in English. */
export function formatMoney(cents: Cents, currency: Currency, locale: Locale): string {
  const amount = formatAmount(cents);
  if (locale === 'zh-CN') return currency === 'CNY' ? `${amount} 元` : `${amount} 美元`;
  return currency === 'USD' ? `$${amount}` : `CNY ${amount}`;
}

/** Cents as a decimal number in major units, for JSON facts (12345.67). Exact for display only. */
export function centsToDecimal(cents: Cents): number {
  return Number((cents / 100).toFixed(2));
}
