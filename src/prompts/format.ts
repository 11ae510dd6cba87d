import type { Installment, PlanOffer } from '../core/act.js';
import { formatDate, type IsoDate } from '../core/dates.js';
import type { Locale } from '../core/locale.js';
import { formatMoney, type Cents, type Currency } from '../core/money.js';

/** Shared helpers for templates: every number a template prints goes through one of these. */
export function money(cents: Cents, currency: Currency, locale: Locale): string {
  return formatMoney(cents, currency, locale);
}

export function date(iso: IsoDate, locale: Locale): string {
  return formatDate(iso, locale);
}

/**
 * A daily rate in basis points of a percent (5 = 0.05 %): "万分之五" reads naturally in Chinese
 * bank notices; English gets "0.05%".
 */
export function dailyRate(bp: number, locale: Locale): string {
  if (locale === 'zh-CN' && Number.isInteger(bp) && bp > 0 && bp < 10_000) return `万分之${zhRateNumber(bp)}`;
  const whole = Math.floor(bp / 100);
  const frac = String(bp % 100).padStart(2, '0');
  return `${whole}.${frac}%`;
}

function zhRateNumber(bp: number): string {
  const digits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  // 万分之五, 万分之十二 — spoken numbers, but 二 (not 两) after 之.
  if (bp < 10) return digits[bp] ?? String(bp);
  if (bp < 20) return `十${bp % 10 === 0 ? '' : (digits[bp % 10] ?? '')}`;
  if (bp < 100) return `${digits[Math.floor(bp / 10)] ?? ''}十${bp % 10 === 0 ? '' : (digits[bp % 10] ?? '')}`;
  return String(bp);
}

/** Paragraphs separated by a blank line (Web Chat renders Markdown; WeChat shows plain text). */
export function paragraphs(...blocks: (string | false | undefined)[]): string {
  return blocks.filter((b): b is string => typeof b === 'string' && b.length > 0).join('\n\n');
}

/** A Markdown list, one item per line. */
export function bullets(items: string[]): string {
  return items.map((i) => `- ${i}`).join('\n');
}

/** A Markdown numbered list. */
export function numbered(items: string[]): string {
  return items.map((item, i) => `${i + 1}. ${item}`).join('\n');
}

/** How an offer's instalments differ from its regular amount (the rounding remainder). */
export interface InstalmentShape {
  regular: Cents;
  /** Set when the first instalment differs from the regular one. */
  first?: Cents;
  /** Set when the last instalment differs from the regular one. */
  last?: Cents;
}

export function instalmentShape(offer: PlanOffer): InstalmentShape {
  const regular = offer.installmentCents;
  const firstItem = offer.schedule[0];
  const lastItem = offer.schedule[offer.schedule.length - 1];
  const shape: InstalmentShape = { regular };
  if (firstItem && firstItem.amountCents !== regular) shape.first = firstItem.amountCents;
  if (lastItem && lastItem !== firstItem && lastItem.amountCents !== regular) shape.last = lastItem.amountCents;
  return shape;
}

/** A single payment (full, minimum, extension) rather than a series of instalments. */
export function isSinglePayment(offer: PlanOffer): boolean {
  return offer.schedule.length <= 1;
}

/**
 * The rows of a schedule worth showing: all of them when short, else the first three, a gap
 * marker (undefined) and the last.
 */
export function scheduleExcerpt(schedule: Installment[], head = 3): (Installment | undefined)[] {
  if (schedule.length <= head + 1) return [...schedule];
  const last = schedule[schedule.length - 1];
  return [...schedule.slice(0, head), undefined, ...(last ? [last] : [])];
}

/**
 * Reminder kinds as the scheduler names them ('due-3', 'due', 'due+7', 'instalment-2',
 * 'missed-1'): before or on the due date a reminder is a courtesy; after it, a request to talk.
 * Neither says more than "the card account's repayment" — the reader is not verified.
 */
export type ReminderTone = 'upcoming' | 'follow_up' | 'missed';

export function reminderTone(reminderKind: string): ReminderTone {
  const k = reminderKind.trim().toLowerCase();
  if (k === 'due' || /^due-\d+$/.test(k) || /^instal{1,2}ment/.test(k) || /^promise-\d+$/.test(k)) return 'upcoming';
  // issue 17: after a missed instalment or promise, ask what happened and offer to re-plan
  if (/^missed-\d+$/.test(k)) return 'missed';
  return 'follow_up';
}
