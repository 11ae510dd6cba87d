import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Defamation (English): insults.
 */

const SPOUSE_EN = '(?:wife|husband|partner|girlfriend|boyfriend|family|kids|children)';

export const DEFAMATION_INSULT_EN: PatternRuleSpec[] = [
  {
    id: 'defamation.insult',
    lang: 'en',
    triggers: [
      'sleeps around',
      'sleeping around',
      'cheat',
      'whore',
      'slut',
      'hooker',
      'bastard',
      'whole family',
      'runs in',
    ],
    patterns: en(
      `\\b(?:wife|husband|mother|mom|mum|daughter|sister|girlfriend|boyfriend|partner)\\b[^.!?]{0,20}\\b(?:sleeps around|sleeping around|cheats|cheating on|is a (?:whore|slut|hooker)|whore|slut|hooker)`,
      `\\byour (?:whole )?family\\b[^.!?]{0,12}\\b(?:are|is) (?:all )?(?:thieves|liars|deadbeats|crooks|trash|frauds|scum)`,
      `\\b(?:bastard (?:kids?|children|son|daughter))\\b|\\b(?:deadbeat|lying|stealing)\\w* runs in (?:the|your) family`,
    ),
  },
  {
    id: 'defamation.insult',
    lang: 'en',
    negatable: true,
    triggers: ['waste of', "you're", 'you are'],
    patterns: en(
      `\\bwaste of (?:oxygen|air|space|skin)\\b`,
      `\\byou(?:'re| are) (?:a|an|such a|such an|just a|nothing but a|the most)\\s+(?:\\w+\\s+){0,2}?(?:leech|parasite|freeloader|moocher|sponge|lowlife|scumbag|disgrace|failure|clown|shameless|pathetic|worthless|spineless)\\b`,
    ),
  },
  {
    id: 'defamation.insult',
    lang: 'en',
    triggers: ["dog's", 'worse than a', 'no better than a', 'people like you'],
    patterns: en(
      `\\blike a dog's\\b|\\b(?:worse than|no better than) an? (?:dog|pig|rat|animal)\\b`,
      `\\bpeople like you (?:shouldn't|should not|don't deserve|do not deserve)\\b`,
    ),
  },
  {
    id: 'defamation.insult',
    lang: 'en',
    negatable: true,
    triggers: [
      'no wonder',
      'on her back',
      'on her knees',
      'herself',
      'sleep',
      'tricks',
      'the street',
      'corner',
      'sugar daddy',
    ],
    patterns: en(
      `\\bno wonder (?:your ${SPOUSE_EN}|you(?:'re| are)? (?:single|alone|broke|divorced))`,
      `\\b(?:on her back|on her knees|sell(?:s|ing)? herself|sleep(?:s|ing)? around|turn(?:s|ing)? tricks|walk(?:s|ing)? the streets?|work(?:s|ing)? (?:a|the) corner|find (?:a|her) sugar daddy)\\b`,
    ),
  },
  {
    // Second-hand smears and vices: "your ex said you gamble it all", "you've got a drinking problem".
    id: 'defamation.insult',
    lang: 'en',
    negatable: true,
    triggers: [
      'liar',
      'gambl',
      'drink',
      'drug',
      'steal',
      'stole',
      'lies',
      'bad seed',
      'cheat',
      'sleep',
      'affair',
      'addict',
      'blew',
      'waste',
      'problem',
      'habit',
      'illegal',
      'crim',
    ],
    patterns: en(
      String.raw`\b(?:your|ur) (?:ex|ex-wife|ex-husband|mom|mother|dad|father|sister|brother|cousin|neighbou?r|wife|husband|boss|landlord|friends?)\b[^.!?]{0,10}\b(?:told us|said|says|mentioned)\b[^.!?]{0,30}\b(?:gambl\w*|drink\w*|drugs?|steal\w*|stole|lies|liar|bad seed|cheat\w*|sleep\w* around|affair|addict\w*|blew|wasted?)\b`,
      String.raw`(?<!\bif )(?<!\bwhether )\byou(?:'ve| have)? (?:got )?a (?:drinking|gambling|drug|coke|pill) (?:problem|habit|addiction)\b|\b(?:sleeps?|sleeping) around\b|\byou(?:'re| are) on drugs\b`,
      String.raw`\b(?:used|using|spent|spending) (?:the|this|your) (?:card|money)\b[^.!?]{0,15}\b(?:to fund|on|for) (?:illegal|criminal|drugs|crime)\b`,
    ),
  },
  {
    id: 'defamation.insult',
    lang: 'en',
    negatable: true,
    triggers: ['liar', 'cheat', 'fraud', 'crook', 'con', 'women', 'woman', 'mistress', 'girlfriends'],
    patterns: en(
      String.raw`\b(?:a |is a |'s a )?liar and a cheat(?:er)?\b|\b(?:husband|wife|son|daughter|partner|boyfriend|girlfriend|brother|sister)(?:'s| is) (?:a |an )(?:liar|cheat|cheater|fraud|crook|conman|con man)\b(?!')`,
      String.raw`\b(?:on|spent on|spending on|blowing it on|blew it on|charges on) (?:who knows (?:which|what|how many) )?(?:other |random )?(?:women|woman|mistress(?:es)?|girlfriends)\b(?!')`,
    ),
  },
  {
    id: 'defamation.insult',
    lang: 'en',
    negatable: true,
    triggers: [
      'what your wife',
      'what your husband',
      'what your partner',
      'what your girlfriend',
      'what your boyfriend',
      'what your missus',
    ],
    patterns: en(
      String.raw`\bwhat your (?:wife|husband|partner|girlfriend|boyfriend|missus) (?:gets up to|is up to|does|is doing) (?:while|when|behind)\b`,
    ),
  },
  {
    // "Tell that lazy husband of yours…", "your mama must be proud, raising a thief": family insulted.
    id: 'defamation.insult',
    lang: 'en',
    negatable: true,
    triggers: [
      'lazy',
      'worthless',
      'deadbeat',
      'useless',
      'no-good',
      'drunk',
      'crackhead',
      'junkie',
      'lying',
      'bum',
    ],
    patterns: en(
      String.raw`\b(?:that|your) (?:lazy|worthless|deadbeat|useless|no-good|no good|bum|drunk|drunken|crackhead|junkie|lying) (?:husband|wife|son|daughter|boyfriend|girlfriend|brother|sister|father|mother|dad|mom|kid|kids|family|parents)\b`,
    ),
  },
];
