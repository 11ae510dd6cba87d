import { describe, expect, it } from 'vitest';
import { detectLanguage, extractLast4, normalise } from '../../../src/language/offline/index.js';

describe('detectLanguage answers in the language the person writes', () => {
  it.each([
    ['我身份证后四位是1234', undefined, 'zh-CN'],
    ['OK，好的', 'en', 'zh-CN'],
    ['I never made that purchase', 'zh-CN', 'en'],
    ['ok', 'zh-CN', 'zh-CN'],
    ['STOP', 'zh-CN', 'zh-CN'],
    ['1234', 'zh-CN', 'zh-CN'],
    ['$300', 'en', 'en'],
    ['1234', undefined, 'en'],
  ] as const)('reads "%s" (hint %s) as %s', (text, hint, locale) => {
    expect(detectLanguage(text, hint)).toBe(locale);
  });
});

describe('extractLast4 finds the ID digits people type', () => {
  it.each([
    ['我身份证后四位是1234', '1234'],
    ['1234', '1234'],
    ['last four 4321', '4321'],
    ['后四位：1 2 3 4', '1234'],
    ['后4位1234', '1234'],
    ['last 4 is 4321', '4321'],
    ['It is 4321', '4321'],
    ['身份证后四位是 5678 谢谢', '5678'],
  ])('reads "%s" as %s', (text, last4) => {
    expect(extractLast4(text)).toBe(last4);
  });

  it.each(['2000块', '每个月只能还2000', '我每月还1234', '12345', '123'])('finds none in "%s"', (text) => {
    expect(extractLast4(text)).toBeUndefined();
  });
});

describe('normalise gives every rule one form to match', () => {
  it('turns full-width digits and traditional characters into their plain forms', () => {
    expect(normalise('１２３４')).toBe('1234');
    expect(normalise('別再聯繫我')).toBe('别再联系我');
    expect(normalise('  STOP  ')).toBe('stop');
  });

  it('leaves simplified Chinese as it is', () => {
    const texts = [
      '别再联系我',
      '我身份证后四位是1234',
      '每个月只能还2000',
      '打个折',
      '不想活了',
      '转人工',
      '我没消费过',
      '还不起',
    ];
    for (const text of texts) expect(normalise(text)).toBe(text);
  });
});
