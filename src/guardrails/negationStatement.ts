/**
 * Lawful statements a bank or its agency sends that read like a violation word by word (guardfa23,
 * issue 16). Each reading is structural: who is addressed, what the sentence asserts of them, and
 * whether anything in it makes a step imminent or names the account.
 *
 * - The collector's own identification in a callback message (§1692e(11)'s "this is a call from a
 *   debt collector", a licence notice) with nothing about the account: no sum, no "your debt", no
 *   overdue word, no relative or relay. The message must identify the caller; it tells a listener
 *   nothing of anyone's account.
 * - An authority said never to contact anyone for what the match names ("law enforcement will
 *   never call, text or email to … resolve a warrant"): the sentence denies the claim.
 * - Court named as the step if the debt cannot be resolved, with nothing imminent ("if your debt
 *   cannot be resolved with us, the company will be taking it to court"): not a threat of an
 *   action the creditor does not mean, and no arrest, date or deadline in it.
 * - The law stated in general ("in most states, a creditor must win a lawsuit before it can
 *   garnish wages").
 * - A court order named as what the bank's taking needs ("we cannot take money from your account
 *   without your permission or a court order"): the power denied, nothing imminent (guarden25).
 * - 刑事责任 stated as the law's: a statute or its elements cited (《刑法》第一百九十六条, 以非法占有为
 *   目的, 两次催收后超过三个月), or a mistaken transfer kept (误收转账…可能承担刑事责任), hedged or
 *   said of cardholders in general, never of this person as a fact and never with police, arrest or
 *   a date.
 * - 诈骗分子 said of impostors (所谓的客服…可直接判定为诈骗分子), not of the person.
 * - 催收人员 as the subject of a rule (催收人员不得向第三人透露…) or of a scam warning (冒充催收人员).
 */
import type { PatternRule } from './rules/index.js';

const STOP = /[.!?\n。！？]/;

function sentenceStart(text: string, at: number): number {
  let s = at;
  while (s > 0 && at - s < 200 && !STOP.test(text.charAt(s - 1))) s--;
  return s;
}

function sentenceEnd(text: string, end: number): number {
  let e = end;
  while (e < text.length && e - end < 200 && !STOP.test(text.charAt(e))) e++;
  return e;
}

// The caller says what it is: a debt collector, a licensed collection agency.
const EN_SELF_ID =
  /\b(?:(?:call|message|communication|voicemail) (?:is )?from a debt collector|this is a debt collector|we are a debt collector|collection agency (?:is )?licensed|licensed (?:as )?(?:a )?(?:collection agency|debt collector))\b/;
const EN_CALL_BACK =
  /\b(?:please (?:call|contact|return|give (?:me|us) a call)|call (?:us|me) back|return (?:my|our|this|the) call)\b/;
const EN_LICENCE = /\blicen[cs]ed by\b/;
// Anything about the account, or a listener asked to pass it on.
const EN_ACCOUNT_DETAIL =
  /[$£€]\s?\d|\d\s*(?:dollars|usd|pounds)\b|\b(?:owe[sd]?|owing|past[- ]due|overdue|delinquen\w*|arrears|unpaid|outstanding|in default|balance|debt of|ending in|regarding|about (?:your|the|a|his|her)|(?:your|his|her|their) (?:account|debt|card|loan|bill|payment|balance)s?)\b/;
const EN_RELAY =
  /\b(?:tell|have|ask|let|remind|inform) (?:him|her|them)\b|\bpass (?:on )?(?:this|the|a|my|our) message\b|\b(?:wife|husband|spouse|mother|father|mom|dad|son|daughter|sister|brother|neighbou?rs?|boss|employer|co-?workers?|roommate|relatives?|family)\b/;

/** Whether the whole message is the collector's identification and a callback, nothing more. */
function identifiesCollectorOnly(text: string): boolean {
  if (!EN_SELF_ID.test(text)) return false;
  if (!EN_CALL_BACK.test(text) && !EN_LICENCE.test(text)) return false;
  return !EN_ACCOUNT_DETAIL.test(text) && !EN_RELAY.test(text);
}

// A consequence stated on a condition or as a possibility, with no fact of any account in the
// message ("if your account remains in arrears, we are required to report this to the credit
// reference agencies", "if we do not receive your minimum payment…, you may have to pay a $35 late
// fee"): a sum in it is a fee's term, never a balance; no account number, date or relay.
const EN_CONDITION =
  /\bif (?:your|the) (?:account|debt|balance|loan|card|payment)s? (?:remains?|stays?|is still|continues|falls?|goes|becomes?)\b|\bif (?:we|you) (?:do not|don't|did not|didn't) (?:receive|make|pay)\b|\b(?:may|might|could)\b/;
