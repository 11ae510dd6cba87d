import { en, type PatternRuleSpec } from './ruleTypes.js';

/**
 * English classes from guarden's two fresh probes (issue 16, 2026-12-05 12:25 and 12:32 UTC: 34 and
 * 28 phrasings written before any verdict, then tuned on; their classes, not their items): vague
 * and family-aimed threats, invented bureaus, fees and policies, a new account to pay into, lost
 * pensions and visas, Interpol and immigration, court appearances and "criminal matters".
 * DOMAIN.md; FDCPA §1692d, §1692e, §1692f.
 */
export const STRUCT_PROBE_RULES: PatternRuleSpec[] = [
  // guarden's fresh probe (34 phrasings written at 12:25 UTC, tuned on): its classes.
  {
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'make your',
      'own good',
      'own safety',
      'numbered',
      'the price',
      'through the mud',
      'physical',
      'school your',
      'gym your',
      'church your',
      'office your',
      'daycare your',
      'right?',
    ],
    patterns: en(
      String.raw`\bmake your (?:life|days|week) (?:very |really |a )?(?:difficult|hell|miserable|a nightmare|a misery|unbearable)\b`,
      String.raw`\bfor your own (?:good|safety)\b`,
      String.raw`\b(?:your )?days(?: of \w+)? are numbered\b`,
      String.raw`\b(?:you|your (?:family|kids|children|wife|husband)|they)(?:'ll| will| is going to| are going to)? (?:pay|pays|paying) the price\b`,
      String.raw`\bdragged through the mud\b|\b(?:get|getting|turn|turning|become|becoming) physical\b`,
      String.raw`\b(?:the|which) (?:school|gym|church|office|daycare) your (?:kids?|children|son|daughter|wife|husband|mother) (?:go|goes|attend|attends|work|works|use|uses)\b`,
      String.raw`\byour (?:wife|husband|son|daughter|kids?|mother|father|partner)(?:'s|s') (?:car|school|house|address|office|workplace|bus|route|job) is\b[^.!?]{0,30}(?:,? right|,? isn't it|,? correct)\?`,
    ),
  },
  {
    id: 'privacy.relay_request',
    lang: 'en',
    negatable: true,
    triggers: [
      "'s wife",
      "'s husband",
      "'s mom",
      "'s mother",
      "'s dad",
      "'s father",
      "'s son",
      "'s daughter",
      "'s sister",
      "'s brother",
      "'s partner",
      "'s boss",
      "'s roommate",
      "'s neighbor",
      "'s neighbour",
    ],
    patterns: en(
      String.raw`\b(?:message|note|reminder|voicemail) for [a-z]+'s (?:wife|husband|mom|mother|dad|father|son|daughter|sister|brother|partner|boss|roommate|neighbou?r)\b`,
    ),
  },
  {
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: ['bureau', 'authority', 'agency', 'commission', 'registry', 'tribunal', 'board', 'council'],
    patterns: en(
      String.raw`\b(?:this is|calling from|call is from|message is from|letter is from|notice is from|we are|we're|i'm from|i am from) the (?:[a-z]+ ){0,3}?(?:debt|credit|fraud|collections?|recovery|resolution|enforcement|compliance|arrears|default)\b(?: [a-z]+){0,2} (?:bureau|authority|agency|commission|registry|tribunal|board|council)\b`,
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
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: ['interpol', 'immigration', 'border control', 'customs'],
    patterns: en(
      String.raw`\b(?:report\w*|refer\w*|flag\w*|sen[dt]|pass\w*|notif\w*)\b[^.!?]{0,25}\b(?:to )?(?:interpol|immigration|border control|customs)\b`,
    ),
  },
  // guarden's second probe (28 phrasings, 12:32 UTC, tuned on): its classes.
  {
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'can see',
      "you're home",
      'you are home',
      'hate for',
      'drag',
      ' or hard',
      ' or the hard',
      ' or ugly',
      ' or the ugly',
      ' or painful',
      'the start',
      'the beginning',
    ],
    patterns: en(
      String.raw`\bwe (?:know|can see|could see) (?:you're|you are) (?:home|inside|in there|at home)\b|\b(?:we|i) can see (?:the lights? (?:on )?in your|your (?:window|car|house|front door|kids|children))\b`,
      String.raw`\bwould hate for (?:her|him|them|your (?:kids?|children|wife|husband|family|daughter|son|mother|girl|boy)) to (?:worry|get hurt|find out|see|be scared|have to)\b`,
      String.raw`\bdrag(?:ged|ging)? you (?:out|off|away|in)\b`,
      String.raw`\b(?:easy|nice|simple)(?: way)? or (?:the )?(?:hard|ugly|painful)(?: way)?\b`,
      String.raw`(?:\band |—\s*|\s-\s)(?:that's|that is|this is) (?:just|only) the (?:start|beginning)\b`,
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
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: [
      'to appear',
      'criminal matter',
      'criminal case',
      'police matter',
      'criminal offence',
      'criminal offense',
    ],
    patterns: en(
      String.raw`\b(?:required|ordered|summoned|due|expected|have|need) to appear (?:at|in|before) (?:the )?(?:\w+ )?(?:court|judge|hearing|tribunal|magistrate)\b`,
      String.raw`\b(?:is|becomes?|became|has become|is now|it's|it is) (?:now )?a (?:criminal|police) (?:matter|case|offen[cs]e)\b`,
    ),
  },
];
