import { describe, expect, it } from 'vitest';
import { maskPii, maskTextFields, piiFingerprints } from '../../src/core/pii.js';

/** The digits a masked text still shows (ASCII, full-width or Chinese numerals). */
function visibleDigits(text: string): number {
  return (text.match(/[0-9０-９〇零一二三四五六七八九幺]/g) ?? []).length;
}

describe('maskPii', () => {
  it('keeps masking the forms it always masked', () => {
    expect(maskPii('卡号6222020200112233445')).toBe('卡号***************3445');
    expect(maskPii('身份证110101199003071234。')).toBe('身份证**************1234。');
    expect(maskPii('手机13812345678')).toBe('手机*******5678');
    expect(maskPii('ssn 123-45-6789')).toBe('ssn *******6789');
    expect(maskPii('call (415) 555-0132')).toBe('call **********0132');
  });

  // Attack: the same numbers as people type them on a phone (a Chinese IME gives full-width
  // digits; mobiles are written 3-4-4; digits read out in Chinese) were stored in clear in the
  // transcript, the Direct Line store and the bot state, and logged in clear.
  it.each([
    ['a mobile written 3-4-4 with spaces', '我的手机 138 1234 5678'],
    ['a mobile written 3-4-4 with dashes', '手机号138-1234-5678'],
    ['a mobile with +86 and spaces', 'call +86 138 1234 5678'],
    ['a mobile written with dots', '138.1234.5678'],
    ['a full-width mobile', '手机１３８１２３４５６７８'],
    ['a half full-width mobile', '138１２３４５６７８'],
    ['a full-width resident ID', '身份证１１０１０１１９９００３０７１２３４'],
    ['a full-width card number', '卡号６２２２０２１２３４５６７８９０１２３'],
    ['a mobile in Chinese numerals', '号码是一三八一二三四五六七八'],
    ['a mobile in Chinese numerals with 幺', '幺三八幺二三四五六七八'],
    ['an ID in Chinese numerals', '身份证一一〇一〇一一九九〇〇三〇七一二三四'],
    ['a mobile digit by digit', '1 3 8 1 2 3 4 5 6 7 8'],
    ['an account number longer than a card', '账号62220212345678901234567'],
    ['an SSN with spaces', 'ssn 123 45 6789'],
  ])('masks %s, keeping at most the last four digits', (_name, text) => {
    const masked = maskPii(text);
    expect(masked).not.toBe(text);
    expect(visibleDigits(masked)).toBeLessThanOrEqual(4);
  });

  it('masks a resident ID grouped 6-8-4 whole, not only its tail', () => {
    expect(visibleDigits(maskPii('110101 19900307 1234'))).toBeLessThanOrEqual(4);
    expect(visibleDigits(maskPii('110101-19900307-123X'))).toBeLessThanOrEqual(4);
  });

  // attack14 left these open: an ID in 4-digit groups kept six digits in clear, and a bare
  // nine-digit SSN was not masked at all.
  it.each([
    ['an ID in 4-digit groups', '身份证 1101 0519 9001 0112 34'],
    ['an ID in 4-digit groups ending in X', '1101 0519 9001 0112 3X'],
    ['an ID in 4-digit groups with dashes', '1101-0519-9001-0112-34'],
    ['an ID in 4-digit groups with dots', '1101.0519.9001.0112.34'],
    ['an ID grouped 6-8-4 with dots', '110105.19900101.1234'],
    ['an ID grouped 6-8-4 with full-width spaces', '110105\u300019900101\u30001234'],
    ['an ID grouped 6-8-4 with full-width dashes', '110105－19900101－1234'],
    ['a full-width ID in 4-digit groups', '１１０１ ０５１９ ９００１ ０１１２ ３４'],
    ['a bare SSN', 'my ssn is 123456789'],
    ['an SSN with dashes', 'ssn: 123-45-6789.'],
    ['an SSN with spaces', '123 45 6789'],
    ['an SSN with dots', '123.45.6789'],
    ['an SSN digit by digit', '1 2 3 4 5 6 7 8 9'],
    ['a card in 4-digit groups with dots', '4111.1111.1111.1111'],
    ['a landline with its area code', '010-62345678'],
  ])('masks %s to at most the last four digits', (_name, text) => {
    const masked = maskPii(text);
    expect(visibleDigits(masked)).toBeLessThanOrEqual(4);
    expect(masked).not.toBe(text);
  });

  it('fingerprints an ID by its digits however it is grouped', () => {
    const whole = piiFingerprints('110105199001011234', 'k');
    expect(piiFingerprints('1101 0519 9001 0112 34', 'k')).toEqual(whole);
    expect(piiFingerprints('110105.19900101.1234', 'k')).toEqual(whole);
    expect(piiFingerprints('123-45-6789', 'k')).toEqual(piiFingerprints('123456789', 'k'));
  });

  it('leaves dates, decimals and short lists of figures alone', () => {
    for (const text of [
      '2026-10-24 10:30 我还了2000',
      '2026.10.24',
      '我还了1234567.89',
      '12345678.90',
      '3 6 12 24 months',
      '还款日 10/24/2026',
      '1 2 3 4 5 6 7 8',
    ])
      expect(maskPii(text)).toBe(text);
    expect(piiFingerprints('2026-10-24 paid 2000', 'k')).toEqual([]);
  });

  it('leaves amounts, dates, plan figures and the bank line alone', () => {
    for (const text of [
      '每个月只能还2000',
      '先还5000，剩下的分6期',
      '到期还款日：2026年10月24日',
      'Balance: CNY 12,345.67, 3 6 12 24 months',
      '一二三四五六七八九十',
      '三千五',
      '我身份证后四位是１２３４',
    ])
      expect(maskPii(text)).toBe(text);
  });

  it('masks the new forms under text keys and fingerprints them by their digits', () => {
    expect(maskTextFields({ text: '手机 138 1234 5678' }).text).not.toContain('138 1234');
    expect(piiFingerprints('手机 138 1234 5678', 'k')).toEqual(piiFingerprints('手机13812345678', 'k'));
  });
});
