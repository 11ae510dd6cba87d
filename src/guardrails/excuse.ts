/**
 * Whether a rule's match is excused by how the reply says it: negated, hedged, reported, a
 * warning against it, a question answered no, and the other readings (negation*.ts), per the
 * rule's flags and category. The engine asks once per rule and span (excusedOnce).
 */
import {
  defersToCourt,
  isAnsweredNo,
  isDisavowed,
  isHedged,
  isNegated,
  isRebutted,
  isReported,
  needsConsent,
  personMayAct,
  refusesToReveal,
  warnsOfFraud,
} from './negation.js';
import { isRequested } from './negationRequested.js';
import {
  advisesOnPapers,
  capsContact,
  declinedAndRecorded,
  personDecides,
  deniesProceedings,
  disownsPaper,
  isOwnInquiry,
  isPending,
  isServiceHours,
  statesTheLaw,
} from './negationLaw.js';
import {
  answersWorry,
  isApplicationInProcess,
  isCivilNotice,
  isUnrelated,
  negatesOnlyCondition,
  offersCivilMeans,
  statesThreshold,
} from './negationBank.js';
import { disownedReport, quotesImpostor, securedUnderLaw } from './negationScam.js';
import { excusedByTermsZh } from './negationTermsZh.js';
import { excusedAsStatement } from './negationStatement.js';
import { conditionalCourtStep } from './negationCourtEn.js';
import { excusedAsCourtZh } from './negationCourtZh.js';
import { isBareCallback, isReviewOnly, namesSuitAsOption } from './negationRelay.js';
import {
  advisesOwnCreditors,
  namesTimeToSue,
  quotesForbiddenClaim,
  quotesOtherThreat,
} from './negationAdvice.js';
import type { PatternRule } from './rules/index.js';

// Claims an anti-fraud warning may name ("冒充…的诈骗，请勿上当"); threats and insults it may not.
const WARNED_CATEGORIES: ReadonlySet<string> = new Set([
  'false_legal',
  'unauthorized_commitment',
  'misrepresentation',
]);

// A scam alert's quote of what impostors say may name threats and disclosures too (policy 2026.12.7).
// A label impostors pin on the person ("声称您涉嫌恶意透支") is quoted the same way (guardzh26).
const QUOTED_CATEGORIES: ReadonlySet<string> = new Set([
  ...WARNED_CATEGORIES,
  'threat',
  'privacy',
  'defamation',
]);

// An investigation named in a legal claim: perhaps the bank's own review (isOwnInquiry).
const INQUIRY = /调查|核查|investigat/;

/** Readings that excuse a match whatever its rule's flags: a disavowed word, a warning, a pending ask. */
function excusedByReading(rule: PatternRule, text: string, at: number, end: number): boolean {
  if (isDisavowed(text, at, end, rule.lang)) return true;
  if (disownedReport(text, at, end, rule.lang)) return true;
  if (WARNED_CATEGORIES.has(rule.category) && warnsOfFraud(text, at, end, rule.lang)) return true;
  if (QUOTED_CATEGORIES.has(rule.category) && quotesImpostor(text, at, end, rule.lang)) return true;
  if (
    (rule.category === 'false_legal' || rule.category === 'misrepresentation') &&
    securedUnderLaw(text, at, end, rule.lang)
  )
    return true;
  if (
    rule.category === 'unauthorized_commitment' &&
    (isPending(text, at, end, rule.lang) ||
      isApplicationInProcess(text, at, end, rule.lang) ||
      isReviewOnly(text, at, end, rule.lang))
  )
    return true;
  if (excusedByTermsZh(rule, text, at, end)) return true;
  if (excusedAsStatement(rule, text, at, end)) return true;
  if (excusedAsCourtZh(rule, text, at, end)) return true;
  if (
    rule.id === 'false_legal.court' &&
    (offersCivilMeans(text, at, rule.lang, end) ||
      isCivilNotice(text, at, end, rule.lang) ||
      namesSuitAsOption(text, at, end, rule.lang) ||
      conditionalCourtStep(text, at, end, rule.lang))
  )
    return true;
  if (rule.id === 'privacy.relay_request' && needsConsent(text, at, end, rule.lang)) return true;
  // A bare "please ask him to call the bank back": no debt, sum, step or pressure (guard14).
  if (
    (rule.id === 'privacy.relay_request' || rule.id === 'privacy.third_party') &&
    isBareCallback(text, at, end, rule.lang)
  )
    return true;
  if (
    (rule.id === 'privacy.relay_request' || rule.id === 'privacy.third_party') &&
    advisesOwnCreditors(text, at, end, rule.lang)
  )
    return true;
  if ((rule.category === 'threat' || rule.category === 'privacy') && quotesOtherThreat(text, at, rule.lang))
    return true;
  if (QUOTED_CATEGORIES.has(rule.category) && quotesForbiddenClaim(text, at, rule.lang)) return true;
  if (
    rule.id === 'privacy.third_party' &&
    (declinedAndRecorded(text, at, end, rule.lang) || personDecides(text, at, end, rule.lang))
  )
    return true;
  if (
    (rule.category === 'prompt_leak' || rule.category === 'privacy') &&
    refusesToReveal(text, at, rule.lang)
  )
    return true;
  if (
    rule.id === 'harassment.relentless_contact' &&
    (isServiceHours(text, at, end, rule.lang) || capsContact(text, end, rule.lang))
  )
    return true;
  if (
    rule.category === 'false_legal' &&
    INQUIRY.test(text.slice(at, end)) &&
    isOwnInquiry(text, at, end, rule.lang)
  )
    return true;
  if (rule.category === 'false_legal' && deniesProceedings(text, at, end, rule.lang)) return true;
  if (rule.category === 'false_legal' && namesTimeToSue(text, at, end, rule.lang)) return true;
  if (rule.category === 'false_legal' && statesThreshold(text, at, end, rule.lang)) return true;
  if (rule.category === 'false_legal' && disownsPaper(text, rule.lang)) return true;
  if (rule.hedgeable !== true || rule.category !== 'false_legal') return false;
  return (
    defersToCourt(text, rule.lang) ||
    advisesOnPapers(text, rule.lang) ||
    statesTheLaw(text, at, end, rule.lang)
  );
}

