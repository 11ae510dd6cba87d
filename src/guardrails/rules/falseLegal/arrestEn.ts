import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { EN_PLAIN_GAP, S, YOU_EN } from '../shared/en.js';

/**
 * False legal threats (English): arrest, police and criminal charges.
 */

const WORKHOME = String.raw`(?:your |ur )?(?:workplace|work|office|job|home|house|residence|place of (?:work|business|employment)|employer|company|business|gate|door|doorstep)`;
const CRIME = String.raw`(?:wire fraud|fraud|theft|stealing|forgery|cheating|obtaining credit by (?:fraud|false pretences)|criminal|charges?|a (?:criminal|police|theft|fraud) case|prosecut\w*)`;

export const FALSE_LEGAL_ARREST_EN: PatternRuleSpec[] = [
  {
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: [
      'arrest',
      'jail',
      'prison',
      'locked up',
      'detain',
      'handcuff',
      'police',
      'authorities',
      'fbi',
      'sheriff',
      'criminal',
      'charges',
      'prosecut',
      'warrant',
      'felony',
      'misdemeanor',
      'crime',
      'fraud',
    ],
    patterns: en(
      `\\b(?:arrested|jailed|imprisoned|locked up|detained|handcuffed)\\b|\\b(?:go|going|sent|send you|put you|end up) (?:to|in) (?:jail|prison)\\b|\\b(?:jail|prison) (?:time|sentence)\\b|\\b(?:won't|will not|can't|cannot|never) (?:avoid|escape|dodge|stay out of) (?:jail|prison|arrest)\\b`,
      `\\bpolice (?:will|are going to|are on (?:their|the) way|have been (?:notified|informed|called)|are coming)\\b`,
      `\\b(?:we(?:'ll| will| are going to| have| shall)?|the bank will) (?:call|notify|contact|inform|alert|get) the (?:police|authorities|fbi|sheriff)\\b|\\breport(?:ing)? you to the (?:police|authorities|fbi)\\b`,
      `\\b(?:is|be|as|counts as) a (?:felony|crime|criminal offen[cs]e|misdemeanor)\\b|\\bcriminal (?:charges?|case|complaint|prosecution|record|investigation|offen[cs]e)\\b|\\bfraud (?:charges?|case(?! (?:(?:opened|filed|started) )?(?:for|on|about) (?:the |your |these |those |\\d+ )?(?:\\w+ )?(?:charges?|transactions?|purchases?))|complaint|prosecution|record|investigation|offen[cs]e)\\b|\\b(?:press|file|bring) charges\\b|\\bprosecut(?:e|ed|ion)\\b|\\b(?:arrest )?warrant (?:has been|was|is being|will be) issued\\b|\\bwarrant for your arrest\\b`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    // "You can report identity theft to the police": the person reports, not the bank.
    personMayAct: true,
    triggers: ['law enforcement', 'police', 'authorities', 'fbi', 'district attorney', 'prosecutor'],
    patterns: en(
      // guard17en: "If your card was stolen, report it to the police" (an imperative after a
      // clause break or "please") is the person's own report.
      `\\b(?:forward(?:ed|ing)?|refer(?:red|ring)?|hand(?:ed|ing)? over|pass(?:ed|ing)? on|sen(?:d|t|ding)|report(?:ed|ing)|(?<!(?:^|[,;:.!?]\\s?|\\bplease |\\bthen |\\band ))report)\\b(?:\\s+\\w+){0,4}\\s+to (?:law enforcement|the police|the authorities|the fbi|the district attorney|a prosecutor)\\b`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: [
      'legal matter',
      'investigat',
      'theft',
      'deception',
      'warrant',
      'criminal',
      'fraud',
      'prosecut',
      'sheriff',
      'process server',
      'served',
      'subpoena',
    ],
    patterns: en(
      `\\b(?:this is|it is|it's) (?:now )?a (?:legal|criminal) matter\\b`,
      `\\binvestigator\\b|\\b(?:under|pending) (?:criminal )?investigation\\b|\\bcriminal investigation\\b|\\breviewed for (?:theft|fraud|criminal)`,
      `\\btheft by (?:deception|check|fraud)\\b|\\bcheck fraud\\b|\\bcriminal (?:charges?|complaint|case|referral|prosecution)\\b`,
      `\\b(?:a |an |the )?(?:arrest |bench )?warrant\\b[^.!?]{0,30}\\b(?:you|your name|issued|prepared)`,
      `\\b(?:sheriff|process server)\\b[^.!?]{0,30}\\b(?:serve|coming|on (?:the|his|her) way|will)`,
      `\\bsubpoena`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: [
      'police',
      'precinct',
      'sheriff',
      'district attorney',
      'prosecutor',
      'court officer',
      'marshal',
      'bailiff',
    ],
    patterns: en(
      `\\b(?:shared|sent|forwarded|passed|referred|reported|handed)\\b[^.!?]{0,30}\\b(?:police|precinct|sheriff|district attorney|prosecutors?)\\b`,
      `\\b(?:court officers?|marshals?|bailiffs?|sheriff'?s? deputies)\\b[^.!?]{0,30}\\b(?:will|are going to|are coming|coming)\\b`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: [
      'classified you',
      'flagged you',
      'listed you',
      'marked you',
      'labeled you',
      'labelled you',
      'court will',
      'prosecutor',
      'spending ban',
    ],
    patterns: en(
      `\\b(?:classified|flagged|listed|designated|labell?ed|marked) you as an? (?:fraud\\w*|criminal|thief|malicious)`,
      `\\b(?:the )?court will (?:contact|call|reach|summon|notify) you\\b`,
      `\\b(?:file|case|account|matter)\\b[^.!?]{0,15}\\b(?:is|has been|was) (?:now )?(?:with|sent to|passed to|referred to) (?:the )?(?:prosecutor|police|district attorney)`,
      `\\bspending ban\\b`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: ['before arrest', 'before your arrest', 'prior to arrest', 'goes to court'],
    patterns: en(`\\b(?:before|prior to) (?:your )?arrest\\b`, `\\bbefore this goes to court\\b`),
  },
  {
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: [
      'felony',
      'misdemeanor',
      'misdemeanour',
      'magistrate',
      'deputies',
      'warrant',
      'indict',
      'committed',
      'committing',
      'charged with',
    ],
    patterns: en(
      `\\b(?:felony|misdemeanou?r|magistrate|deputies|warrant|indictment|indicted)\\b`,
      `\\byou (?:committed|are committing|have committed) (?:fraud|a crime|theft|a felony)`,
      `\\bcharged with (?:fraud|theft|a crime|a felony|check fraud|larceny|credit card fraud)\\b`,
    ),
  },
  {
    // Officers of the law put on the case: "the sheriff's office has been given your details".
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: ['sheriff', 'marshal', 'bailiff', 'deputies', 'cops', 'police'],
    patterns: en(
      String.raw`\b(?:sheriff|sheriff's office|marshals?|bailiffs?|deputies|cops|police)\b[^.!?]{0,30}\b(?:has|have|been|was|were)\b[^.!?]{0,10}\b(?:given|sent|passed|handed|told|briefed|informed|notified)\b[^.!?]{0,15}\b(?:your|about you)\b`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: ['interpol', 'immigration', 'border control', 'customs'],
    patterns: en(
      String.raw`\b(?:report\w*|refer\w*|flag\w*|sen[dt]|pass\w*|notif\w*)\b[^.!?]{0,25}\b(?:to )?(?:interpol|immigration|border control|customs)\b`,
    ),
  },
  {
    // A warrant "ready" or a charge announced: the negation would be inside the claim, so none is read.
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: false,
    triggers: ['warrant', 'be charged', 'be criminally charged'],
    patterns: en(
      String.raw`\b(?:police|cops|sheriff|officers?|detectives?) (?:already |now |just )?(?:have|has|got|are holding|issued|prepared|drew up|have drawn up) (?:a |an |your )?(?:arrest )?warrant\b|\b(?:a |an |the |your )?(?:arrest )?warrant (?:is )?(?:ready|out|issued|prepared|waiting) for you\b`,
      String.raw`\b(?:this is|that's|it's|that is|it is) (?:fraud|theft|a crime|criminal)\b[^.!?]{0,30}?\byou(?:'ll| will| are going to) be (?:criminally )?charged\b|\byou(?:'ll| will| are going to) be (?:criminally )?charged with (?:fraud|theft|a crime|a felony|a misdemeanou?r|deception|criminal)\b`,
    ),
  },
  {
    // "There are warrants out for your arrest", "warrant is active".
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: ['warrant'],
    patterns: en(
      String.raw`\bwarrants? (?:are |is |has been |have been )?(?:out|active|issued|pending|signed|open)\b`,
      String.raw`\bwarrants? (?:out )?for your arrest\b`,
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
    // "What's your daughter gonna think when the cops show up?"
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: ['cops', 'police', 'sheriff', 'deputies', 'officers'],
    patterns: en(
      String.raw`\bwhen (?:the )?(?:cops|police|sheriff|deputies|officers) (?:show up|come|arrive|knock|are at)\b`,
    ),
  },
  {
    // "…could result in warrants being issued", "a bench warrant", "an arrest warrant being sought".
    // Not hedgeable: no card debt leads to an arrest, possible or not.
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: ['warrant'],
    patterns: en(
      String.raw`\b(?:bench|arrest|civil|body) warrants?\b`,
      String.raw`\bwarrants?${EN_PLAIN_GAP(12)}\b(?:being|be|getting|get) (?:issued|sworn|signed|sought|requested|filed)\b`,
      String.raw`\b(?:issue|issuing|request|requesting|seek|seeking|file|filing) (?:a |an )?warrants?\b`,
    ),
  },
  {
    // "We will be reporting this case to the police force and the legal task force".
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: ['task force', 'police force', 'police department', 'enforcement unit', 'enforcement team'],
    patterns: en(
      // The bank reports the person, or their case goes: not a victim's own report to the police.
      String.raw`\b(?:we|i|our (?:office|team|company|department))(?:'ll|'re|'m| will| are| am| have| shall)?(?: be| now| going to| about to)? (?:report|reporting|reported|forward|forwarding|forwarded|pass|passing|passed|send|sending|sent|refer|referring|referred|hand|handing|handed)\b${EN_PLAIN_GAP(40)}\b(?:task force|police force|police department|(?:legal |law )?enforcement (?:unit|team))\b`,
      String.raw`\b(?:report|reporting|reported|forward|forwarding|forwarded|pass|passing|passed|send|sending|sent|refer|referring|referred|hand|handing|handed) (?:this|your|his|her|their|the) (?:case|matter|file|account|debt)\b${EN_PLAIN_GAP(30)}\b(?:task force|police force|police department|(?:legal |law )?enforcement (?:unit|team))\b`,
      String.raw`\b(?:your|his|her|their|this|the) (?:case|matter|file|account) (?:is|will be|has been|goes|is going)${EN_PLAIN_GAP(20)}\b(?:task force|police force|police department|(?:legal |law )?enforcement (?:unit|team))\b`,
    ),
  },
  {
    // "Tell him to pay or we will file a police case against him": no card debt is a police matter.
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: ['police', 'criminal'],
    patterns: en(
      String.raw`\b(?:we|i|our (?:company|office|team|legal team))(?:'ll| will| shall|'re going to| are going to| are| am|'m)?(?: now)? (?:file|filing|lodge|lodging|open|opening|register|make|submit|raise)(?: a| an)? (?:police (?:case|report|complaint|blotter)|criminal (?:case|complaint|charges?)|case with the police|complaint with the police|report with the police)\b${EN_PLAIN_GAP(20)}\bagainst (?:you|him|her|them)\b`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: [
      'cops',
      'copz',
      'po-po',
      'popo',
      '5-0',
      'the da',
      'prosecutor',
      'district attorney',
      'cuff',
      '=',
    ],
    patterns: en(
      // "the cops r gonna pick u up", "the copz come", "po-po will be knocking".
      String.raw`\b(?:cop[sz]|po-?po|5-0)\b${S(30)}\b(?:pick|coming|come|knock\w*|at (?:your|ur) door|cuff|arrest|haul|take ${YOU_EN} (?:in|away)|lock ${YOU_EN} up|after ${YOU_EN}|show up|on (?:their|the) way)`,
      // "we already sent ur file to the DA", "ur case is w the prosecutor".
      String.raw`\b(?:sent|send|forwarded|referred|passed|gave|handed|filed|reported)\b${S(30)}\bto the (?:da|prosecutor)\b|\b(?:case|file|account)\b${S(20)}\b(?:with|w|w/) (?:the )?(?:da|prosecutor|district attorney)\b|\bthe da\b${S(12)}\b(?:has|got|already|is|will|gets)\b`,
      // "they'll cuff u at work", "not paying = jail".
      String.raw`\b(?:cuff|handcuff)\w*\s+${YOU_EN}\b|=\s*(?:jail|prison|arrest|cuffs|handcuffs|a cell)\b`,
    ),
  },
  {
    // "Pack a bag, because you won't be sleeping in your own bed", "bring a toothbrush".
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: false,
    triggers: ['home', 'own bed', 'going away', 'toothbrush', 'because', 'since'],
    patterns: en(
      String.raw`\byou(?:'re| are|'ll| will)? (?:not|never|won't be|will not be) (?:coming|going|be) (?:back )?home\b`,
      String.raw`\bwon't be sleeping in your own bed\b`,
      String.raw`\bsay goodbye to your${S(20)}\byou(?:'re| are|'ll be| will be) going away\b`,
      String.raw`\bbring (?:a|your) toothbrush\b`,
      String.raw`\b(?:pack a bag|pack your (?:bags|things)|get some clean clothes)\b${S(20)}\b(?:because|since)\b`,
    ),
  },
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
];