const EN_SUM = /[$£€]\s?\d[\d,.]*(?!\d)|\d[\d,.]*\s*(?:dollars|usd|pounds)\b/g;
const EN_SUM_ANY = /[$£€]\s?\d|\d\s*(?:dollars|usd|pounds)\b/;
const EN_FEE_AFTER =
  /^\s*(?:late|returned[- ]payment|annual|administration|over[- ]limit)? ?(?:fee|charge)\b/;
const EN_ACCOUNT_FACT =
  /\d{4}|\bending in\b|\d{1,2}\/\d{1,2}|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b/;

function onlyFeeSums(text: string): boolean {
  for (const m of text.matchAll(EN_SUM)) {
    if (!EN_FEE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) return false;
  }
  return true;
}

function generalConsequence(text: string, at: number, end: number): boolean {
  const sentence = text.slice(sentenceStart(text, at), sentenceEnd(text, end));
  if (!EN_CONDITION.test(sentence) || EN_ACCOUNT_FACT.test(text) || EN_RELAY.test(text)) return false;
  return onlyFeeSums(text);
}

/**
 * Whether an English message's sums are all fees stated as terms on a condition ("Late Payment
 * Warning: if we do not receive your minimum payment by the date listed above, you may have to pay a
 * $35 late fee"), with no fact of any account: its sums are no unverified disclosure (check.ts reads
 * this through `statesTerms`, as it reads a Chinese fee schedule).
 */
export function statesFeeTermsEn(text: string): boolean {
  if (!EN_SUM_ANY.test(text) || !EN_CONDITION.test(text)) return false;
  return !EN_ACCOUNT_FACT.test(text) && !EN_RELAY.test(text) && onlyFeeSums(text);
}

