import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { EN_CHAR, EN_PLAIN_GAP } from '../shared/en.js';

/**
 * Misrepresentation (English): false urgency.
 */

export const MISREPRESENTATION_FALSE_URGENCY_EN: PatternRuleSpec[] = [
  {
    id: 'misrepresentation.false_urgency',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: [
      'double',
      'triple',
      'quadruple',
      'surcharge',
      'recovery',
      'collection',
      'processing',
      'handling',
      'irs',
      'tax',
      'hmrc',
      'chance',
      'opportunity',
      'again',
      'treated',
      'recorded',
      'deemed',
      'considered',
      'regarded',
    ],
    patterns: en(
      `\\b(?:balance|debt|amount|fees?|interest|it)\\b${EN_CHAR}{0,30}\\b(?:doubles|triples|quadruples|will double|will triple|is doubled|is tripled)\\b`,
      `\\b(?:recovery|collection|processing|handling|enforcement)\\s+(?:fee|surcharge|charge|penalty)\\b${EN_CHAR}{0,30}\\b(?:added|applied|charged|assessed|of \\$)|\\$[\\d,.]+ (?:\\w+ )?(?:recovery|collection|processing|handling|enforcement) (?:fee|surcharge|charge|penalty)|\\bsurcharge\\b${EN_CHAR}{0,30}\\b(?:added|applied|charged|assessed)\\b`,
      `\\b(?:report(?:ed|s)?|sen[dt]|goes|go|forward(?:ed)?|refer(?:red)?)\\b${EN_CHAR}{0,25}\\b(?:the irs|tax authorit(?:y|ies)|tax office|hmrc)\\b`,
      `\\b(?:last|final|only) (?:chance|opportunity)\\b${EN_CHAR}{0,40}\\b(?:ever|forever)\\b|\\bno (?:payment plans?|settlements?|arrangements?|offers?)\\b${EN_CHAR}{0,20}\\bwill (?:ever )?be (?:offered|available|possible) again\\b`,
      `\\b(?:non-?response|failure to respond|no response|silence|ignoring this)\\b${EN_CHAR}{0,40}\\b(?:treated|recorded|deemed|considered|regarded)\\s+as\\s+(?:a |an )?(?:refusal|noncompliance|non-compliance|admission|evasion|contempt|obstruction)`,
    ),
  },
  {
    id: 'misrepresentation.false_urgency',
    lang: 'en',
    negatable: true,
    triggers: ['all your', 'all of your', 'fee'],
    patterns: en(
      `\\ball (?:of )?your (?:bank |other )?(?:accounts?|cards?)\\b[^.!?]{0,25}\\b(?:frozen|closed|seized|suspended|cancel(?:l?ed)?|shut down)`,
      `\\b\\d+ ?(?:%|percent) (?:collection|processing|agency|recovery|handling) fee\\b|\\btheir \\d+ ?(?:%|percent)[^.!?]{0,10}\\bfee\\b`,
      `\\byou(?:'ll| will) (?:pay|be charged|owe) (?:their|an? extra|an? additional)\\b[^.!?]{0,20}\\b(?:collection|processing|agency|recovery|handling|visit|field)\\b[^.!?]{0,10}\\bfee`,
    ),
  },
  {
    id: 'misrepresentation.false_urgency',
    lang: 'en',
    negatable: true,
    triggers: ['fee', 'permanently'],
    patterns: en(
      `\\b(?:charge|add|bill|apply|impose)\\w*\\b[^.!?]{0,30}\\b(?:field visit|home visit|collection|recovery|skip[- ]tracing|investigation|agency) fees?\\b`,
      `\\bpermanently (?:zeroed|closed|frozen|banned|blocked|blacklisted)\\b`,
    ),
  },
  {
    // "never another card from any bank": the negation is the claim itself.
    id: 'misrepresentation.false_urgency',
    lang: 'en',
    triggers: ['never get', 'never be approved', 'never open'],
    patterns: en(
      `\\bnever (?:get|be approved for|open) (?:another|a) (?:card|loan|account)\\b[^.!?]{0,20}\\b(?:any|another) bank`,
    ),
  },
  {
    id: 'misrepresentation.false_urgency',
    lang: 'en',
    negatable: true,
    triggers: ['penalty of', 'offer', 'option', 'plan'],
    patterns: en(
      `\\bpenalty of [\\d.]+ ?% (?:a|per) day\\b`,
      `\\b(?:every|all) (?:offers?|options?|plans?)\\b[^.!?]{0,15}\\b(?:cancell?ed|withdrawn|gone) (?:forever|permanently|for good)`,
    ),
  },
  {
    // Invented fees, policies and credit consequences.
    id: 'misrepresentation.false_urgency',
    lang: 'en',
    negatable: true,
    triggers: [
      'fee',
      'charge',
      'surcharge',
      'penalty',
      'payment plan',
      'minimum',
      'full payment',
      'credit score',
      'credit rating',
      'every bank',
      'every lender',
      'every employer',
      'every landlord',
      'every single',
      'all bank',
      'all lender',
      'all employer',
      'all landlord',
      'each bank',
      'each lender',
      'each employer',
      'each landlord',
      'anywhere',
      'ever again',
      'for life',
      ' years',
      'doubles',
      'double',
      'triple',
      'the law',
    ],
    patterns: en(
      String.raw`\b(?:field[- ](?:recovery|visit|agent)|recovery|(?:skip|address)[- ]trac(?:e|ing)|reactivation|legal[- ]review|collection[- ]handling|locat(?:ion|ing)|trace) (?:fee|charge|surcharge)s?\b`,
      String.raw`\b(?:daily|hourly|per[- ]day) (?:late |overdue |penalty )?(?:charge|fee|penalty|surcharge)\b`,
      String.raw`\bpayment plans? (?:isn't|is not|aren't|are not|won't be|is no longer|are no longer) (?:possible|available|an option|allowed)\b[^.!?]{0,20}\b(?:once|after|when|past|beyond)\b`,
      String.raw`\b(?:paying|pay|payment of) (?:the )?minimum\b[^.!?]{0,25}\b(?:cancels|erases|wipes|removes|clears|deletes)\b|\bonly (?:a )?full payment (?:will|can) (?:stop|halt|prevent)\b`,
      String.raw`\bcredit (?:score|rating)\b[^.!?]{0,30}\b(?:to zero|to nothing|rock bottom|permanently|for life|forever|destroyed|wiped out)\b`,
      String.raw`\b(?:reported|report (?:you|it|this)|sent|shared|flagged) to (?:every|all|each) (?:single )?(?:bank|lender|employer|landlord)s?\b|\bwon't (?:ever )?(?:get|be able to get|be approved for) (?:another|a|any) (?:card|loan|mortgage|account)\b[^.!?]{0,20}\b(?:anywhere|ever again|for \d+ years|for life)\b`,
      String.raw`\b(?:interest|debt|balance|fees?)\b[^.!?]{0,20}\b(?:doubles?|triples?) (?:automatically|overnight|by law)\b|\b(?:interest|debt|balance) will (?:automatically )?(?:double|triple)\b|\b(?:that's|that is|it's|it is) the law\b`,
    ),
  },
  {
    id: 'misrepresentation.false_urgency',
    lang: 'en',
    negatable: true,
    triggers: [
      'fee',
      'charge',
      'full payment',
      'new account',
      'pension',
      'benefits',
      'social security',
      'retirement',
      'visa',
      'passport',
      'citizenship',
    ],
    patterns: en(
      String.raw`\b(?:added|adding|applied|applying|charged|charging|impose\w*|incur\w*|skip|avoid)\b[^.!?]{0,20}\$\s?\d[\d,.]*\s+(?!late fee|annual fee|returned[- ]payment fee|foreign transaction fee|cash advance fee|balance transfer fee|over[- ]limit fee)(?:[a-z]+[- ]){1,2}(?:fee|charge|surcharge)\b`,
      String.raw`\bonly (?:takes|accepts|allows|permits) (?:full|complete|whole) payments?\b`,
      String.raw`\b(?:send|resend|transfer|pay|wire|move)\b[^.!?]{0,20}\bto (?:the|a|this|our) new account\b`,
      String.raw`(?<!\bif you\b[^.!?]{0,5})\blose your (?:pension|benefits|social security|retirement|visa|passport|citizenship)\b`,
    ),
  },
  {
    id: 'misrepresentation.false_urgency',
    lang: 'en',
    negatable: true,
    triggers: ['surcharge', 'penalty', 'legally', 'by law', 'the law says', 'reported as'],
    patterns: en(
      String.raw`\b\d+ ?(?:%|percent) (?:penalty |default |collection |recovery |late )?(?:surcharge|penalty)\b`,
      String.raw`\b(?:legally|by law|the law says)\b[^.!?]{0,30}\b(?:have to|must|are required to|need to) pay\b`,
      String.raw`\b(?:will be|we'll|we will|we're going to)\b[^.!?]{0,25}\breported as (?:stolen|fraud|fraudulent)\b`,
    ),
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
      String.raw`\b(?:personal|private)(?: business)? matter\b${EN_PLAIN_GAP(30)}\b(?:requires?|requiring|needs?|needing|demands?|awaits?) (?:your )?(?:immediate|urgent|prompt|swift) (?:attention|response|reply|call)\b`,
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
];
