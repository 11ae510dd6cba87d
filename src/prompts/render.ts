import type { Act } from '../core/act.js';
import type { Locale } from '../core/locale.js';
import { en } from './templates/en/index.js';
import { zh } from './templates/zh/index.js';
import type { Wording, WordingContext } from './wording.js';

const WORDING: Readonly<Record<Locale, Wording>> = { 'zh-CN': zh, en };

/**
 * The offline reply for an act, in the reader's language. Pure: the same act and context give
 * the same text. Every amount and date comes from the act (formatMoney / formatDate); acts read
 * before verification name no amount, no days overdue and no card digits. Opening and reminder
 * place DISCLOSURES verbatim.
 *
 *   renderTemplate({ kind: 'ask_verification', attemptsLeft: 3 }, ctx)
 *   // '为确认是您本人，请回复您身份证号码的后四位。…'
 */
export function renderTemplate(act: Act, ctx: WordingContext): string {
  const w = WORDING[ctx.locale];
  // One line per kind; a kind added to Act and not handled here fails to compile
  // (noImplicitReturns) and fails the lint (switch-exhaustiveness-check).
  switch (act.kind) {
    case 'opening': return w.opening(act, ctx);
    case 'ask_verification': return w.ask_verification(act, ctx);
    case 'verification_failed': return w.verification_failed(act, ctx);
    case 'verification_locked': return w.verification_locked(act, ctx);
    case 'third_party': return w.third_party(act, ctx);
    case 'unknown_person': return w.unknown_person(act, ctx);
    case 'private_only': return w.private_only(act, ctx);
    case 'verified': return w.verified(act, ctx);
    case 'account_summary': return w.account_summary(act, ctx);
    case 'consequences': return w.consequences(act, ctx);
    case 'answer': return w.answer(act, ctx);
    case 'ask_intent': return w.ask_intent(act, ctx);
    case 'ask_payment_date': return w.ask_payment_date(act, ctx);
    case 'promise_recorded': return w.promise_recorded(act, ctx);
    case 'ask_affordability': return w.ask_affordability(act, ctx);
    case 'plan_offers': return w.plan_offers(act, ctx);
    case 'plan_confirm': return w.plan_confirm(act, ctx);
    case 'plan_agreed': return w.plan_agreed(act, ctx);
    case 'plan_declined': return w.plan_declined(act, ctx);
    case 'plan_impasse': return w.plan_impasse(act, ctx);
    case 'waiver_refused': return w.waiver_refused(act, ctx);
    case 'dispute_recorded': return w.dispute_recorded(act, ctx);
    case 'cease_contact_confirmed': return w.cease_contact_confirmed(act, ctx);
    case 'human_requested': return w.human_requested(act, ctx);
    case 'distress_support': return w.distress_support(act, ctx);
    case 'bot_identity': return w.bot_identity(act, ctx);
    case 'collection_paused': return w.collection_paused(act, ctx);
    case 'clarify': return w.clarify(act, ctx);
    case 'goodbye': return w.goodbye(act, ctx);
    case 'payment_claimed': return w.payment_claimed(act, ctx);
    case 'reminder': return w.reminder(act, ctx);
    case 'handoff_queued': return w.handoff_queued(act, ctx);
    case 'handoff_callback_offer': return w.handoff_callback_offer(act, ctx);
    case 'handoff_message_left': return w.handoff_message_left(act, ctx);
    case 'handoff_accepted': return w.handoff_accepted(act, ctx);
    case 'handoff_returned': return w.handoff_returned(act, ctx);
    case 'hardship_ack': return w.hardship_ack(act, ctx);
    case 'crisis_followup': return w.crisis_followup(act, ctx);
    case 'verify_bank': return w.verify_bank(act, ctx);
    case 'plan_status': return w.plan_status(act, ctx);
    case 'listen': return w.listen(act, ctx);
    case 'promise_status': return w.promise_status(act, ctx);
    case 'plan_replace_confirm': return w.plan_replace_confirm(act, ctx);
  }
}
