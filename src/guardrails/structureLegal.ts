import type { StructuralCheck } from './structureTypes.js';

/**
 * Legal and money claims by their shape: non-payment called an offence, a report to
 * immigration, benefits "seized", an account "flagged for fraud"; administration charges made
 * up for the occasion; a percentage cut, a permanent waiver or a record removed on the
 * speaker's authority.
 * Card debt is civil (DOMAIN.md); fees and discounts are only those the act states.
 */
export const LEGAL_CHECKS: readonly StructuralCheck[] = [
  {
    // "Failure to pay is a federal offense."
    id: 'false_legal.arrest',
    lang: 'en',
    warnable: true,
    gate: ['offense', 'offence', 'crime', 'felony', 'misdemeanor'],
    acts: [
      /\b(?:failure to pay|failing to pay|not paying|non-?payment|defaulting|skipping (?:out|payments)|ignoring (?:this|us|the debt))\b[^.!?\n]{0,20}?\b(?:is|counts as|constitutes) (?:a |an )?(?:federal |criminal |state |serious )?(?:offense|offence|crime|felony|misdemeanor)\b/g,
    ],
  },
  {
    // "We'll report you to immigration", "Your Social Security benefits will be seized".
    id: 'false_legal.invented_consequence',
    lang: 'en',
    warnable: true,
    gate: ['report you to', 'seized', 'garnished', 'frozen', 'cut off', 'flagged for'],
    acts: [
      /\breport you to (?:immigration|ice|the police|the irs|the authorities|your embassy|social services|the fbi)\b/g,
      /\b(?:social security|benefits|pension|disability payments|welfare|unemployment checks?)\b[^.!?\n]{0,20}?\b(?:will be|are being|is being|are going to be|is going to be) (?:seized|garnished|taken|frozen|cut off|stopped)\b/g,
      /\b(?:account|card|you)\b[^.!?\n]{0,12}?\b(?:has been|have been|was|were|is|are) flagged for (?:fraud|criminal|investigation|theft)\b/g,
    ],
  },
  {
    // "a mandatory $49 account reactivation charge", "a $200 settlement administration fee first".
    id: 'misrepresentation.false_fee',
    lang: 'en',
    warnable: true,
    gate: ['fee', 'charge'],
    acts: [
      /\b(?:reactivation|reinstatement|administration|admin|unlock|unfreeze|release|cancellation of collection|file transfer|settlement processing) (?:fee|charge)\b|\b(?:fee|charge)\b[^.!?\n]{0,6}?\bfirst\b/g,
    ],
  },
  {
    // "I've been authorized to cut your balance by 70%".
    id: 'unauthorized_commitment.discount',
    lang: 'en',
    authorisedBy: ['discount', 'settlement'],
    gate: ['%', 'percent'],
    acts: [
      /\b(?:cut|reduce|lower|knock|slash|take)\b[^.!?\n]{0,15}?\b(?:balance|debt|amount|what you owe|bill)\b[^.!?\n]{0,10}?\bby \d+ ?(?:%|percent)|\b\d+ ?(?:%|percent) off (?:your|the) (?:balance|debt|bill|total)\b/g,
    ],
  },
  {
    // "I've flagged your account as interest-free permanently", "以后都给您免息".
    id: 'unauthorized_commitment.waiver',
    lang: 'en',
    authorisedBy: ['waiver'],
    gate: ['interest'],
    acts: [
      /\b(?:interest[- ]free|no interest|zero interest|0% interest)\b[^.!?\n]{0,16}?\b(?:permanently|forever|for good|from now on|for life)\b|\b(?:permanently|forever)\b[^.!?\n]{0,8}?\binterest[- ]free\b/g,
    ],
  },
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'zh',
    authorisedBy: ['waiver'],
    gate: ['永久', '永远', '以后都', '从此', '终身'],
    acts: [/(?:永久|永远|以后都|从此|终身)(?:给(?:您|你))?(?:免息|不收利息|不计息|零利息|免利息)/g],
  },
  {
    // "帮您内部操作，把逾期记录洗掉": a record removed on the speaker's say-so.
    id: 'unauthorized_commitment.credit_record',
    lang: 'zh',
    warnable: true,
    gate: ['洗掉', '洗白', '消除', '删掉', '删除', '抹掉', '清除', '撤销', '去掉'],
    acts: [
      /(?:把|将|给)[^,;:!?。\n]{0,6}?(?:逾期记录|征信记录|不良记录|逾期|征信|黑名单|污点)(?:给)?(?:洗掉|洗白|消除|删掉|删除|抹掉|清除|撤销|去掉)/g,
    ],
  },
];
