import type { Act } from '../core/act.js';
import type { Locale } from '../core/locale.js';

/**
 * Labels for Web Chat suggested actions (sent as imBack: the label is what the person "says"),
 * so the offline understanding must recognise each of them.
 */
export const SUGGESTION_LABELS = {
  'zh-CN': {
    human: '转人工',
    confirm: '确认',
    decline: '不用了',
    plans: '查看还款方案',
    stop: '退订',
    option: '方案',
    howToPay: '怎么还款',
  },
  en: {
    human: 'Talk to a person',
    confirm: 'Confirm',
    decline: 'No thanks',
    plans: 'Repayment options',
    stop: 'STOP',
    option: 'Option',
    howToPay: 'How to pay',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/**
 * Short button labels for an act's reply: plan choices ("方案1" / "Option 1"), yes/no
 * ("确认" / "Confirm"), and the way to a person ("转人工" / "Talk to a person"). Empty when the
 * reply needs no buttons.
 *
 *   suggestionsFor(planOffersAct, 'zh-CN') // ['方案1', '方案2', '转人工']
 */
export function suggestionsFor(act: Act, locale: Locale): string[] {
  const l = SUGGESTION_LABELS[locale];
  const sep = locale === 'zh-CN' ? '' : ' ';
  switch (act.kind) {
    case 'plan_offers':
      return [...act.offers.map((_o, i) => `${l.option}${sep}${i + 1}`), l.human];
    case 'plan_confirm':
    case 'plan_replace_confirm':
      return [l.confirm, l.decline, l.human];
    case 'ask_payment_date':
      return [l.plans, l.human];
    case 'ask_intent':
      return [l.plans, l.howToPay, l.human];
    case 'answer':
      return act.then === 'confirm_plan' ? [l.confirm, l.decline, l.human] : [l.human];
    case 'promise_recorded':
      return [l.howToPay];
    case 'handoff_callback_offer':
      return [l.confirm, l.decline];
    case 'verified':
    case 'account_summary':
    case 'consequences':
    case 'plan_declined':
    case 'waiver_refused':
      return [l.plans, l.human];
    case 'clarify':
      return act.verified ? [l.plans, l.human] : [l.human];
    case 'reminder':
      return [l.human, l.stop];
    case 'ask_verification':
    case 'verification_failed':
    case 'verification_locked':
    case 'ask_affordability':
    case 'plan_impasse':
    case 'dispute_recorded':
    case 'bot_identity':
    case 'collection_paused':
    case 'hardship_ack':
    case 'verify_bank':
    case 'plan_status':
    case 'listen':
    case 'promise_status':
      return [l.human];
    case 'opening':
    case 'third_party':
    case 'unknown_person':
    case 'private_only':
    case 'plan_agreed':
    case 'cease_contact_confirmed':
    case 'human_requested':
    case 'distress_support':
    case 'goodbye':
    case 'payment_claimed':
    case 'handoff_queued':
    case 'handoff_message_left':
    case 'handoff_accepted':
    case 'handoff_returned':
    case 'crisis_followup':
      return [];
  }
}
