import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { EN_PLAIN_GAP, S } from '../shared/en.js';

/**
 * Discrimination (English): identity.
 */

// A letter or a masking mark standing for one.
const MASK_STAR = String.raw`[*_#]`;
// Slurs whose inner letters may be masked: first letter, then a mix of letters or marks, then the end.
const NWORD = [
  String.raw`n(?:i|${MASK_STAR})(?:g|${MASK_STAR}){2}(?:e|${MASK_STAR})?(?:r|${MASK_STAR})(?:s|z)?`,
  String.raw`n(?:i|${MASK_STAR})(?:g|${MASK_STAR}){2}(?:a|ah|uh|as|az)`,
  String.raw`n${MASK_STAR}{2,5}(?:r|a|as|rs|ers)`,
].join('|');
const SLURS = [
  String.raw`c(?:o|${MASK_STAR})(?:o|${MASK_STAR})(?:l|${MASK_STAR})(?:i|${MASK_STAR})es?`,
  String.raw`b(?:e|${MASK_STAR})(?:a|${MASK_STAR})(?:n|${MASK_STAR})(?:e|${MASK_STAR})rs?`,
  String.raw`ch(?:i|${MASK_STAR})(?:n|${MASK_STAR})ks?`,
  String.raw`sp(?:i|${MASK_STAR})(?:c|${MASK_STAR})s?`,
  String.raw`k(?:i|${MASK_STAR})(?:k|${MASK_STAR})es?`,
  String.raw`w(?:e|${MASK_STAR})(?:t|${MASK_STAR})backs?`,
].join('|');
const IDENTITY = String.raw`(?:shalom|salaam|salam|jews?|jewish|kikes?|muslims?|moslems?|arabs?|mexicans?|wetbacks?|gringos?|negro(?:es)?|chinamen|chinaman|orientals?|gypsy|gypsies|immigrants?|foreigners?|pakis?|chinks?)`;
const INSULT = String.raw`(?:motherf\w*|f[*-]+\w*|fuck\w*|bitch\w*|bastards?|assholes?|stupid|dirty|filthy|cheap|greedy|lazy|lying|scum|pigs?|rats?|crap|shit\w*|damn)`;
const BENEFITS = String.raw`(?:welfare|benefits|social security|disability|the dole|food stamps|social grants?|grants?|handouts|the government|the state|taxpayers?'? money)`;
const HONEST = String.raw`(?:honest|hard-?working|real|decent|tax-?paying|working) (?:americans|people|citizens|taxpayers|folks|kenyans|nigerians|south africans|filipinos|indians|britons|brits)`;

