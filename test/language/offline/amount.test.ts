import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../src/language/offline/index.js';

describe('parseAmount reads money in Arabic and Chinese numerals as integer cents', () => {
  it.each([
    ['2000', 200_000],
    ['2,000.50', 200_050],
    ['三千五', 350_000],
    ['1.2万', 1_200_000],
    ['两千', 200_000],
    ['一万二', 1_200_000],
    ['3千', 300_000],
    ['3千5', 350_000],
    ['¥500', 50_000],
    ['￥５００', 50_000],
    ['500块', 50_000],
    ['500元', 50_000],
    ['$300', 30_000],
    ['300 dollars', 30_000],
    ['5k', 500_000],
    ['1.5k', 150_000],
    ['2万块', 2_000_000],
    ['$1,200.50', 120_050],
    ['RMB 800', 80_000],
    ['5 bucks', 500],
    ['两万五千', 2_500_000],
    ['一千零五', 100_500],
    ['一点五万', 1_500_000],
    ['十二块', 1200],
    ['two thousand', 200_000],
    ['five hundred dollars', 50_000],
    ['每个月只能还2000', 200_000],
    ['我每个月最多还一千五', 150_000],
    ['分期的话每月还两千块', 200_000],
    ['能不能分三期，每期一千', 100_000],
    ['12月5日还500', 50_000],
    ['I can pay 500 next Friday', 50_000],
    ['12 payments of $200', 20_000],
    ['两三千吧', 200_000],
  ])('reads "%s" as %i cents', (text, cents) => {
    expect(parseAmount(text)).toBe(cents);
  });

  it.each([
    ['分12期', 'a number of instalments'],
    ['12个月', 'a number of months'],
    ['12月5日', 'a date'],
    ['the 5th', 'a day of the month'],
    ['方案2', 'an option'],
    ['第二个', 'an ordinal'],
    ['下午3点', 'a time of day'],
    ['20%', 'a percentage'],
    ['千万别这样', 'an idiom ("by all means")'],
    ['一点点', 'a quantity word'],
    ['等一下', 'a verb phrase'],
    ['我身份证后四位是1234', 'ID digits after a cue'],
    ['我卡号6222021234567890', 'a card number'],
    ['三个人', 'a count'],
  ])('finds no amount in "%s" (%s)', (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });
});

describe('a card, phone, ID or account number is never money (attack14)', () => {
  it.each([
    'my card is 4111 1111 1111 1111',
    '我卡号 6222 0212 3456 7890 123',
    'call me at 138-1234-5678',
    '手机13812345678',
    'acct 123.456.789',
  ])('%s names no amount', (text) => {
    expect(parseAmount(text)).toBeUndefined();
  });

  it('still reads the sum beside such a number', () => {
    expect(parseAmount('my number is 13812345678 I can pay 200')).toBe(20_000);
    expect(parseAmount('每个月只能还2000')).toBe(200_000);
    expect(parseAmount('I can pay 1,000,000')).toBe(100_000_000);
  });
});
