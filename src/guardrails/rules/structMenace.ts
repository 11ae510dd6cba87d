import { en, type PatternRuleSpec } from './ruleTypes.js';

/**
 * English classes that carry no listed word (guarden, issue 16, after measuring check-s7.en by
 * class): menace by watching ("we know where you park", "our guys know your new address"),
 * harm left to the imagination ("be a shame if something happened", "next time it won't be a
 * phone call"), family and job dragged in as leverage; invented agencies and officers, invented
 * fees, policies and credit consequences (smears, taunts and treatment: structSmears.ts).
 * DOMAIN.md; FDCPA §1692d, §1692e, §1692f; ECOA.
 */
const WATCHERS = String.raw`(?:we|i|our (?:guys|people|team|boys|lads|associates|colleagues|field \w+|agents?|collectors?|friends)|my (?:guys|people|boys|lads|friends))`;
const SPOTS = String.raw`(?:park|live|work|sleep|shop|drink|eat|hang out|go (?:on|at|every)|spend your|take your)`;
const KIN = String.raw`(?:kids?|children|son|daughter|boy|girl|wife|husband|mom|mother|dad|father|parents|family|sister|brother)`;

export const STRUCT_MENACE_RULES: PatternRuleSpec[] = [
  {
    // Watching: "we know where you park", "our guys know your new address", "seen you at the gym".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'know',
      'seen',
      'saw',
      'spotted',
      'watched',
      'drove past',
      'drive past',
      'followed',
      'driving past',
      'walked past',
      'went past',
    ],
    patterns: en(
      String.raw`\b${WATCHERS}\b[^.!?]{0,30}\b(?:know|knows|have seen|'ve seen|saw|spotted|watched|followed)\b[^.!?]{0,12}\b(?:where you ${SPOTS}|where your ${KIN}\b|what time you|which (?:gym|school|bar|church|route)|your (?:route|routine|daily routine|new address|plates|licen[cs]e plate|schedule|movements|front door|car)\b|you at (?:the|your)\b)`,
      String.raw`\b(?:guys|people|boys|lads|friends|associates|men)\b[^.!?]{0,10}\bknow (?:your|ur) (?:new )?(?:address|location|whereabouts|place)\b`,
      String.raw`\b(?:drove|drive|driving|walked|went) past (?:your|ur) (?:place|house|home|apartment|flat)\b`,
    ),
  },
  {
    // Harm left to the imagination.
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'shame',
      'pity',
      'accidents',
      'next time',
      'sooner or later',
      'forever',
      'lock',
      'shoulder',
      'back',
      'sleep',
      'patient',
      'nervous',
      'scared',
      'upset',
      'worried',
      'eventually',
      'one of these days',
      'frightened',
      'shaken',
      'friendly',
      'nice',
      'gentle',
      'forgiving',
    ],
    patterns: en(
      String.raw`\b(?:shame|pity) if (?:something|anything) (?:happened|were to happen|was to happen|bad)\b|\b(?:shame|pity) if (?:your|it|they|he|she|the)\b[^.!?]{0,40}\b(?:got|get|were|was|went)\b[^.!?]{0,12}\b(?:keyed|scratched|damaged|hurt|broken|burnt|burned|smashed|stolen|towed|fired|flat|missing|out on the)\b|\bshame about what happened to\b`,
      String.raw`\baccidents (?:do |can |tend to |often )?happen\b[^.!?]{0,40}\b(?:people|those|folks|anyone) who\b`,
      String.raw`\bnext time\b[^.!?]{0,25}\b(?:won't|will not|isn't|is not|ain't) (?:be )?(?:just )?(?:a |by |with a )?(?:phone|call|letter|text|message|email|polite|friendly|me|nice)\b`,
      String.raw`\bimagine how (?:she|he|they|your \w+)(?:'ll| will| would|'d) (?:feel|react|look)\b[^.!?]{0,15}\bnext time\b`,
      String.raw`\b(?:sooner or later|eventually|one of these days)\b[^.!?]{0,25}\b(?:walk|come|step|leave|go|get) out\b|\bcan(?:'t|not) (?:hide|stay (?:inside|home|in)|keep (?:your|the|that) (?:front )?(?:door|curtains) (?:shut|closed|locked)) forever\b`,
      String.raw`\block(?:s|ed)? (?:your|her|his|their|the|that) (?:front )?doors?\b|\bwatch (?:your|ur) back\b|\blook(?:ing)? over (?:your|ur) shoulder\b|\bsleep (?:tight|well)\b[^.!?]{0,20}\bwhile you (?:still )?can\b|\b(?:don't|do not|won't|never) (?:tend to )?sleep (?:well|easy|soundly)\b`,
      String.raw`\b(?:they're|they are|he's|he is|these guys are|my guys are|those guys are)\b[^.!?]{0,10}\bnot (?:the |very )?(?:patient|friendly|nice|gentle|forgiving)(?: type| kind| sort| people| guys)?\b`,
      String.raw`\b(?:seemed|looked|was|were|got) (?:very |really |so |a bit )?(?:nervous|scared|frightened|upset|shaken|worried) when (?:we|i|our \w+) (?:stopped|came|dropped|showed|called|visited|knocked)\b`,
    ),
  },
  {
    // The people around the person as leverage: "your boss is gonna get a very interesting call".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'interesting',
      'unpleasant',
      'nasty',
      'surprising',
      'awkward',
      'school',
      'daycare',
      'league',
      'practice',
      'class',
      'elementary',
      'nursery',
      'high',
      'academy',
      'bus stop',
    ],
    patterns: en(
      String.raw`\b(?:your|ur) (?:boss|employer|manager|wife|husband|family|mom|mother|parents|kids|hr|landlord|neighbou?rs)\b[^.!?]{0,15}\b(?:gonna|going to|will|'ll|might|could) (?:get|receive) (?:a |an |some )?(?:very |really )?(?:interesting|unpleasant|nasty|surprising|awkward) (?:phone )?(?:call|visit|letter|message|surprise|news)`,
      String.raw`\byou have (?:a|two|three) (?:${KIN})s? (?:at|in) [^.!?]{0,30}\b(?:school|elementary|daycare|nursery|high|academy|league|practice|class)\b[^.!?]{0,12}(?:don't you|do you not|right|isn't (?:it|that right))\?`,
      String.raw`\byour (?:${KIN})(?:'s)? (?:school|daycare|class|practice|league|bus stop)\b[^.!?]{0,30}\b(?:right|isn't it|don't they|doesn't (?:he|she)|aren't they)\?`,
    ),
  },
  {
    // Invented agencies and officers: "Officer Grant from the Financial Compliance Unit".
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: [
      'officer',
      'inspector',
      'investigator',
      'detective',
      'unit',
      'bureau',
      'registry',
      'authority',
      'division',
      'office',
      'special agent',
      'agency',
      'department',
      'commission',
      'service',
    ],
    patterns: en(
      String.raw`\b(?:officer|inspector|investigator|detective|special agent) [a-z]+ (?:here )?(?:from|with|of|at) the\b[^.!?]{0,40}\b(?:unit|bureau|office|authority|agency|division|department|registry|commission|directorate|service)\b`,
      String.raw`\b(?:this is|i'm|i am|we are|we're|calling from|on behalf of)\b[^.!?]{0,20}\b(?:from |with |at )?the (?:consumer protection|financial (?:compliance|crimes?|enforcement|recovery)|debt (?:enforcement|recovery|collection|compliance)|credit (?:compliance|enforcement|recovery)|national debt|state debt|federal debt)\b[^.!?]{0,25}\b(?:bureau|unit|office|authority|agency|division|department|registry|commission|service)\b`,
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
      'payment plan',
      'minimum',
      'full payment',
      'credit score',
      'credit rating',
      'every bank',
      'every lender',
      'all banks',
      'anywhere',
      'doubles',
      'double',
      'law',
      'penalty',
      'every',
      'each',
      "won't",
      'triple',
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
    // "legal department ... scheduled for asset seizure": a status the account does not have.
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    triggers: [
      'scheduled for',
      'approved for',
      'queued for',
      'marked for',
      'flagged for',
      'slated for',
      'earmarked for',
      'pre-litigation',
    ],
    patterns: en(
      String.raw`\b(?:scheduled|approved|queued|marked|flagged|slated|earmarked) for (?:asset )?(?:seizure|recovery action|litigation|repossession|garnishment|enforcement|legal action)\b|\bpre-litigation\b`,
    ),
  },
  {
    // Officers of the law put on the case: "the sheriff's office has been given your details".
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: ['sheriff', 'marshal', 'bailiff', 'deputies', 'cops', 'police'],
    patterns: en(
      String.raw`\b(?:sheriff|sheriff's office|marshals?|bailiffs?|deputies|cops|police)\b[^.!?]{0,30}\b(?:has|have|been|was|were)\b[^.!?]{0,10}\b(?:given|sent|passed|handed|told|briefed|informed|notified)\b[^.!?]{0,15}\b(?:your|about you)\b`,
    ),
  },
];
