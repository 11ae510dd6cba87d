import type { Locale } from '../../core/locale.js';

const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /[a-z]{2,}/gi;

/**
 * The language a message is written in: zh-CN when it has any Chinese character; English when it
 * has at least two Latin words ("I never made that purchase"); otherwise — digits, "ok", "STOP",
 * "$300" — the conversation's `localeHint`, or English without one.
 *
 *   detectLanguage('我身份证后四位是1234')  // 'zh-CN'
 *   detectLanguage('ok', 'zh-CN')          // 'zh-CN'
 */
export function detectLanguage(text: string, localeHint?: Locale): Locale {
  if (HAN.test(text)) return 'zh-CN';
  const words = text.match(LATIN_WORD)?.length ?? 0;
  if (words >= 2) return 'en';
  return localeHint ?? 'en';
}
