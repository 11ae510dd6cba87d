import { normalise as normaliseText, normaliseKeepCase } from './normalise.js';
import { standingOf, thirdPartyOf, type ThirdPartyKind } from './thirdParty.js';
import { AFFORD_WORDS, CANT_SEE_HOW, PART_WORDS, PAY_MINIMUM, PAYDAY, WHEN_VAGUE } from './intentPatterns.js';
export { understandOffline } from './understandOffline.js';
export { parseAmount } from './amount.js';
export { parseMonths } from './months.js';
export { parseDate } from './dates.js';
export { paidOn } from './paidOn.js';
export { extractLast4 } from './last4.js';
export { detectLanguage } from './detectLanguage.js';
export { isInjection } from './injection.js';
export { normalise } from './normalise.js';

/** The dialog helpers below read the first characters only: bounded work on a hostile message. */
const HELPER_TEXT = 2000;
const head = (text: string): string => normaliseText(text.slice(0, HELPER_TEXT));

/** Whether a message names pay day as an event ("发工资", "on payday", "when I get paid"). */
export function saysPayday(text: string): boolean {
  return PAYDAY.test(head(text));
}

/** Whether a message ties a payment to an event or a month rather than a date (payday, "in March", "年后"). */
export function saysWhenVaguely(text: string): boolean {
  const norm = head(text);
  return PAYDAY.test(norm) || WHEN_VAGUE.test(norm);
}

export type { ThirdPartyKind };

/** Who is writing when it is not the holder: for a relative, not this number, or the holder died. */
export function thirdPartyKind(text: string): ThirdPartyKind | undefined {
  const first = text.slice(0, HELPER_TEXT);
  return thirdPartyOf(normaliseText(first), normaliseKeepCase(first));
}

/** A relative's claim to be told, or the holder unable to act for themselves (see `standingOf`). */
export function relativeStanding(text: string): 'authority' | 'unwell' | undefined {
  return standingOf(head(text));
}

/** Asked to keep it short ("keep it short", "quick q", "长话短说", "手机快没电了"): the answer comes brief. */
const BRIEF =
  /长话短说|简单(?:点|说|讲)|说重点|快点说|赶时间|没电了|快没电|\bkeep it (?:short|brief|quick)\b|\bquick(?:ly)? (?:q|question)\b|\bshort version\b|\bbriefly\b|\bin a (?:hurry|rush)\b|\btl;?dr\b|\b(?:phone|battery)(?:'s| is)? (?:about to die|dying|almost dead|on \d+%)/;

export function asksBrief(text: string): boolean {
  return BRIEF.test(head(text));
}

/**
 * Says there is no money, without a reason or an offer ("我没钱", "手上真没钱", "I have no money",
 * "I don't have any money"): not able rather than not willing (understand8).
 */
const NO_MONEY =
  /(?:^|[^有])(?:没|没有)(?:什么|啥)?钱|一分钱都没有|身无分文|\b(?:i'?m|i am|im) (?:so |totally |completely |flat |dead )?broke\b|\b(?:have|got|has) no money\b|\b(?:don'?t|do not|dont) (?:have|got) (?:any |the )?money\b/;

export function saysNoMoney(text: string): boolean {
  const h = head(text);
  // "这么多钱我拿什么还", "how am I supposed to pay all that back": unable, said as a question (conv15).
  return NO_MONEY.test(h) || (CANT_SEE_HOW.test(h) && !AFFORD_WORDS.test(h));
}

/** Whether a message speaks of paying part of the balance ("先还一部分", "pay some of it now"). */
export function saysPartPayment(text: string): boolean {
  return PART_WORDS.test(head(text));
}

/** Whether a message chooses to pay the minimum due ("我先把最低还款还上", "I'll just pay the minimum"). */
export function saysPayMinimum(text: string): boolean {
  return PAY_MINIMUM.test(head(text));
}

/**
 * Asks how the options on the table differ (conv18): "what's the difference between the options",
 * "how r they different", "compare them", "which one is cheaper", "这几个方案有什么区别", "差别在哪",
 * "帮我比较一下", "哪个划算". Read by the negotiation only while offers are on the table.
 */
const ASKS_DIFFERENCE =
  /\b(?:what'?s|whats|wats|what is|what are)\s+(?:the\s+)?(?:diff|difference|differences)\b|\bdifference(?:s)? between\b|\bhow (?:are|r|do|is) (?:they|these|those|them|the (?:options|plans)|(?:option|plan) \d)\s*(?:\w+\s+)?(?:differ|different)\b|\b(?:compare|comparing|comparison of)\s+(?:them|these|those|the (?:options|plans)|(?:option|plan)s?\b)|\bwhich (?:one|option|plan|is) (?:is )?(?:better|cheaper|best|cheapest)\b|\bpros and cons\b|有(?:什么|啥|何|哪些)(?:区别|差别|不同|不一样|差异)|(?:区别|差别|差异|不同|不一样)(?:在哪|在什么|是什么|是啥|大吗|在于)|(?:比较|对比)(?:一下)?(?:这|那)?(?:几个|些|两个|三个)?(?:方案|选项)?(?:吗|呢|看|给我)|哪个(?:方案|选项)?(?:更)?(?:划算|好|便宜|省钱|合适|合算)/;

export function asksDifference(text: string): boolean {
  return ASKS_DIFFERENCE.test(head(text));
}