/**
 * Where the match's last word (its verb) starts: "法院依法可以查封", "benefits can't be garnished"
 * carry their hedge or negation inside the match, before the verb.
 */
function tailOf(text: string, at: number, end: number, lang: PatternRule['lang']): number {
  if (lang === 'zh') return Math.max(at, end - 2);
  const space = text.lastIndexOf(' ', end - 1);
  return space < at ? at : space + 1;
}

// A negated passive before the verb denies the act ("can't be garnished", "不得被冻结"); a negation
// that is the claim itself ("您的子女将无法考公务员", "won't be allowed to travel") is left alone.
const ZH_NEGATED_PASSIVE = /(?:不得|不能|不会|不可|不应|无权)被$/;
const EN_NEGATED_PASSIVE =
  /\b(?:can't|cannot|can not|won't|will not|may not|must not|shouldn't|should not|isn't|aren't|is not|are not|never) be $/;

/** The rule's negation and hedge read at the match's verb as well as at its start. */
function excusedAtTail(rule: PatternRule, text: string, at: number, end: number): boolean {
  // Only claims: an insult or taunt may carry a negation inside it ("no wonder your wife left you").
  if (rule.category !== 'false_legal') return false;
  const tail = tailOf(text, at, end, rule.lang);
  if (tail <= at) return false;
  const passive = rule.lang === 'zh' ? ZH_NEGATED_PASSIVE : EN_NEGATED_PASSIVE;
  if (rule.negatable && passive.test(text.slice(at, tail))) return true;
  return rule.hedgeable === true && isHedged(text, tail, rule.lang);
}

export function excused(rule: PatternRule, text: string, at: number, end: number): boolean {
  if (
    rule.negatable &&
    ((isNegated(text, at, rule.lang) && !negatesOnlyCondition(text, at, rule.lang)) ||
      isReported(text, at, rule.lang) ||
      isRebutted(text, end, rule.lang, at) ||
      isAnsweredNo(text, at, end, rule.lang) ||
      answersWorry(text, at, end, rule.lang) ||
      isUnrelated(text, at, end, rule.lang))
  )
    return true;
  if (excusedByReading(rule, text, at, end)) return true;
  if (rule.hedgeable && isHedged(text, at, rule.lang)) return true;
  if (excusedAtTail(rule, text, at, end)) return true;
  if (rule.requestable && isRequested(text, at, end, rule.lang)) return true;
  return rule.personMayAct === true && personMayAct(text, at, rule.lang);
}

/**
 * The spans one rule's patterns matched in this reply, and whether each was excused: two patterns
 * of a rule often match the same words ("通知你家人" by a verb-first and a kin-first pattern), and
 * `excused` reads the same span of the same text against the same rule the same way, so the
 * second reading is taken from here (about one reading in seven on the bench replies).
 */
const MAX_SPANS_READ = 32;
const readAt = new Int32Array(MAX_SPANS_READ);
const readEnd = new Int32Array(MAX_SPANS_READ);
const readExcused = new Uint8Array(MAX_SPANS_READ);
let spansRead = 0;

/** Starts a rule's run: spans read for the rule before are forgotten. */
export function forgetSpans(): void {
  spansRead = 0;
}

export function excusedOnce(rule: PatternRule, text: string, at: number, end: number): boolean {
  for (let k = 0; k < spansRead; k++) if (readAt[k] === at && readEnd[k] === end) return readExcused[k] === 1;
  const answer = excused(rule, text, at, end);
  if (spansRead < MAX_SPANS_READ) {
    readAt[spansRead] = at;
    readEnd[spansRead] = end;
    readExcused[spansRead] = answer ? 1 : 0;
    spansRead++;
  }
  return answer;
}
