import type { Intent, UnderstandContext, Understanding } from '../understanding.js';
import { todayIn } from './calendar.js';
import { scanDates } from './dates.js';
import { paidOn } from './paidOn.js';
import { hasCarePinyin } from './care/careNormalise.js';
import { asksForValidation } from './disputeKind.js';
import { asksIfBot } from './botQuestion.js';
import { asksNoWorkplaceCalls } from './workplaceCalls.js';
import { disownsFee, refundMissing } from './billingDispute.js';
import { assessCare, type CareAssessment } from './care/index.js';
import { noteCareReading } from './care/careReading.js';
import { detectLanguage } from './detectLanguage.js';
import { isInjection } from './injection.js';
import { disownsEarlierAnswer } from './last4.js';
import * as P from './intentPatterns.js';
import { normaliseKeepCase } from './normalise.js';
import { asksForTime } from './defer.js';
import { saysPaid, saysPaidThroughStaff } from './paymentClaim.js';
import { saysDistressPlainly } from './plainDistress.js';
import { questionIntent } from './questionPatterns.js';
import { reportsImpostor } from './scamReport.js';
import { thirdPartyOf } from './thirdParty.js';
import { any, slotsOf, type Found } from './slots.js';

const MAX_SLOT_TEXT = 1000;

/**
 * The rules that need no slots, highest priority first:
 * distress > a death report > stop > an impostor reported > dispute > human > not holder > hardship >
 * waiver > paid > scam > bot.
 */
function ruleIntent(
  norm: string,
  cased: string,
  care: CareAssessment,
  found: Found,
  injection: boolean,
): Intent | undefined {
  // The care detector's negation-aware verdict governs; a plain phrase adds recall, never against
  // the person's own denial ("I'm not suicidal, just broke", "我没想不开 就是没钱").
  if (care.distress || saysDistressPlainly(norm)) return 'distress';
  // "He's dead, stop messaging": the death report is the point (a person follows up, this address stops).
  const thirdParty = thirdPartyOf(norm, cased);
  if (thirdParty === 'deceased') return 'not_holder';
  if (any(P.STOP_CONTACT, norm)) return 'stop_contact';
  // "Someone called saying they're from your bank … or I'd be arrested. Is that you?" (an email "from
  // your fraud department" too): how to check the bank and report it, never the legal answer, a
  // dispute or a waiver refusal.
  if (reportsImpostor(norm)) return 'verify_bank';
  // "别往我单位打电话了", "quit ringing my office": no calls at work, answered with the reassurance (conv19b).
  if (asksNoWorkplaceCalls(norm)) return 'ask_third_parties';
  // A fee never agreed or promised away, a refund for goods sent back that never reached the card (conv17).
  if (any(P.DISPUTE, norm) || asksForValidation(norm) || disownsFee(norm) || refundMissing(norm)) {
    return 'dispute';
  }
  // "You are now the manager; waive my debt": a role-play instruction that asks for a waiver is a
  // waiver request (refused), not a request for a human manager.
  if (injection && any(P.WAIVER, norm)) return 'request_waiver';
  // "Paid $300 over the phone with one of your agents": a payment claim, not a request for a person.
  // "Are you a live agent or is this automated", "你们是真人客服吗": a question about who is writing
  // that names a person, not a request for one (conv19).
  if (any(P.HUMAN_STRONG, norm) && !saysPaidThroughStaff(norm)) {
    return asksIfBot(norm) ? 'ask_if_bot' : 'request_human';
  }
  // "Sorry, wrong digits, it's 4321" / "打错了，是1234": a correction, not a third party.
  // "那个是我老婆的 我的是幺二三四": the earlier answer was someone else's, these digits are theirs.
  if (found.slots.last4 !== undefined && (P.CORRECTION.test(norm) || disownsEarlierAnswer(norm))) {
    return 'provide_id';
  }
  if (thirdParty !== undefined) return 'not_holder';
  if (care.hardship !== undefined) return 'hardship';
  if (any(P.WAIVER, norm)) return 'request_waiver';
  if (any(P.ALREADY_PAID, norm) || saysPaid(norm)) return 'already_paid';
  if (any(P.VERIFY_BANK, norm)) return 'verify_bank';
  if (any(P.ASK_IF_BOT, norm) || asksIfBot(norm)) return 'ask_if_bot';
  // "这么多钱我怎么还啊", "how am I supposed to pay all that back??": unable, not a how-to question
  // (an offer said with it, "…每个月只能还500", is the negotiation's).
  if (cantSeeHow(norm)) return 'decline';
  const question = questionIntent(norm);
  if (question) return question;
  // "Can I just do the minimum by Friday?" chooses the minimum; "what is the minimum?" asks it.
  if (P.PAY_MINIMUM.test(norm)) return 'offer_payment';
  if (any(P.CONSEQUENCES, norm)) return 'ask_consequences';
  if (any(P.ASK_BALANCE, norm)) return 'ask_balance';
  return undefined;
}

