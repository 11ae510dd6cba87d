import { en, type PatternRuleSpec } from './ruleTypes.js';
import { GAP } from './structRegister12En.js';

/**
 * Voicemails and texts that hide or dress up who calls and why, in English (guardrw13b, issue
 * 16), written by class from the helper's own training lines (training/guardrails/rw13b.en.yaml):
 * a caller posing as a law office, a processing, claims or dispute "center", or a court's agent;
 * the call dressed as a personal, sensitive, confidential or urgent matter ("this is not a
 * solicitation"); and, to a person not verified as the holder, a message that names a
 * collection agency or department, says it is an attempt to collect a debt, or asks for a call
 * "regarding your account". The lawful message names the bank or the agent and a callback number
 * and nothing else ("Hi, this is Mei from Example Bank, please call 1-800-555-0100").
 * FDCPA §1692e(1),(3),(10),(14), §1692c(b); Reg F §1006.2(j), §1006.6(d).
 */
// Legal-sounding or clerical names a collector hides behind.
const DRESS = String.raw`(?:attorneys?|legal|law|litigation|judicial|court|documents?|processing|claims?|verification|dispute|mediation|arbitration|settlement|compliance)`;
const OFFICE = String.raw`(?:services?|office|offices|bureau|center|centre|department|division|group|unit|associates|network|resolution|review|desk)`;
// A collection business named as the caller.
const COLLECTOR = String.raw`(?:collections?|recovery|recoveries|receivables|arrears|debt|credit management|credit services|asset management|default management)`;
const FIRM = String.raw`(?:services?|agency|agencies|department|dept|team|unit|group|division|bureau|center|centre|associates|solutions|partners|management|company|corp|inc|llc|ltd|specialists?|officer|agent)`;

