import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { EN_PLAIN_GAP, KIN_EXTENDED, MASK_MARK } from '../shared/en.js';

/**
 * Harassment (English): profanity.
 */

export const HARASSMENT_PROFANITY_EN: PatternRuleSpec[] = [
  {
    id: 'harassment.profanity',
    lang: 'en',
    triggers: [
      'f*',
      'sh*',
      'b*',
      'a*',
      'as*',
      'damn',
      'dammit',
      'crap',
      'dick',
      'piss',
      'screw',
      'to hell',
      'the hell',
      'bloody hell',
      'prick',
      'douche',
      'my ass',
      'your ass',
      'dumb ass',
      'lazy ass',
      'fat ass',
      'son of a',
    ],
    patterns: en(
      `\\bf\\*+c?k*(?:ing|er|ed|s)?\\b|\\bf\\*+|\\bsh\\*+t(?:ty|s)?\\b|\\bb\\*+tch(?:es)?\\b|\\ba(?:s|\\*)\\*+hole\\b|\\ba\\*+s?hole\\b`,
      `\\b(?:god)?damn(?:ed|it)?\\b|\\bdammit\\b|\\bcrap(?:py)?\\b|\\bdick(?:head)?\\b|\\bpiss(?:ed)? off\\b|\\bscrew you\\b|\\bgo to hell\\b|\\bthe hell\\b|\\bbloody hell\\b|\\bprick\\b|\\bdouche(?:bag)?\\b|\\b(?:kiss my|your|dumb|lazy|fat) ass\\b|\\bson of a\\b`,
    ),
  },
  {
    id: 'harassment.profanity',
    lang: 'en',
    triggers: ['freak', 'frig', 'effing', 'frick', "'s sake", 'crying out loud'],
    patterns: en(
      `\\b(?:freaking|frigging|friggin|effing|frickin|freakin)\\b|\\bfor (?:god's|christ's|pete's|heaven's) sake\\b|\\bfor crying out loud\\b`,
    ),
  },
  {
    id: 'harassment.profanity',
    lang: 'en',
    triggers: ['-', '*', '_', '#', '@', '$', 'expletive', 'bleep', 'censored', 'deleted'],
    patterns: en(
      `\\b(?:f|s|a|b|c|d|p)${MASK_MARK}{2,}(?:ing|in|ed|er|s|hole)?(?![a-z])`,
      `\\b(?:f[-*_#@$%!]{1,3}(?:ck|k|king|kin|cking|cked)|sh[-*_#@$%!1]{1,2}t(?:ty)?|b[-*_#@$%!]{1,2}tch|a[-*_#@$%!]{1,2}s{0,2}(?:hole)?|d[-*_#@$%!]mn|c[-*_#@$%!]nt|bas[-*_#@$%!]{1,2}rd)(?![a-z])`,
      `[\\[(*<]\\s*(?:expletive|bleep|bleeped|censored|deleted|profanity)s?\\s*(?:deleted)?\\s*[\\])*>]`,
      `\\byou(?: \\w+)? (?:[-*_]{3,}|_{2,}\\w*)`,
    ),
  },
  {
    id: 'harassment.profanity',
    lang: 'en',
    triggers: ['s.o.b', 'sob', 'son of a', "f'in", 'effing'],
    patterns: en(
      `\\byou (?:s\\.?o\\.?b)\\b(?! stor)|\\bs\\.o\\.b\\b|\\bson of a (?:bitch|b\\W)|\\bf'(?:ing|in)\\b|\\beffing\\b`,
    ),
  },
  {
    id: 'harassment.profanity',
    lang: 'en',
    triggers: ['fkn', 'fking', 'fuxk', 'stfu', 'mf', 'motherf', 'effing', 'bag', 'ck'],
    patterns: en(
      `\\b(?:fkn|fking|fuxk\\w*|stfu|mf|motherf\\w*|effing)\\b`,
      `\\b(?:sc[-*_#@$%!]mbag|d[-*_#@$%!]{1,2}bag|pr[-*_#@$%!]ck|j[-*_#@$%!]ckass)\\b`,
    ),
  },
  {
    id: 'harassment.profanity',
    lang: 'en',
    negatable: true,
    triggers: [
      'piece of',
      'sack of',
      'bag of',
      'waste of',
      'crippled',
      'cripple',
      'cry me',
      'yo mama',
      'your mama',
      'ugly',
      'garbage',
      'trash',
    ],
    patterns: en(
      `\\b(?:worthless|useless|pathetic|miserable|sorry) (?:piece|sack|bag) of\\b|\\bwaste of (?:oxygen|space|skin|air)\\b`,
      `\\b(?:crippled?|cripple)\\b|\\bcry me a river\\b|\\b(?:yo|your) mama\\b`,
      `\\b(?:you(?:'re| are)?|such an?)\\s+(?:ugly|garbage|trash)\\b|\\bugly, (?:broke|stupid|fat|lazy)`,
    ),
  },
  {
    id: 'harassment.profanity',
    lang: 'en',
    negatable: true,
    triggers: ['sob story', ...["your'", "your '", 'your"', 'your "', 'your‘', 'your ‘', 'your“', 'your “']],
    patterns: en(
      `\\bsob story\\b|\\byour\\s*['"‘“](?:anxiety|depression|illness|condition|disability|injury|situation|hardship|cancer|diagnosis|job loss|emergency)`,
    ),
  },
  {
    // Insults said to the person: "you lazy deadbeat", "ur just worthless".
    id: 'harassment.profanity',
    lang: 'en',
    negatable: true,
    triggers: ['you', 'ur', 'u'],
    patterns: en(
      String.raw`\b(?:you|u|ya)\s+(?:lazy|dirty|lying|filthy|worthless|useless|stupid|broke|cheap|pathetic)\s+(?:deadbeat|loser|bum|parasite|leech|scumbag|lowlife|moocher|freeloader|idiot|moron)\b`,
      String.raw`\b(?:you(?:'re| are)|ur|u r|you r|u're)\s+(?:just |so |really |such |totally |being )*(?:lazy|worthless|useless|pathetic)\b`,
    ),
  },
  {
    // "have your helicopter bring the payment", "hey moneybags", "poor baby can't afford…".
    id: 'harassment.profanity',
    lang: 'en',
    negatable: true,
    triggers: [
      'helicopter',
      'butler',
      'chauffeur',
      'yacht',
      'jet',
      'maid',
      'moneybags',
      'big shot',
      'hotshot',
      'highness',
      'majesty',
      'poor baby',
      'poor thing',
      'boo hoo',
      'boo-hoo',
      'cry me',
      'afford',
      'more important',
      'must be nice',
      'classy',
      'but found',
      'but had',
      'but have',
      'but got',
    ],
    patterns: en(
      String.raw`\b(?:have|tell|send|get|let) your (?:helicopter|butler|chauffeur|yacht|private jet|jet|maid|driver|accountant)\b`,
      String.raw`\b(?:moneybags|big shot|hotshot|your highness|your majesty|richie rich|poor baby|poor thing|boo-? ?hoo|cry me a river)\b`,
      String.raw`\bcan(?:'t|not| not)? afford\b${EN_PLAIN_GAP(40)}\bbut (?:can|could) afford\b|\b(?:couldn't|can't|cannot) pay\b${EN_PLAIN_GAP(30)}\bbut (?:found|had|have|got) (?:money|cash)\b`,
      String.raw`\b(?:was|is|are) more important than pay(?:ing)? (?:us|your|the)\b|\bmust be nice to\b${EN_PLAIN_GAP(40)}\b(?:pay|us|bill)|\bmust be nice\b${EN_PLAIN_GAP(30)}\.\s+too bad\b|\bclassy\b\.?$`,
    ),
  },
  {
    // "rolling in her grave", "spit on your grandma's grave", "your dead mother".
    id: 'harassment.profanity',
    lang: 'en',
    negatable: true,
    triggers: ['grave', 'your dead', 'deadbeat', 'ashamed', 'proud of'],
    patterns: en(
      String.raw`\b(?:rolling|turning|spinning) (?:over )?in (?:his|her|their) graves?\b`,
      String.raw`\b(?:piss|pee|spit|dance|shit|dump|stomp)\w* on (?:your|ur) ${KIN_EXTENDED}(?:'s|s')? graves?\b`,
      String.raw`\byour dead ${KIN_EXTENDED}\b`,
      String.raw`\byour late ${KIN_EXTENDED}\b${EN_PLAIN_GAP(30)}\b(?:deadbeat|ashamed|proud of)\b`,
    ),
  },
  {
    // "Not sure how you sleep at night owing this much": no negation reads it round.
    id: 'harassment.profanity',
    lang: 'en',
    triggers: ['sleep at night'],
    patterns: en(String.raw`\bhow (?:do )?you (?:can )?sleep at night\b`),
  },
  {
    // "your dad's funeral was nice, shame you couldn't pay".
    id: 'harassment.profanity',
    lang: 'en',
    negatable: true,
    triggers: ['funeral', 'grave', 'ashes', 'burial', 'casket', 'coffin', 'obituary'],
    patterns: en(
      String.raw`\byour ${KIN_EXTENDED}(?:'s|s') (?:funeral|grave|ashes|burial|casket|coffin|obituary)\b${EN_PLAIN_GAP(30)}\b(?:was nice|shame|cheap|pay for it|either)\b`,
    ),
  },
  {
    // "Nice boat. Bet it floats better than your payments", "hope it was worth it", "…, princess":
    // sarcasm, which a negation in the sentence does not turn round ("won't pay themselves off").
    id: 'harassment.profanity',
    lang: 'en',
    triggers: [
      'nice',
      'worth',
      'put down the',
      'princess',
      'sweetheart',
      'sweetie',
      'honey',
      'darling',
      'genius',
      'einstein',
      'champ',
      'big guy',
      'tough guy',
      'smart guy',
    ],
    patterns: en(
      String.raw`\bnice (?:boat|yacht|car|truck|ride|rims|vacation|trip|watch|bag|purse|shoes|tan|pics?|photos?|new \w+)\b[^\n]{0,60}\b(?:pay|payments?|bill|owe)\b`,
      String.raw`\bhope (?:it|the trip|the vacation|that|they) (?:was|were) worth (?:it|your|the)\b`,
      String.raw`\bput down the (?:starbucks|latte|coffee|beer|bottle|phone|remote|cigarettes?|wine)\b`,
      String.raw`,\s*(?:princess|sweetheart|sweetie|honey|darling|genius|einstein|champ|big guy|tough guy|smart guy)\s*[.!?]*$`,
    ),
  },
  {
    // "Your grandmother's grave must be crying", "if your father were alive he'd be disgusted".
    id: 'harassment.profanity',
    lang: 'en',
    negatable: true,
    triggers: ['grave', 'ashes', 'alive', 'dig up'],
    patterns: en(
      String.raw`\b(?:grave|ashes)\b${EN_PLAIN_GAP(20)}\b(?:crying|weeping|ashamed|disgusted|spinning|rolling|turning)\b`,
      String.raw`\bif your ${KIN_EXTENDED} (?:were|was) (?:alive|still alive)\b${EN_PLAIN_GAP(30)}\b(?:disgusted|ashamed|embarrassed|disappointed|sick|spit|cry)\b`,
      String.raw`\bdig up your\b`,
    ),
  },
  {
    // "How's that new baby? … Pay us first", "your Rolex can cover this", "Mr. Bigshot".
    id: 'harassment.profanity',
    lang: 'en',
    triggers: [
      'baby',
      'little one',
      'bigshot',
      'rolex',
      'yacht',
      'boat',
      'jet',
      'mansion',
      'ferrari',
      'porsche',
      'gucci',
      'designer',
    ],
    patterns: en(
      String.raw`\bhow(?:'s| is) (?:that|the|your) (?:new )?(?:baby|little one)\b[^\n]{0,60}\bpay (?:us|up|now|the bill|what you owe)\b`,
      String.raw`\bbigshot\b|\byour (?:rolex|yacht|boat|jet|mansion|ferrari|porsche|gucci \w+|designer \w+)\b[^.!?\n]{0,20}\b(?:can|could|will) (?:cover|pay)\b`,
    ),
  },
  {
    // "s—- of a b—-", "f—-ing", "a—hole": profanity with its letters dashed out.
    id: 'harassment.profanity',
    lang: 'en',
    negatable: false,
    triggers: ['—-', '–-', '—ing', '–ing', '—hole', '–hole'],
    patterns: en(String.raw`\b[a-z]{1,2}[—–]+-+`, String.raw`\b[fsab][—–]+(?:ing|hole)\b`),
  },
];
