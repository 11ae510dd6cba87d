import { en, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Real collectors' English register that escaped by class (guardrw14c, issue 16), written by
 * class before any verdict on the helper's check set: burning, locking or painting a house, harm
 * to neighbours, children or a parent after a condition ("failure to comply will result in
 * repercussions for the neighbours as well"); stripping someone naked and posting it (threat);
 * offers to settle the debt with sex ("work it off", "spend the night", "pay with your body");
 * suicide taunts ("show us how you jump"); curses on the family and its generations
 * (harassment). FDCPA §1692d(1), (2); UK FCA CONC 7.3; Philippines SEC MC 18 (2019).
 */
const POSS = String.raw`(?:your|his|her|their|the neighbou?rs'?|the family'?s?)`;
const HOME = String.raw`(?:house|home|shop|store|place|car|door|front door|gate|windows?|property)`;
const KIN = String.raw`(?:kids?|children|son|daughter|wife|husband|mother|mom|father|dad|parents?|family|brother|sister|neighbou?rs?|baby)`;
const S = (n: number): string => String.raw`[^.!?;\n]{0,${n}}?`;

export const STRUCT_RW14C_EN: PatternRuleSpec[] = [
  {
    // "we will resort to burning your house", "I (LOCK, PAINT) YOUR HOUSE", "burn the shop down".
    id: 'threat.violence',
    lang: 'en',
    negatable: true,
    triggers: [
      'burn',
      'torch',
      'fire',
      'lock',
      'paint',
      'smash',
      'break',
      'hurt',
      'harm',
      'make it home',
      'happens to',
      'with you',
      'suffer',
      'disappear',
      'bleed',
      'pay the price',
      'never come home',
      'happen to',
      'repercussion',
      'consequence',
      'trouble',
    ],
    patterns: en(
      String.raw`\b(?:burn(?:ing)?|torch(?:ing)?|set(?:ting)? fire to|smash(?:ing)?)\b${S(12)}\b${POSS} ${HOME}\b`,
      String.raw`\b(?:lock|paint)(?:ing)?\b${S(12)}\b${POSS} (?:house|home|shop|store|gate|property)\b`,
      String.raw`\bburn(?:ing)? (?:it|the (?:house|shop|place)) down\b|\bwith you (?:still )?(?:in|inside) it\b`,
      String.raw`\b(?:break|smash)(?:ing)? ${POSS} (?:legs?|arms?|hands?|knees?|bones?|head|face)\b`,
      String.raw`\b${POSS} ${KIN}\b${S(20)}\b(?:will|would|is going to|are going to|gonna)\b${S(16)}\b(?:get(?:s)? hurt|be hurt|suffer|pay the price|not make it home|never come home|disappear|bleed)\b`,
      String.raw`\bsomething (?:bad )?(?:happens|will happen|could happen) to ${POSS} ${KIN}\b`,
      String.raw`\b(?:repercussions|consequences|trouble)\b${S(20)}\bneighbou?rs?\b`,
    ),
  },
  {
    // "today I will strip him naked and upload it on social media", "post her naked photos".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['naked', 'nude', 'strip'],
    patterns: en(
      String.raw`\bstrip (?:him|her|you|them)\b${S(6)}\b(?:naked|bare)\b`,
      String.raw`\b(?:naked|nude)\b${S(30)}\b(?:upload|post|send|share|circulate|publish|social media|contacts|facebook)\w*`,
      String.raw`\b(?:upload|post|send|share|circulate|publish)\w*\b${S(20)}\b(?:naked|nude)\b`,
    ),
  },
  {
    // "work it off at the club, if you know what I mean", "spend the night with me", "pay with your body".
    id: 'harassment.coercion',
    lang: 'en',
    negatable: true,
    triggers: [
      'body',
      'night with',
      'sleep with',
      'work it off',
      'know what i mean',
      'escort',
      'sexual',
      'sex',
      'favou',
      'work the debt off',
      'work the loan off',
    ],
    patterns: en(
      String.raw`\b(?:pay|settle|clear|repay)\w*\b${S(20)}\bwith (?:your|her) body\b`,
      String.raw`\byou have (?:a |your )?body\b|\buse your body\b`,
      String.raw`\b(?:spend|spending) the night with (?:me|us|my boss)\b|\bsleep(?:ing)? with (?:me|us|my boss)\b`,
      String.raw`\bwork (?:it|the debt|the loan) off\b${S(30)}\b(?:club|bar|night|girl|know what i mean)\b`,
      String.raw`\b(?:girl|woman|lady)\b${S(40)}\bif you know what i mean\b`,
      String.raw`\b(?:sexual favou?rs?|sex work|escort(?:ing)? work|work as an escort|sell (?:your|her) body)\b`,
    ),
  },
  {
    // "show us how well you can jump", "people like you should kill yourselves".
    id: 'harassment.suicide_taunt',
    lang: 'en',
    negatable: true,
    triggers: ['jump', 'kill yourself', 'kill yourselves', 'hang yourself', 'poison'],
    patterns: en(
      String.raw`\b(?:show|let) (?:us|me) (?:how|you)\b${S(16)}\bjump\b`,
      String.raw`\b(?:bridge|roof|rooftop|building|cliff)\b${S(40)}\bjump\b|\bjump off\b`,
      String.raw`\b(?:should|better|go|just|might as well) (?:\w+ )?(?:kill|hang) (?:yourself|yourselves)\b`,
      String.raw`\bdrink (?:some )?poison\b`,
    ),
  },
  {
    // "It shall never be well with you and your generation", "bring deaths and destruction to your family".
    id: 'harassment.mockery',
    lang: 'en',
    triggers: [
      'never be well',
      'curse',
      'generation',
      'bloodline',
      'death',
      'die',
      'punish',
      'never know peace',
      'doom',
      'haunt',
    ],
    patterns: en(
      String.raw`\bit (?:shall|will) never be well with you\b`,
      String.raw`\b(?:curse|doom|haunt)\w*\b${S(20)}\b(?:family|bloodline|generations?|children|descendants)\b`,
      String.raw`\bbring\w*\b${S(6)}\bdeaths?\b${S(20)}\b(?:your|his|her) (?:family|house|home|generation|children)\b`,
      String.raw`\b(?:you|your (?:family|children|kids)) (?:will )?all die\b|\bgod will punish you\b`,
      String.raw`\bmay you\b${S(30)}\bnever know peace\b`,
    ),
  },
];
