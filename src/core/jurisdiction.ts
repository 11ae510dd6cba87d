import type { Currency } from './money.js';

/**
 * Whose law governs the account's collection notices (DOMAIN.md "Fixed disclosures"): `US` accounts
 * hear the FDCPA debt-collector notice in whatever language the reply is in; `CN` accounts do not.
 */
export type Jurisdiction = 'US' | 'CN';

const BOOKS: Readonly<Record<Currency, Jurisdiction>> = { USD: 'US', CNY: 'CN' };

/**
 * The account's jurisdiction from the currency it is booked in: the bank keeps US-dollar card
 * accounts on its US books and renminbi accounts on its Chinese books. Not from the reply language,
 * the person's time zone or what a model thinks: those change within a conversation, the book does not.
 *
 *   jurisdictionOf('USD') // 'US'
 */
export function jurisdictionOf(currency: Currency): Jurisdiction {
  return BOOKS[currency];
}

/**
 * The jurisdiction a notice follows: the account bound to the conversation's channel user (known
 * before verification: binding says whose account the message is about, verification says who
 * reads it), else the configured default (DEFAULT_JURISDICTION) for a conversation bound to none
 * or an account in a currency no book is known for.
 *
 *   noticeJurisdiction(undefined, 'CN') // 'CN'
 */
export function noticeJurisdiction(
  account: { currency: Currency } | undefined,
  fallback: Jurisdiction,
): Jurisdiction {
  if (!account) return fallback;
  // A currency no book is known for (the importer takes CNY and USD only; a row written some other
  // way might not): the configured default, as for no account.
  return Object.hasOwn(BOOKS, account.currency) ? BOOKS[account.currency] : fallback;
}
