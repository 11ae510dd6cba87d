import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { EN_CHAR, EN_GAP, EN_PLAIN_GAP, ENFORCER, KIN_PARTNERS, S } from '../shared/en.js';

/**
 * False legal threats (English): invented consequences of not paying.
 */

/**
 * A lawful reading the old patterns flagged, as a look-around for the patterns below: a life event
 * listed as a cause of hardship ("losing your job can affect…", "events such as… losing your job").
 * An account "eligible to be referred" to a lawyer is read in falseLegal/courtEn.ts.
 */
const HARDSHIP_CAUSE_AFTER = String.raw`(?![^.!?\n]{0,80}\b(?:can|may|could|might|will|often|sometimes)(?: all| also)?(?: [a-z]+ly)? (?:affect|impact|change|make|put|strain|hit)\b)`;
const MORTGAGE = '(?:mortgage|foreclos|housing counsel|home loan|loan agreement|secured loan|\\bhud\\b)';
const NOT_NEAR_MORTGAGE_BEFORE = `(?<!${MORTGAGE}[\\s\\S]{0,200})`;
const NOT_NEAR_MORTGAGE_AFTER = `(?![\\s\\S]{0,200}${MORTGAGE})`;
const NOT_NEG = String.raw`(?!\s*(?:not|never|only)\b)`;
const LIABLE = String.raw`(?:liable|responsible|on the hook|obligated|obliged to pay|on the line)`;
const ID = String.raw`(?:ssn|ss number|social security (?:number|card|record|file|account)|tax id|driver'?s licen[cs]e|passport|benefits number)`;

