import type { Lang } from './rules/ruleTypes.js';

/**
 * Lawful English readings (guardrw14en, issue 16): debt advice that sends the person to their
 * own creditors ("Contact the organisations you owe money to. Let them know you are having
 * problems", "tell your creditors about your situation") is not a relay request or a third
 * person told of the debt; a warning that quotes what another lender or collector threatens ("If
 * a lender threatens to shame you to your contacts, report it") is not the bank's threat.
 */

// The object told or asked is the person's own creditors.
const EN_OWN_CREDITORS =
  /\b(?:your|ur) (?:creditors?|lenders?|card (?:issuers?|providers?)|debt advis[eo]rs?|money advis[eo]rs?|credit counsell?ors?|lawyers?|attorneys?)\b/;
// "them" read back to the creditors named before it: "the organisations you owe money to".
const EN_CREDITORS_NAMED =
  /\b(?:organi[sz]ations?|companies|creditors?|lenders?|banks?|firms?|providers?|suppliers?|people|businesses)\b[^.!?\n]{0,30}\b(?:you owe|you borrowed|you (?:have|hold) (?:debts?|credit|loans?|cards?) with|you're in debt to|you are in debt to|you are behind with|you're behind with)\b|\b(?:your|ur) (?:creditors|lenders)\b/;
const EN_THEM = /\b(?:them|they)\b/;

/** Whether a relay or third-party match addresses the person's own creditors (debt advice). */
export function advisesOwnCreditors(text: string, at: number, end: number, lang: Lang): boolean {
  if (lang !== 'en') return false;
  const match = text.slice(at, end);
  if (EN_OWN_CREDITORS.test(match)) return true;
  if (!EN_THEM.test(match)) return false;
  return EN_CREDITORS_NAMED.test(text.slice(Math.max(0, at - 200), at));
}

// "If a lender threatens to…", "when a collector says they will…": another party's act, quoted
// inside a condition, in the match's own sentence.
const EN_OTHER_THREATENS =
  /\b(?:if|when|whenever|should)\s+(?:a|an|the|any|some|your|another)?\s*(?:lenders?|collectors?|debt collectors?|collection agenc(?:y|ies)|loan apps?|apps?|compan(?:y|ies)|agenc(?:y|ies)|callers?|someone|anyone|anybody|creditors?|scammers?)\b[^.!?\n]{0,30}\b(?:threatens?|threatened|threatening|tries|tried|says|said|claims?|warns?|promises?)\b[^.!?\n]{0,12}$/;

/** Whether the match is what another lender or collector threatens, quoted in a condition. */
export function quotesOtherThreat(text: string, at: number, lang: Lang): boolean {
  if (lang !== 'en') return false;
  const before = text.slice(Math.max(0, at - 100), at);
  return EN_OTHER_THREATENS.test(before);
}

// "The law limits how long you can be sued", "the time to sue may start again", "the period in
// which you can be sued": the limitation period named, not a suit.
const EN_TIME_TO_SUE =
  /\b(?:time|period|time limit|time frame|timeframe|deadline|window|clock|how long|limitations? period|statute of limitations?)(?: (?:in which|during which|within which|for which))?(?: (?:you|they|a creditor|a collector|we|someone|anyone|the creditor))?(?: (?:can|could|may|might|have to|has to|is allowed to|are allowed to))?(?: be)?(?: to)?(?: (?:for|on|to bring|to file|to start) (?:a |an |any )?)?\s*$/;
const EN_SUE_WORD = /^(?:sue|sued|suing|lawsuit)\b/;

/** Whether a suit word only names the time limit to sue (a time-barred debt's disclosure). */
export function namesTimeToSue(text: string, at: number, end: number, lang: Lang): boolean {
  if (lang !== 'en' || !EN_SUE_WORD.test(text.slice(at, end))) return false;
  return EN_TIME_TO_SUE.test(text.slice(Math.max(0, at - 80), at));
}

// "Collectors may not … falsely claim that you will be arrested": a rights explanation quoting the
// claim the law forbids, in the match's sentence.
const EN_FORBIDS_CLAIM =
  /\b(?:collectors?|debt collectors?|collection agenc(?:y|ies)|lenders?|creditors?|they|a collector|the collector|no one|nobody)\b[^.!?\n]{0,30}\b(?:may not|cannot|can't|can not|must not|mustn't|are not allowed to|aren't allowed to|is not allowed to|isn't allowed to|are prohibited from|is prohibited from|are forbidden to|is forbidden to|have no right to|has no right to|are barred from)\b[^.!?\n]{0,120}\b(?:falsely )?(?:claim|claiming|say|saying|tell you|telling you|threaten|threatening|suggest|suggesting|imply|implying|pretend|pretending|state|stating|represent|representing)\b(?: to you)?(?: that)?(?:(?!\b(?:but|however|yet|though|although|except|and we|we will|we'll)\b)[^.!?\n;]){0,40}$/;

/** Whether the match is a claim a rights explanation says collectors may not make. */
export function quotesForbiddenClaim(text: string, at: number, lang: Lang): boolean {
  if (lang !== 'en') return false;
  return EN_FORBIDS_CLAIM.test(text.slice(Math.max(0, at - 220), at));
}
