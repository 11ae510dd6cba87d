import type { Cents, Currency } from '../core/money.js';

/** One payment as the core banking system reports it, validated and in integer cents. */
export interface PaymentInput {
  paymentId: string;
  accountId: string;
  amountCents: Cents;
  currency: Currency;
  /** The instant as given (ISO-8601 with its offset), kept verbatim for the content hash. */
  paidAt: string;
  /** The same instant in UTC ("2026-12-15T01:30:00.000Z"). */
  paidAtUtc: string;
  channel: string;
}