export const FALSE_LEGAL_INVENTED_CONSEQUENCE_EN: PatternRuleSpec[] = [
  {
    id: 'false_legal.invented_consequence',
    lang: 'en',
    negatable: true,
    triggers: [
      'children',
      'kids',
      'son',
      'daughter',
      'school',
      'lose your',
      'losing your',
      'fired',
      'deport',
      'revoke',
      'cancel your',
      'suspend your',
      'take your',
      'take away',
      'cut off',
      'shut off',
      'family will',
      'family must',
      'family are',
      'responsible for',
      // "your parents will have to pay" holds none of the words above (guarden26).
      'parents',
      'relatives',
      'spouse',
      'family would',
      'family have',
    ],
    patterns: en(
      `\\b(?:children|kids|son|daughter)\\b[^.!?\\n]{0,40}\\b(?:barred|banned|expelled|kicked out|refused|denied|won't be (?:able|allowed)|can't (?:go|attend|enroll)|cannot (?:go|attend|enroll))\\b[^.!?\\n]{0,30}\\b(?:school|college|university|education)\\b`,
      `(?<!\\b(?:if|when|in case) you )\\b(?:lose|losing) your (?:job|visa|licen[cs]e|passport|kids|children)\\b${HARDSHIP_CAUSE_AFTER}|\\bget (?:you )?fired\\b|\\bdeport(?:ed|ation)?\\b`,
      // Losing a home is a true consequence of a mortgage (a regulator's foreclosure notice), an
      // invented one for a card debt: allowed only when the notice is about a mortgage. The first
      // look-ahead repeats what follows it, so it changes no match: it only keeps the engine from
      // running the 200-character look-behind at every position of a reply (~1.6 ms on some).
      `\\b(?=(?:lose|losing) your (?:house|home)\\b)${NOT_NEAR_MORTGAGE_BEFORE}\\b(?:lose|losing) your (?:house|home)\\b${NOT_NEAR_MORTGAGE_AFTER}`,
      `\\b(?:revoke|cancel|suspend) your (?:passport|driver'?s? licen[cs]e|visa|citizenship|residency|green card)\\b`,
      `\\b(?:take|take away) your (?:house|home|car|kids|children|property|everything)\\b|\\b(?:cut|shut) off your (?:water|electricity|power|utilities|phone)\\b`,
      `(?<!\\b(?:whether|if) )\\byour (?:family|children|kids|spouse|parents|relatives) (?:will |would )?(?:have to|must|are (?:responsible|liable) for|will be (?:responsible|liable) for) (?:pay|your|the|this)`,
    ),
  },
  {
    id: 'false_legal.invented_consequence',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: ['never get', 'never be able', 'never be approved', 'never qualify', 'make sure'],
    patterns: en(
      `\\byou(?:'ll| will) never (?:again )?(?:get|be able to (?:get|rent|buy|borrow)|be approved for|qualify for) (?:a |an |another )?(?:loan|mortgage|credit card|credit|job|apartment|lease|car)\\b`,
      `\\bwe(?:'ll| will) make (?:sure|certain) (?:of (?:it|that)|you (?:never|can't|cannot|don't|won't|lose|regret))\\b`,
    ),
  },
  {
    id: 'false_legal.invented_consequence',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: ['suspended', 'revoked', 'cancelled', 'canceled', 'taken away', 'confiscated', 'cut off'],
    patterns: en(
      `\\b(?:driver'?s licen[cs]e|licen[cs]e|passport|visa|benefits|social security|pension|professional licen[cs]e)\\b[^.!?\\n]{0,30}\\b(?:suspended|revoked|cancell?ed|taken away|confiscated|cut off)\\b`,
    ),
  },
  {
    id: 'false_legal.invented_consequence',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: [
      'passport',
      'travel',
      'credit score',
      'permanently',
      'forever',
      'benefits',
      'social security',
      'pension',
      'disability',
      'retirement',
      'unemployment',
      'veteran',
      'ssi',
    ],
    patterns: en(
      `\\bpassport\\b[^.!?]{0,30}\\b(?:flagged|revoked|suspended|seized|cancel(?:l?ed)?|blocked)`,
      `\\b(?:won't|will not) be (?:allowed|able) to (?:travel|leave the country|fly)\\b`,
      `\\bcredit score\\b[^.!?]{0,20}\\b(?:zero|nothing|permanently|forever)\\b`,
      `\\b(?:benefits|social security|pension)\\b[^.!?]{0,20}\\b(?:cut off|stopped|frozen|suspended|garnished)`,
      `\\b(?:take|seize|garnish|freeze|levy|go after|cut off)\\b(?:\\s+\\w+){0,2}\\s+(?:disability|social security|ssi|va|veterans?'?|pension|retirement|unemployment) ?(?:benefits|checks?|payments?|income)?\\b`,
    ),
  },
  {
    id: 'false_legal.invented_consequence',
    lang: 'en',
    hedgeable: true,
    triggers: ['kids', 'children', 'son', 'daughter', 'freeze your'],
    patterns: en(
      `\\b(?:kids|children|son|daughter)\\b[^.!?]{0,20}\\b(?:won't|will not|can't|cannot|never) (?:get into|be admitted|go to|attend|get a job)`,
      `\\bfreeze your (?:paypal|venmo|other|savings|wages|salary|bank)`,
    ),
  },
  {
    id: 'false_legal.invented_consequence',
    lang: 'en',
    negatable: true,
    triggers: [
      'criminal',
      'prosecution',
      'cops',
      'police',
      'deputies',
      'sheriff',
      'officers',
      'not paying',
      'fraud referral',
      'fraud proceedings',
    ],
    patterns: en(
      `(?<!\\b(?:id(?:entity)? theft|identity fraud|unauthori[sz]ed (?:charges?|transactions?|use)|you reported)\\b[^.!?\\n]{0,80})\\b(?:referred|flagged|sent|forwarded|escalated|submitted|marked)\\b${EN_CHAR}{0,20}\\bfor (?:(?:criminal|prosecution|police) (?:review|investigation|referral|proceedings)|fraud (?:referral|proceedings))\\b|\\b(?:criminal|prosecution) review\\b`,
      `\\b(?:cops|police|deputies|sheriff|officers)\\b${EN_CHAR}{0,30}\\b(?:pick you up|come for you|arrest you|serve (?:a )?warrants?|haul you|take you in|lock you up)\\b`,
      `\\bnot paying\\b${EN_CHAR}{0,30}\\b(?:is|counts as|equals)\\s+(?:a )?(?:fraud|theft|a crime|criminal|a felony|stealing)\\b`,
    ),
  },
  {
    // "Your wife will be legally liable", "your kids inherit it automatically".
    id: 'false_legal.invented_consequence',
    lang: 'en',
    negatable: true,
    triggers: [
      'liable',
      'responsible',
      'on the hook',
      'obligated',
      'obliged',
      'on the line',
      'inherit',
      'passed down',
      'passes',
      'passed on',
      'goes straight',
      'goes to your',
      'follow your',
      'stuck with',
      'have to pay',
      'garnish',
      'wages',
      'paycheck',
      'earnings',
      'savings',
      'pension',
      'share',
      'left with',
      'happens to you',
      'jointly',
      'passed to',
      'salary',
      'income',
      'co-own',
      'coown',
      'co-sign',
      'cosign',
      'guarantor',
    ],
    patterns: en(
      String.raw`\b(?:your|ur) ${KIN_PARTNERS}(?: (?:is|are|becomes?|will be|would be|'s|'re|is now|are now|is still|are still|will become))${NOT_NEG}\b[^.!?]{0,25}?\b(?:legally |jointly |personally |also |still |now |automatically )?${LIABLE}\b`,
      String.raw`\b(?:law|legally)\b[^.!?]{0,30}?\b(?:your|ur) ${KIN_PARTNERS}\b[^.!?]{0,25}?\b${LIABLE}\b|\b(?:law|legally)\b[^.!?]{0,20}?\bmakes? (?:your|ur) ${KIN_PARTNERS} ${LIABLE}\b`,
      String.raw`\b(?:your|ur) ${KIN_PARTNERS}(?:'s|s'|s)? (?:wages|salary|income|paycheck|earnings|savings|pension|share)\b[^.!?]{0,40}?\b(?:garnish\w*|seized|taken|attached|counts? (?:toward|towards|against|for)|lose|used to pay)\b`,
      String.raw`\b(?:your|ur) ${KIN_PARTNERS} (?:will |would )?(?:automatically )?(?:inherit|inherits)\b|\b(?:inherit|inherits|inherited)\b[^.!?]{0,10}?\bby (?:your|ur) ${KIN_PARTNERS}\b`,
      String.raw`\binherits? (?:it|this|this debt|the debt|this balance|the balance|your debt|your balance|what you owe)\b`,
      String.raw`\b(?:your|ur) ${KIN_PARTNERS} (?:will|would|'ll) (?:have to pay|be stuck with|be left with|pay)\b[^.!?]{0,30}?\b(?:if|when|once) (?:anything|something) happens to you\b|\b(?:your|ur) ${KIN_PARTNERS} (?:will|would|'ll) be stuck with (?:this|the|your) (?:debt|balance|bill)\b`,
      String.raw`\b(?:your|ur) ${KIN_PARTNERS}\b[^.!?]{0,10}?\b(?:co-?owns?|is (?:a |the )?co-?signer|is (?:a |the )?guarantor|is jointly)\b`,
    ),
  },
  {
    // A Social Security number or ID "flagged", frozen or suspended over a card debt.
    id: 'false_legal.invented_consequence',
    lang: 'en',
    negatable: true,
    triggers: [
      'ssn',
      'ss number',
      'social security',
      'tax id',
      'license',
      'licence',
      'passport',
      'benefits number',
      'identity',
    ],
    patterns: en(
      String.raw`\b(?:your|his|her)\b${EN_PLAIN_GAP(12)}\b${ID}\b${EN_PLAIN_GAP(30)}\b(?:has been|have been|is|are|was|will be|may be|could be|gets?|is now|are now|now)\b${EN_PLAIN_GAP(6)}\b(?:flagged|suspended|frozen|deactivated|placed on hold|on hold|marked (?:as )?(?:delinquent|defaulted?)|revoked|cancell?ed)\b`,
      String.raw`\byour identity (?:has been|is|was|will be|is now) (?:marked (?:as )?(?:delinquent|defaulted?)|frozen|suspended|revoked)\b`,
      String.raw`\b${ENFORCER}\b${EN_PLAIN_GAP(20)}\b(?:flagged|suspended|frozen|marked|revoked|placed a hold on|put a hold on)\b${EN_PLAIN_GAP(10)}\b(?:your|the) ${ID}\b`,
    ),
  },
  {
    // Bank or payment accounts said frozen: "your bank and PayPal accounts will be frozen".
    id: 'false_legal.invented_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['frozen'],
    patterns: en(
      String.raw`\byour (?:bank|checking|savings|paypal|venmo|cash app|debit)\b${EN_PLAIN_GAP(30)}\b(?:accounts?|wallet)\b${EN_PLAIN_GAP(10)}\b(?:will be|are being|is being|have been|has been|are|is|get) frozen\b`,
    ),
  },
  {
    // A consequence for the family, benefits or documents dressed as the law: "Under federal law,
    // your spouse becomes responsible…", "It's a legal requirement: … can't renew their passports".
    id: 'false_legal.invented_consequence',
    lang: 'en',
    hedgeable: true,
    triggers: ['law', 'legal requirement', 'regulation', 'rules', 'legally'],
    patterns: en(
      String.raw`\b(?:under (?:federal|state|the) law|by law|legally|it(?:'s| is) (?:a legal requirement|the law)|(?:federal|state) (?:law|regulations?|rules?) (?:say|says|mean|means|require|requires))\b${EN_GAP(40)}\b(?:spouse|wife|husband|partner|children|kids|parents|family|social security|benefits|passports?|driver'?s licen[cs]e|student aid|pension|visa)\b${EN_GAP(30)}\b(?:becomes? (?:responsible|liable)|lose|loses|will be (?:garnished|suspended|revoked|cancell?ed|seized|frozen)|garnished|revoked|suspended|barred|ineligible|eligibility)\b`,
    ),
  },
  {
    // "we will pursue other means of enforcement", "whatever enforcement action we see fit".
    id: 'false_legal.invented_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['enforc', 'collection', 'recovery', 'see fit', 'deem'],
    patterns: en(
      String.raw`\b(?:consider|pursue|take|use|resort to|employ)\b (?:all )?(?:other|whatever|an[y] other|alternative) (?:methods|means|measures|ways|options|steps) of (?:enforc\w*|collection|recovery)\b`,
      String.raw`\bwhatever (?:enforcement )?(?:action|measures|steps) we (?:see fit|deem (?:fit|necessary|appropriate))\b`,
    ),
  },
  {
    // "every bank account in your name will be frozen", "your 401k … will be garnished" (a bank's
    // own freeze of cards on a plan is not matched: "frozen" only with every bank account).
    id: 'false_legal.invented_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['garnish', 'frozen', 'seize', 'levied'],
    patterns: en(
      String.raw`\b(?:every|all|an[y])(?: of)?(?: your| the)? (?:bank )?accounts?\b${S(40)}\b(?:will|shall|are going to|is going to) (?:be )?(?:garnished|seized|levied)\b`,
      String.raw`\b(?:every|all|an[y])(?: of)?(?: your)? bank accounts?\b${S(40)}\b(?:will|shall|are going to|is going to) (?:be )?frozen\b`,
      String.raw`\b(?:401 ?k|ira|retirement(?: savings| account| fund)?|pension|tax refunds?|taxes)\b${S(40)}\b(?:will|shall|are going to|is going to) (?:be )?(?:garnished|seized|frozen|levied)\b`,
    ),
  },
  {
    // guarden20: seizure powers claimed ("we can take whatever we want") and a motion or order
    // said to be filed to suspend accounts, tax refunds or benefits. Lawful: "we cannot take
    // anything without a court order", "tax refunds can't be taken for a card debt".
    id: 'false_legal.invented_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['whatever', 'anything we', 'everything you', 'motion', 'petition', 'tax return', 'tax refund'],
    patterns: en(
      String.raw`\bwe (?:can|could|will|are allowed to|have the right to) (?:take|seize|grab|repossess|have) (?:whatever|anything|everything)(?: we| you)?\b`,
      String.raw`\b(?:motion|petition)\b[^.!?\n]{0,20}\b(?:being|been|is being|was|has been) (?:filed|submitted|lodged|entered|prepared)\b[^.!?\n]{0,40}\b(?:suspend|freeze|seize|garnish|levy|attach|close)\w*\b`,
      String.raw`\b(?:suspend|freeze|seize|intercept|garnish|levy|withhold)\w*\b[^.!?\n]{0,40}\btax (?:returns?|refunds?)\b|\btax (?:returns?|refunds?)\b[^.!?\n]{0,30}\b(?:suspended|frozen|seized|intercepted|garnished|withheld)\b`,
    ),
  },
];
