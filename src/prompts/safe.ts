import type { Locale } from '../core/locale.js';

const SAFE: Readonly<Record<Locale, string>> = {
  'zh-CN': '抱歉，这个问题我暂时无法答复。如需帮助，请回复"转人工"，我们会安排工作人员为您服务。',
  en: 'Sorry, I am not able to answer that right now. If you need help, reply "agent" and a member of our team will assist you.',
};

/**
 * A fixed, neutral reply used when every other draft is blocked. Safe in any context: no
 * amount, no digits, no account detail, nothing about the person.
 *
 *   safeMessage('en') // 'Sorry, I am not able to answer that right now. …'
 */
export function safeMessage(locale: Locale): string {
  return SAFE[locale];
}
