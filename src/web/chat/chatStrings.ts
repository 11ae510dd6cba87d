import type { Locale } from '../../core/locale.js';

/** What the chat page says, per locale. `{bank}` and `{phone}` are filled from the config. */
export interface ChatStrings {
  title: string;
  assistant: string;
  notice: string;
  human: string;
  connecting: string;
  failed: string;
  linkInvalid: string;
  linkExpired: string;
  placeholder: string;
}

export const CHAT_STRINGS: Record<Locale, ChatStrings> = {
  'zh-CN': {
    title: '{bank} · 在线服务',
    assistant: '智能服务助手',
    notice:
      '您正在与{bank}的自动服务助手对话（自动回复，非人工）。为保障您的权益，本次对话内容将被记录并保存。',
    human: '如需人工服务，可在对话中告诉我们，或致电 {phone}。',
    connecting: '正在连接，请稍候……',
    failed: '暂时无法连接，请稍后刷新页面重试。',
    linkInvalid: '该链接无效。请通过{bank}官方短信或手机银行重新获取链接。',
    linkExpired: '该链接已过期。请通过{bank}官方短信或手机银行重新获取链接。',
    placeholder: '请输入您的消息',
  },
  en: {
    title: '{bank} · Online service',
    assistant: 'Automated assistant',
    notice:
      'You are chatting with the automated assistant of {bank}, not a person. This conversation is recorded and kept to protect you and us.',
    human: 'To talk to a person, say so in the chat or call {phone}.',
    connecting: 'Connecting, please wait…',
    failed: 'We cannot connect right now. Please reload the page in a moment.',
    linkInvalid:
      'This link is not valid. Please get a new link from an official {bank} text message or the mobile app.',
    linkExpired:
      'This link has expired. Please get a new link from an official {bank} text message or the mobile app.',
    placeholder: 'Type your message',
  },
};

/** The strings for a locale with `{bank}` and `{phone}` filled in. */
export function chatStrings(locale: Locale, bank: string, phone: string): ChatStrings {
  const fill = (s: string) => s.replaceAll('{bank}', bank).replaceAll('{phone}', phone);
  const source = CHAT_STRINGS[locale];
  return Object.fromEntries(Object.entries(source).map(([k, v]) => [k, fill(v)])) as unknown as ChatStrings;
}
