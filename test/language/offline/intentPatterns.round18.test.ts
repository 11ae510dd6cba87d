import { describe, expect, it } from 'vitest';
import { understandOffline } from '../../../src/language/offline/understandOffline.js';

const intentOf = (text: string, locale: 'zh-CN' | 'en') =>
  understandOffline(text, {
    now: new Date('2026-12-06T03:00:00Z'),
    timeZone: 'Asia/Shanghai',
    localeHint: locale,
  }).intent;

/** conv18: a number taken off the list, whoever asks (a wrong number, a relative's phone). */
describe('a number taken off the list is a stop request', () => {
  it.each([
    'pls take this number off ur list',
    'remove this number from your system pls',
    'dont ever message this number again',
    'delete my number from ur contacts',
    'take me off ur contact list',
  ])('"%s" (en)', (text) => {
    expect(intentOf(text, 'en')).toBe('stop_contact');
  });

  it.each([
    '以后别往这个号发了',
    '把我这个号码从你们系统里删掉',
    '麻烦把这个号码移出你们的名单',
    '别再往我这个号上发了 谢谢',
    '请勿再给这个手机号发信息',
  ])('"%s" (zh)', (text) => {
    expect(intentOf(text, 'zh-CN')).toBe('stop_contact');
  });

  it.each([
    ['remove the late fee from my account', 'en'],
    ['this number is new, wrong person', 'en'],
    ['这个号我刚办的 不是你们要找的人', 'zh-CN'],
    ['这个号码是我的新号', 'zh-CN'],
  ] as const)('"%s" is not', (text, locale) => {
    expect(intentOf(text, locale)).not.toBe('stop_contact');
  });
});
