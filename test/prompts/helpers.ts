import type { Act } from '../../src/core/act.js';
import { formatDate } from '../../src/core/dates.js';
import type { Locale } from '../../src/core/locale.js';
import { formatAmount } from '../../src/core/money.js';
import type { WordingContext } from '../../src/prompts/index.js';

/** Every amount (keys ending in "Cents") and every date (keys ending in "Date") anywhere in an act. */
export function factsOf(act: Act): { amounts: Set<string>; dates: Set<string> } {
  const amounts = new Set<string>();
  const dates = new Set<string>();
  const walk = (value: unknown, key: string): void => {
    if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    } else if (typeof value === 'number' && key.endsWith('Cents')) amounts.add(formatAmount(value));
    else if (typeof value === 'string' && key.endsWith('Date')) dates.add(value);
  };
  walk(act, '');
  return { amounts, dates };
}

const AMOUNT = /(?<![\d.,])\d{1,3}(?:,\d{3})*\.\d{2}(?![\d%])/g;
const ZH_DATE = /\d{4}年\d{1,2}月\d{1,2}日/g;
const EN_DATE =
  /(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/g;

/** Amounts and dates printed in a reply. */
export function printed(text: string, locale: Locale): { amounts: string[]; dates: string[] } {
  return {
    amounts: text.match(AMOUNT) ?? [],
    dates: text.match(locale === 'zh-CN' ? ZH_DATE : EN_DATE) ?? [],
  };
}

export function formattedDates(dates: Set<string>, locale: Locale): Set<string> {
  return new Set([...dates].map((d) => formatDate(d, locale)));
}

/** The text with the bank's own numbers (service line, crisis line) taken out. */
export function withoutBankNumbers(text: string, ctx: WordingContext, hotline = ctx.crisisLine): string {
  return text.split(ctx.serviceNumber).join('').split(ctx.crisisLine).join('').split(hotline).join('');
}
