import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { EN_PLAIN_GAP, NO_NEG_EN } from '../shared/en.js';

/**
 * False legal threats (English): court action, judgments and legal papers asserted.
 */

// "Nothing in this message is a threat of legal action", "nothing here means you're being sued".
const NOTHING_HERE =
  '(?<!\\bnothing (?:in|about) (?:this|our|these) (?:message|letter|notice|call|text|email)s?\\b[^.!?]{0,30})';
const REFERRAL_ELIGIBLE_BEFORE = String.raw`(?<!\b(?:eligible|qualif(?:y|ies|ied)|criteria|ready) (?:to be |for being )?)`;
// Papers, summons and legal documents.
const PAPERS = String.raw`(?:(?:legal |court |lawsuit |the )?(?:papers|paperwork|documents|summons|complaint|lawsuit|suit|notice to appear))`;
// The person's home or job.
const PLACE = String.raw`(?:your |the )?(?:work|job|workplace|office|employer|place of (?:work|employment|business)|house|home|door|residence|address)`;

export const FALSE_LEGAL_COURT_EN: PatternRuleSpec[] = [
  {
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: [
      'haul',
      'judge',
      'process server',
      'served with',
      'sue',
      'suing',
      'lawsuit',
      'legal action',
      'legal proceedings',
      'court',
      'summons',
      'subpoena',
      'garnish',
      'seize',
      'seizure',
      'repossess',
      'lien',
      'judgment',
      'freeze your',
    ],
    patterns: en(
      `\\bhaul(?:ed)? (?:you )?(?:into|to|before a) (?:court|judge)\\b|\\b(?:into|to|in|before) court\\b|\\bthe judge (?:will|is going to|would)\\b|\\bin front of a judge\\b|${NOTHING_HERE}(?:\\b(?:sue|suing|sued)\\b|(?<!statute of limitations (?:for|on) (?:a |any )?)\\blawsuit\\b|\\blegal (?:action|proceedings)\\b)|\\btake you to court\\b|\\bcourt (?:order|date|summons|hearing|judgment|case)\\b|\\bsummons\\b|\\bsubpoena\\b|\\bprocess server\\b|\\bserved with (?:papers|a summons|legal papers)\\b`,
      `\\bgarnish(?:ment|ed|ing)?\\b|\\b(?:seize|seizure|repossess(?:ion)?)\\b|\\blien\\b(?! (?:can|may|could) only)|\\bjudgment against you\\b|\\bfreeze your (?:bank )?(?:accounts?|assets|wages|savings)\\b`,
    ),
  },
  {
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: ['judge', 'freeze', 'court', 'frozen', 'seized', 'garnished'],
    patterns: en(
      `\\b(?:a|the) (?:court|judge)\\b[^.!?]{0,20}\\b(?:has|have) (?:already )?(?:frozen|seized|garnished|levied|taken|attached)\\b`,
      // "Your bank accounts are now frozen", "the court already ruled in our favour": legal
      // process said to have happened, which a card's collections chat never announces (session 11).
      `\\b(?:bank|savings|checking|chequing|other|personal) accounts? (?:are|is|have been|has been|were|was|will be|gets?|got) (?:now |already |being |officially )?(?:frozen|seized|garnished|levied|locked by (?:the )?court)\\b`,
      `\\b(?:the )?(?:court|judge) (?:has |have )?(?:already |just )?(?:ruled|decided|found) (?:in (?:our|the bank's|the bank’s) favou?r|against you)\\b`,
      `\\b(?:a|the) judge (?:will|is going to|would|has)\\b|\\bfreeze (?:every|all|each|all of) (?:\\w+ )?(?:accounts?|assets|cards)\\b`,
    ),
  },
  {
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: ['file', 'escalated', 'referred', 'handed', 'court date'],
    patterns: en(
      `\\b(?:will|'ll|going to|are going to|is going to|about to)\\s+file\\s+(?:suit |a (?:lawsuit|claim|case) )?against you\\b`,
      `${REFERRAL_ELIGIBLE_BEFORE}\\b(?:escalated|referred|handed(?: over)?|passed(?: on)?)\\s+to\\s+(?:our |the bank's |an? )?(?:attorneys?|lawyers?|legal (?:team|department)|counsel|law firm)\\b`,
      `\\bcourt date (?:has|was|is) (?:already )?(?:been )?(?:set|scheduled)\\b`,
    ),
  },
  {
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: ['filed', 'court', 'garnish', 'lawsuit', 'judgment', 'judgement', 'levy', 'seize'],
    patterns: en(
      `\\b(?:complaint|lawsuit|case|claim|suit)\\b[^.!?]{0,20}\\b(?:has been|was|is being|have been) (?:filed|lodged|submitted)`,
      `\\bfiled\\b[^.!?]{0,30}\\b(?:court|against you)`,
      `\\bgarnish\\w*\\b[^.!?]{0,60}\\b(?:without|no) (?:a |any )?court`,
      `\\b(?:have|get|will have) your (?:wages|pay|paycheck|salary) garnished`,
      `\\b(?:judgment|judgement) (?:has been |was )?(?:entered|issued|granted) against you`,
    ),
  },
  {
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: ['case number', 'case no', 'hearing', 'trial', 'by default', 'default judgment'],
    patterns: en(
      `\\bcase (?:number|no\\.?|#)\\s*[a-z]*-?\\d`,
      `\\b(?:hearing|trial) (?:is |has been )?(?:set|scheduled|on)\\b`,
      `\\b(?:lose|judgment|judgement) by default\\b|\\bdefault judge?ment\\b[^.!?]{0,20}\\b(?:will|against you)`,
    ),
  },
  {
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    triggers: [
      'docket',
      'case number',
      'matter no',
      'litigation',
      'leave the state',
      'investigation',
      'affidavit',
      'criminal referral',
    ],
    patterns: en(
      `\\b(?:docket|case number|matter no)\\b[^\\n]{0,90}?\\b(?:warrant|arrest|criminal|prosecut\\w*)`,
      `\\b(?:pending litigation|litigation hold)\\b|\\bdo not leave the state\\b`,
      `\\b(?:under investigation|fraud investigation unit|criminal referral)\\b|(?<!\\b(?:ftc|identity theft|id theft|fraud|theft|victim) )\\baffidavit\\b(?! (?:of|for|about) (?:identity theft|id theft|fraud|forgery|the (?:unauthori[sz]ed|disputed)))`,
    ),
  },
  {
    // "legal department ... scheduled for asset seizure": a status the account does not have.
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    triggers: [
      'for seizure',
      'for asset',
      'for recovery action',
      'for litigation',
      'for repossession',
      'for garnishment',
      'for enforcement',
      'for legal action',
      'pre-litigation',
    ],
    patterns: en(
      String.raw`\b(?:scheduled|approved|queued|marked|flagged|slated|earmarked) for (?:asset )?(?:seizure|recovery action|litigation|repossession|garnishment|enforcement|legal action)\b|\bpre-litigation\b`,
    ),
  },
  {
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: [
      'to appear',
      'criminal matter',
      'criminal case',
      'police matter',
      'criminal offence',
      'criminal offense',
    ],
    patterns: en(
      String.raw`\b(?:required|ordered|summoned|due|expected|have|need) to appear (?:at|in|before) (?:the )?(?:\w+ )?(?:court|judge|hearing|tribunal|magistrate)\b`,
      String.raw`\b(?:is|becomes?|became|has become|is now|it's|it is) (?:now )?a (?:criminal|police) (?:matter|case|offen[cs]e)\b`,
    ),
  },
  {
    // Jargon orders that no court made: a wage attachment issued, a writ lodged, bailiffs sent.
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: ['attachment', 'garnishment', 'deduction', 'writ', 'bailiff', 'lien order'],
    patterns: en(
      String.raw`\b(?:wage|salary|earnings|payroll) (?:attachment|garnishment|deduction)(?: order| notice)?\b[^.!?]{0,30}?\b(?:has been |was |is |already )?(?:issued|sent|served|lodged|filed|effective|in place|started|starts)\b`,
      String.raw`\b(?:issued|sent|served|lodged|filed)\b[^.!?]{0,15}?\b(?:a |an )?(?:wage|salary|earnings|payroll) (?:attachment|garnishment|deduction)\b|\battachment of earnings order\b[^.!?]{0,20}?\b(?:issued|in place|served|made)\b`,
      String.raw`\bwrit\b[^.!?]{0,30}?\b(?:lodged|issued|granted|served|signed)\b|\bbailiffs?\b[^.!?]{0,30}?\b(?:authori[sz]ed|will (?:attend|enter|come|visit|seize)|are coming|on (?:their|the) way)\b|\blien order granted\b`,
    ),
  },
  {
    // Papers said to be served where the person works: a false step and an exposure at once.
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: [
      'served at',
      'served to',
      'delivered to your',
      'delivered at your',
      'to your office',
      'to your work',
      'to your employer',
      'to your job',
    ],
    patterns: en(
      String.raw`\b(?:legal |court )?(?:papers?|documents?|summons|notices?)\b[^.!?]{0,25}?\b(?:served|delivered) (?:at|to) your (?:workplace|work|office|employer|job|boss)\b`,
      String.raw`\b(?:lawyer'?s?|legal|solicitor'?s?|attorney'?s?|court) (?:letter|papers|notice|documents?)\b[^.!?]{0,20}?\b(?:is |are )?(?:going|sent|coming|delivered|heading|on (?:its|their) way) to your (?:office|work|workplace|employer|job)\b`,
    ),
  },
  {
    // Seizure "without any court order".
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    triggers: ['without any court', 'without a court', 'without court', 'without any judg', 'without a judg'],
    patterns: en(
      String.raw`\b(?:garnish\w*|seiz\w*|freez\w*|take|taking|levy|attach\w*)\b[^.!?]{0,40}?\bwithout (?:any |a )?(?:court order|court|judg(?:e)?ment)\b`,
    ),
  },
  {
    // "To avoid being served at your job": papers said to be served at the workplace.
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: ['served', 'serve you', 'process server'],
    patterns: en(
      String.raw`\b(?:served|serve you|process server)\b${EN_PLAIN_GAP(20)}\b(?:at|to) (?:your )?(?:job|work|workplace|office|employer|place of (?:work|employment))\b`,
    ),
  },
  {
    // "We're going to be serving you with papers", "you'll be served at your job".
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: ['serve', 'serving', 'process server'],
    patterns: en(
      String.raw`\b(?:will|'ll|going to|gonna|about to|are|is|plan to|intend to|ready to|set to)(?: be)? (?:serve|serving) you\b${EN_PLAIN_GAP(20)}\b${PAPERS}`,
      String.raw`\b(?:will|'ll|going to|gonna|about to|are|is|ready to|set to) (?:have you |get you )?(?:be )?served\b${EN_PLAIN_GAP(30)}\b(?:at|to) ${PLACE}\b`,
      String.raw`\b(?:will|'ll|going to|gonna|about to|is|are) (?:serve|serving) (?:the |these |those )?${PAPERS}${EN_PLAIN_GAP(20)}\b(?:at|to) ${PLACE}\b`,
      String.raw`\bprocess servers?\b${EN_PLAIN_GAP(30)}\b(?:at|to|on (?:the|its|his|her) way to|heading to|coming to|sent to|dispatched to|stopping by|visit(?:ing)?) ${PLACE}\b`,
      String.raw`\bprocess servers? (?:is|are|has been|have been|will be|'s) (?:on (?:the|its|his|her) way|coming|heading|dispatched|assigned|sent|scheduled)\b`,
    ),
  },
  {
    // "You have been named as a respondent and may have to appear in court": a case said to exist.
    // Not hedgeable: "may have to appear" still says the person is a party to a case.
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    triggers: ['respondent', 'defendant', 'docket', 'court calendar', 'hearing'],
    patterns: en(
      String.raw`\byou(?:'ve| have|'re| are)? (?:been |now )?(?:named|listed|entered|registered|identified) as (?:a |the )?(?:respondent|defendant)\b`,
      String.raw`\byour (?:name|case|file|matter|hearing) (?:has been|is|was|will be) (?:now )?(?:entered|placed|put|listed|set) (?:on|in) (?:the |a )?(?:court )?(?:docket|court calendar|hearing list)\b`,
      String.raw`\byour (?:court )?hearing (?:has been|is|was) (?:now )?(?:set|scheduled|placed|listed|booked)\b`,
    ),
  },
  {
    // "Case number 44-7781 has been assigned…", "an affidavit of debt has been signed".
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: ['case number', 'case no', 'case #', 'case#', 'affidavit'],
    patterns: en(
      String.raw`\b(?:case (?:number|no\.?)|case ?#)${EN_PLAIN_GAP(25)}\b(?:assigned|opened|issued|filed|generated|pending|registered)\b${EN_PLAIN_GAP(40)}\b(?:legal|court|litigation|attorney|judge|lawsuit|filing)\b`,
      String.raw`\b(?:assigned|opened|issued|filed|generated|registered) (?:a |the )?(?:case (?:number|no\.?)|case ?#)`,
      String.raw`(?<!\bidentity theft )\baffidavits?\b(?! of identity theft)${EN_PLAIN_GAP(30)}\b(?:signed|sworn|prepared|drafted|filed|submitted|executed|against you|in your name)\b`,
      String.raw`\b(?:signed|sworn|prepared|drafted|filed|submitted|executed) (?:an? |the )?(?:sworn )?affidavits?\b(?! of identity theft)`,
    ),
  },
  {
    // "Your account is with our pre-legal department", "PRE-LITIGATION NOTICE".
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    triggers: ['pre-legal', 'prelegal', 'pre legal', 'pre-litigation', 'prelitigation', 'pre litigation'],
    patterns: en(String.raw`\bpre[- ]?(?:legal|litigation)\b`),
  },
  {
    // A deadline or a judgment signed "Legal Team", "Legal Department", "Legal Recovery Team".
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    triggers: ['legal team', 'legal department', 'legal recovery', 'legal division', 'legal unit'],
    patterns: en(
      String.raw`\b(?:within \d+ (?:hours?|days?)|by \d{1,2}(?::\d\d)? ?(?:am|pm)|judgment|legal action|litigation|lawsuit|court|filing|final (?:notice|warning))\b[^\n]{0,160}?(?:\bregards|\bsincerely|\bsigned|[-–—:.])\s*,?\s*(?:the )?legal (?:team|department|recovery(?: team)?|division|unit)\b\W*$`,
      String.raw`\blegal (?:team|department|division|unit) (?:has )?(?:approved|cleared|authori[sz]ed|signed off on|greenlit) (?:the |a )?(?:filing|lawsuit|suit|case|claim|action)\b`,
    ),
  },
  {
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: [
      'admission',
      'admitting',
      'admit',
      'acceptance',
      'accepting',
      'consent',
      'confession',
      'accept',
      'agree',
      'accept',
      'agree',
      'automatic',
    ],
    patterns: en(
      String.raw`\b(?:(?:failure|failing) to (?:respond|reply|answer)|not (?:responding|replying|answering)|ignoring (?:this|our|the)(?: \w+)?|no (?:response|reply)|silence|if you (?:don't|do not) (?:respond|reply|answer)(?: [^.!?\n]{0,30})?)\b[^.!?\n]{0,30}?(?:=|\bmeans\b|\bcounts? as\b|\bis\b|\bconstitutes\b|\bequals\b|\bwill be (?:treated|taken|deemed|considered) as\b)${NO_NEG_EN(20)}\b(?:an? )?(?:admission|admitting|admit|acceptance|accepting|accept|agreement|agree|consent|confession)\b`,
      String.raw`\bjudge?ments?\b[^.!?\n]{0,30}\b(?:entered|issued|granted|signed)\b[^.!?\n]{0,24}\bautomatically\b|\bautomatic(?:ally)? (?:default )?judge?ments?\b`,
    ),
  },
  {
    // "There is a lawsuit pending against you", "this is a litigation claim pending"; not a suit
    // that is the bank's own and pending in a named court ("our lawsuit is pending in … Court").
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    triggers: ['pending'],
    patterns: en(
      String.raw`(?<!\b(?:our|the|your) )\b(?:litigation|lawsuit|legal action|court case|legal case)(?: claim)? (?:is |has been )?(?:now )?pending\b(?! (?:in|before|at)\b)`,
    ),
  },
];
