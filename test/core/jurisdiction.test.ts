import { describe, expect, it } from 'vitest';
import { jurisdictionOf, noticeJurisdiction } from '../../src/core/jurisdiction.js';
import type { Currency } from '../../src/core/money.js';
import { DEMO_ACCOUNTS } from '../../src/store/demoAccounts.js';

describe("an account's jurisdiction", () => {
  it('follows the book the account is kept on: US dollars are US, renminbi are CN', () => {
    expect(jurisdictionOf('USD')).toBe('US');
    expect(jurisdictionOf('CNY')).toBe('CN');
  });

  it('is the bound account’s even before verification, whatever language the account prefers', () => {
    expect(DEMO_ACCOUNTS.map((a) => [a.channelUserId, noticeJurisdiction(a, 'CN')])).toEqual([
      ['demo-zh', 'CN'],
      ['demo-en', 'US'],
      ['demo-hardship', 'CN'],
    ]);
    const john = DEMO_ACCOUNTS.find((a) => a.channelUserId === 'demo-en');
    if (!john) throw new Error('demo-en missing');
    const zhSpeakerInNewYork = { ...john, locale: 'zh-CN' as const };
    expect(noticeJurisdiction(zhSpeakerInNewYork, 'CN')).toBe('US');
  });

  it('falls back to the configured default only when no account is bound, or its currency has no known book', () => {
    expect(noticeJurisdiction(undefined, 'CN')).toBe('CN');
    expect(noticeJurisdiction(undefined, 'US')).toBe('US');
    const stray = { currency: 'EUR' } as unknown as { currency: Currency };
    expect(noticeJurisdiction(stray, 'CN')).toBe('CN');
    expect(noticeJurisdiction(stray, 'US')).toBe('US');
  });
});
