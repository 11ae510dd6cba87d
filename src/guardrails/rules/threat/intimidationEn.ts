import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { ACTOR, EN_PLAIN_GAP, KIN_NEAR, S, WILL } from '../shared/en.js';

/**
 * Threats (English): intimidation and menace without a named act.
 */

const SENT = String.raw`(?:field|recovery|doorstep|home[- ]visit|visiting|street|outside|enforcement|special|next|other)`;
const GROUP = String.raw`(?:team|crew|guys|lads|boys|people|colleagues|associates|agents|collectors|folks|staff|unit|officers|ones)`;
const TEMPER = String.raw`(?:patient|patience|gentle|friendly|nice|polite|calm|kind|soft|understanding|manners|forgiving|reasonable|pleasant)`;
const THIRD = String.raw`(?:landlord|letting agent|boss|manager|supervisor|employer|principal|school|kids'? school|church|pastor|clients?|customers|neighbou?rs)`;
const PY_YOU = String.raw`(?:ni|nin|ni men)`;
// Pinyin with no denial or report in it ("bu hui", "jue bu", "ru you ren …").
const PY_GAP = (n: number): string =>
  String.raw`(?:(?!\b(?:bu hui|bu yao|bu neng|jue bu|cong bu|cong lai bu|mei you|bie xin|ru you|ru guo you|zi cheng|mao chong|pian zi)\b)[^.!?\n]){0,${n}}?`;
const KIN = String.raw`(?:family|families|kids?|children|child|wife|husband|son|daughter|parents?|mother|father|baby|brother|sister)`;
const VEHICLE = String.raw`(?:car|vehicle|truck|van|bike|motorbike|motorcycle|auto|ride|suv|pickup)`;