export const DISCRIMINATION_IDENTITY_EN: PatternRuleSpec[] = [
  {
    id: 'discrimination.identity',
    lang: 'en',
    triggers: [
      'you people',
      'your kind',
      'your sort',
      'your lot',
      'your race',
      'like you',
      'go back',
      'always',
      'never',
      'are all',
      'typical',
      'women',
      'men ',
      'girls',
      'ladies',
      'females',
      'as a woman',
      'guys',
      'types',
    ],
    patterns: en(
      `(?<!thank )\\byou people\\b|\\byour (?:kind|sort|lot|race|tribe) (?:always|never|are|is|of people|don't|can't|ends? up)\\b`,
      `\\b(?:immigrants|foreigners|blacks|hispanics|mexicans|asians|chinese people|indians|muslims|jews|arabs|africans) (?:like you|always|never|are all|all)\\b|\\bgo back to (?:your (?:own )?country|where you came from)\\b`,
      `\\b(?:guys|types|women|girls|ladies|females|men) (?:like you|always|never|are all|can't|cannot|don't understand)\\b|\\btypical (?:woman|female|man|male)\\b|\\bas a (?:woman|girl|lady), you\\b`,
    ),
  },
  {
    id: 'discrimination.identity',
    lang: 'en',
    negatable: true,
    triggers: [
      'single mom',
      'single mother',
      'single dad',
      'women',
      'immigrants',
      'foreigners',
      'millennials',
      'boomers',
      'old people',
      'young people',
      'your generation',
    ],
    patterns: en(
      `\\b(?:single (?:moms?|mothers?|dads?|fathers?)|women|immigrants|foreigners|millennials|boomers|old people|young people|your generation)\\b[^.!?]{0,20}\\b(?:are always|always|never pay|are the worst|are all|all think|can't manage)`,
    ),
  },
  {
    id: 'discrimination.identity',
    lang: 'en',
    negatable: true,
    triggers: [
      'your kind',
      'you people',
      'your type',
      'you folks',
      'folks like you',
      'people like you',
      'immigrants',
      'foreigners',
      'women',
      'wheelchair',
      'disabled people',
      'typical for',
      'typical of',
    ],
    patterns: en(
      `\\b(?:your kind|you people|your type|you folks|folks like you|people like you)\\b[^.!?]{0,30}\\b(?:always|never|all|are all|can't|don't|shouldn't)\\b`,
      `\\b(?:immigrants|foreigners|women|people in wheelchairs|disabled people)\\b[^.!?]{0,20}\\b(?:always|never|shouldn't|should not|can't be trusted|like you)\\b`,
      `\\btypical (?:for|of) (?:someone|people|your)\\b`,
    ),
  },
  {
    id: 'discrimination.identity',
    lang: 'en',
    negatable: true,
    triggers: ['driver', 'thirties', 'forties', 'fifties', 'twenties', 'sixties'],
    patterns: en(
      `\\b(?:a|some) (?:cab|taxi|uber|lyft|delivery|bus|truck) driver\\b[^.!?]{0,30}\\b(?:this many|so many|that many|this much|that much)\\b`,
      `\\b(?:woman|man|guy|lady) in (?:her|his) (?:twenties|thirties|forties|fifties|sixties)\\b[^.!?]{0,15}\\bstill\\b`,
    ),
  },
  {
    // "Aren't you Buddhists…": a group named as the listener; a negation nearby does not excuse it.
    id: 'discrimination.identity',
    lang: 'en',
    triggers: [
      'you buddhists',
      'you muslims',
      'you christians',
      'you catholics',
      'you jews',
      'you hindus',
      'you mormons',
      'you atheists',
      'you immigrants',
      'you foreigners',
      'you texans',
      'you southerners',
      'you northerners',
      'you city folk',
      'you country folk',
    ],
    patterns: en(
      `\\b(?:all )?you (?:buddhists|muslims|christians|catholics|jews|hindus|mormons|atheists|immigrants|foreigners|texans|southerners|northerners|city folks?|country folks?)\\b`,
    ),
  },
  {
    // Treatment by benefits status, accent or disability.
    id: 'discrimination.identity',
    lang: 'en',
    triggers: [
      'welfare',
      'benefits',
      'food stamps',
      'disability',
      'social security',
      'unemployment',
      'accent',
      'disabled',
      'blind',
      'deaf',
      'wheelchair',
      'pregnant',
      'elderly',
      'a woman',
      'mentally ill',
    ],
    patterns: en(
      String.raw`\b(?:don't|do not|won't|will not|can't|cannot|never) (?:offer|give|do|provide|extend|allow)\b(?![^.!?]{0,30}\b(?:differently|less|unfairly|any different))[^.!?]{0,30}\b(?:to |for )?(?:people|customers|anyone|those|folks) (?:on|receiving|who (?:get|receive|are on)) (?:welfare|benefits|food stamps|disability|social security|unemployment)\b`,
      String.raw`\b(?:people|customers|those|anyone|folks) (?:on|receiving|living on) (?:welfare|benefits|food stamps|disability|social security|unemployment)\b[^.!?]{0,25}\b(?:shouldn't|should not|never|don't deserve|aren't allowed|are not allowed|can't be trusted)\b`,
      String.raw`\b(?:your|that|ur) accent\b[^.!?]{0,40}\b(?:hard to believe|can't be|cannot be|doubt|not really|real english|proper english|don't believe)\b`,
      String.raw`\b(?:since|because|as) you(?:'re| are) (?:disabled|blind|deaf|in a wheelchair|elderly|pregnant|a woman|mentally ill)\b[^.!?]{0,40}\b(?:deal with|speak (?:to|with)|talk (?:to|with)|assume|decided|can't manage|cannot manage|not able to manage)\b`,
    ),
  },
  {
    // An accent, a name or the person's English held against their word.
    id: 'discrimination.identity',
    lang: 'en',
    negatable: true,
    triggers: ['accent', 'english', 'name like', 'surname like', 'foreigners'],
    patterns: en(
      String.raw`\b(?:your|that|ur) accent\b[^.!?]{0,50}?\b(?:trust|believe|lying|liar|lie|lies|honest|credib\w*|excuse)\b|\bwith (?:a|that) (?:name|surname|accent) like (?:yours|that)\b`,
      String.raw`\b(?:can't|cannot|can not|don't|do not|couldn't) (?:understand|follow) (?:your|ur) (?:english|accent)\b[^.!?]{0,40}?\b(?:lying|liar|lie|believe|trust|made up|making (?:it|this|the story) up|assume)\b|\b(?:understand|speak)\b[^.!?]{0,20}?\b(?:your|proper) english\b[^.!?]{0,40}?\b(?:lying|liar|lie|believe|trust|made up|making (?:it|this|the story) up|assume)\b|\byour english is (?:so |too )?(?:bad|broken|terrible|poor)\b[^.!?]{0,40}?\b(?:assume|believe|trust|made up|lying)\b`,
      String.raw`\bforeigners like you\b`,
    ),
  },
  {
    // Benefits, a spouse's fidelity or a generation held against the person.
    id: 'discrimination.identity',
    lang: 'en',
    negatable: true,
    triggers: [
      'welfare',
      'benefits',
      'food stamps',
      'universal credit',
      'handouts',
      'millennials',
      'boomers',
      'gen z',
    ],
    patterns: en(
      String.raw`\b(?:on|receive|get|getting|living on|claiming) (?:welfare|benefits|food stamps|universal credit|handouts)\b[^.!?]{0,30}?\b(?:flag\w*|high[- ]risk|lazy|scrounger|sponger|typical|no wonder|of course|can't be trusted|unreliable)\b`,
      String.raw`\b(?:millennials|boomers|gen z|zoomers)\b[^.!?]{0,40}?\b(?:no wonder|typical|always|never)\b`,
    ),
  },
  {
    // "Typical Mexican", "you immigrants", "senile as usual", "welfare queen".
    id: 'discrimination.identity',
    lang: 'en',
    negatable: true,
    triggers: [
      'typical',
      'immigrant',
      'foreigners',
      'people from',
      'illegals',
      'welfare',
      'food stamps',
      'your people',
      'go home',
      'go the',
    ],
    patterns: en(
      String.raw`\btypical (?:mexican|black|asian|chinese|indian|arab|muslim|jew|jewish|immigrant|foreigner|latino|latina|hispanic|puerto rican|dominican|haitian|african|filipino|korean|vietnamese|russian|polish|irish|italian|native|woman|female)s?\b`,
      String.raw`\byou (?:immigrants|foreigners|people from|illegals)\b|\byour people always\b|\bwelfare (?:queen|mom|bum)\b|\bon (?:food stamps|welfare)\b${EN_PLAIN_GAP(20)}\bcan't\b|\bgo (?:the \S+ )?home\b${EN_PLAIN_GAP(20)}(?:country|immigrant)|\bimmigrants?\b${EN_PLAIN_GAP(40)}\bgo (?:the \S+ )?home\b`,
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
    // "Shalom, motherfucker", "Salaam, you lying piece of crap", "you cheap Jew", "you . . . n-".
    id: 'discrimination.identity',
    lang: 'en',
    negatable: true,
    triggers: [
      'shalom',
      'salaam',
      'salam',
      'jew',
      'kike',
      'muslim',
      'moslem',
      'arab',
      'mexican',
      'wetback',
      'gringo',
      'negro',
      'chinam',
      'oriental',
      'gyps',
      'immigrant',
      'foreigner',
      'paki',
      'chink',
      'you',
    ],
    patterns: en(
      String.raw`\b${IDENTITY}\b[^.!?\n]{0,24}?\b${INSULT}`,
      String.raw`\b${INSULT}\s+(?:little |old |fat )?${IDENTITY}\b`,
      String.raw`\byou\b(?:\s*\.){2,}\s*n(?:-+|\*+)(?=[\s,.!?]|$)`,
    ),
  },
  {
    id: 'discrimination.identity',
    lang: 'en',
    negatable: true,
    triggers: [
      'vets',
      'vet',
      'veteran',
      'servicem',
      'served our country',
      'served this country',
      'served the country',
      'served your country',
      'welfare',
      'benefits',
      'social security',
      'disability',
      'dole',
      'food stamps',
      'grant',
      'handouts',
      'taxpayer',
      'government',
      'the state',
      'scrounger',
      'leech',
    ],
    patterns: en(
      String.raw`\b(?:you|you people|you lot|those|these|all you|all these) (?:vets|veterans|ex-?servicem[ae]n)\b`,
      String.raw`\b(?:disabled|crippled|lazy|broke|useless|worthless|pathetic) (?:vet|veteran)s?\b`,
      String.raw`\b(?:if you (?:had|would have|'d have) |should have )served (?:our|this|the|your) country better\b`,
      String.raw`\b(?:living|live|lives|sponging|leeching|sucking) off ${BENEFITS}\b${S(60)}\b${HONEST}\b`,
      String.raw`\b${HONEST}\b${S(60)}\b(?:living|live|lives|sponging|leeching|sucking) off ${BENEFITS}\b`,
      String.raw`\b(?:people|folks|you lot|your kind|types) (?:on|living on|living off) ${BENEFITS}\b${S(16)}\b(?:are all|all the same|always|never|are lazy|are thieves|are the same)\b`,
      String.raw`\b(?:welfare|benefits|dole|grant) (?:queens?|scroungers?|bums?|cheats?|leech(?:es)?|parasites?|rats?)\b|\bscroungers?\b`,
    ),
  },
];
