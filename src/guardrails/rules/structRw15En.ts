import { en, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Classes that recur across the real-world sets (guardrw15, issue 16), written by structure from
 * the helper's own check lines (test/guardrails/labelled/check-rw15.en.jsonl), not from a real
 * message:
 * - the sender promising an unnamed harm ("I'm coming after you", "we're going to have to do
 *   something about it", "next time I burn"), harm to a third person's family ("kill his family")
 *   and a child invoked as leverage ("what about that kid you're raising?"): threat;
 * - a third person asked to pass on a demand for payment ("tell John that he has to pay his
 *   loan", "kindly inform X to pay"): privacy (FDCPA §1692c(b));
 * - a caller who names only a first name while citing a debt or a reference number, and one who
 *   poses as a detective or officer: misrepresentation (§1692d(6), §1692e(1), (14));
 * - a religious or ethnic word used with profanity or an insult ("shalom, m-f", "you cheap Jew"),
 *   a masked slur after an ellipsis ("you . . . n-"): discrimination (§1692d(2); ECOA).
 */
const IDENTITY = String.raw`(?:shalom|salaam|salam|jews?|jewish|kikes?|muslims?|moslems?|arabs?|mexicans?|wetbacks?|gringos?|negro(?:es)?|chinamen|chinaman|orientals?|gypsy|gypsies|immigrants?|foreigners?|pakis?|chinks?)`;
const INSULT = String.raw`(?:motherf\w*|f[*-]+\w*|fuck\w*|bitch\w*|bastards?|assholes?|stupid|dirty|filthy|cheap|greedy|lazy|lying|scum|pigs?|rats?|crap|shit\w*|damn)`;
const S = (n: number): string => String.raw`[^.!?;\n]{0,${n}}?`;
const KIN = String.raw`(?:family|families|kids?|children|child|wife|husband|son|daughter|parents?|mother|father|baby|brother|sister)`;
// Whom a person asked to relay may be advised to ask, lawfully.
const ADVISER = String.raw`(?:the court|a court|a lawyer|an? (?:debt |money )?advis[eo]r|your (?:lawyer|attorney|bank|employer's payroll)|the bank|an attorney|a counsell?or)`;
// An organisation named anywhere: the caller said whom they call for.
const ORG = String.raw`\b(?:bank|banks|inc|llc|ltd|services|associates|agency|company|collections|law (?:firm|office|group)|credit union|financial|recovery|partners|corp|group)\b|&`;
const DEBT = String.raw`\b(?:reference (?:number|no|#)|account (?:number|no)|(?:attempt|trying) to collect|collect a debt|your (?:debt|balance|account|loan|bill)|(?:the|a) debt)\b`;

export const STRUCT_RW15_EN: PatternRuleSpec[] = [
  {
    // "I'm coming after you", "we're going to have to do something about it", "next time I burn",
    // "we're hurting your family", "I will kill all of his family".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['coming', 'something about', 'next time', 'hurting', 'kill', 'hurt', 'harm', 'shoot', 'stab'],
    patterns: en(
      String.raw`\b(?:i|we)(?:'m| am|'re| are)(?: now| already)? coming (?:after|for) (?:you|him|her|them|your)\b`,
      String.raw`\b(?:we|i)(?:'re| are|'m| am) going to have to do something about (?:it|you|this|that)\b|\b(?:we|i)(?:'ll| will) have to do something about (?:you|it)\b`,
      String.raw`\bnext time,? (?:i|we)(?:'ll| will)? (?:burn|torch|shoot|hurt|won't be (?:so )?(?:nice|polite|patient))`,
      String.raw`\b(?:we|i)(?:'re| are|'m| am) (?:hurting|going to hurt|gonna hurt) (?:you|your)\b`,
      String.raw`\b(?:kill|hurt|harm|shoot|stab|burn)\b(?: all)?(?: of)? (?:his|her|their) (?:whole |entire )?${KIN}`,
    ),
  },
  {
    // "What about that 12-year-old child you're trying to raise?"
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['what about'],
    patterns: en(
      String.raw`\bwhat about (?:that|your|those|the)${S(25)}\b(?:child|children|kids?|son|daughter|baby)\b${S(25)}\?`,
    ),
  },
  {
    // "Tell John Doe that if he has not paid his loan…", "kindly inform XX to pay the loan".
    id: 'privacy.relay_request',
    lang: 'en',
    negatable: true,
    triggers: ['tell', 'inform', 'remind', 'ask', 'notify', 'advise'],
    patterns: en(
      String.raw`\b(?:tell|inform|remind|ask|notify|advise) (?!(?:me|us|you|yourself|them|for|it|about|if|whether|how|when|what|why|a|an|the|this|that|someone|anyone|an[y]|our|my|questions?)\b|${ADVISER})(?:(?:mr|mrs|ms|miss)\.? )?[a-z]+(?: [a-z]+)? (?:that|to)\b${S(60)}\b(?:pay|paid|loan|debt|balance|owes?|overdue|arrears|outstanding)\b`,
    ),
  },
  {
    // "This is Investigator Ray Collins", "this is private detective …", "I'm officer Kate".
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: ['this is', 'my name is', 'i am', "i'm"],
    patterns: en(
      String.raw`\b(?:this is|my name is|i am|i'm)\s+(?:a |an |the )?(?:private |special |senior |chief |lead )?(?:detective|investigator|officer|sheriff|deputy|marshal|inspector|sergeant|constable|process server)\b`,
    ),
  },
  {
    // "This is Jane. … This is an attempt to collect a debt", "this is Jane Doe calling for John
    // Doe … your reference number": a debt cited, no company named anywhere. The introduction opens
    // the message (its first 40 characters): a rule reads a window around its trigger, so `^` is
    // the message's start only there.
    id: 'misrepresentation.undisclosed_identity',
    lang: 'en',
    negatable: false,
    triggers: ['this is', 'my name is'],
    patterns: en(
      String.raw`^(?![\s\S]*(?:${ORG}))(?=[\s\S]*${DEBT})[\s\S]{0,40}?\b(?:this is|my name is)\s+(?!an?\b|the\b|to\b|about\b|regarding\b|in\b|not\b|your\b|our\b)[a-z]+(?: (?!calling\b)[a-z]+)?(?=\s*[.!]| calling (?:for|about|regarding)\b)`,
    ),
  },
  {
    // "Shalom, motherfucker", "Salaam, you lying piece of crap", "you cheap Jew", "you . . . n-".
    id: 'discrimination.identity',
    lang: 'en',
    negatable: true,
    triggers: [
      'shalom',
      'salaam',
      'salam',
      'jew',
      'kike',
      'muslim',
      'moslem',
      'arab',
      'mexican',
      'wetback',
      'gringo',
      'negro',
      'chinam',
      'oriental',
      'gyps',
      'immigrant',
      'foreigner',
      'paki',
      'chink',
      'you',
    ],
    patterns: en(
      String.raw`\b${IDENTITY}\b[^.!?\n]{0,24}?\b${INSULT}`,
      String.raw`\b${INSULT}\s+(?:little |old |fat )?${IDENTITY}\b`,
      String.raw`\byou\b(?:\s*\.){2,}\s*n(?:-+|\*+)(?=[\s,.!?]|$)`,
    ),
  },
];
