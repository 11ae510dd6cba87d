import { en, type PatternRuleSpec } from '../ruleTypes.js';
import {
  EN_GAP,
  EN_GAP_NO_ACCUSE,
  EN_GAP_NO_HEDGE,
  EN_PLAIN_GAP,
  EN_SPAN_NO_HEDGE,
  KIN_PARTNERS,
  NO_NEG_EN,
  S,
} from '../shared/en.js';

/**
 * Misrepresentation (English): false consequences stated as fact.
 */

const BANK = String.raw`\b(?:we|we'll|we're|the bank|our (?:bank|team|recovery team|agents?|people|field team)|they|they'll|our guys)\b`;
const TAKE = String.raw`(?:take|taking|seize|seizing|repossess|repossessing|tow|towing|auction|auctioning|sell|selling|clear out|empty|emptying|haul away|lock up|put a lock on|change the locks on|take possession of|take back|pick up|grab)`;
const ASSET = String.raw`(?:house|home|apartment|flat|condo|car|truck|vehicle|furniture|electronics|belongings|stuff|things|property|tv|jewelry|pension|401k|retirement)`;
// The law, a court or a secured loan named: a fact about foreclosure, not the bank's own act.
const NOT_COURT = String.raw`(?![^.!?\n]{0,60}\b(?:court order|judgment|foreclosure|through the courts?|under (?:state |federal )?law|mortgage|secured)\b)`;
const BENEFIT = String.raw`(?:medicare|medicaid|social security(?: benefits| payments| checks?)?|ss benefits|unemployment(?: benefits| checks?)?|disability (?:benefits|payments|checks?)|(?:government|federal|state|welfare|veterans'?|va) benefits|pension|food stamps|snap benefits|utilities|power|electricity|water|gas service|driver'?s licen[cs]e|passport|health (?:insurance|coverage))`;
const CUT = String.raw`(?:cancel(?:l?ed)?|cut off|stopped|stop|suspended|suspend|revoked|revoke|shut off|terminated|frozen|deactivated|cut|pulled|taken away)`;
const CREDIT = String.raw`(?:credit (?:report|file|record|history|profile)|credit bureaus?|(?:the )?bureaus|reported)`;
const FOREVER = String.raw`(?:for life|forever|permanently|for the rest of your life|for good|until you die|for decades)`;
const SCORE = String.raw`(?:credit score|fico(?: score)?|score|credit rating)`;
const ORDER = String.raw`(?:judg(?:e)?ment|lien|garnishment|levy|attachment|freezing order|order to freeze|garnishee order|attachment order|writ)(?![a-z])`;

