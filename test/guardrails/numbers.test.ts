import { describe, expect, it } from 'vitest';
import {
  decimalToCents,
  findIdentifiers,
  findMentions,
  isChineseId,
  normalise,
  parseChineseNumber,
  parseEnglishNumber,
  passesLuhn,
} from '../../src/guardrails/index.js';

const money = (text: string): number[] =>
  findMentions(normalise(text).text).flatMap((m) => (m.kind === 'money' ? [m.cents] : []));

describe('amounts in integer cents', () => {
  it.each([
    ['欠款12,345.67 元', 1_234_567],
    ['¥1,234.57', 123_457],
    ['$3,210.00', 321_000],
    ['CNY 12,345.67', 1_234_567],
    ['约1.2万元', 1_200_000],
    ['两千元', 200_000],
    ['2000块', 200_000],
    ['一百零五元五角', 10_550],
    ['three thousand two hundred ten dollars', 321_000],
    ['最低还款额为617.28', 61_728],
    ['USD 500', 50_000],
  ])('reads %s as %i cents', (text, cents) => {
    expect(money(text)).toEqual([cents]);
  });

  it('does not read counts, rates, hotlines or durations as money', () => {
    expect(
      money('分期最长60个月，手续费每期0.6%，日利率万分之五，请拨打12356或988，30分钟后再试，共12期。'),
    ).toEqual([]);
    expect(money('我们一块想办法。')).toEqual([]);
  });

  it('converts decimals exactly', () => {
    expect(decimalToCents('12345.67')).toBe(1_234_567);
    expect(decimalToCents('0.1')).toBe(10);
    expect(decimalToCents('1.2', '万')).toBe(1_200_000);
  });

  it('parses Chinese and English number words', () => {
    expect(parseChineseNumber('四十五')).toBe(45);
    expect(parseChineseNumber('三千五')).toBe(3500);
    expect(parseChineseNumber('一百零五')).toBe(105);
    expect(parseChineseNumber('一万二千三百四十五')).toBe(12_345);
    expect(parseEnglishNumber('forty-five')).toBe(45);
  });
});

describe('days overdue, card digits and dates', () => {
  const kinds = (text: string): string[] =>
    findMentions(normalise(text).text).map(
      (m) => `${m.kind}:${JSON.stringify(m).match(/"(?:days|last4|months|day)":"?(\w+)/)?.[1] ?? ''}`,
    );

  it('finds days and months overdue in both languages', () => {
    expect(kinds('您已逾期35天')).toEqual(['days_past_due:35']);
    expect(kinds('已经逾期四十五天了')).toEqual(['days_past_due:45']);
    expect(kinds('35 days past due')).toEqual(['days_past_due:35']);
    expect(kinds('overdue by 35 days')).toEqual(['days_past_due:35']);
    expect(kinds('逾期两个多月')).toEqual(['months_past_due:2']);
  });

  it('ignores thresholds that are not about this account', () => {
    expect(kinds('逾期超过30天可能影响征信')).toEqual([]);
    expect(kinds('逾期三天以内还款不会产生记录')).toEqual([]);
    expect(kinds('more than 30 days past due')).toEqual([]);
  });

  it('finds masked card digits', () => {
    expect(kinds('尾号6789')).toEqual(['card_digits:6789']);
    expect(kinds('card ending in 6789')).toEqual(['card_digits:6789']);
  });

  it('finds dates written three ways', () => {
    const dates = (t: string): unknown[] =>
      findMentions(normalise(t).text)
        .filter((m) => m.kind === 'date')
        .map((m) => m.kind === 'date' && [m.year, m.month, m.day]);
    expect(dates('2026年12月5日')).toEqual([[2026, 12, 5]]);
    expect(dates('December 5, 2026')).toEqual([[2026, 12, 5]]);
    expect(dates('2026-12-05')).toEqual([[2026, 12, 5]]);
  });
});

describe('identifiers', () => {
  it('validates the GB 11643 check digit and the Luhn check', () => {
    expect(isChineseId('110101199003077731')).toBe(true);
    expect(isChineseId('110101199003077732')).toBe(false);
    expect(isChineseId('11010519491231002X')).toBe(true);
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
  });

  it("reads the sender's own call-back number as no one's personal data (guardrw15)", () => {
    const kinds = (text: string): string[] => findIdentifiers(normalise(text).text).map((h) => h.kind);
    expect(kinds('Please call me back at 312-555-0147 when you can.')).toEqual([]);
    expect(kinds('You can reach me at 646-555-0199, extension 12.')).toEqual([]);
    expect(kinds('方便时请回电13912345678。')).toEqual([]);
    expect(kinds('I would appreciate you calling me back at 312-555-0147.')).toEqual([]);
    expect(kinds('Once again, that number is 312-555-0147.')).toEqual([]);
    expect(kinds('Please call your wife at 312-555-0147.')).toEqual(['phone']);
    expect(kinds("Your brother's cell is 312-555-0147.")).toEqual(['phone']);
    expect(kinds('你老婆的手机13912345678，请回电')).toEqual(['phone']);
  });

  it('flags full identifiers and personal phones but not random digits or service numbers', () => {
    const kinds = (text: string, service?: string[]): string[] =>
      findIdentifiers(normalise(text).text, service).map((h) => h.kind);
    expect(kinds('身份证110101199003077731')).toEqual(['id_number']);
    expect(kinds('身份证110101199003077732')).toEqual([]);
    expect(kinds('卡号 6222 0202 0011 2233 446')).toEqual(['card_number']);
    expect(kinds('卡号 6222 0202 0011 2233 445')).toEqual([]);
    expect(kinds('SSN 123-45-6789')).toEqual(['ssn']);
    expect(kinds('手机13912345678')).toEqual(['phone']);
    expect(kinds('call (415) 555-0199')).toEqual(['phone']);
    expect(kinds('call (415) 555-0100', ['(415) 555-0100'])).toEqual([]);
    expect(kinds('客服电话400-000-0000、95588、1-800-555-0100、12356、988、010-82951332')).toEqual([]);
    expect(kinds('编号D-20261105-01，日期2026-12-05')).toEqual([]);
  });
});
