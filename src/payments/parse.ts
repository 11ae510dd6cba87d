import type { Cents, Currency } from '../core/money.js';
import type { PaymentInput } from '../store/paymentInput.js';

export type { PaymentInput } from '../store/paymentInput.js';

export const PAYMENT_FIELDS = [
  'payment_id',
  'account_id',
  'amount',
  'currency',
  'paid_at',
  'channel',
] as const;
export type PaymentField = (typeof PAYMENT_FIELDS)[number];

export type ParsedPayment =
  { ok: true; payment: PaymentInput } | { ok: false; errors: { field: PaymentField; message: string }[] };

const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const AMOUNT = /^\d{1,13}\.\d{2}$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const CHANNEL = /^[a-z][a-z0-9_-]{0,31}$/;
const CURRENCIES: readonly Currency[] = ['CNY', 'USD'];

/** "1837.74" -> 183774, by string arithmetic only (never through a float). */
export function amountToCents(text: string): Cents | undefined {
  if (!AMOUNT.test(text)) return undefined;
  const [whole = '', frac = ''] = text.split('.');
  return Number(whole) * 100 + Number(frac);
}

/**
 * An ISO-8601 instant with an explicit offset ("2026-12-15T09:30:00+08:00", "...Z"), checked as
 * a real calendar time; undefined for anything else (no offset, 2026-02-30, 25:00).
 */
export function parseInstant(text: string): Date | undefined {
  const m = INSTANT.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = '00', zone = 'Z'] = m;
  const calendar = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
  const same =
    calendar.getUTCFullYear() === Number(y) &&
    calendar.getUTCMonth() === Number(mo) - 1 &&
    calendar.getUTCDate() === Number(d) &&
    calendar.getUTCHours() === Number(h) &&
    calendar.getUTCMinutes() === Number(mi) &&
    calendar.getUTCSeconds() === Number(s);
  if (!same) return undefined;
  if (zone !== 'Z' && (Number(zone.slice(1, 3)) > 14 || Number(zone.slice(4)) > 59)) return undefined;
  const t = Date.parse(text);
  return Number.isNaN(t) ? undefined : new Date(t);
}

/**
 * Validates one payment's fields (strings, as read from a CSV row or a JSON body). Every bad field
 * is named, so a file's report says what to fix on the line.
 *
 *   parsePayment({ payment_id: 'P1', account_id: 'A1', amount: '1837.74', currency: 'CNY',
 *     paid_at: '2026-12-15T09:30:00+08:00', channel: 'bank_transfer' }) // { ok: true, payment }
 */
export function parsePayment(fields: Partial<Record<PaymentField, unknown>>): ParsedPayment {
  const errors: { field: PaymentField; message: string }[] = [];
  const text = (field: PaymentField): string => {
    const v = fields[field];
    if (typeof v === 'string') return v;
    errors.push({ field, message: v === undefined ? 'missing' : 'must be a string' });
    return '';
  };
  const paymentId = text('payment_id');
  const accountId = text('account_id');
  const amount = text('amount');
  const currency = text('currency');
  const paidAt = text('paid_at');
  const channel = text('channel');
  const bad = (field: PaymentField, message: string): void => {
    if (!errors.some((e) => e.field === field)) errors.push({ field, message });
  };
  if (!ID.test(paymentId)) bad('payment_id', 'expected 1-64 letters, digits, ".", "_", ":" or "-"');
  if (!ID.test(accountId)) bad('account_id', 'expected 1-64 letters, digits, ".", "_", ":" or "-"');
  const cents = amountToCents(amount);
  if (cents === undefined)
    bad('amount', `expected major units with exactly 2 decimals, such as 1837.74 (got "${clip(amount)}")`);
  else if (cents <= 0) bad('amount', 'must be more than 0.00');
  if (!CURRENCIES.includes(currency as Currency))
    bad('currency', `expected CNY or USD (got "${clip(currency)}")`);
  const instant = parseInstant(paidAt);
  if (!instant)
    bad(
      'paid_at',
      `expected an ISO-8601 time with an offset, such as 2026-12-15T09:30:00+08:00 (got "${clip(paidAt)}")`,
    );
  if (!CHANNEL.test(channel)) bad('channel', 'expected a lower-case channel name such as bank_transfer');
  if (errors.length > 0 || cents === undefined || !instant) return { ok: false, errors };
  return {
    ok: true,
    payment: {
      paymentId,
      accountId,
      amountCents: cents,
      currency: currency as Currency,
      paidAt,
      paidAtUtc: instant.toISOString(),
      channel,
    },
  };
}

function clip(text: string): string {
  const t = [...text].map((c) => (c.charCodeAt(0) < 32 ? '?' : c)).join('');
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}
