import { describe, expect, it } from 'vitest';
import { understandOffline } from '../../../src/language/offline/understandOffline.js';
import { parseMonths } from '../../../src/language/offline/months.js';

const slots = (text: string, locale: 'zh-CN' | 'en') =>
  understandOffline(text, { now: new Date('2026-12-06T03:00:00Z'), timeZone: 'UTC', localeHint: locale })
    .slots;

/** conv18: a term changed from one length to another, typed as on phones. */
describe('a term changed', () => {
  it.each([
    ['hmm can we make it ten instead of six', 'en', 10],
    ['wait no, can I switch to 10 mnths? 6 is too tight', 'en', 10],
    ['actually change it to 10 months', 'en', 10],
    ['六期压力太大了 能不能分十二期', 'zh-CN', 12],
    ['6个月太短了 改成12个月', 'zh-CN', 12],
    ['算了 还是改成12期吧', 'zh-CN', 12],
  ] as const)('"%s" asks %s months', (text, locale, months) => {
    const s = slots(text, locale);
    expect(s.months).toBe(months);
    expect(s.amountCents).toBeUndefined();
  });

  it('"50 is too much" is no term', () => {
    expect(slots('50 is too much', 'en').months).toBeUndefined();
  });

  it('"12 mths" and "6 monts" are months', () => {
    expect(parseMonths('12 mths pls')).toBe(12);
    expect(parseMonths('6 monts')).toBe(6);
  });

  it.each([
    ['make it 300 instead of 250', 30_000],
    ['300 is too much, 200', 20_000],
  ] as const)('"%s" stays an amount', (text, cents) => {
    const s = slots(text, 'en');
    expect(s.amountCents).toBe(cents);
    expect(s.months).toBeUndefined();
  });
});