export const STRUCT_VOICE13_EN: PatternRuleSpec[] = [
  {
    // "This is the Document Processing Center", "call the National Legal Services Office".
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: [
      'this is',
      'calling from',
      'call the',
      'contact the',
      'reach the',
      'message from',
      'notice from',
      'call from',
      'behalf of',
      'law office',
      'law firm of',
    ],
    patterns: en(
      String.raw`\b(?:this is|calling from|(?:call|contact|reach) the|(?:message|notice|call) from) (?:the )?(?:(?:national|federal|state|county|district|regional|central|american|united) )?(?:[a-z]+ )?${DRESS}(?: [a-z]+)? ${OFFICE}\b`,
      String.raw`\b(?:on )?behalf of (?:the |your )?(?:(?:county|district|state|federal|superior|municipal|circuit|local) )?(?:court|courthouse|judge|sheriff|attorney general)\b`,
      String.raw`\b(?:from|with|at) (?:the )?law (?:offices?|firm) of\b`,
    ),
  },
  {
    // "…and a mediator has been assigned to your file".
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: ['mediator', 'arbitrator'],
    patterns: en(String.raw`\b(?:mediator|arbitrator) (?:has been |was |is )?(?:assigned|appointed)\b`),
  },
  {
    // "…a very sensitive matter", "a personal business matter", "urgent message for you".
    id: 'misrepresentation.false_urgency',
    lang: 'en',
    negatable: true,
    triggers: ['matter', 'urgent', 'emergency', 'time-sensitive'],
    patterns: en(
      String.raw`\b(?:regarding|about|concerning|concerns|involving|with|re:?|this is|it is|it's|is) (?:an? |this |the )?(?:very |highly |extremely )?(?:important )?(?:sensitive|confidential|legal|serious|time-sensitive|pressing|delicate)(?: business| legal)? matter\b(?!s)`,
      // A plain "personal business matter" with a callback is the lawful limited message; made
      // pressing ("requires your immediate attention", "urgent personal matter") it is a disguise.
      String.raw`\b(?:very |important |urgent )+(?:personal|private)(?: business)? matter\b(?!s)`,
      String.raw`\b(?:personal|private)(?: business)? matter\b${GAP(30)}\b(?:requires?|requiring|needs?|needing|demands?|awaits?) (?:your )?(?:immediate|urgent|prompt|swift) (?:attention|response|reply|call)\b`,
      String.raw`\bmatter of (?:importance|urgency|great importance|some urgency) to you\b`,
      String.raw`\b(?:urgent|emergency|time-sensitive) (?:message|notice|matter|call|situation)\b`,
      String.raw`\b(?:it is|it's|this is) urgent (?:that|for) you\b`,
    ),
  },
  {
    // "This is not a solicitation": the denial is the disguise, so no negation excuses it.
    id: 'misrepresentation.false_urgency',
    lang: 'en',
    triggers: ['solicitation', 'sales call', 'sales pitch', 'marketing call'],
    patterns: en(
      String.raw`\b(?:(?:this is|it is|it's) not|this isn't|it isn't) (?:a |an )?(?:solicitation|sales call|sales pitch|marketing call)\b`,
    ),
  },
  {
    // A pretext to a person not verified: a parcel, a claim they filed, an old friend.
    id: 'misrepresentation.false_urgency',
    lang: 'en',
    appliesTo: (c) => !c.verified,
    triggers: [
      'friend of',
      'parcel',
      'package',
      'delivery',
      'insurance claim',
      'selected',
      'you won',
      "you've won",
    ],
    patterns: en(
      String.raw`\b(?:i'm|i am|this is) (?:an? )?(?:old |close )?friend of\b`,
      String.raw`\b(?:about|regarding|concerning) (?:the |your |a )?(?:parcel|package|delivery|insurance claim)\b`,
      String.raw`\byou(?:'ve| have)? (?:been selected|won)\b`,
    ),
  },
  {
    // To a person not verified: a collection agency or department named as the caller.
    id: 'privacy.unverified_disclosure',
    lang: 'en',
    negatable: true,
    appliesTo: (c) => !c.verified,
    triggers: [
      'collect',
      'recover',
      'receivable',
      'arrears',
      'debt',
      'credit management',
      'credit services',
      'asset management',
      'default management',
    ],
    patterns: en(
      String.raw`(?<!\b(?:account|password|data|access|login|identity|disaster) )\b${COLLECTOR} ${FIRM}\b(?! plans?\b)`,
      String.raw`\b(?:from|with|at|of|for|call|contact|this is|calling|message from|call from) (?:the |an? )?(?:[a-z&'.]+ ){0,3}?(?:collections?|(?<!\b(?:account|password|data|access|login|identity|disaster) )(?:recovery|recoveries)|receivables|arrears|credit management|asset management)\b`,
      // The fixed notice of §1692e(11) (DOMAIN.md "Fixed disclosures") opens every conversation
      // with the bound account, verified or not, and a written notice says "…is a debt collector"
      // (§1692e(11), Reg F's model notice): a call or voicemail that says so is not the limited message.
      String.raw`\battempt to collect (?:a |the |this |an? )?(?:debt|balance|amount|money)\b(?!,? and any information obtained will be used for that purpose)`,
      String.raw`\b(?:call|message|voicemail|phone call|calling)\b${GAP(12)}\b(?:from|by|on behalf of) (?:a |the |your )?debt collect(?:or|ors|ion)\b`,
    ),
  },
  {
    // To a person not verified: "we are expecting your call regarding your account".
    id: 'privacy.unverified_disclosure',
    lang: 'en',
    negatable: true,
    appliesTo: (c) => !c.verified,
    triggers: [
      'expecting',
      'waiting',
      'await',
      'hear from',
      'call back',
      'call us back',
      'call me back',
      'return',
      'private information',
      'personal information',
      'money owed',
      'past-due',
      'past due',
      'overdue',
      'unpaid',
      'delinquent',
      'current',
    ],
    patterns: en(
      String.raw`\b(?:call (?:us |me )?back|return (?:our|my|the|this) call|expecting|waiting|await(?:ing)?|hear from)\b${GAP(40)}\b(?:regarding|about|concerning|in reference to) (?:your|the|his|her) (?:account|balance|card|file|payment|arrangement|bill|loan)\b`,
      String.raw`\b(?:message|call|voicemail) contains (?:private|personal|confidential|sensitive) information\b`,
      String.raw`\bmoney (?:owed|due)\b|\b(?:the|this|that) (?:past[- ]due|overdue|unpaid|delinquent) (?:balance|amount|card|account|bill|payment|debt|loan)\b`,
      String.raw`\bbring (?:your|the) account current\b`,
    ),
  },
];
