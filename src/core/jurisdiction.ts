import type { Currency } from './money.js';

/**
 * Whose law governs the account's collection notices (DOMAIN.md "Fixed disclosures"): `US` accounts
 * hear the FDCPA debt-collector notice in whatever language the reply is in; `CN` accounts do not.
 */
export type Jurisdiction = 'US' | 'CN';

export const JURISDICTIONS: readonly Jurisdiction[] = ['US', 'CN'];

/**
 * The account's jurisdiction from the currency it is booked in: the bank keeps US-dollar card
 * accounts on its US books and renminbi accounts on its Chinese books. Not from the reply language,
 * the person's time zone or what a model thinks: those change within a conversation, the book does not.
 *
 *   jurisdictionOf('USD') // 'US'
 */
export function jurisdictionOf(currency: Currency): Jurisdiction {
  switch (currency) {
    case 'USD':
      return 'US';
    case 'CNY':
      return 'CN';
  }
}

/**
 * The jurisdiction a notice follows: the account bound to the conversation's channel user (known
 * before verification: binding says whose account the message is about, verification says who
 * reads it), else the configured default (DEFAULT_JURISDICTION) for a conversation bound to none.
 *
 *   noticeJurisdiction(undefined, 'CN') // 'CN'
 */
export function noticeJurisdiction(
  account: { currency: Currency } | undefined,
  fallback: Jurisdiction,
): Jurisdiction {
  return account ? jurisdictionOf(account.currency) : fallback;
}

export function isJurisdiction(value: unknown): value is Jurisdiction {
  return value === 'US' || value === 'CN';
}
