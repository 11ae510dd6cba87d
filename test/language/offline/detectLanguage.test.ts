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

describe('a message in both scripts takes the language that outweighs the other (issue 14)', () => {
  it.each([
    [
      'sorry my english not so good. 我妈妈 has dementia, I quit my job to take care of her full time',
      'zh-CN',
      'en',
    ],
    ['hello 你好', 'en', 'zh-CN'],
    ['ok 我的后四位是 1234', 'en', 'zh-CN'],
    ['我真的好累 i just want it to be over', 'zh-CN', 'zh-CN'],
    ['我真的好累 i just want it to be over', 'en', 'en'],
    ['I want to 死', undefined, 'zh-CN'],
  ] as const)('reads "%s" (hint %s) as %s', (text, hint, locale) => {
    expect(detectLanguage(text, hint)).toBe(locale);
  });
});
