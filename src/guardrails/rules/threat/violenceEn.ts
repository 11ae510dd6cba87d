import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { ACTOR, EN_PLAIN_GAP, MASK_MARK, S, WHO, WILL } from '../shared/en.js';

/**
 * Threats (English): violence to the person, the family or property.
 */

const EN_BODY =
  '(?:legs?|arms?|kneecaps?|knees|fingers|neck|face|teeth|house|home|car|windows?|family|kids|children|wife|husband)';
const PERSON = String.raw`(?:you|him|her|them|that \w+|this \w+|your \w+|his \w+|her \w+|their \w+|everyone|everybody|all of you|the (?:whole|entire) \w+)`;
// Every masked word the threats below contain starts with one of these.
const MASKED_TRIGGERS = ['f', 'a', 's', 'sh'].flatMap((p) => [...'-*_#@$%!'].map((c) => `${p}${c}`));
const F = String.raw`f${MASK_MARK}{1,4}(?:ck|k|cking|cked|king|kin|ing|in|ed)?`;
const POSS = String.raw`(?:your|his|her|their|the neighbou?rs'?|the family'?s?)`;
const HOME = String.raw`(?:house|home|shop|store|place|car|door|front door|gate|windows?|property)`;
const KIN = String.raw`(?:kids?|children|son|daughter|wife|husband|mother|mom|father|dad|parents?|family|brother|sister|neighbou?rs?|baby)`;

