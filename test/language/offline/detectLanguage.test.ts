import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/language/offline/index.js';

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
