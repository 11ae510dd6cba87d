import { en, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Criminal process and invented authorities in English (guard17en, issue 16), written by class from
 * the helper's own check set (test/guardrails/labelled/check-g17.en.jsonl), not from a real
 * message: criminal charges served or delivered at work or home, custody by the police, charges
 * "pressed" or "registered" in the person's name, a sheriff or officer sent to the employer's HR,
 * the creditor to be advised to pursue the person for fraud or theft, rights lost once served, a
 * detention order (`false_legal.arrest`); callers from invented investigation, enforcement or
 * crime bureaus and departments (`misrepresentation.authority`); a judgment, lien or freezing order
 * said to be entered, approved or obtained already (`misrepresentation.false_consequence`).
 * FDCPA §1692e(1), (4), (5), (7), (14); Kenya CBK and SA NCA conduct rules.
 */
const S = (n: number): string => String.raw`[^.!?;\n]{0,${n}}?`;
const WORKHOME = String.raw`(?:your |ur )?(?:workplace|work|office|job|home|house|residence|place of (?:work|business|employment)|employer|company|business|gate|door|doorstep)`;
const CRIME = String.raw`(?:wire fraud|fraud|theft|stealing|forgery|cheating|obtaining credit by (?:fraud|false pretences)|criminal|charges?|a (?:criminal|police|theft|fraud) case|prosecut\w*)`;
const STRONG = String.raw`(?:investigat\w*|enforcement|crimes?|criminal|justice|prosecutions?|law and \w+|debt crimes?)`;
const SOFT = String.raw`(?:legal|compliance|debt|credit|recovery|collections?)`;
const GOV = String.raw`(?:bureau|agency|authority|commission|directorate|ministry|task force|cell)`;
const BODY = String.raw`(?:department|division|unit|office|${GOV})`;
const ORDER = String.raw`(?:judg(?:e)?ment|lien|garnishment|levy|attachment|freezing order|order to freeze|garnishee order|attachment order|writ)(?![a-z])`;

export const STRUCT_CHARGES_EN: PatternRuleSpec[] = [
  {
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: [
      'charge',
      'warrant',
      'summons',
      'served with',
      'custody',
      'your name',
      'ur name',
      'sheriff',
      'bailiff',
      'marshal',
      'constable',
      'court officer',
      'process server',
      'police',
      'cops',
      'recommend',
      'advise',
      'instruct',
      'urge',
      'ask',
      'rights',
      'detention order',
      'committal order',
      'arrest',
      'detain',
      'in a cell',
      'in the cell',
      'in jail',
      'in prison',
      'lock-up',
      'lockup',
    ],
    patterns: en(
      // Charges or papers served at work or home: "criminal charges will be delivered to your office".
      String.raw`\b(?:criminal |fraud |theft |forgery |cheating )?(?:charges?|charge sheet|warrant|summons)\b${S(40)}\b(?:served|delivered|brought|handed|sent|executed)\b${S(24)}\b(?:at|to|in) ${WORKHOME}\b`,
      String.raw`\bserved with\b${S(20)}\b(?:criminal|fraud|forgery|theft|cheating)\b${S(12)}\bcharges?\b`,
      // Custody: "you will be taken under custody by the local cops".
      String.raw`\b(?:taken|take you|put you|placed|remain|kept|held|be)\b${S(12)}\b(?:into|under|in) (?:police |their )?custody\b`,
      // "allegations pressed on your name", "charges registered in your name at the station".
      String.raw`\b(?:allegations?|charges?|cases?|complaints?|fir|reports?)\b${S(24)}\b(?:pressed|filed|registered|lodged|booked|opened)\b${S(12)}\b(?:on|in|against|under) (?:your|ur) name\b`,
      // Officers sent to the employer: "the sheriff may meet your HR".
      String.raw`\b(?:sheriffs?|bailiffs?|marshals?|constables?|court officers?|process servers?|police|cops)\b${S(60)}\b(?:your |the )?(?:hr\b|human resources|hr (?:div|division|department|dept|manager|office)|payroll (?:office|department)|(?:your )?employer'?s?)\b`,
      String.raw`\barrest (?:you|him|her)\b${S(24)}\b(?:at|in front of) (?:your |ur |his |her )?(?:workplace|work|office|job|home|house|colleagues|co-?workers|family|neighbou?rs|children|kids)\b`,
      // The creditor advised to pursue the person for a crime.
      String.raw`\b(?:recommend|advise|instruct|urge|ask)\w*\b (?:that )?(?:our |the |my )?(?:client|bank|creditor|lender|company|principal)\b(?!'s)${S(40)}\b${CRIME}`,
      String.raw`\b(?:forfeit|lose|losing|give up|surrender)\w* (?:all |every one )?(?:of )?your (?:legal |civil |constitutional )?rights\b`,
      String.raw`\b(?:detention|committal|custody|arrest) order\b`,
      // "officers will detain you and keep you in a cell".
      String.raw`\b(?:police|cops|officers?|authorities|sheriff|we)\b${S(30)}\bdetain\w* (?:you|him|her)\b`,
      String.raw`\bkeep (?:you|him|her) in (?:a |the )?(?:cell|jail|prison|lock-?up)\b`,
    ),
  },
  {
    // A caller from an invented bureau: "the National Bureau of Debt Investigation", "the legal division of the bureau".
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: [
      'department',
      'division',
      'unit',
      'office',
      'bureau',
      'agency',
      'authority',
      'commission',
      'directorate',
      'ministry',
      'task force',
      'cell',
    ],
    patterns: en(
      String.raw`\b(?:from|this is|calling|call is|behalf of|representing|i am with|i'm with|we are|we're)\b${S(30)}\b(?:${STRONG} (?:[\w&-]+ ){0,3}?${BODY}|${BODY} (?:of|for) (?:[\w&-]+ ){0,3}?${STRONG})\b`,
      String.raw`\b(?:from|this is|calling|call is|behalf of|representing|i am with|i'm with|we are|we're)\b${S(30)}\b(?:${SOFT} (?:[\w&-]+ ){0,3}?${GOV}|${GOV} (?:of|for) (?:[\w&-]+ ){0,3}?${SOFT}|${SOFT} (?:division|unit|department|wing) of (?:the )?(?:[\w&-]+ ){0,3}?${GOV})\b`,
      String.raw`\b(?:the )?(?:${STRONG} (?:[\w&-]+ ){0,3}?${BODY}|${BODY} of (?:[\w&-]+ ){0,3}?${STRONG})\b${S(30)}\b(?:has|have) (?:flagged|opened|registered|received|assigned|been (?:notified|instructed|assigned))\b`,
    ),
  },
  {
    // A judgment, lien or freezing order said to exist already: "a lien has been placed", "request to execute a default judgment".
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: ['judgment', 'judgement', 'lien', 'garnish', 'levy', 'attachment', 'freez', 'writ'],
    patterns: en(
      String.raw`(?<!\b(?:if|once|when|after|unless|until|before|whether) (?:a |the |any )?)\b${ORDER}s?\b${S(40)}\b(?:has|have|had) (?:already |now |just )?been (?:entered|placed|filed|approved|granted|issued|executed|registered|recorded|obtained)\b`,
      String.raw`(?<!\b(?:if|once|when|after|unless|until|before|whether) )\b(?:a |the |any )?(?:default )?(?<!\b(?:if|once|when|after|unless|until|before|whether) (?:a |the |any )?(?:default )?)${ORDER}s? (?:was|were|is|are) (?:already |now )?(?:entered|placed|filed|approved|granted|issued|registered|recorded)(?: and \w+)? (?:against|on) (?:you|your)\b`,
      String.raw`\b(?:we|our (?:client|firm|office|lawyers?)|the (?:bank|lender|creditor))\b (?:have |has )?(?:already |now |just )?(?:obtained|secured|got|been granted|placed|entered|filed)\b${S(20)}\b${ORDER}`,
      String.raw`\brequest to (?:execute|enforce|enter|register) (?:a |the )?(?:default )?(?:judg(?:e)?ment|lien|writ)\b`,
      String.raw`\bliens?\b${S(20)}\b(?:placed|put|registered)\b${S(6)}\bon (?:any|all|every|your)\b`,
      String.raw`\b(?:place|put|register)\w* (?:a )?liens? on (?:any|all|every|your)\b`,
    ),
  },
];