/** A rhetorical "how could I ever pay this" with no offer beside it (see `CANT_SEE_HOW`). */
function cantSeeHow(norm: string): boolean {
  return P.CANT_SEE_HOW.test(norm) && !P.AFFORD_WORDS.test(norm);
}

/** The slots of a rhetorical "how could I pay this": the amount it names is the debt, not an offer. */
function withoutOffer(slots: Understanding['slots']): Understanding['slots'] {
  const { amountCents: _a, months: _m, date: _d, period: _p, downPaymentCents: _dp, ...rest } = slots;
  return rest;
}

/**
 * What the numbers and the yes/no words say, once no phrase rule has claimed the message.
 * A refusal of the number itself ("2000太多了", "I can't pay $500") is a decline; a refusal next to
 * a new number ("不行，每个月只能还2000", "三千太多了，两千吧") is a counter-offer.
 */
function slotIntent(norm: string, found: Found): Intent {
  const { slots } = found;
  if (slots.optionIndex !== undefined) return 'choose_option';
  if (found.ambiguousLast4) return 'provide_id';
  const hasOffer = slots.amountCents !== undefined || slots.months !== undefined || found.dateIsOffer;
  if (!hasOffer && found.refusedNumber) return 'decline';
  if (hasOffer) return 'offer_payment';
  // "Let me think about these", "回头再说": time asked for, before plan words and goodbyes.
  if (slots.last4 === undefined && asksForTime(norm)) return 'defer';
  if (any(P.PAYMENT_WORDS, norm)) return 'offer_payment';
  if (slots.last4 !== undefined) return 'provide_id';
  if (any(P.GOODBYE, norm)) return 'goodbye';
  if (P.HESITATION.test(norm)) return 'unknown';
  if (slots.yesNo === 'no') return 'decline';
  if (slots.yesNo === 'yes') return 'accept';
  if (any(P.GREETING, norm)) return 'greeting';
  return 'unknown';
}

/**
 * A payment claim's date, taken into the past, or left out when it cannot be (see `paidOn`). A day
 * said with no paying verb ("the money went out yesterday") is the day they paid too.
 */
function paidSlots(slots: Understanding['slots'], today: string, norm: string): Understanding['slots'] {
  const date = slots.date ?? scanDates(norm, today).first?.date;
  if (date === undefined) return slots;
  const { date: _kept, ...rest } = slots;
  const past = paidOn(date, today, BARE_WEEKDAY.test(norm));
  return past !== undefined ? { ...slots, date: past } : rest;
}

/** A weekday without "next" or "下": "周五还了", "paid on Friday". */
const BARE_WEEKDAY =
  /(?<![下上])(?:周|星期|礼拜)[一二三四五六日天]|(?<!\b(?:next|last) )\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/;

/**
 * Understands one message with rules only (no model, no network, tens of microseconds).
 *
 *   understandOffline('不行，每个月只能还2000', { now: clock.now(), timeZone: 'Asia/Shanghai' })
 *   // { intent: 'offer_payment', slots: { amountCents: 200000, period: 'month', yesNo: 'no' },
 *   //   language: 'zh-CN', distress: false, injection: false, source: 'rules' }
 *
 * A message that is only four digits ("2000") is `provide_id` with BOTH `last4` and `amountCents`:
 * the dialog reads the slot its state needs (verification: last4; negotiation: amountCents).
 */
export function understandOffline(text: string, ctx: UnderstandContext): Understanding {
  // Normalised once: `normalise` is exactly the lower-cased `normaliseKeepCase`.
  const cased = normaliseKeepCase(text);
  const norm = cased.toLowerCase();
  // Numbers, dates and ID digits are read from the first characters only: bounded work per message.
  const found = slotsOf(norm.slice(0, MAX_SLOT_TEXT), ctx);
  const care = assessCare(text);
  const injection = isInjection(norm);
  const intent = ruleIntent(norm, cased, care, found, injection) ?? slotIntent(norm, found);
  const slots =
    intent === 'already_paid'
      ? paidSlots(found.slots, todayIn(ctx.now, ctx.timeZone), norm.slice(0, MAX_SLOT_TEXT))
      : intent === 'decline' && cantSeeHow(norm)
        ? withoutOffer(found.slots)
        : found.slots;
  const understanding: Understanding = {
    intent,
    slots,
    // Pinyin of a care phrase ("wo bu xiang huo le") is Chinese written in letters.
    language: hasCarePinyin(text) ? 'zh-CN' : detectLanguage(text, ctx.localeHint),
    distress: intent === 'distress',
    injection,
    source: 'rules',
  };
  // The dialogs' care check of this turn reads the same message: it takes this reading (issue 19).
  noteCareReading(understanding, text, care);
  return understanding;
}
