import type { DialogContext } from 'botbuilder-dialogs';
import { asksDifference, saysNoMoney } from '../language/offline/index.js';
import { normalise } from '../language/offline/normalise.js';
import { ONCE_WORDS, PAYMENT_WORDS } from '../language/offline/intentPatterns.js';
import type { Understanding } from '../language/understanding.js';
import { checkIn, namesAnOffer, saidFine } from './care.js';
import { OPTIONS_SHOWN, optionsAfterHardship } from './hardshipNext.js';
import type { DialogServices } from './services.js';
import { say, turnAccount, turnCase, turnUnderstanding } from './turn.js';

const N_ZH = '(?:\\d+|[一二两三四五六七八九十半几]+)';
const N_EN = '(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|many)';

/**
 * Numbers that tell a story rather than make an offer: how long something has lasted, how much
 * was lost or spent, a pregnancy or an age ("进去了两年", "亏了二十多万", "nothing for two months",
 * "8 months pregnant").
 */
const STORY_NUMBER: readonly RegExp[] = [
  new RegExp(
    `(?:了|已经|快|近|整整|都)${N_ZH}(?:个)?多?(?:年|个月|月|周|星期|天)|${N_ZH}(?:个)?多?(?:年|个月|月)(?:了|多了|以来|之前|前|没)`,
  ),
  new RegExp(`(?:亏|赔|损失|花|借|被骗|欠)了?(?:将近|差不多|大概)?${N_ZH}`),
  /怀孕|孕|岁/,
  new RegExp(
    `\\b(?:for|since)(?: the)?(?: past| last)? ${N_EN} (?:months?|years?|weeks?)\\b|\\b(?:months?|years?|weeks?) (?:ago|pregnant|old|behind|straight)\\b|\\b(?:lost|spent|owe|borrowed)(?: about| over| almost)? \\$?\\d`,
  ),
];

const STORY_TEXT = 1000;

/** `lastFallback` values that are no open question (the menu, the hardship options, the pause, a goodbye). */
const NOT_A_FALLBACK: ReadonlySet<string> = new Set(['menu', OPTIONS_SHOWN, 'paused', 'goodbye']);

/** An offer read only from numbers in a message that speaks of no payment: a story, not an offer. */
function storyNumbers(u: Understanding, text: string): boolean {
  if (u.intent !== 'offer_payment' || !namesAnOffer(u)) return false;
  // Read as the slots were: the first characters only (bounded work on a huge message).
  const norm = normalise(text.slice(0, STORY_TEXT));
  if (PAYMENT_WORDS.some((r) => r.test(norm))) return false;
  return STORY_NUMBER.some((r) => r.test(norm));
}

/**
 * Paying it all, said in so many words ("发工资就全还", "pay everything when my paycheck comes",
 * "the whole thing") though no amount or date was named: the negotiation's to answer (it asks
 * which date, or chooses the full payment on the table). A bare "once" ("once I'm out of
 * hospital") is not enough: that is how a story starts.
 */
function saysFullPayment(u: Understanding, text: string): boolean {
  if (u.slots.period !== 'once') return false;
  const norm = normalise(text.slice(0, STORY_TEXT)).replace(/\bonce\b/gi, ' ');
  return ONCE_WORDS.test(norm);
}

/**
 * The policy that keeps money out of replies to people in difficulty whatever the detectors
 * missed: after the account summary, a message the bot did not understand is answered with an
 * open question and the care options (never "how much can you pay?"), and a message with a faint
 * sign of distress (the scorer's concern band) gets a gentle check-in with the crisis line and
 * no payment talk. The same open question twice in a row becomes the short menu. True when the
 * turn is answered.
 */
export async function listenBeforeMoney(dc: DialogContext, s: DialogServices): Promise<boolean> {
  const u = turnUnderstanding(dc.context);
  const state = turnCase(dc.context);
  const account = turnAccount(dc.context);
  if (!u || !account || !state.verified || !state.summaryShown || state.thirdParty || state.crisis) {
    return false;
  }
  if ((await saidFine(dc, s)) || (await checkIn(dc, s))) return true;
  if (await optionsAfterHardship(dc, s)) return true;
  const text = dc.context.activity.text ?? '';
  // "我没钱" / "I have no money" (a refusal by inability, no offer in it): heard, never the
  // consequences and "how much can you pay?" (understand8).
  const broke = u.intent === 'decline' && !namesAnOffer(u) && saysNoMoney(text);
  // "What's the difference between them?" with offers on the table: the negotiation compares them (conv18).
  const n = state.negotiation;
  const comparing =
    (n.stage === 'offered' || n.stage === 'confirming') && n.offers.length > 0 && asksDifference(text);
  const unclear =
    !comparing &&
    ((u.intent === 'unknown' && !namesAnOffer(u) && !saysFullPayment(u, text)) || storyNumbers(u, text));
  // While a dispute is open the negotiation answers with the pause (no plan talk at all).
  if ((!unclear && !broke) || (await s.stores.disputes.hasOpen(account.accountId))) return false;
  // The last reply was a fallback too (this open question or the negotiation's): the short menu.
  const again = state.lastFallback !== undefined && !NOT_A_FALLBACK.has(state.lastFallback);
  state.lastFallback = again ? 'menu' : 'listen';
  // Said again, "no money" is not met with "I did not understand": a short acknowledgement.
  const listen = broke ? { kind: 'listen' as const, broke, ...(again ? { again } : {}) } : undefined;
  await say(
    dc.context,
    s,
    listen ?? (again ? { kind: 'clarify', verified: true, menu: true } : { kind: 'listen' }),
  );
  return true;
}
