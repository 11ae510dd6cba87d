import { en, type PatternRuleSpec } from './ruleTypes.js';

/**
 * English classes round 19a showed uncovered (guard19, tenth session), written by class with
 * wordings of their own (the round's items are seen regression, check-s10 is measured, neither
 * is fitted): the bank said to take, tow or auction a home, car or belongings itself; benefits,
 * utilities or documents said to be cut off for a card debt; calls and texts counted and run
 * on; the end of friendliness as a veiled threat; an invented enforcement office as the sender
 * and a Social Security number or ID "flagged" or suspended; a settlement on the call that
 * forgives everything and leaves no record. FDCPA §1692d, §1692e(1), (4), (5), (10), §1692f.
 */
// A gap inside one sentence that holds no negation or reported speech ("anyone who says…").
const GAP = (n: number): string =>
  String.raw`(?:(?!\b(?:not|never|no|won't|isn't|aren't|doesn't|don't|can't|cannot|says?|said|claims?|tells?)\b|n't\b)[^.!?\n]){0,${n}}?`;

const BANK = String.raw`\b(?:we|we'll|we're|the bank|our (?:bank|team|recovery team|agents?|people|field team)|they|they'll|our guys)\b`;
const TAKE = String.raw`(?:take|taking|seize|seizing|repossess|repossessing|tow|towing|auction|auctioning|sell|selling|clear out|empty|emptying|haul away|lock up|put a lock on|change the locks on|take possession of|take back|pick up|grab)`;
const ASSET = String.raw`(?:house|home|apartment|flat|condo|car|truck|vehicle|furniture|electronics|belongings|stuff|things|property|tv|jewelry|pension|401k|retirement)`;
// The law, a court or a secured loan named: a fact about foreclosure, not the bank's own act.
const NOT_COURT = String.raw`(?![^.!?\n]{0,60}\b(?:court order|judgment|foreclosure|through the courts?|under (?:state |federal )?law|mortgage|secured)\b)`;
const BENEFIT = String.raw`(?:medicare|medicaid|social security(?: benefits| payments| checks?)?|ss benefits|unemployment(?: benefits| checks?)?|disability (?:benefits|payments|checks?)|(?:government|federal|state|welfare|veterans'?|va) benefits|pension|food stamps|snap benefits|utilities|power|electricity|water|gas service|driver'?s licen[cs]e|passport|health (?:insurance|coverage))`;
const CUT = String.raw`(?:cancel(?:l?ed)?|cut off|stopped|stop|suspended|suspend|revoked|revoke|shut off|terminated|frozen|deactivated|cut|pulled|taken away)`;
const ENFORCER = String.raw`(?:(?:u\.?s\.? |united states |national |federal |state |consumer |central |county )*(?:debt|delinquency|delinquent account|credit|collections?|arrears|default) (?:enforcement|compliance) (?:bureau|office|division|agency|authority|board|department|unit|center|centre|commission|task force)|(?:u\.?s\.? |united states |national |federal |state )+(?:debt|delinquency|credit|collections?|arrears) (?:recovery|control) (?:bureau|authority|agency|board|commission|office|division)|office of (?:debt |delinquency |credit |consumer debt )?(?:enforcement|compliance))`;
const ID = String.raw`(?:ssn|ss number|social security (?:number|card|record|file|account)|tax id|driver'?s licen[cs]e|passport|benefits number)`;

