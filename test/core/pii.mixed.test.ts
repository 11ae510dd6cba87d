import { describe, expect, it } from 'vitest';
import { maskPii, maskTextFields, piiFingerprints } from '../../src/core/pii.js';

// sec16: a number typed with mixed separators kept in clear every group run shorter than nine
// digits (`1101 0519-9001 0112 34` showed 0519-9001 0112 34), in storage and in logs.

/** The digits a masked text still shows (ASCII or full-width). */
function visibleDigits(text: string): number {
  return (text.match(/[0-9０-９]/g) ?? []).length;
}

const ZWSP = '\u200b';
const NBSP = '\u00a0';

describe('maskPii: numbers typed with mixed separators', () => {
  it.each([
    ['an ID, spaces and a hyphen', '身份证 1101 0519-9001 0112 34'],
    ['a card, hyphen then spaces', '卡号 6222-0212 3456 7890 123'],
    ['a mobile with +86, a space and hyphens', '+86 138-1234 5678'],
    ['an ID, dots and spaces', '1101.0519 9001.0112 34'],
    ['an ID ending in X, mixed', '1101-0519 9001.0112 3X'],
    ['an ID grouped 6-8-4, space then hyphen', '110105 19900101-1234'],
    ['an ID in groups of two, mixed', '11 01 05-19 90 01.01 12 34'],
    ['an ID joined by " - " throughout', '1101 - 0519 - 9001 - 0112 - 34'],
    ['an ID with double spaces throughout', '1101  0519  9001  0112  34'],
    ['full-width digits, mixed', '１１０１ ０５１９-９００１ ０１１２ ３４'],
    ['full-width digits and separators', '６２２２－０２１２\u3000３４５６．７８９０ １２３'],
    ['half full-width digits, mixed', '1101 ０５１９-9001 ０１１２ 34'],
    ['no-break spaces and a hyphen', `1101${NBSP}0519-9001${NBSP}0112${NBSP}34`],
    ['narrow and thin spaces', '6222\u202f0212\u20093456\u20097890\u2009123'],
    ['a minus sign and spaces', '6222\u22120212 3456 7890 123'],
    ['zero-width spaces between groups', `6222${ZWSP}0212${ZWSP}3456${ZWSP}7890${ZWSP}123`],
    ['zero-width spaces between every digit', [...'110105199001011234'].join(ZWSP)],
    ['a zero-width space beside each separator', `1101 ${ZWSP}0519-${ZWSP}9001 0112${ZWSP} 34`],
    ['a word joiner, BOM and soft hyphen inside', '6222\u20600212\ufeff3456\u00ad7890 123'],
    ['bidi marks inside', '1381\u202e234\u202c5678'],
    ['a date and then an ID', '2026-12-06 110105199001011234'],
  ])('masks %s to at most the last four digits', (_name, text) => {
    const masked = maskPii(text);
    expect(masked).not.toBe(text);
    expect(visibleDigits(masked)).toBeLessThanOrEqual(4);
  });

  it('masks the mixed number whole, as one identifier with the digits of the plain one', () => {
    const whole = piiFingerprints('110105199001011234', 'k');
    for (const typed of [
      '1101 0519-9001 0112 34',
      '1101.0519 9001-0112 34',
      [...'110105199001011234'].join(ZWSP),
      '１１０１ ０５１９-９００１ ０１１２ ３４',
    ])
      expect(piiFingerprints(typed, 'k')).toEqual(whole);
    expect(piiFingerprints('+86 138-1234 5678', 'k')).toEqual(piiFingerprints('8613812345678', 'k'));
  });

  it('leaves amounts, dates, times and ranges alone', () => {
    for (const text of [
      'I paid 1,234.56 on 2026-12-06',
      '2026-12-06',
      '2026-12-06 10.30',
      '2026-10-24 10:30 我还了2000',
      '2026-12-06 500',
      '2026.12.06 - 2026.12.31',
      'between 100.00-200.00 a month',
      'Balance: CNY 12,345.67, 3 6 12 24 months',
      '3-6 12 months',
      '0.5-1.5 2.5 3.5',
      '还款日 2026-12-06 14.30',
    ])
      expect(maskPii(text)).toBe(text);
  });

  it('masks under text keys for storage, and drops no visible character', () => {
    const stored = maskTextFields({ text: `my id ${'1101 0519-9001 0112 34'} thanks` }).text;
    expect(stored).toMatch(/^my id \*+2 34 thanks$/);
    expect(maskPii(`a${ZWSP}b 12${ZWSP}`)).toBe(`a${ZWSP}b 12${ZWSP}`);
  });

  it('stays linear on long hostile runs', () => {
    const hostile = `${'1 1-1.'.repeat(20_000)}x`;
    const started = Date.now();
    maskPii(hostile);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
