import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { EN_PLAIN_GAP } from '../shared/en.js';

/**
 * Privacy (English): account details told before identity is verified.
 */

// A collection business named as the caller.
const COLLECTOR = String.raw`(?:collections?|recovery|recoveries|receivables|arrears|debt|credit management|credit services|asset management|default management)`;
const FIRM = String.raw`(?:services?|agency|agencies|department|dept|team|unit|group|division|bureau|center|centre|associates|solutions|partners|management|company|corp|inc|llc|ltd|specialists?|officer|agent)`;

export const PRIVACY_UNVERIFIED_DISCLOSURE_EN: PatternRuleSpec[] = [
  {
    id: 'privacy.unverified_disclosure',
    lang: 'en',
    negatable: true,
    appliesTo: (c) => !c.verified,
    triggers: [
      'owe',
      'past due',
      'past-due',
      'overdue',
      'delinquent',
      'arrears',
      'late',
      'outstanding',
      'default',
      'unpaid',
    ],
    patterns: en(
      // "recover the money you owe", "reduce what you owe": a general step or plan, read below.
      `(?<!\\b(?:recover|collect|reduce|lower|repay|pay back|pay off|spread|manage) (?:what|the money|the amount|the debt|the sum|whatever) )\\byou (?:still |currently )?owe\\b`,
      `\\b(?:your|his|her|their) (?:account|card|credit card|payment|balance|loan|bill)s? (?:is|are|has been|was|remains?) (?:now |currently |still )?(?:past due|overdue|delinquent|in arrears|late|outstanding|in default|unpaid)\\b`,
      `\\b(?:your|his|her|their) (?:overdue|past-due|past due|unpaid|delinquent) \\w+|\\b(?:your|his|her|their) outstanding (?:balance|amount|debt|payment|account|bill)\\b`,
    ),
  },
  {
    // guard17en: a step or plan on what is owed, stated as a possibility ("we may need to take
    // further action to recover the money you owe", "options might include a plan to reduce what
    // you owe") is a general consequence; stated as fact ("we will recover what you owe") it is not.
    id: 'privacy.unverified_disclosure',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    appliesTo: (c) => !c.verified,
    triggers: ['owe'],
    patterns: en(
      `\\b(?:recover|collect|reduce|lower|repay|pay back|pay off|spread|manage) (?:what|the money|the amount|the debt|the sum|whatever) you (?:still |currently )?owe\\b`,
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
      String.raw`\b(?:call|message|voicemail|phone call|calling)\b${EN_PLAIN_GAP(12)}\b(?:from|by|on behalf of) (?:a |the |your )?debt collect(?:or|ors|ion)\b`,
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
      String.raw`\b(?:call (?:us |me )?back|return (?:our|my|the|this) call|expecting|waiting|await(?:ing)?|hear from)\b${EN_PLAIN_GAP(40)}\b(?:regarding|about|concerning|in reference to) (?:your|the|his|her) (?:account|balance|card|file|payment|arrangement|bill|loan)\b`,
      String.raw`\b(?:message|call|voicemail) contains (?:private|personal|confidential|sensitive) information\b`,
      String.raw`\bmoney (?:owed|due)\b|\b(?:the|this|that) (?:past[- ]due|overdue|unpaid|delinquent) (?:balance|amount|card|account|bill|payment|debt|loan)\b`,
      String.raw`\bbring (?:your|the) account current\b`,
    ),
  },
];