export const THREAT_VIOLENCE_EN: PatternRuleSpec[] = [
  {
    id: 'threat.violence',
    lang: 'en',
    triggers: [
      'accident',
      'kill',
      'stab',
      'shoot',
      'punch',
      'beat',
      'rough',
      'hurt',
      'harm',
      'break',
      'burn',
      'smash',
      'wreck',
      'torch',
      'something',
      'shame',
      'safe',
      'happens to',
      'what happens',
      'nice',
      'drag',
    ],
    patterns: en(
      `\\b(?:kill|stab|shoot|punch|beat up|rough up|beat)\\s+(?:you|your \\w+)\\b`,
      `\\b(?:hurt|harm|break|burn(?: down)?|smash|wreck|torch)\\s+(?:your|you and your)\\s+${EN_BODY}\\b`,
      `\\bsomething (?:bad |terrible |unfortunate |nasty )?(?:might|could|will|may|would|is going to)\\s+happen to (?:you|your)\\b`,
      `\\bit would be a (?:real )?shame if\\b`,
      `\\b(?:you|your \\w+) (?:won't|will not|wouldn't) be safe\\b`,
      `\\bsee what happens to (?:you|your)\\b`,
      `\\baccidents? (?:happen|can happen|have a way of happening|do happen)\\b`,
      `\\bnice (?:family|house|home|car|kids|place|job) you(?:'ve)? (?:have|got)\\b|\\b(?:be|would be|it'd be) a (?:real )?shame (?:if|to)\\b|\\bdrag (?:them|your (?:family|kids|wife|husband|parents)) into (?:this|it)\\b`,
    ),
  },
  {
    // "I'm going to come over there and break something".
    id: 'threat.violence',
    lang: 'en',
    negatable: true,
    triggers: ['break', 'smash', 'wreck', 'burn'],
    patterns: en(
      String.raw`\b(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to| gonna)${EN_PLAIN_GAP(30)}\b(?:break|smash|wreck|burn) (?:something|your|everything|it|the)\b`,
    ),
  },
  {
    // "I will kill his whole family", "we will finish her", "I will wipe out your family".
    id: 'threat.violence',
    lang: 'en',
    negatable: true,
    triggers: [
      'kill',
      'finish',
      'wipe',
      'slaughter',
      'butcher',
      'bury',
      'buries',
      'waste',
      'shoot',
      'stab',
      'end ',
    ],
    patterns: en(
      String.raw`\b${ACTOR}${WILL}${EN_PLAIN_GAP(20)}\b(?:kill|slaughter|butcher|shoot|stab|waste|bury) ${PERSON}\b`,
      String.raw`\b${ACTOR}${WILL}${EN_PLAIN_GAP(20)}\b(?:finish|wipe out) (?:you|him|her|them|everyone|everybody|all of you|(?:your|his|her|their|that|the) (?:whole |entire )?(?:family|household|people|house|brother|sister|mother|father|wife|husband|kids|children))\b`,
      String.raw`\bmake sure (?:your|his|her) \w+ (?:buries|bury|burying) (?:you|him|her)\b`,
      String.raw`\b${ACTOR}${WILL}${EN_PLAIN_GAP(20)}\bend (?:you|him|her|them)\b(?! (?:a|an|the|our|my|this)\b)`,
    ),
  },
  {
    // "Next time I burn the car", "set the shop on fire", "blow the ____ house up".
    id: 'threat.violence',
    lang: 'en',
    negatable: true,
    triggers: ['burn', 'fire', 'ablaze', 'alight', 'blow'],
    patterns: en(
      String.raw`\b${ACTOR}(?:${WILL})?${EN_PLAIN_GAP(20)}\bburn(?: down)? (?:your|his|her|their|the|that|this)(?: whole| entire)? (?:house|home|car|shop|store|place|office|compound|kiosk|stall|building|business)\b`,
      String.raw`\bset (?:your|his|her|their|the|that|this)(?: whole| entire)? (?:house|home|car|shop|store|place|office|compound|kiosk|stall|building|business) (?:on fire|ablaze|alight)\b`,
      String.raw`\bblow (?:up )?(?:your|his|her|their|the|that|this) (?:[\w*_-]+ ){0,2}(?:house|home|car|shop|store|place|office|compound|building|head|brains)(?: up)?\b`,
    ),
  },
  {
    // Masked profanity as a threat of harm: "I'm going to f--- you up", "we will f*** up your
    // life", "kick your a**", "beat the s**t out of you", "knock your f***ing teeth out".
    id: 'threat.violence',
    lang: 'en',
    negatable: true,
    triggers: MASKED_TRIGGERS,
    patterns: en(
      String.raw`\b(?:going to|gonna|will|'ll|shall|about to|gon|coming to|wanna|want to|gotta|got to)\s+(?:\w+\s+)?${F}\s+(?:you|u|ya|him|her|them|(?:your|ur|his|her) (?:\w+ )?\w+) up\b`,
      String.raw`\b(?:going to|gonna|will|'ll|shall|about to|coming to)\s+${F}\s+up (?:your|ur|you|his|her)\b`,
      String.raw`\bget (?:you )?${F} up\b`,
      String.raw`\b(?:kick|whip|beat|bust) (?:your|ur|his|her) a${MASK_MARK}{1,3}s?\b`,
      String.raw`\b(?:beat|kick|knock) the sh?${MASK_MARK}{1,3}t?\w* out of (?:you|u|ya|him|her)\b`,
      String.raw`\b(?:knock|smash|kick|bash|break|punch) (?:your|ur|his|her) ${F} (?:teeth|head|face|skull|brains?|legs?|arms?|jaw|nose)\b`,
      String.raw`\b${F}\s+(?:end|kill|finish|destroy|hurt|wreck|murder|bury) (?:you|u|ya|him|her)\b`,
    ),
  },
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
    // Death or maiming promised: "you and your family shall die", "die a painful death", "with your legs broken".
    id: 'threat.violence',
    lang: 'en',
    negatable: true,
    triggers: [
      'die',
      'death',
      'perish',
      'killed',
      'buried',
      'rot',
      'burn',
      'broken',
      'smashed',
      'cut off',
      'crushed',
    ],
    patterns: en(
      String.raw`\b${WHO}\b${S(30)}\b(?:shall|will|gonna|going to|are going to|is going to|must) (?:surely |all |certainly )?(?:die|perish|be killed|be buried)\b`,
      String.raw`\bmay ${WHO}\b${S(30)}\b(?:die|perish|be killed|rot|burn)\b`,
      String.raw`\bdie an? [a-z/ ]{0,30}\bdeath\b`,
      String.raw`\bwith (?:your|his|her|their) (?:hands?|legs?|arms?|bones|knees?|neck|fingers)(?: and (?:hands?|legs?|arms?|knees?|neck))? (?:broken|smashed|cut off|crushed)\b`,
    ),
  },
];
