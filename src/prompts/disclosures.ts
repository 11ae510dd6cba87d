import type { Act } from '../core/act.js';
import type { Jurisdiction } from '../core/jurisdiction.js';
import type { Locale } from '../core/locale.js';
import type { WordingContext } from './wording.js';

/**
 * Legally required sentences. Fixed text: templates place them verbatim, the model path must keep
 * them verbatim (or re-insert them), and nobody rewords them. Changing one is a compliance change:
 * bump the opening and reminder template versions with it.
 */
export interface Disclosures {
  /** The assistant is automated and speaks for the bank. */
  readonly automated: string;
  /** The conversation is recorded; how long records are kept. */
  readonly recording: string;
  /**
   * FDCPA §1692e(11), in this language: said to `US` accounts only, in whatever language the reply
   * is (a US holder who writes Chinese reads it in Chinese), never to `CN` accounts (noticeSentences).
   */
  readonly debtCollection: string;
  /** How to stop contact. */
  readonly stopContact: string;
}

export const DISCLOSURES: Readonly<Record<Locale, Disclosures>> = {
  'zh-CN': {
    automated: '我是代表本行与您联系的自动服务助手，并非人工客服。',
    recording: '本次对话将被记录，记录至少保存两年；如达成还款协议，协议记录将保存至款项全部还清为止。',
    debtCollection: '这是一次债务催收沟通，我们所获取的任何信息都将用于该目的。',
    stopContact: '如您不希望再收到此类消息，回复"退订"即可停止联系。',
  },
  en: {
    automated: 'I am an automated assistant writing on behalf of the bank, not a person.',
    recording:
      'This conversation is recorded. Records are kept for at least two years, and repayment agreements are kept until the debt is paid.',
    debtCollection:
      'This is an attempt to collect a debt, and any information obtained will be used for that purpose.',
    stopContact: 'Reply STOP to stop these messages.',
  },
};

/**
 * The debt-collector notice this account hears, in the reply's language: the account's
 * jurisdiction decides whether, the reply's language only decides the words.
 *
 *   debtCollectionNotice('zh-CN', 'US') // '这是一次债务催收沟通，…'
 *   debtCollectionNotice('en', 'CN')    // undefined
 */
export function debtCollectionNotice(locale: Locale, jurisdiction: Jurisdiction): string | undefined {
  return jurisdiction === 'US' ? DISCLOSURES[locale].debtCollection : undefined;
}

/** The full notice set, in the order the opening and reminder templates place it. */
export function noticeSentences(locale: Locale, jurisdiction: Jurisdiction): string[] {
  const d = DISCLOSURES[locale];
  const notice = debtCollectionNotice(locale, jurisdiction);
  return [d.automated, ...(notice !== undefined ? [notice] : []), d.recording, d.stopContact];
}

/**
 * The legally required sentences a rendering of this act must contain verbatim, in order.
 * The template path places them; the model path checks a draft keeps them, or re-inserts them.
 *
 *   fixedSentences({ kind: 'opening', jurisdiction: 'US' }, ctx) // automated, debt collection, recording, stop
 */
export function fixedSentences(act: Act, ctx: WordingContext): string[] {
  if (act.kind === 'opening' || act.kind === 'reminder') return noticeSentences(ctx.locale, act.jurisdiction);
  if (act.kind === 'bot_identity') return [DISCLOSURES[ctx.locale].automated];
  return [];
}