export const MISREPRESENTATION_FALSE_CONSEQUENCE_EN: PatternRuleSpec[] = [
  {
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: [
      'bank',
      'only',
      'for life',
      'forever',
      'permanent',
      'rest of your life',
      'never',
      '% per day',
      '% a day',
      '% each day',
      '% every day',
      '% daily',
      'percent',
      'per cent',
      'lender',
      'alone',
      'again',
    ],
    patterns: en(
      String.raw`\b(?:blacklisted|frozen|flagged|blocked|banned|reported) (?:across|by|at|in|with) (?:all|every|each|any) (?:\w+ ){0,2}banks?\b|\b(?:all|every) (?:\w+ ){0,2}banks? (?:have|has|will) (?:now )?(?:frozen|blacklisted|blocked|flagged|closed)\b`,
      String.raw`\b(?:every|all) (?:\w+ ){0,3}(?:banks?|lenders?)\b[^.!?]{0,30}\b(?:lists?|flags?|marks?|reports?) you\b|\bwe alone can (?:reverse|lift|remove|clear|undo)\b|\bno (?:bank|lender)s? (?:anywhere |in the country |in the world )?will (?:ever )?(?:give|lend|approve|offer) you\b[^.!?]{0,20}\bagain\b|\b(?:every|all) (?:\w+ ){0,4}(?:banks?|lenders?)\b[^.!?]{0,30}\b(?:has|have) you on (?:a|their) (?:blacklist|watchlist|black list)\b`,
      String.raw`\b(?:we are|we're|we are the|the bank is) (?:the )?only (?:\w+ ){0,2}(?:able|allowed|authori[sz]ed|one|ones) (?:to |who can )?(?:remove|lift|unfreeze|clear|unblock)\b`,
      String.raw`\bcredit (?:record|report|file|history|score)\b[^.!?]{0,40}(?<!\bnot |\bnever |n't )\b(?:for life|forever|permanently|for the rest of your life)\b`,
      String.raw`\bnever (?:be able to )?(?:get|qualify for|borrow|obtain) (?:a |any )?(?:loan|mortgage|credit|car loan|credit card)s? again\b`,
      String.raw`\b(?:[1-9]\d*(?:\.\d+)?|0\.[1-9]\d*) ?% (?:per|a|each|every) day\b|\b(?:[1-9]\d*(?:\.\d+)?|0\.[1-9]\d*) ?% daily\b|\b(?:[1-9]\d*(?:\.\d+)?|0\.[1-9]\d*) ?(?:percent|per cent) (?:per|a|each|every) day\b`,
    ),
  },
  {
    // "The debt goes to your spouse": a debt said to move to a relative, with no law named.
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: [
      'goes straight to',
      'goes to your',
      'passes',
      'passed down',
      'passed on',
      'follow your',
      'follows your',
      'transfers to',
      'transferred to',
    ],
    patterns: en(
      String.raw`\b(?:debt|balance|card|it|this)\b[^.!?]{0,20}?\b(?:goes straight to|goes to|transfers to|is transferred to|passes (?:straight |directly |automatically )?(?:on )?to|is passed (?:down |on )?to|are passed down to|passed down to|will follow|follows) (?:your|ur) ${KIN_PARTNERS}\b`,
    ),
  },
  {
    // Invented cut-offs of services the card has nothing to do with.
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: [
      'utilities',
      'electricity',
      'power',
      'water',
      'gas',
      'internet',
      'phone service',
      'mobile service',
      'phone carrier',
      'cell service',
      'score',
      'visit fee',
      'registry',
      'register',
      'database',
      'blacklist',
      'black list',
      'home visit',
      'field visit',
    ],
    patterns: en(
      String.raw`\b(?:utilities|electricity|power|water|gas|internet|phone service|mobile service|phone carrier|cell service)\b[^.!?]{0,40}?\b(?:will be|are being|is being|get|gets|are going to be|is going to be)(?: \w+)? (?:cut off|disconnected|shut off|switched off|suspended|terminated)\b`,
      String.raw`\b(?:registry|register|database|blacklist|black list)\b[^.!?]{0,20}?\b(?:every|all|any) (?:employers?|landlords?|banks?|lenders?|companies)\b[^.!?]{0,10}?\b(?:checks?|sees?|can see|looks? at|uses?)\b`,
      String.raw`\bscore (?:will |is going to )?(?:drop|fall|go|crash)\w* to (?:zero|0|nothing)\b|\b(?:home|field) visit fee\b[^.!?]{0,30}?\b(?:added|charged|applied|due)\b|\bfee (?:of \$?\d+ )?for (?:a|the|our) (?:home|field) visit\b`,
    ),
  },
  {
    // A balance said to have multiplied through penalties within weeks.
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['doubled', 'tripled', 'quadrupled', 'ballooned', 'threefold', 'fourfold', 'tenfold'],
    patterns: en(
      String.raw`\b(?:debt|balance|bill|amount owed|what you owe)(?: has| have|'s)? (?:now |already |nearly |almost |more than |just |actually )?(?:doubled|tripled|quadrupled|ballooned|gone up (?:three|four|ten)fold)\b[^.!?]{0,30}?\b(?:penalt\w*|fees?|interest|since last month|in a month|overnight|in (?:a|two|three) weeks?)\b`,
    ),
  },
  {
    // A relative's future said to be tied to the debt: "your kids won't get student loans".
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: false,
    triggers: [
      'your kids',
      'your children',
      'your son',
      'your daughter',
      'your family',
      'your wife',
      'your husband',
    ],
    patterns: en(
      String.raw`\byour (?:kids|children|son|daughter|family|wife|husband)(?: (?:won't|will not|can't|cannot|will never|won't ever)) (?:be able to )?(?:get|qualify for|receive|apply for|obtain)\b[^.!?]{0,20}?\b(?:loans?|credit|mortgages?|cards?|jobs?|visas?|scholarships?|passports?|places?)\b(?![^.!?]{0,30}\b(?:myth|not true|false|untrue)\b)`,
    ),
  },
  {
    // An invented penalty on the principal, or a fee for each call, text or visit.
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['fee', 'charge', 'penalty', 'surcharge'],
    patterns: en(
      String.raw`\b(?:every|each|per)\b(?: \w+){0,3}? (?:call|text|letter|reminder|visit|contact|message|email|voicemail|time (?:an? |we |our )?\w+)s?\b${EN_GAP_NO_ACCUSE(50)}\b(?:fee|charge|surcharge|penalty)\b`,
      String.raw`\b[1-9]\d\s?% (?:\w+ ){0,3}?(?:penalty|fee|charge|surcharge)\b${EN_GAP_NO_ACCUSE(30)}\b(?:principal|balance|full amount|what you owe)\b`,
      String.raw`\b(?:penalty|fee|charge|surcharge) (?:of |equal to )?[1-9]\d\s?% of (?:the |your )?(?:full |entire |whole |total |outstanding )?(?:principal|balance|debt|amount)\b`,
    ),
  },
  {
    // A relative's credit said to suffer; true late records "guaranteed" to go.
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['credit'],
    patterns: en(
      String.raw`\b(?:wife|husband|spouse|partner|kids|children|parents|family|mum|mom|dad|son|daughter)(?:'s|s'|s)?\b${EN_GAP_NO_ACCUSE(30)}\bcredit(?: scores?| ratings?| reports?| files?| history)?\b${EN_GAP_NO_ACCUSE(30)}\b(?:hit|drop|suffer|affected|damaged|tank|ruined|go down|take)\w*`,
      String.raw`\b(?:remove|delete|erase|wipe|scrub|purge|clear)\w*\b${EN_GAP_NO_ACCUSE(40)}\b(?:from|off) (?:all (?:three )?|every )?(?:the |your )?(?:credit (?:bureaus?|agencies|reports?|files?|history|records?))`,
    ),
  },
  {
    // The bank or its team takes, tows or auctions a home, car or belongings itself.
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: [
      'take',
      'taking',
      'seiz',
      'repossess',
      'tow',
      'auction',
      'sell',
      'clear out',
      'empty',
      'haul away',
      'lock up',
      'a lock on',
      'the locks',
      'possession',
      'pick up',
      'grab',
    ],
    patterns: en(
      String.raw`${BANK}${EN_PLAIN_GAP(40)}\b${TAKE}\b(?: (?:away|back))? (?:your|the|that|his|her)\b${EN_PLAIN_GAP(12)}\b${ASSET}\b${NOT_COURT}`,
      String.raw`\b(?:your|the) ${ASSET}\b${EN_PLAIN_GAP(20)}\b(?:goes|will go|is going|gets? sent) (?:to|up for) auction\b${NOT_COURT}`,
      String.raw`\b(?:the bank|we) can ${TAKE} (?:your|the) ${ASSET} without\b`,
    ),
  },
  {
    // Benefits, utilities or documents cut off for a card debt.
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: [
      'medicare',
      'medicaid',
      'social security',
      'ss benefits',
      'unemployment',
      'disability',
      'benefits',
      'pension',
      'food stamps',
      'snap',
      'utilities',
      'power',
      'electricity',
      'water',
      'gas service',
      'licen',
      'passport',
      'health',
    ],
    patterns: en(
      String.raw`\b(?:your|his|her|their)\b${EN_PLAIN_GAP(10)}\b${BENEFIT}\b${EN_PLAIN_GAP(30)}\b(?:will|'ll|gets?|is going to|are going to|would|be|being|is|are)\b${EN_PLAIN_GAP(10)}\b${CUT}\b`,
      String.raw`\b(?:result in|lead to|means?)\b${EN_PLAIN_GAP(12)}\b${BENEFIT}\b${EN_PLAIN_GAP(10)}\b(?:being|getting|gets?) ${CUT}\b`,
      String.raw`\b(?:your|his|her)\b${EN_PLAIN_GAP(10)}\b${BENEFIT}(?: payments?| checks?| deposits?)? (?:stop|stops|end|ends|get cut|gets cut|get pulled|gets pulled)\b`,
      String.raw`\bgets? your ${BENEFIT} ${CUT}\b`,
    ),
  },
  {
    // Credit ruined for life; no landlord, bank or lender ever again.
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: [
      'for life',
      'forever',
      'permanently',
      'ever rent',
      'ever lend',
      'never comes off',
      'never be able to',
    ],
    patterns: en(
      String.raw`\b(?:credit|report|score|record|name)\b${EN_PLAIN_GAP(20)}\b(?:is|will be|gets?|are) (?:ruined|destroyed|wrecked|trashed|stained|marked|damaged)\b${EN_PLAIN_GAP(10)}\b(?:for life|forever|permanently)\b`,
      String.raw`\bno (?:landlord|bank|lender|employer|card company)s?\b${EN_PLAIN_GAP(20)}\b(?:will|would) ever (?:rent|lend|hire|give|approve|issue)\b`,
      String.raw`\b(?:landlords?|banks?|lenders?|employers?)\b${EN_PLAIN_GAP(20)}\b(?:reject|refuse|turn (?:you )?down)\w*\b${EN_PLAIN_GAP(12)}\b(?:for life|forever)\b`,
      String.raw`\b(?:it|this|the debt|this debt)\b${EN_PLAIN_GAP(12)}\bnever comes? off\b`,
      String.raw`\byou(?:'ll| will) never be able to (?:rent|borrow|get a (?:loan|mortgage|lease|car loan|apartment)|buy a (?:house|home|car))\b`,
    ),
  },
  {
    // Past late records said erased once the person pays: "pay today and we'll remove every late payment".
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['remove', 'delete', 'erase', 'wipe', 'clear', 'disappear', 'vanish'],
    patterns: en(
      String.raw`\b(?:pay|paid|paying|settle|settled|settling|payment)\b${EN_GAP(50)}\b(?:remove|removed|delete|deleted|erase|erased|wipe|wiped|clear|cleared|disappear|disappears)\b${EN_GAP(30)}\b(?:late payments?|negative (?:marks?|items?|entries)|delinquenc\w*|charge-?off|credit (?:history|report|file|record))`,
      String.raw`\b(?:pay|paid|paying|settle|settled|settling|payment)\b${EN_GAP(50)}\b(?:late payments?|negative (?:marks?|items?|entries)|charge-?off|credit (?:history|record|file))\b${EN_GAP(30)}\b(?:gets? |will |are |is |be )?(?:wiped(?: clean)?|erased|deleted|removed|disappears?|vanish(?:es)?)\b`,
    ),
  },
  {
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: [
      'for life',
      'forever',
      'permanent',
      'rest of your life',
      'for good',
      'until you die',
      'for decades',
      'never',
      "won't ever",
      'irreversible',
      'irremovable',
      'deleting',
      'erasing',
      'lifetime',
      'only way',
      'removing',
      'score',
      'fico',
      'rating',
    ],
    patterns: en(
      String.raw`\b${CREDIT}\b${EN_SPAN_NO_HEDGE(80)}\b(?:it|this|that|the (?:mark|record|entry|default|debt|account|late payment|charge-?off|delinquency))(?:'s| is| will be)? (?:stays?|remains?|sits?|will (?:stay|remain|sit|be there|follow you)|follows? you|sticks? with you|there)\b(?: there| on (?:it|there|your (?:report|file|record)))?[ ,]*${FOREVER}`,
      String.raw`\b(?:never|won't ever|will never) (?:drops?|falls?|comes?|goes?|rolls?) (?:off|away)\b${EN_GAP_NO_HEDGE(30)}\b(?:report|file|record|credit)|\b(?:report|file|record|credit)\b${EN_GAP_NO_HEDGE(40)}\b(?:never|won't ever|will never) (?:drops?|falls?|comes?|goes?|rolls?) (?:off|away)\b|\bno (?:removing|deleting|erasing) it\b`,
      String.raw`\bpermanent (?:black )?(?:mark|flag|stain|note|notation|strike|blot|entry|record)\b${EN_GAP_NO_HEDGE(30)}\b(?:credit|report|file|bureaus?)\b|\b(?:credit|report|file)\b${EN_GAP_NO_HEDGE(30)}\bpermanent (?:black )?(?:mark|flag|stain|note|notation|strike|blot)\b|\b(?:the )?(?:mark|entry|record|flag|default)\b${EN_GAP_NO_HEDGE(12)}\b(?:is|will be) (?:irreversible|permanent|irremovable)\b|\blifetime (?:freeze|ban|flag|block|mark|hold) on your (?:credit|report|file|ssn|name)\b`,
      String.raw`\bon your (?:credit )?(?:record|report|file|history)\b[ ,]*${FOREVER}|\byour (?:credit|credit (?:report|file|record|history)|name)\b${EN_GAP_NO_HEDGE(20)}${FOREVER}|\b(?:black mark|mark|stain|flag|entry)\b${EN_GAP_NO_HEDGE(20)}\b(?:never|won't ever) (?:goes?|comes?|fades?|drops?) (?:away|off)\b`,
      String.raw`\b(?:experian|equifax|transunion|bureaus?|credit (?:report|file|record))\b${EN_SPAN_NO_HEDGE(80)}\b(?:can|will) never be (?:removed|deleted|erased|cleared|taken off)\b`,
      String.raw`\bthe only way to (?:keep|stop|prevent|avoid|block)\b${EN_GAP_NO_HEDGE(30)}\b(?:off|from|out of)\b${EN_GAP_NO_HEDGE(15)}\b${CREDIT}\b|\bthe only way to (?:stop|prevent|avoid) (?:the |a |this )?(?:negative |bad )?(?:report|reporting|mark|entry)\b`,
      String.raw`\b${SCORE}\b${EN_GAP_NO_HEDGE(30)}\b(?:drops?|falls?|goes|plummets?|crashes?|tanks?|sinks?|will (?:drop|fall|go|plummet|crash|tank|sink|be|hit)|becomes?|hits?|is going to (?:be|drop|fall|hit))\b(?: down| straight)*(?: to| by)? (?:3\d\d|zero|0|nothing|rock bottom|[1-9]\d\d points)\b`,
    ),
  },
  {
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['responsible', 'liable', 'obligated', 'on the hook', 'inherit'],
    patterns: en(
      String.raw`\b(?:adult |grown(?:-up)? |grown |older )(?:children|kids|son|sons|daughter|daughters)\b${NO_NEG_EN(40)}\b(?:become|becomes|will be|would be|are|is|'re|'s|will become)\s+(?:legally |personally |automatically |fully )?(?:responsible|liable|obligated|on the hook)\b(?![^.!?\n]{0,40}\b(?:only|own|not|unless|if (?:he|she|they) (?:co-?signed|signed|guaranteed))\b)`,
      String.raw`\byour (?:children|kids|son|sons|daughter|daughters|heirs)\b${NO_NEG_EN(40)}\b(?:become|becomes|will be|will become)\s+(?:legally |personally |automatically )?(?:responsible|liable|obligated|on the hook)\b(?![^.!?\n]{0,40}\b(?:only|own|not|unless|if (?:he|she|they) (?:co-?signed|signed|guaranteed))\b)`,
      String.raw`\b(?:children|kids|son|daughter|heirs)\b${NO_NEG_EN(30)}\binherits? (?:the |this |your )?(?:debt|balance|obligation)\b`,
    ),
  },
  {
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['blacklist', 'black list', 'registry', 'register', 'database'],
    patterns: en(
      String.raw`\b(?:federal|national|government|nationwide|central|official|banking|industry)\b (?:\w+ ){0,2}?(?:debtors?'?|deadbeats?|delinquent(?: borrowers?| debtors?)?|defaulters?|bad debt)\s*(?:blacklist|black list|registry|register|database)\b`,
      String.raw`\b(?:federal|national|government|nationwide|official) (?:registry|register|database|blacklist) of (?:delinquent|bad|defaulting|deadbeat) (?:borrowers|debtors)\b`,
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