export const STRUCT_ROUND19_EN: PatternRuleSpec[] = [
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
      String.raw`${BANK}${GAP(40)}\b${TAKE}\b(?: (?:away|back))? (?:your|the|that|his|her)\b${GAP(12)}\b${ASSET}\b${NOT_COURT}`,
      String.raw`\b(?:your|the) ${ASSET}\b${GAP(20)}\b(?:goes|will go|is going|gets? sent) (?:to|up for) auction\b${NOT_COURT}`,
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
      String.raw`\b(?:your|his|her|their)\b${GAP(10)}\b${BENEFIT}\b${GAP(30)}\b(?:will|'ll|gets?|is going to|are going to|would|be|being|is|are)\b${GAP(10)}\b${CUT}\b`,
      String.raw`\b(?:result in|lead to|means?)\b${GAP(12)}\b${BENEFIT}\b${GAP(10)}\b(?:being|getting|gets?) ${CUT}\b`,
      String.raw`\b(?:your|his|her)\b${GAP(10)}\b${BENEFIT}(?: payments?| checks?| deposits?)? (?:stop|stops|end|ends|get cut|gets cut|get pulled|gets pulled)\b`,
      String.raw`\bgets? your ${BENEFIT} ${CUT}\b`,
    ),
  },
  {
    // Calls and texts counted and run on: "call #30 today… and tomorrow", "all week, all month".
    id: 'harassment.relentless_contact',
    lang: 'en',
    triggers: [
      '#',
      'number',
      'no.',
      ' of today',
      ' of the day',
      ' of tonight',
      'and again',
      'and then',
      'and at',
      'and in the',
      'and tomorrow',
      'and tonight',
      'and dawn',
      'and lunch',
      'and midnight',
      'and the day after',
      'and the next day',
      'and morning',
      'all day',
      'all night',
      'all week',
      'all weekend',
      'all month',
      'all morning',
      'all afternoon',
      'all evening',
      'dialer',
      'autodial',
      'loop',
      'rotation',
      'repeat',
    ],
    patterns: en(
      String.raw`\b(?:call|text|message|voicemail|attempt|ring|dial|try)s? ?(?:(?:#|no\. ?|number )(?:[1-9]\d|[5-9])|(?:[1-9]\d|[5-9]) of (?:today|the day|tonight))\b[^\n]{0,120}?\b(?:keep (?:going|calling|texting|ringing|dialing|at it|this going)|and (?:the day after|tomorrow|again)|more (?:tomorrow|tonight|the day after|coming)|(?:#|number )?\d+ (?:is |are )?(?:coming|next|in \d+|on (?:its|the) way|lined up|queued)|lined up|queued|the next one|(?:don't|never|won't) (?:get tired|stop|quit)|till|until)\b`,
      String.raw`\b(?:call|calls|calling|ring|text|texts|texting|dial|dialing|phone)\b[^\n]{0,60}?(?:\band (?:again |then )?(?:at |in the )?(?:tomorrow|tonight|dawn|lunch|midnight|the day after|the next day|morning|again)\b[^\n]{0,20}?){2}`,
      String.raw`\b(?:call|calls|calling|ring|text|texts|texting|dial|dialing)\b[^\n]{0,60}?\b(?:all (?:day|night|week|weekend|month|morning|afternoon|evening)\b[^\n]{0,12}?){2}`,
      String.raw`\b(?:have you|put you|got you|you're|you are) on (?:a |the )?(?:loop|rotation|repeat|auto-?dial(?:er)?)\b`,
      String.raw`\b(?:auto-?dialer|robo-?dialer|dialer|autodial\w*)\b[^.!?\n]{0,60}\b(?:back to back|nonstop|non-stop|until|till|around the clock|all day|all night)\b`,
    ),
  },
  {
    // The end of friendliness as a veiled threat: "after this we stop being friendly".
    id: 'threat.intimidation',
    lang: 'en',
    triggers: [
      'friendly',
      'nice',
      'polite',
      'courteous',
      'pretty',
      'pleasant',
      'patience',
      'patient',
      'niceness',
      'goodwill',
      'courtesy',
      'civil',
      'gentle',
      'different conversation',
    ],
    patterns: en(
      String.raw`(?<!\b(?:never|not|won't|don't|will not|do not) )\b(?:stop|quit|done|finished) (?:being )?(?:friendly|nice|polite|courteous)\b`,
      String.raw`\b(?:i|we|it|that|things|the next (?:call|visit|one))\b(?: \w+)? (?:won't|will not|isn't going to|aren't going to|is not going to|are not going to|ain't gonna|not gonna) (?:be |stay )?(?:so |as |this |very )?(?:friendly|nice|polite|courteous)\b`,
      String.raw`\b(?:played it|been|kept (?:it|things)|stayed|acted) (?:nice|polite|friendly|civil|courteous|patient)\b[^.!?\n]{0,30}[.,;]?\s*(?:that's|that is|it's|this is|that'll be|that ends|it ends) (?:over|done|ending|finished|about to change)\b`,
      String.raw`\b(?:my|our) (?:patience|niceness|goodwill|courtesy)\b[^.!?\n]{0,10}\b(?:runs out|ends|is over|expires|is running out|has run out|wears thin|stops)\b`,
      String.raw`\b(?:last|final) (?:time (?:i'm|we're|i am|we are) (?:asking|calling|being) (?:nicely|politely|nice)|(?:friendly|nice|polite|courteous|courtesy) (?:call|message|reminder|warning|conversation|visit))\b[^\n]{0,120}?\b(?:different conversation|stop being|what i'm saying|my drift|between the lines|capisce|you get it|get the picture|or else|understand me)\b`,
      String.raw`\bwhat (?:happens|comes) (?:next|after(?: this| that)?|then)\b[^.!?\n]{0,10}\b(?:isn't|won't|is not|will not|ain't)\b[^.!?\n]{0,12}\b(?:friendly|nice|polite|courteous|pretty|pleasant)\b`,
      String.raw`\bnext time\b[^.!?\n]{0,20}\ba different (?:conversation|story|approach|tone)\b`,
      String.raw`\bconsider this the (?:friendly|nice|polite|gentle) (?:version|one|call|warning)\b`,
      String.raw`\b(?:the )?(?:nice|gentle|polite|friendly|patient|courteous)(?: (?:treatment|approach|phase|version|part|routine))? (?:ends|is over|stops|runs out|is finished|is done|expires)\b`,
    ),
  },
  {
    // An invented enforcement office as the sender or the caller.
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: ['enforcement', 'compliance', 'recovery', 'control'],
    patterns: en(
      String.raw`(?:\[|\b(?:notice|message|alert|letter) from |\b(?:this is|here is|calling from|on behalf of) )(?:the )?${ENFORCER}\b`,
      String.raw`\b${ENFORCER}\b(?: here\b|:| has\b| have\b)`,
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
      String.raw`\b(?:your|his|her)\b${GAP(12)}\b${ID}\b${GAP(30)}\b(?:has been|have been|is|are|was|will be|may be|could be|gets?|is now|are now|now)\b${GAP(6)}\b(?:flagged|suspended|frozen|deactivated|placed on hold|on hold|marked (?:as )?(?:delinquent|defaulted?)|revoked|cancell?ed)\b`,
      String.raw`\byour identity (?:has been|is|was|will be|is now) (?:marked (?:as )?(?:delinquent|defaulted?)|frozen|suspended|revoked)\b`,
      String.raw`\b${ENFORCER}\b${GAP(20)}\b(?:flagged|suspended|frozen|marked|revoked|placed a hold on|put a hold on)\b${GAP(10)}\b(?:your|the) ${ID}\b`,
    ),
  },
  {
    // A settlement on the call that forgives everything and leaves nothing on the report.
    id: 'unauthorized_commitment.waiver',
    lang: 'en',
    negatable: true,
    authorisedBy: ['waiver', 'settlement'],
    triggers: [
      'forgive',
      'forget',
      'drop',
      'write off',
      'writes off',
      'written off',
      'wipe',
      'waive',
      'cancel',
      'erase',
      'cleared',
      'gone',
      'released',
      'disappear',
      'let the rest',
      'lets the rest',
      'let it all',
      'lets it all',
      'let everything',
      'lets everything',
      'let the remainder',
      'lets the remainder',
      'zero',
      'authority',
      'power to',
    ],
    patterns: en(
      String.raw`\b(?:the bank|we|they|i)(?:'ll| will)? (?:forgives?|forgets?|drops?|writes? off|wipes?|waives?|cancels?|erases?) (?:about )?(?:everything|it all|all of it|all the rest|the rest|the whole (?:thing|balance|debt|lot)|everything else|the remaining \w+|the entire (?:balance|debt))\b`,
      String.raw`\b(?:whole|entire|full|remaining) (?:balance|debt|amount) (?:is|gets|will be) (?:wiped|forgiven|written off|erased|cleared|gone)\b`,
      String.raw`\b(?:you're|you are|you'll be) released from (?:the|this|your) (?:debt|balance|account) (?:entirely|completely|for good|forever)\b`,
      String.raw`\b(?:make|making) (?:this|it|the (?:debt|balance)) (?:all )?disappear\b`,
      String.raw`\b(?:the rest|everything else|the remainder|the whole thing|the whole lot|all of it) (?:is|gets|will be|'s) (?:forgiven|written off|wiped|erased|cleared|gone|waived|dropped|let go)\b`,
      String.raw`\blets? (?:the rest|it all|everything else|the remainder) go\b`,
      String.raw`\bzero (?:this|it|the (?:balance|account|debt)) out\b`,
      String.raw`\bi (?:have|got) the (?:authority|power) to (?:waive|forgive|zero|write off|wipe|cancel|erase)\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.credit_record',
    lang: 'en',
    negatable: true,
    triggers: ['nothing on', 'nothing in', 'spotless', 'untouched', 'clean', 'perfect', '1099', 'tax form'],
    patterns: en(
      String.raw`\bnothing (?:on|in) your (?:credit )?(?:report|file|record)\b`,
      String.raw`\b(?:your )?(?:credit )?(?:report|file|record|history) (?:stays|will stay|remains|will remain|comes out) (?:clean|spotless|perfect|untouched)\b`,
      String.raw`\bno (?:tax forms?|1099s?(?:-c)?)\b`,
    ),
  },
];