// An authority (or the bank) that never contacts anyone to do what the match names.
const EN_NEVER_CONTACTS =
  /\b(?:law enforcement|police|the irs|irs|courts?|judges?|government(?: agencies| officials)?|federal agents?|sheriffs?|fbi|we|our (?:bank|staff|employees)|(?:the|your) bank)\b[^.!?\n]{0,30}\b(?:never|not|n't)\b[^.!?\n]{0,40}\b(?:call|text|e-?mail|contact|phone|message|ask|demand)\w*\b/;
const EN_TURN = /\b(?:but|instead|just|simply|they(?:'ll| will)|we(?:'ll| will))\b/;

function deniesAuthorityContact(text: string, at: number, end: number): boolean {
  const before = text.slice(sentenceStart(text, at), at);
  if (!EN_NEVER_CONTACTS.test(before)) return false;
  return !EN_TURN.test(text.slice(end, sentenceEnd(text, end)));
}

// Court as the step if the debt is not resolved, with nothing made imminent.
const EN_UNRESOLVED =
  /\bif (?:your|the|this) (?:debt|account|balance|matter)\b[^.!?\n]{0,30}\b(?:cannot|can't|can not|isn't|is not)\s+(?:be\s+)?(?:resolved|settled|worked out)\b|\bif we (?:cannot|can't|are unable to) (?:reach|agree|resolve|work out)\b/;
const EN_IMMINENT =
  /\b(?:today|tonight|tomorrow|immediately|right away|within \d+|by \d|this (?:week|afternoon|evening)|arrest\w*|jail\w*|prison|warrant|police|sheriff|criminal|prosecut\w*|crime)\b/;
const EN_SEIZES = /\b(?:garnish\w*|seize\w*|levy|take your)\b/;

function courtIfUnresolved(text: string, at: number, end: number): boolean {
  const s = sentenceStart(text, at);
  const sentence = text.slice(s, sentenceEnd(text, end));
  return EN_UNRESOLVED.test(text.slice(s, at)) && !EN_IMMINENT.test(sentence) && !EN_SEIZES.test(sentence);
}

// The law in general: "in most states, a creditor must win a lawsuit before it can garnish".
const EN_GENERAL_LAW =
  /\b(?:in (?:most|many|some|all|every) states|(?:a|the) creditor must|creditors must|must (?:first )?(?:win|get|obtain) a (?:lawsuit|judgment|court order))\b/;
const EN_PERSONAL = /\b(?:you|your|yours|we|we'll|we will|already|has been|have been)\b/;

function statesLawInGeneral(text: string, at: number, end: number): boolean {
  const sentence = text.slice(sentenceStart(text, at), sentenceEnd(text, end));
  return EN_GENERAL_LAW.test(sentence) && !EN_PERSONAL.test(sentence) && !EN_IMMINENT.test(sentence);
}

// A court order named as what a taking needs: "we cannot take money from your account without your
// permission or a court order", "no one can seize your goods without a judgment".
const EN_NEEDS_ORDER =
  /\b(?:cannot|can't|can not|won't|will not|will never|never|may not|(?:are|is)(?: not|n't) (?:allowed|permitted|able) to|do not|don't|no one can|nobody can)\b[^.!?\n]{0,60}\b(?:take|deduct|garnish|freeze|seize|repossess|debit|withdraw|remove|touch|collect|enter)\w*\b[^.!?\n]{0,60}\bwithout\b[^.!?\n]{0,40}$/;

function orderRequired(text: string, at: number, end: number): boolean {
  const s = sentenceStart(text, at);
  if (!EN_NEEDS_ORDER.test(text.slice(s, at))) return false;
  return (
    !EN_IMMINENT.test(text.slice(s, sentenceEnd(text, end))) &&
    !EN_TURN.test(text.slice(end, sentenceEnd(text, end)))
  );
}

// Criminal liability as the law states it.
const ZH_STATUTE =
  /刑法|司法解释|(?:根据|依据|按照)[^。!?\n]{0,12}(?:法|规定|解释)|依法|法律规定|以非法占有为目的|两次(?:有效)?催收|误收|错误转账|错转|来历不明的?转账|不当得利/;
const ZH_HEDGE_OR_RULE = /可能|或将|是指|属于|规定/;
const ZH_ASSERTS =
  /已经|已构成|已涉嫌|构成了|马上|立即|立刻|即将|今天|明天|等着|抓|坐牢|拘留|报警|立案|移交|公安|警方|经侦|派出所|我们(?:就|会|将|要|已)/;
// 你/您 only inside a condition ("如您误收他人转账") or as the one a rule protects.
const ZH_YOU = /[你您]/g;
const ZH_YOU_IN_CONDITION = /(?:如|若|如果|假如|一旦|当)$/;

function youOnlyInCondition(sentence: string): boolean {
  for (const m of sentence.matchAll(ZH_YOU)) {
    const i = m.index;
    if (!ZH_YOU_IN_CONDITION.test(sentence.slice(Math.max(0, i - 2), i))) return false;
  }
  return true;
}

function statesCriminalLaw(text: string, at: number, end: number): boolean {
  const sentence = text.slice(sentenceStart(text, at), sentenceEnd(text, end));
  if (!ZH_STATUTE.test(sentence) || !ZH_HEDGE_OR_RULE.test(sentence)) return false;
  return !ZH_ASSERTS.test(sentence) && youOnlyInCondition(sentence);
}

// 诈骗分子 said of an impostor the reader meets, not of the reader.
const ZH_IMPOSTOR = /冒充|所谓(?:的)?|自称|假冒|谎称|陌生(?:人|来电|电话|短信)/;
const ZH_VERDICT = /(?:判定|认定|视|当作|就|都|均|即|一律)?(?:为|是)["“”]?(?:诈骗分子|骗子|诈骗犯|不法分子)/;
const ZH_LABELS_YOU = /[你您](?:就是|是|这种|这样|才是)|像[你您]/;

function labelsImpostor(text: string, at: number, end: number): boolean {
  const s = sentenceStart(text, at);
  const sentence = text.slice(s, sentenceEnd(text, end));
  if (!ZH_IMPOSTOR.test(text.slice(s, at)) || ZH_LABELS_YOU.test(sentence)) return false;
  return ZH_VERDICT.test(text.slice(Math.max(s, at - 4), end + 2));
}

// 催收人员 bound by a rule or named in a scam warning.
const ZH_COLLECTOR_RULE = /^[^,。!?\n;:]{0,4}?(?:不得|不能|不可|不允许|应当|须|必须|严禁|禁止)/;
const ZH_MONEY = /\d[\d,.]*\s*(?:元|块|万)/;

function collectorsUnderRule(text: string, at: number, end: number): boolean {
  if (ZH_MONEY.test(text)) return false;
  if (/冒充[^,。!?\n]{0,6}$/.test(text.slice(Math.max(0, at - 8), at))) return true;
  return ZH_COLLECTOR_RULE.test(text.slice(end, end + 12));
}

/** Whether one of this file's readings excuses the rule's match. */
export function excusedAsStatement(rule: PatternRule, text: string, at: number, end: number): boolean {
  if (rule.lang === 'en') {
    if (rule.id === 'privacy.unverified_disclosure')
      return identifiesCollectorOnly(text) || generalConsequence(text, at, end);
    if (rule.category === 'false_legal' && deniesAuthorityContact(text, at, end)) return true;
    if (rule.id === 'false_legal.court')
      return (
        courtIfUnresolved(text, at, end) || statesLawInGeneral(text, at, end) || orderRequired(text, at, end)
      );
    return false;
  }
  if (rule.id === 'false_legal.arrest') return statesCriminalLaw(text, at, end);
  if (rule.id === 'defamation.criminal_label') return labelsImpostor(text, at, end);
  if (rule.id === 'privacy.unverified_disclosure') return collectorsUnderRule(text, at, end);
  return false;
}
