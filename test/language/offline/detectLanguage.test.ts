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

describe('pinyin typed without characters is Chinese', () => {
  it.each(['ni hao', 'nǐ hǎo', 'wo zhen de xiang zisha suan le', 'xie xie', 'hao de', 'wo bu zhi dao'])(
    '"%s" is zh-CN',
    (t) => expect(detectLanguage(t, 'en')).toBe('zh-CN'),
  );

  it.each([
    'hi',
    'hai',
    'ta',
    'a man',
    'me too',
    'no',
    'he said no',
    'go to bank',
    'she is here',
    'i lost my job',
  ])('"%s" stays English', (t) => expect(detectLanguage(t, 'en')).toBe('en'));
});
