import { en, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Harm wished or promised in English (guard17en, issue 16), written by class from the helper's own
 * check set (test/guardrails/labelled/check-g17.en.jsonl), not from a real message: death wished
 * on the person or a relative ("I hope you drop dead", "you should have died", "I wish your wife
 * had never survived"), death or maiming promised to the person and the family ("you and your
 * household shall perish", "die a slow death"), the car or vehicle to be reported stolen, and the
 * phone's contacts messaged or called at a set hour or in bulk. FDCPA §1692d(1), (2), §1692e(5);
 * Kenya CBK digital-lender rules; Philippines SEC MC 18 (2019).
 */
const KIN = String.raw`(?:kids?|children|son|daughter|wife|husband|mother|mom|mum|father|dad|parents?|family|household|brother|sister|baby|whole family|entire family|loved ones)`;
const WHO = String.raw`(?:you|u|your ${KIN}|you and (?:your |all your )?(?:whole |entire )?${KIN})`;
const DEATH = String.raw`(?:died|dead|drop(?:ped)? dead|die|perish(?:ed)?|never (?:survived|woken up|been born)|been killed|rot(?:ted)? in (?:your |a )?grave)`;
const S = (n: number): string => String.raw`[^.!?;\n]{0,${n}}?`;
const CONTACTS = String.raw`(?:contacts|phone ?book|contact list|address book|phone contacts|emergency contacts|guarantors|references|everyone in your phone|all the numbers in your phone)`;
const VEHICLE = String.raw`(?:car|vehicle|truck|van|bike|motorbike|motorcycle|auto|ride|suv|pickup)`;

const CONTACT_TRIGGERS = [
  'contacts',
  'phonebook',
  'phone book',
  'contact list',
  'address book',
  'guarantors',
  'references',
  'in your phone',
];
/** The contacts blasted with calls or messages (a fresh set of regexes per rule). */
const contactBlast = (): RegExp[] =>
  en(
    String.raw`\b(?:will|shall|'ll|start|starts|starting|going to|gonna|about to|set to|to be)\b${S(40)}\b(?:to|on|with) (?:(?:all |every one |each )?(?:of )?(?:the )?(?:\d+ |all )?(?:of )?(?:your|ur) (?:\d+ )?|all \d+ |\d+ )(?:\w+ )?${CONTACTS}`,
    String.raw`\b(?:all |every |entire |the |\d+ )?(?:of )?(?:your|ur) (?:\d+ )?(?:\w+ )?${CONTACTS}\b(?:(?!\b(?:not|never|won't)\b)[^.!?;\n]){0,40}?\b(?:will|shall|'ll|start|going to|gonna|are about to|get|gets|receive|to receive)\b(?! (?:not|never)\b)${S(24)}\b(?:receiv\w*|get\w*|be (?:notified|sent|told|informed|called|messaged|texted|alerted)|notified|calls?|messages?|texts?|sms|notices?)\b`,
    String.raw`\b(?:we|i|our (?:system|team|app|agents?))\b (?:will |'ll |shall |are going to |gonna |then )?(?:blast|broadcast to|message|text|sms|call|notify|alert|inform)\b${S(12)}(?:all |every )?(?:of )?(?:your|ur) (?:\d+ )?(?:\w+ )?${CONTACTS}`,
    String.raw`\b(?:start|begin|starting)\w* (?:calling|messaging|texting|sms-?ing|contacting|blasting|notifying)\b${S(20)}\b(?:your|ur) (?:\w+ )?${CONTACTS}`,
  );

export const STRUCT_HARM_EN: PatternRuleSpec[] = [
  {
    // A death wished on the person or a relative: "I wish you had died", "you should have died".
    id: 'harassment.mockery',
    lang: 'en',
    negatable: true,
    triggers: [
      'died',
      'dead',
      'die',
      'perish',
      'survived',
      'been born',
      'grave',
      'killed',
      'woken up',
      'in hell',
    ],
    patterns: en(
      String.raw`\b(?:i|we)(?: really| honestly| just| only| truly)? (?:wish|wished|hope|pray|prayed)(?: that)? ${WHO}\b${S(24)}\b(?:had |would have |would've |could have |could've |will |would |just )?${DEATH}\b`,
      String.raw`\b(?:you|he|she|they) (?:should|shoulda|should've|ought to|deserve to)(?: have| 've)?(?: just)? (?:died|be dead|been dead|drop dead|die|be in (?:a|your|the) grave|rot in (?:a|your|the) grave|been killed)\b`,
      String.raw`\b(?:too bad|pity|shame|sad|a pity) (?:that )?(?:you|he|she) (?:didn't|did not|never) die\b`,
      String.raw`\b(?:rest|rot|burn) in hell\b`,
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
    // The contacts told at a set hour or in bulk: "at 6 pm your contacts start receiving calls",
    // "the system will forward messages to 50 of your contacts".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: CONTACT_TRIGGERS,
    patterns: contactBlast(),
  },
  {
    // The same blast is the debt told to the contacts (exposure: privacy beside the threat).
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: CONTACT_TRIGGERS,
    patterns: contactBlast(),
  },
];
