import { en, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Pattern families (English): a subject or target, a verb family and the clause around them,
 * rather than fixed sentences. Same ids as the per-category rules; negation ("we will never…"),
 * hedging ("may take lawful steps") and "you can talk to your family" excuse as there.
 */

/** People other than the holder (FDCPA §1692c(b); Reg F §1006.6(d)). */
const THIRD_WORDS = [
  'boss',
  'employer',
  'manager',
  'supervisor',
  'coworker',
  'co-worker',
  'colleague',
  'hr department',
  'family',
  'relatives',
  'parents',
  'mother',
  'father',
  'mom',
  'dad',
  'wife',
  'husband',
  'spouse',
  'partner',
  'sister',
  'brother',
  'kids',
  'children',
  'son',
  'daughter',
  'neighbor',
  'neighbour',
  'friends',
  'landlord',
  'references',
  'contacts',
];
const THIRD = `(?:${THIRD_WORDS.join('|')})(?:s|'s)?`;
const TELL =
  '(?:told|tell|tells|telling|informed|inform|informing|notified|notify|notifying|contacted|contact|contacting|called|call|calling|spoke(?:n)? (?:to|with)|speak (?:to|with)|talk(?:ed)? (?:to|with)|reached out to|reach out to|reached|reach|got hold of|got in touch with|get in touch with|visited|visit|phoned|phone|let|letting|emailed|email|texted|text|messaged|message|alert|alerted|warn|warned)';
const WE =
  "(?:we|i|the bank|our (?:team|agents?|collectors?|office))(?:'ve|'ll|'re| have| will| are going to| already| just| also| now| plan to| intend to)*";

/** Words that insult whoever they are pinned on. */
const LABEL =
  '(?:crook|thief|liar|deadbeat|criminal|cheat|cheater|fraud|con artist|con man|conman|loser|lowlife|scumbag|bum|parasite|leech|freeloader|swindler|moocher|mooch|welsher|sleazebag|slimeball)';

/** Often enough to be harassment (Reg F §1006.14: 7 calls in 7 days). */
const FREQ =
  '(?:(?:several|multiple|many|a dozen|dozens of|(?:three|four|five|six|seven|eight|nine|ten|\\d+)) times (?:a|per|each) day|every single day|nonstop|non-stop|around the clock|day and night|night and day|24/7|at all hours|every (?:hour|half hour|few minutes|\\d+ minutes|(?:five|ten|fifteen|twenty|thirty) minutes|(?:couple|few) of hours)|relentlessly|endlessly|over and over)';
const CONTACT =
  '(?:calls?|calling|texts?|texting|messages?|messaging|emails?|emailing|voicemails?|ringing|phone calls?)';

export const FAMILY_RULES_EN: PatternRuleSpec[] = [
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    personMayAct: true,
    triggers: THIRD_WORDS,
    patterns: en(
      `\\b${WE}\\s+(?:already |just |now |also )?${TELL}\\s+(?:all of |each of |every one of )?(?:your|you and your)\\s+(?:(?:whole|entire|immediate|extended|direct|new|own|closest)\\s+)?${THIRD}\\b`,
      `\\b(?:your|you and your)\\s+(?:(?:whole|entire|immediate|extended|direct|new|own|closest)\\s+)?${THIRD}\\s+(?:will|is going to|are going to|'ll|'re going to|'s going to)\\s+(?:hear|find out|learn|know|be told|be informed|be notified|get a call|get a letter|be contacted)\\b`,
      `\\b${THIRD}\\s+(?:(?:now|already|all) (?:know|knows)|(?:have|has) (?:now |already )?(?:heard|been told)|were told|was told|found out)\\b[^.!?\\n]{0,30}\\b(?:debt|owe|balance|overdue|past due|behind|account)\\b`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    personMayAct: true,
    triggers: [
      'online',
      'social media',
      'facebook',
      'instagram',
      'twitter',
      'tiktok',
      'internet',
      'public',
      'expose',
      'shame',
    ],
    patterns: en(
      `\\b(?:post|posting|share|sharing|publish|publishing|plaster|plastering|broadcast)\\b[^.!?\\n]{0,30}\\b(?:your (?:name|debt|balance|photo|picture|details|information|situation|account|number)|the debt|this debt|you)\\b[^.!?\\n]{0,30}\\b(?:online|on (?:social media|facebook|instagram|twitter|tiktok|the internet)|public)\\b`,
      `\\b(?:expose|publicly shame|name and shame)\\s+you\\b`,
    ),
  },
  {
    id: 'threat.intimidation',
    lang: 'en',
    triggers: ['want us', 'want me', 'want them', 'want our', 'want someone', 'want anyone', 'want somebody'],
    patterns: en(
      `\\byou (?:really |definitely |honestly |seriously )?(?:don't|do not|wouldn't|won't) want (?:us|me|them|our (?:people|guys|team|agents?|collectors?)|someone|anyone|somebody) (?:to )?(?:show(?:ing)? up|com(?:e|ing)|visit(?:ing)?|turn(?:ing)? up|knock(?:ing)?|stop(?:ping)? by|drop(?:ping)? by|get(?:ting)? involved|find(?:ing)? you|pay(?:ing)? you a visit)\\b`,
    ),
  },
  {
    id: 'threat.intimidation',
    lang: 'en',
    triggers: [
      'ugly',
      'nasty',
      'messy',
      'rough',
      'unpleasant',
      'painful',
      'dangerous',
      'hairy',
      'uncomfortable',
      'worse',
    ],
    patterns: en(
      `\\b(?:things|it|this|life|matters|everything) (?:could|can|will|might|may|is going to|are going to|would|is about to|are about to) (?:get|turn|become) (?:very |really |pretty |extremely |quite |real )?(?:ugly|nasty|messy|rough|unpleasant|painful|dangerous|hairy|uncomfortable)\\b`,
      `\\b(?:the alternative|the other option|what comes next|the next step|plan b)\\s+(?:is|will be|is going to be|would be)\\s+(?:very |really |pretty |extremely |much more |far more |a lot more )?(?:ugly|nasty|messy|rough|unpleasant|painful|uncomfortable|worse)\\b`,
    ),
  },
  {
    id: 'false_legal.invented_consequence',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: ['never get', 'never be able', 'never be approved', 'never qualify', 'make sure'],
    patterns: en(
      `\\byou(?:'ll| will) never (?:again )?(?:get|be able to (?:get|rent|buy|borrow)|be approved for|qualify for) (?:a |an |another )?(?:loan|mortgage|credit card|credit|job|apartment|lease|car)\\b`,
      `\\bwe(?:'ll| will) make (?:sure|certain) (?:of (?:it|that)|you (?:never|can't|cannot|don't|won't|lose|regret))\\b`,
    ),
  },
  {
    id: 'defamation.label',
    lang: 'en',
    triggers: [
      'only a',
      'only an',
      'such a',
      'such an',
      'what a',
      'what an',
      'like a',
      'like an',
      'like some',
    ],
    patterns: en(
      `\\b(?:only|such|what) an? (?:\\w+ )?${LABEL}\\b`,
      `\\b(?:act|acting|behave|behaving|talk|talking|sound|sounding) like (?:a|an|some) (?:common |cheap |total |real )?${LABEL}\\b`,
    ),
  },
  {
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: true,
    triggers: ['call', 'text', 'message', 'email', 'ring', 'phon', 'contact', 'hound', 'chas'],
    patterns: en(
      `\\b(?:call|calling|calls|text|texting|texts|message|messaging|email|emailing|ring|ringing|phone|phoning|contact|contacting|hound|hounding|chase|chasing)\\s+you\\b[^.!?\\n]{0,50}\\b${FREQ}`,
      `\\b(?:expect|you'll get|you will get|you're going to get|get ready for|brace for|brace yourself for)\\b[^.!?\\n]{0,20}\\b${CONTACT}\\b[^.!?\\n]{0,60}\\b${FREQ}`,
    ),
  },
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'en',
    negatable: true,
    authorisedBy: ['waiver', 'settlement'],
    triggers: [
      'waive',
      'forgive',
      'forgave',
      'written off',
      'wrote off',
      'write off',
      'cancel',
      'erase',
      'wipe',
    ],
    patterns: en(
      `\\b(?:i|we|the bank)(?:'ve|'ll| have| has| will| just| already| went ahead and| personally)*\\s+(?:waive|waived|forgive|forgiven|forgave|written off|wrote off|write off|cancel(?:l)?ed|cancel|erased|erase|wiped out|wipe out)\\s+(?:(?:your|the|all|of|this|that)\\s+){0,3}(?:entire|whole|full|total|complete|remaining|outstanding)\\s+(?:debt|balance|amount|account|bill|fees?|interest)\\b|\\b(?:i|we|the bank)(?:'ve| have| has)\\s+(?:waived|forgiven|written off|wiped out|cancel(?:l)?ed|erased)\\s+(?:everything|all|whatever|what) (?:you owe|you owed|of it|that's owed|is owed)\\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'en',
    authorisedBy: ['waiver', 'settlement'],
    triggers: [
      'owe nothing',
      'owe zero',
      'owe not',
      'no longer owe',
      'debt-free',
      'debt free',
      'off the hook',
      'in the clear',
      'all square',
    ],
    patterns: en(
      `(?<!\\b(?:if|once|after|when)\\b[^.!?\\n]{0,60})(?<!\\b(?:will|would|'ll) )\\bowe (?:us |the bank )?(?:nothing|zero|not a (?:thing|cent|penny|dime))\\b|\\bno(?<!(?:\\bnot|n't) mean (?:that )?(?:you |we |the debt )?no) longer owe\\b`,
      `\\b(?:you're|you are) (?:now |officially |completely )?(?:debt[- ]free|off the hook|in the clear|all square)\\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'en',
    negatable: true,
    authorisedBy: ['waiver', 'settlement'],
    triggers: [
      'cleared',
      'settled',
      'need to pay',
      'have to pay',
      'zeroed',
      'wiped clean',
      'taken care of',
      'closed out',
      'written down',
    ],
    patterns: en(
      `(?<!\\b(?:if|once|after|when)\\b[^.!?\\n]{0,60})\\b(?:your|the|this|that)\\s+(?:\\w+\\s+){0,2}(?:debt|balance|account|amount owed|arrears)\\s+(?:is|has been|was|will be|are|have been)\\s+(?:now |officially |fully |completely )?(?:cleared|settled|zeroed(?: out)?|wiped clean|taken care of|closed out|written down)\\b`,
      `(?<!\\b(?:if|once|after|when)\\b[^.!?\\n]{0,60})\\byou (?:don't|do not|no longer|won't|will not) (?:have|need) to pay (?:anything|a (?:thing|cent|penny|dime))(?: (?:else|more|further))?\\b(?! until)`,
    ),
  },
  {
    id: 'prompt_leak.instructions',
    lang: 'en',
    negatable: true,
    triggers: ['internal', 'behind the scenes', 'off the record', 'between us', 'between you and me'],
    patterns: en(
      `\\b(?:internal|behind-the-scenes|unpublished|confidential) (?:rule|limit|policy|guideline|cap|ceiling|threshold|playbook|script)s?\\b[^.!?\\n]{0,60}\\b(?:exceed|ceiling|cap|capped|maximum|max|up to|percent|%|tenth|quarter|half|manager|sign-off|approval|approve)\\b`,
    ),
  },
];