export const THREAT_INTIMIDATION_EN: PatternRuleSpec[] = [
  {
    id: 'threat.intimidation',
    lang: 'en',
    triggers: ['want us', 'want me', 'want them', 'want our', 'want someone', 'want anyone', 'want somebody'],
    patterns: en(
      `\\byou (?:really |definitely |honestly |seriously )?(?:don't|do not|wouldn't|won't) want (?:us|me|them|our (?:people|guys|team|agents?|collectors?)|someone|anyone|somebody) (?:to )?(?:show(?:ing)? up|com(?:e|ing)|visit(?:ing)?|turn(?:ing)? up|knock(?:ing)?|stop(?:ping)? by|drop(?:ping)? by|get(?:ting)? involved|find(?:ing)? you|pay(?:ing)? you a visit)\\b`,
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
      "don't you?",
      'do you not?',
      'right?',
      "isn't it?",
      "isn't that right?",
      "don't they?",
      "doesn't he?",
      "doesn't she?",
      "aren't they?",
    ],
    patterns: en(
      String.raw`\b(?:your|ur) (?:boss|employer|manager|wife|husband|family|mom|mother|parents|kids|hr|landlord|neighbou?rs)\b[^.!?]{0,15}\b(?:gonna|going to|will|'ll|might|could) (?:get|receive) (?:a |an |some )?(?:very |really )?(?:interesting|unpleasant|nasty|surprising|awkward) (?:phone )?(?:call|visit|letter|message|surprise|news)`,
      String.raw`\byou have (?:a|two|three) (?:${KIN_NEAR})s? (?:at|in) [^.!?]{0,30}\b(?:school|elementary|daycare|nursery|high|academy|league|practice|class)\b[^.!?]{0,12}(?:don't you|do you not|right|isn't (?:it|that right))\?`,
      String.raw`\byour (?:${KIN_NEAR})(?:'s)? (?:school|daycare|class|practice|league|bus stop)\b[^.!?]{0,30}\b(?:right|isn't it|don't they|doesn't (?:he|she)|aren't they)\?`,
    ),
  },
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
    // "Our field team isn't known for being patient": the people who would be sent, by temper.
    id: 'threat.intimidation',
    lang: 'en',
    negatable: false,
    triggers: [
      'team',
      'crew',
      'guys',
      'lads',
      'boys',
      'people',
      'colleagues',
      'associates',
      'agents',
      'collectors',
      'folks',
      'staff',
      'unit',
      'officers',
      'ones',
    ],
    patterns: en(
      String.raw`\b${SENT} ${GROUP}\b[^.!?]{0,60}?(?:\bnot|n't|\bnever|\bno longer|\blose|\blosing|\bshort)\b[^.!?]{0,30}?\b(?:${TEMPER}|their temper|fuses?|the \w+ type)\b`,
      String.raw`\b${GROUP} (?:who|that|we|i) (?:handle|handles|deal with|deals with|do|does|come|visit|send|pass|take over|call on)\b[\s\S]{0,60}?(?:\bnot|n't|\bnever)\b[^.!?]{0,30}?\b(?:${TEMPER}|the \w+ type)\b`,
      String.raw`\b(?:our|the|my) (?:\w+ )?${GROUP} (?:has|have|has got|have got) (?:a|quite a) reputation\b`,
      String.raw`\b${SENT} ${GROUP}\b[^.!?]{0,40}?\b(?:don't|do not|doesn't|does not) (?:really )?do (?:${TEMPER}|gentle|polite|nice)\b`,
      String.raw`\b${GROUP}[^.!?]{0,40}?\bnot always able to (?:remain|stay|keep) (?:calm|patient|polite)\b`,
      String.raw`\bthe (?:next )?${GROUP} (?:who|that) (?:call on|come for|come to|visit|handle) you\b[^.!?]{0,30}?\b(?:won't|will not|aren't|are not) be (?:as|so) (?:${TEMPER})\b`,
    ),
  },
  {
    // A third party told so that the person loses a home or a job.
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'landlord',
      'letting agent',
      'boss',
      'manager',
      'supervisor',
      'employer',
      'principal',
      'school',
      'church',
      'pastor',
      'client',
      'customers',
      'neighbo',
    ],
    patterns: en(
      String.raw`\b(?:make sure|ensure|see to it that) your ${THIRD} (?:hears|knows|finds out|learns|gets)\b`,
      String.raw`\bhate for your ${THIRD} to (?:hear|find out|know|learn)\b`,
      String.raw`\byour ${THIRD}(?: (?:gets|will get|is going to get|'ll get|hears|will hear|is going to hear|finds out|will find out|learns))(?: (?:a|an|one|about|from us|of))\b[^.!?]{0,60}?\b(?:out by|evict|lease|tenancy|new (?:flat|place|home|job)|job hunting|lose (?:your|that) job|fired|sacked|packing|out of (?:a )?(?:job|work|home)|where will you|keep(?:ing)? (?:that|your) (?:job|lease|flat|home|place)|unless|if you don't|or else)`,
      String.raw`\b(?:one|a single|just one|a quick|one quick) (?:call|email|phone call|letter|message|text|word) (?:to|with) your ${THIRD}\b[^.!?]{0,40}?\band\b`,
      String.raw`\bpay\b[^.!?]{0,30}?\bor (?:your|ur) ${THIRD} (?:gets|hears|finds out|will)\b`,
      String.raw`\bafter your ${THIRD} (?:hears|gets|finds out|learns)\b`,
    ),
  },
  {
    // A Chinese threat in pinyin: "bu ran hou guo zi fu", "wo men de ren hui qu zhao ni".
    id: 'threat.intimidation',
    lang: 'en',
    triggers: [
      'zi fu',
      'kan zhe ban',
      'bie guai',
      'bu ke qi',
      'rang ni',
      'chu shi',
      'chu men',
      'an quan',
      'zhao ni',
      'shang men',
      'deng ni',
      'bu diao',
      'bu liao',
      'hou hui',
      'jia',
      'dan wei',
      'gong si',
      'men kou',
      'ni men',
      'nin men',
    ],
    patterns: en(
      String.raw`\b(?=hou|zi|bie|dui|rang|bu|chu|zhu)(?<!\b(?:ru|zi cheng|mao chong|pian zi)\b[^.!?\n]{0,40})\b(?:hou guo zi fu|zi ji kan zhe ban|bie guai wo(?: ?men)? (?:bu ke qi|mei ti xing|wu qing|bu jiang qing mian)|dui ${PY_YOU} bu ke qi|rang ${PY_YOU} (?:guo bu hao|hao kan|hou hui|chi bu liao dou zhe zou)|bu xiang chu shi|chu men ${PY_GAP(6)}(?:xiao xin|zhu yi an quan)|zhu yi (?:dian |yi dian )?an quan|bie hou hui)\b`,
      String.raw`\b(?=wo |you |xiong|dai |pai |ren\b)(?<!\b(?:ru|zi cheng|mao chong|pian zi)\b[^.!?\n]{0,40})\b(?:wo men de ren|you ren|xiong di(?: ?men)?|dai ren|pai ren|wo men|ren)\b${PY_GAP(24)}\b(?:shang men|qu zhao ${PY_YOU}|lai zhao ${PY_YOU}|guo qu zhao ${PY_YOU}|zhao ${PY_YOU}|dao ${PY_YOU} (?:jia|men kou|dan wei|gong si)|qu ${PY_YOU} (?:jia|men|dan wei|gong si)|deng ${PY_YOU})\b`,
      String.raw`\b${PY_YOU} (?:pao|duo|tao) bu (?:diao|liao)\b`,
    ),
  },
  {
    // "I will destroy your life", "we will ruin your name and business".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['destroy', 'ruin', 'wreck', 'scatter'],
    patterns: en(
      String.raw`\b${ACTOR}${WILL}${EN_PLAIN_GAP(20)}\b(?:destroy|ruin|wreck|scatter) (?:your|his|her|their) (?:\w+ )?(?:life|lives|family|name|business|reputation|future|marriage|career|home|house|shop|everything)\b`,
      String.raw`\b(?:i|we)${WILL}${EN_PLAIN_GAP(20)}\b(?:destroy|ruin|wreck) (?:you|him|her|them|everything (?:you|he|she) (?:have|has|own|owns|built|love|loves))\b`,
      String.raw`\byour (?:life|lives|family|future|name|reputation) (?:will|is going to|shall) be (?:ruined|destroyed|wrecked|finished)\b`,
    ),
  },
  {
    // "I'm coming after you", "we're going to have to do something about it", "next time I burn",
    // "we're hurting your family", "I will kill all of his family".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['coming', 'something about', 'next time', 'hurting', 'kill', 'hurt', 'harm', 'shoot', 'stab'],
    patterns: en(
      String.raw`\b(?:i|we)(?:'m| am|'re| are)(?: now| already)? coming (?:after|for) (?:you|him|her|them|your)\b`,
      String.raw`\b(?:we|i)(?:'re| are|'m| am) going to have to do something about (?:it|you|this|that)\b|\b(?:we|i)(?:'ll| will) have to do something about (?:you|it)\b`,
      String.raw`\bnext time,? (?:i|we)(?:'ll| will)? (?:burn|torch|shoot|hurt|won't be (?:so )?(?:nice|polite|patient))`,
      String.raw`\b(?:we|i)(?:'re| are|'m| am) (?:hurting|going to hurt|gonna hurt) (?:you|your)\b`,
      String.raw`\b(?:kill|hurt|harm|shoot|stab|burn)\b(?: all)?(?: of)? (?:his|her|their) (?:whole |entire )?${KIN}`,
    ),
  },
  {
    // The vehicle reported stolen to make the police stop the person.
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['stolen', 'theft'],
    patterns: en(
      String.raw`\b(?:report|reporting|reported|call|calling|file|filing|list|listing|declare|declaring|flag|flagging|register)\w*\b${S(30)}\b${VEHICLE}\b${S(20)}\b(?:as )?(?:stolen|theft|a theft)\b`,
      // "report your Toyota as stolen": every named vehicle, not a card or phone, not the person's own report.
      String.raw`(?<!(?:^|[,;:.!?]\s?|\bplease |\bthen |\band |\bcan |\bshould |\bmay |\bto ))\breport(?:ing|ed)? (?:your|ur|his|her|the) (?!(?:credit |debit |bank |atm )?(?:card|phone|id|passport|wallet|purse|loss)\b)(?:[\w-]+ ){1,2}(?:as )?(?:stolen|theft)\b`,
      String.raw`\b(?:stolen[- ](?:car|vehicle|auto) report|(?:theft|stolen) report on (?:your|the) ${VEHICLE})\b`,
      String.raw`\b(?:your|the) ${VEHICLE}\b${S(20)}\b(?:gets|get|will be|is going to be|goes) (?:reported|listed|flagged|declared) (?:as )?(?:stolen|theft)\b`,
    ),
  },
  {
    // guarden20: menace with no threatening word: "we will be back", "we're ruthless", "or else",
    // "one way or another", "you've been warned". Lawful: "we'll be back in touch by letter".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['be back', 'ruthless', 'or else', 'one way or another', 'one way or the other', 'been warned', 'see what happens', 'play nice', 'not nice people'],
    patterns: en(
      String.raw`\b(?:we|i|they|my (?:boys|men|guys)|our (?:people|guys|men|team))(?:'ll| will| shall) be back\b(?! (?:in touch|to you|with|online|on|at|in the office|from|after|tomorrow with|shortly))`,
      String.raw`\b(?:we|i)(?:'re| are| am|'m) (?:absolutely |totally |completely )?ruthless\b|\bor else\s*(?:[.!?]|$)|\b(?:pay|paid|get (?:it|our money|what's ours)|collect)\w*\b[^.!?\n]{0,40}\bone way or (?:another|the other)\b`,
      String.raw`\byou(?:'ve| have) been warned\b|\b(?:keep|go on|carry on)\b[^.!?\n]{0,30}\band see what happens\b|\b(?:we|i)(?:'re| are| am|'m) not (?:going to |gonna )?(?:play nice|nice people)\b`,
    ),
  },
];
