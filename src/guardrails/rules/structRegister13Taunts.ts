import { en, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Contempt with no profanity and masked racial slurs in English (guardrw13a, issue 16), written by
 * class from the helper's own training lines: a phone explained to the person as to a child,
 * "enjoy your shame", pet names over digging into a family's background, "have you no shame",
 * sarcastic pride; the n-word and other slurs with letters replaced by asterisks, dashes or
 * underscores, and the cotton-picking jibe, read as discrimination (and harassment). FDCPA
 * §1692d(2); bank conduct codes.
 */
// A letter or a masking mark standing for one.
const M = String.raw`[*_#]`;
// Slurs whose inner letters may be masked: first letter, then a mix of letters or marks, then the end.
const NWORD = [
  String.raw`n(?:i|${M})(?:g|${M}){2}(?:e|${M})?(?:r|${M})(?:s|z)?`,
  String.raw`n(?:i|${M})(?:g|${M}){2}(?:a|ah|uh|as|az)`,
  String.raw`n${M}{2,5}(?:r|a|as|rs|ers)`,
].join('|');
const SLURS = [
  String.raw`c(?:o|${M})(?:o|${M})(?:l|${M})(?:i|${M})es?`,
  String.raw`b(?:e|${M})(?:a|${M})(?:n|${M})(?:e|${M})rs?`,
  String.raw`ch(?:i|${M})(?:n|${M})ks?`,
  String.raw`sp(?:i|${M})(?:c|${M})s?`,
  String.raw`k(?:i|${M})(?:k|${M})es?`,
  String.raw`w(?:e|${M})(?:t|${M})backs?`,
].join('|');

export const STRUCT_REGISTER13_TAUNTS: PatternRuleSpec[] = [
  {
    // "It's called a telephone", "press the green button", "is your phone only for taking loans?".
    id: 'harassment.mockery',
    lang: 'en',
    negatable: true,
    triggers: ['phone', 'button'],
    patterns: en(
      String.raw`\bit'?s called a (?:tele)?phone\b`,
      String.raw`\byou pick it up and (?:speak|talk)\b|\bpress (?:the )?(?:green|answer) button\b[^.!?\n]{0,10}[.!]\s*(?:it'?s|it is) not (?:hard|difficult|rocket science)\b`,
      String.raw`\bdo you (?:even )?know how to (?:use|answer|pick up) (?:a|the|your) (?:tele)?phone\b`,
      String.raw`\bis your phone (?:only|just) for\b|\banswering (?:the|a|your) phone (?:will not|won't) kill you\b`,
    ),
  },
  {
    // "Enjoy your shame", "have you no shame", "are you not ashamed", sarcastic pride.
    id: 'harassment.mockery',
    lang: 'en',
    negatable: true,
    triggers: ['shame', 'ashamed', 'proud', 'enjoy', 'disgrace', 'embarrassment', 'sleeping beauty'],
    patterns: en(
      String.raw`\benjoy (?:your|the) (?:shame|disgrace|embarrassment|humiliation|hiding)\b|\benjoy hiding\b`,
      String.raw`\bhave you (?:got )?no shame\b|\b(?:are|aren't) you (?:not )?ashamed (?:of yourself)?\b|\bno shame at all\b|\bshameless (?:people|person|man|woman|fellow|lot|borrower|debtor|family|thief|liar|girl|boy)\b|\bshame on you\b`,
      String.raw`\b(?:the|a) (?:family|village|community|church) (?:disgrace|embarrassment)\b|\bsleeping beauty\b`,
      String.raw`\byou should be ashamed (?:of yourself|to show your face)\b`,
      String.raw`\byou must be (?:so |very |really )?proud of (?:yourself,? )?(?:hiding|ignoring|dodging|running|not paying)\b`,
    ),
  },
  {
    // "Cupcake, I am digging into your family background"; "hiding like a rat"; "keep sleeping, big man".
    id: 'harassment.mockery',
    lang: 'en',
    negatable: true,
    triggers: [
      'digging',
      'dig ',
      'going through',
      'poking',
      'snooping',
      'prying',
      'like a',
      'keep ',
      'darling',
      'cupcake',
      'sweet',
      'honey',
      'babe',
      'baby girl',
      'princess',
      'dear',
    ],
    patterns: en(
      String.raw`\b(?:i|we)(?:'m| am|'re| are|'ll| will)? (?:digging|dig|going through|poking|snooping|prying) (?:into |around in |through )?your (?:family (?:background|tree|history|secrets)|background|past|private life)\b`,
      String.raw`\b(?:hiding|running|crawling|living) like a (?:rat|coward|snake|dog|thief)\b`,
      String.raw`\b(?:darling|cupcake|sweetheart|sweetie|honey|babe|baby girl|princess|dear)\b,? (?:i|we)(?:'m| am|'re| are)? (?:(?:know|found|have|got) your (?:mother|mom|mum|father|dad|wife|husband|kids?|children|family)'?s? (?:name|address|village|school|workplace|house|office|number|church)|(?:digging|watching|coming)\b[^.!?\n]{0,40}\byour (?:mother|mom|mum|father|dad|wife|husband|kids?|children|family|village|house|office))\b`,
      String.raw`\bkeep (?:sleeping|hiding|running|dodging)\b,? (?:big (?:man|boy)|madam|oga|coward|my friend|sweetheart|honey)\b`,
    ),
  },
  {
    // "n****r", "n1gga", "c**lies", "go pick cotton": a racial slur, masked or not.
    id: 'discrimination.identity',
    lang: 'en',
    negatable: false,
    triggers: ['*', '_', '#', 'nig', 'cotton'],
    patterns: en(
      String.raw`(?<![\w*_#])(?:${NWORD}|(?=[a-z]{0,3}[*_#])(?:${SLURS}))(?![\w*_#])`,
      String.raw`\b(?:go |back to |go back to )?(?:pick|picking) (?:some )?cotton\b`,
    ),
  },
  {
    // "You people from that tribe are all thieves".
    id: 'discrimination.region',
    lang: 'en',
    negatable: true,
    triggers: ['tribe', 'people from'],
    patterns: en(
      String.raw`\b(?:you|your) people from (?:that|your|this) (?:tribe|village|region|state|town|area|country)\b|\b(?:your|that) tribe (?:are|is) (?:all |always )?\w+`,
    ),
  },
];
