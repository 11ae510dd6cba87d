import { en, type PatternRuleSpec } from './ruleTypes.js';
import { GAP, KIN } from './structRegister12En.js';

/**
 * Real collectors' register in English, continued (guardrw12, issue 16; see structRegister12En.ts):
 * papers served at work; a relative's family insulted; a spouse's reaction or a ruined name held
 * out; visits to relatives' homes and children told; sneering at sleep, funerals, spending and
 * graves; crime databases; "go back to picking fruit"; "we know your apartment, we've been there";
 * the sheriff sent; "enjoy it while it's still yours". FDCPA §1692d, §1692e(4),(5), §1692c(b).
 */
export const STRUCT_REGISTER12_EN_MORE: PatternRuleSpec[] = [
  {
    // "To avoid being served at your job": papers said to be served at the workplace.
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: ['served', 'serve you', 'process server'],
    patterns: en(
      String.raw`\b(?:served|serve you|process server)\b${GAP(20)}\b(?:at|to) (?:your )?(?:job|work|workplace|office|employer|place of (?:work|employment))\b`,
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
  {
    // "We'll see how your wife likes the knock on the door", "drag your name through the mud".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['see how your', 'drag', 'ruin your'],
    patterns: en(
      String.raw`\bsee how your ${KIN}\b (?:likes?|enjoys?|feels? about|handles?|takes?)\b`,
      String.raw`\bdrag (?:your|ur) (?:name|family(?:'s name)?) through the (?:mud|dirt)\b|\bruin your (?:name|reputation|good name)\b`,
    ),
  },
  {
    // "We'll be at your mother's house Saturday", "we'll make sure your kids hear all about it".
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: ['be at', 'come to', 'stop by', 'visit', 'show up', 'drop by', 'make sure'],
    patterns: en(
      String.raw`\b(?:i|we)(?:'ll| will|'re going to| are going to| gonna)${GAP(10)}\b(?:be at|come to|stop by|visit|show up at|drop by)\b (?:your )?${KIN}(?:'s|s')? (?:house|home|place|work|job|apartment)\b`,
      String.raw`\b(?:i|we)(?:'ll| will|'re going to| are going to| gonna)? make sure your ${KIN}\b${GAP(20)}\b(?:hears?|knows?|finds? out|learns?|sees?)\b`,
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
      String.raw`\byour ${KIN}(?:'s|s') (?:funeral|grave|ashes|burial|casket|coffin|obituary)\b${GAP(30)}\b(?:was nice|shame|cheap|pay for it|either)\b`,
    ),
  },
  {
    // "Your name has been flagged in the NCIC database": a crime database invoked.
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: ['ncic', 'crime information', 'crime database', 'criminal database', 'fbi database'],
    patterns: en(String.raw`\bncic\b|\bnational crime information\b|\b(?:crime|criminal|fbi) database\b`),
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
      String.raw`\b(?:grave|ashes)\b${GAP(20)}\b(?:crying|weeping|ashamed|disgusted|spinning|rolling|turning)\b`,
      String.raw`\bif your ${KIN} (?:were|was) (?:alive|still alive)\b${GAP(30)}\b(?:disgusted|ashamed|embarrassed|disappointed|sick|spit|cry)\b`,
      String.raw`\bdig up your\b`,
    ),
  },
  {
    // "What's a guy like you doing with a card, go back to picking fruit".
    id: 'discrimination.identity',
    lang: 'en',
    negatable: true,
    triggers: ['go back to'],
    patterns: en(
      String.raw`\bgo back to (?:picking|cleaning|mowing|your (?:country|village|reservation|farm|jungle|desert))\b`,
    ),
  },
  {
    // "We know you're in apartment 3C. We've been there."
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['we know', 'been there', 'been to your'],
    patterns: en(
      String.raw`\bwe know (?:you're|you are|you live) (?:in|at) (?:apartment|apt|unit|room|building|house|number|#)`,
      String.raw`\bwe(?:'ve| have) (?:already )?been (?:there|outside)(?:\s*[.!]|\s+(?:already|before|twice|last night|today)\b)|\bwe(?:'ve| have) (?:already )?been to your (?:place|house|home|building|apartment|door)\b`,
    ),
  },
  {
    // "We're about to send the sheriff": officers said to be sent for the debt.
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: ['sheriff', 'deputy', 'deputies', 'marshal', 'police', 'cops', 'officer'],
    patterns: en(
      String.raw`\b(?:send|sending|dispatch|dispatching)\b (?:the |a |an |some )?(?:sheriff|deputy|deputies|marshals?|police|cops|officers?)\b`,
    ),
  },
  {
    // "Enjoy the big house while it's still yours": a seizure implied by sarcasm.
    id: 'threat.intimidation',
    lang: 'en',
    triggers: ['enjoy', 'still yours'],
    patterns: en(
      String.raw`\benjoy (?:the|your|that) [a-z ]{0,20}\bwhile (?:it's|it is|you) (?:still|can)\b|\bwhile it'?s still yours\b`,
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
    // "You think your wife would stay if she knew?": telling a spouse held out.
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: ['knew', 'found out', 'find out'],
    patterns: en(
      String.raw`\byour (?:wife|husband|girlfriend|boyfriend|partner|fiancee?|boss|kids|family)\b[^.!?\n]{0,40}\bif (?:she|he|they) (?:knew|found out|ever found out|were to find out)\b`,
    ),
  },
  {
    // "What's your daughter gonna think when the cops show up?"
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: ['cops', 'police', 'sheriff', 'deputies', 'officers'],
    patterns: en(
      String.raw`\bwhen (?:the )?(?:cops|police|sheriff|deputies|officers) (?:show up|come|arrive|knock|are at)\b`,
    ),
  },
];
