import type { Intent, Slots, UnderstandContext, Understanding } from '../understanding.js';
import { findAmount, nonMoneySpans, type NonMoney } from './amount.js';
import { todayIn } from './calendar.js';
import { scanDates } from './dates.js';
import { detectLanguage } from './detectLanguage.js';
import { isInjection } from './injection.js';
import * as P from './intentPatterns.js';
import { findLast4 } from './last4.js';
import { findMonths } from './months.js';
import { mask, normalise, normaliseKeepCase } from './normalise.js';
import { findOption } from './options.js';

const any = (patterns: readonly RegExp[], text: string): boolean => patterns.some((re) => re.test(text));

/** Agreement or refusal words; a refusal wins ("好的，但是太多了" refuses). */
function yesNoOf(norm: string): 'yes' | 'no' | undefined {
  if (any(P.DECLINE, norm)) return 'no';
  if (P.HESITATION.test(norm)) return undefined;
  const clauses = norm.split(/[\s\p{P}]+/u).map((c) => c.replace(/[啊呀吧嘛呢哦了的啦哈]+$/u, ''));
  if (clauses.some((c) => P.ACCEPT_CLAUSE.test(c) || P.SELF_CONFIRM.test(c))) return 'yes';
  for (const m of norm.matchAll(P.ACCEPT_PHRASE)) {
    const before = norm.slice(Math.max(0, m.index - 4), m.index);
    if (!/(?:不|没|别|not |n't |no )$/.test(before)) return 'yes';
  }
  return undefined;
}

interface Found {
  slots: Slots;
  /** A bare four-digit message: last4 and amount at once. */
  ambiguousLast4: boolean;
  /** The date is the point of the message ("下周五吧", "by next Friday", "明天还"), not small talk ("今天天气…"). */
  dateIsOffer: boolean;
  /** The amount's own clause refuses it ("2000太多了"). */
  amountRefused: boolean;
}

/** Every slot the text holds, each found once; non-money numbers are masked before amounts. */
function slotsOf(norm: string, ctx: UnderstandContext): Found {
  const slots: Slots = {};
  const dates = scanDates(norm, todayIn(ctx.now, ctx.timeZone));
  const months = findMonths(norm);
  const option = findOption(norm);
  const last4 = findLast4(norm);
  const nonMoney: NonMoney = { dates: dates.spans, months, option, last4 };
  const date = dates.first;
  if (date) slots.date = date.date;
  if (months) slots.months = months.months;
  if (option) slots.optionIndex = option.optionIndex;
  if (last4) slots.last4 = last4.last4;
  const amount = pickAmount(mask(norm, nonMoneySpans(nonMoney)));
  if (amount) slots.amountCents = amount.cents;
  const period = periodOf(norm, slots);
  if (period) slots.period = period;
  const yesNo = yesNoOf(norm);
  if (yesNo) slots.yesNo = yesNo;
  return {
    slots,
    ambiguousLast4: last4?.couldBeAmount === true,
    dateIsOffer: date !== undefined && (P.PAY_VERBS.test(norm) || P.isOnlyFiller(mask(norm, [date.span]))),
    amountRefused: amount?.refused === true,
  };
}

/** Per month or once. Without an amount, only "once" for paying everything ("一次性还清", "in full"). */
function periodOf(norm: string, slots: Slots): Slots['period'] {
  if (slots.amountCents !== undefined) {
    if (P.MONTHLY_WORDS.test(norm)) return 'month';
    if (slots.date !== undefined || P.ONCE_WORDS.test(norm)) return 'once';
    return undefined;
  }
  return P.ONCE_WORDS.test(norm) && slots.months === undefined ? 'once' : undefined;
}

/** The rules that need no slots, highest priority first: distress > stop > dispute > human > not holder > waiver. */
function ruleIntent(norm: string, cased: string): Intent | undefined {
  if (any(P.DISTRESS, norm)) return 'distress';
  if (any(P.STOP_CONTACT, norm)) return 'stop_contact';
  if (any(P.DISPUTE, norm)) return 'dispute';
  if (any(P.HUMAN_STRONG, norm)) return 'request_human';
  if (any(P.NOT_HOLDER, norm) || P.NOT_HOLDER_NAMED.test(cased)) return 'not_holder';
  if (any(P.WAIVER, norm)) return 'request_waiver';
  if (any(P.ALREADY_PAID, norm)) return 'already_paid';
  if (any(P.ASK_IF_BOT, norm)) return 'ask_if_bot';
  if (any(P.CONSEQUENCES, norm)) return 'ask_consequences';
  if (any(P.ASK_BALANCE, norm)) return 'ask_balance';
  return undefined;
}

interface ClauseAmount {
  cents: number;
  refused: boolean;
}

/**
 * The amount offered, read clause by clause from text whose non-money numbers are masked:
 * "三千太多了，两千吧" offers 2000, not the 3000 its own clause refuses.
 */
function pickAmount(masked: string): ClauseAmount | undefined {
  const found: ClauseAmount[] = [];
  for (const clause of masked.split(/(?:[,.](?!\d)|[!?;，。！？；])+/)) {
    const amount = findAmount(clause);
    if (amount) found.push({ cents: amount.cents, refused: any(P.DECLINE, clause) });
  }
  return found.find((a) => !a.refused) ?? found[0];
}

/**
 * "2000太多了", "I can't pay $500": the refusal is about the number itself. A refusal in one clause
 * and a number in another ("这个月还不了，下个月15号还五千") is a counter-offer, and so is a refusal
 * with an affordability word ("不行，每个月只能还2000").
 */
function refusesTheNumber(norm: string, found: Found): boolean {
  return found.slots.yesNo === 'no' && found.amountRefused && !P.AFFORD_WORDS.test(norm);
}

/** What the numbers and the yes/no words say, once no phrase rule has claimed the message. */
function slotIntent(norm: string, found: Found): Intent {
  const { slots, ambiguousLast4, dateIsOffer } = found;
  if (slots.optionIndex !== undefined) return 'choose_option';
  if (ambiguousLast4) return 'provide_id';
  const hasOffer = slots.amountCents !== undefined || slots.months !== undefined || dateIsOffer;
  if (hasOffer || any(P.PAYMENT_WORDS, norm))
    return refusesTheNumber(norm, found) ? 'decline' : 'offer_payment';
  if (slots.last4 !== undefined) return 'provide_id';
  if (any(P.GOODBYE, norm)) return 'goodbye';
  if (P.HESITATION.test(norm)) return 'unknown';
  if (slots.yesNo === 'no') return 'decline';
  if (slots.yesNo === 'yes') return 'accept';
  if (any(P.GREETING, norm)) return 'greeting';
  return 'unknown';
}

/**
 * Understands one message with rules only (no model, no network, microseconds).
 *
 *   understandOffline('不行，每个月只能还2000', { now: clock.now(), timeZone: 'Asia/Shanghai' })
 *   // { intent: 'offer_payment', slots: { amountCents: 200000, period: 'month', yesNo: 'no' },
 *   //   language: 'zh-CN', distress: false, injection: false, source: 'rules' }
 *
 * A message that is only four digits ("2000") is `provide_id` with BOTH `last4` and `amountCents`:
 * the dialog reads the slot its state needs.
 */
export function understandOffline(text: string, ctx: UnderstandContext): Understanding {
  const norm = normalise(text);
  const found = slotsOf(norm, ctx);
  const intent = ruleIntent(norm, normaliseKeepCase(text)) ?? slotIntent(norm, found);
  return {
    intent,
    slots: found.slots,
    language: detectLanguage(text, ctx.localeHint),
    distress: intent === 'distress',
    injection: isInjection(norm),
    source: 'rules',
  };
}
