import { en, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Real collectors' register in English (guardrw12, issue 16), written by class from the helper's
 * own check set and training lines (no real collection message seen): a child or spouse named as
 * leverage with no threat word; warrants said to be out; invented crime and compliance agencies
 * and SSN alerts; a declined-payment alert turned into escalation; "does your boss know?";
 * sneering at wealth and spending; dead relatives and graves; pushing the person to sell or pawn;
 * ethnic, age and welfare jibes. FDCPA §1692d(1)-(2), §1692e(1),(4),(5),(7),(14), §1692c(b).
 */
// One sentence with no negation or reported speech in it.
export const GAP = (n: number): string =>
  String.raw`(?:(?!\b(?:not|never|no|won't|isn't|aren't|doesn't|don't|can't|cannot|says?|said|claims?|tells?)\b|n't\b)[^.!?\n]){0,${n}}?`;
const CHILD = String.raw`(?:kids?|children|child|son|sons|daughters?|boy|girl|little (?:one|girl|boy|guy)|baby|toddler|wife|husband|family)`;
// Children (and a spouse) without "family": "what about your family's budget?" is a lawful question.
const KID = String.raw`(?:kids?|children|child|son|sons|daughters?|boy|girl|little (?:one|girl|boy|guy)|baby|toddler|wife|husband)`;
export const KIN = String.raw`(?:mother|mom|mum|ma|father|dad|pa|grandma|grandmother|granny|grandpa|grandfather|wife|husband|son|daughter|brother|sister|uncle|aunt|parents?|folks|family|kids?|children)`;
const AGENCY = String.raw`(?:center|centre|unit|division|bureau|department|office|agency|task force|commission|directorate)`;

export const STRUCT_REGISTER12_EN: PatternRuleSpec[] = [
  {
    // "What about that kid you're raising?", "think about your little girl before…".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['what about', 'think about', 'think of'],
    patterns: en(
      String.raw`\bwhat about (?:that|those) ${KID}\b|\bwhat about your ${KID}\b${GAP(20)}\b(?:raising|of yours|safe|safety)\b`,
      String.raw`\bthink (?:about|of) (?:that|those|your) ${KID}\b${GAP(20)}\b(?:before you (?:hang|ignore|dodge|block|screen)|next time you (?:hang|ignore|dodge|block|screen))`,
    ),
  },
  {
    // "You've got a daughter at Lincoln Elementary, right?", "your son plays at Riverside park".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'school',
      'elementary',
      'daycare',
      'academy',
      "'ve got",
      'have got',
      'you got',
      'park',
      'practice',
      'league',
      'we know the',
      'we know which',
      'we know what',
    ],
    patterns: en(
      String.raw`\byou(?:'ve| have)? got (?:a|two|three|\d) ${CHILD}\b${GAP(12)}\b(?:at|in|goes to|attends)\b${GAP(30)}\b(?:school|elementary|daycare|academy|high|middle)\b`,
      String.raw`\byour ${CHILD}\b${GAP(30)}\b(?:school|elementary|daycare|academy|park|practice|league)\b${GAP(20)}(?:right\?|don't (?:they|he|she)\?|isn't (?:it|that)\?|pay|call)`,
      String.raw`\bwe know which (?:gym|school|church|bar|route|bus|train|park|daycare|building|door|car)\b|\bwe know the (?:gym|school|church|bar|route|bus|park|daycare|door|car) (?:you|your)\b`,
    ),
  },
  {
    // "I'm going to come over there and break something".
    id: 'threat.violence',
    lang: 'en',
    negatable: true,
    triggers: ['break', 'smash', 'wreck', 'burn'],
    patterns: en(
      String.raw`\b(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to| gonna)${GAP(30)}\b(?:break|smash|wreck|burn) (?:something|your|everything|it|the)\b`,
    ),
  },
  {
    // "Would be terrible if anything happened to them".
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['happen'],
    patterns: en(
      String.raw`\b(?:terrible|shame|pity|awful|sad|tragic)\s+if\s+(?:anything|something)\s+(?:bad\s+)?(?:happened|happens|were to happen)\b`,
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
    // "National Crime Information Center alert on your SSN", "Financial Crimes Enforcement Division".
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: [
      'crime',
      'criminal',
      'investigation',
      'investigative',
      'enforcement',
      'compliance',
      'prosecutor',
      'prosecution',
      'fraud',
    ],
    patterns: en(
      String.raw`\b(?:crimes?|criminal|investigations?|investigative|enforcement|prosecutor's|prosecution)(?: [a-z]+){0,2} ${AGENCY}\b`,
      String.raw`\b(?:national|federal|state|county|financial|consumer)(?: [a-z]+){0,2} (?:compliance|crimes?|fraud|investigations?) ${AGENCY}\b`,
      String.raw`\b(?:consumer|financial) fraud task force\b`,
      String.raw`\b${AGENCY} of (?:financial|consumer|federal|national|state|criminal) (?:compliance|crimes?|investigations?|enforcement|fraud)\b`,
    ),
  },
  {
    // "PAYMENT DECLINED - … flagged for fraud review… avoid escalation": a decline used to scare.
    id: 'misrepresentation.payment_status',
    lang: 'en',
    appliesTo: (c) => c.facts?.paymentStatus !== 'declined',
    triggers: ['declined', 'failed', 'bounced', 'rejected'],
    patterns: en(
      String.raw`\b(?:payment|transaction)(?: was| has been| is)? (?:declined|failed|bounced|rejected)\b(?![^\n]{0,80}\b(?:may|might|could)\b)[^\n]{0,80}\b(?:legal|litigation|escalat\w*|fraud|arrest|lawsuit|court|prosecut\w*|investigation|attorneys?|lawyers?)\b`,
    ),
  },
  {
    // "Does your boss know you don't pay your bills?", "do your kids know…".
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: ['does your', 'do your', 'would your'],
    patterns: en(
      String.raw`\b(?:does|do|would) your (?:boss|employer|manager|wife|husband|spouse|partner|girlfriend|boyfriend|mom|mother|dad|father|parents|kids|children|son|daughter|family|pastor|neighbou?rs?|co-?workers|friends)\b (?:know|realize|realise|have any idea)\b[^.!?\n]{0,40}?\b(?:pay|owe|debt|bills?|balance|hiding|behind|broke)\b`,
    ),
  },
  {
    // "Maybe your mom can chip in. We'll call her tonight": a relative called to pay.
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: [
      'chip in',
      'help out',
      'help pay',
      'help cover',
      'pay it',
      'pay this',
      'pay for you',
      'cover it',
      'cover this',
      'cover you',
    ],
    patterns: en(
      String.raw`\byour ${KIN}\b${GAP(30)}\b(?:chip in|help (?:out|pay|cover)|pay (?:it|this|for you)|cover (?:it|this|you))\b[^\n]{0,40}\b(?:we|i)(?:'ll| will|'re going to| are going to)? (?:call|ask|ring|contact|reach out to) (?:him|her|them)\b`,
    ),
  },
  {
    // "have your helicopter bring the payment", "hey moneybags", "poor baby can't afford…".
    id: 'harassment.profanity',
    lang: 'en',
    negatable: true,
    triggers: [
      'helicopter',
      'butler',
      'chauffeur',
      'yacht',
      'jet',
      'maid',
      'moneybags',
      'big shot',
      'hotshot',
      'highness',
      'majesty',
      'poor baby',
      'poor thing',
      'boo hoo',
      'boo-hoo',
      'cry me',
      'afford',
      'more important',
      'must be nice',
      'classy',
      'but found',
      'but had',
      'but have',
      'but got',
    ],
    patterns: en(
      String.raw`\b(?:have|tell|send|get|let) your (?:helicopter|butler|chauffeur|yacht|private jet|jet|maid|driver|accountant)\b`,
      String.raw`\b(?:moneybags|big shot|hotshot|your highness|your majesty|richie rich|poor baby|poor thing|boo-? ?hoo|cry me a river)\b`,
      String.raw`\bcan(?:'t|not| not)? afford\b${GAP(40)}\bbut (?:can|could) afford\b|\b(?:couldn't|can't|cannot) pay\b${GAP(30)}\bbut (?:found|had|have|got) (?:money|cash)\b`,
      String.raw`\b(?:was|is|are) more important than pay(?:ing)? (?:us|your|the)\b|\bmust be nice to\b${GAP(40)}\b(?:pay|us|bill)|\bmust be nice\b${GAP(30)}\.\s+too bad\b|\bclassy\b\.?$`,
    ),
  },
  {
    // "rolling in her grave", "spit on your grandma's grave", "your dead mother".
    id: 'harassment.profanity',
    lang: 'en',
    negatable: true,
    triggers: ['grave', 'your dead', 'deadbeat', 'ashamed', 'proud of'],
    patterns: en(
      String.raw`\b(?:rolling|turning|spinning) (?:over )?in (?:his|her|their) graves?\b`,
      String.raw`\b(?:piss|pee|spit|dance|shit|dump|stomp)\w* on (?:your|ur) ${KIN}(?:'s|s')? graves?\b`,
      String.raw`\byour dead ${KIN}\b`,
      String.raw`\byour late ${KIN}\b${GAP(30)}\b(?:deadbeat|ashamed|proud of)\b`,
    ),
  },
  {
    // "Sell your wedding ring, sell your car, I don't care": pushed to sell or pawn belongings.
    id: 'harassment.coercion',
    lang: 'en',
    negatable: true,
    personMayAct: true,
    triggers: ['sell', 'pawn', 'hock'],
    patterns: en(
      String.raw`(?:^|[.,;!?]\s*|\band\s|\bgo\s|\bjust\s)(?:sell|pawn|hock) (?:your|ur|the) (?:wife's |husband's |kids' |mother's )?(?:wedding ring|ring|car|truck|house|furniture|tv|jewelry|jewellery|blood|plasma|kidney|organs?|stuff|things|phone|watch|kids?)\b`,
    ),
  },
  {
    // "Typical Mexican", "you immigrants", "senile as usual", "welfare queen".
    id: 'discrimination.identity',
    lang: 'en',
    negatable: true,
    triggers: [
      'typical',
      'immigrant',
      'foreigners',
      'people from',
      'illegals',
      'welfare',
      'food stamps',
      'your people',
      'go home',
      'go the',
    ],
    patterns: en(
      String.raw`\btypical (?:mexican|black|asian|chinese|indian|arab|muslim|jew|jewish|immigrant|foreigner|latino|latina|hispanic|puerto rican|dominican|haitian|african|filipino|korean|vietnamese|russian|polish|irish|italian|native|woman|female)s?\b`,
      String.raw`\byou (?:immigrants|foreigners|people from|illegals)\b|\byour people always\b|\bwelfare (?:queen|mom|bum)\b|\bon (?:food stamps|welfare)\b${GAP(20)}\bcan't\b|\bgo (?:the \S+ )?home\b${GAP(20)}(?:country|immigrant)|\bimmigrants?\b${GAP(40)}\bgo (?:the \S+ )?home\b`,
    ),
  },
  {
    // "senile as usual", "an old geezer who can't remember to pay".
    id: 'discrimination.age',
    lang: 'en',
    negatable: true,
    triggers: ['senile', 'geezer', 'old lady', 'old man', 'old bag', 'old fart', 'old hag'],
    patterns: en(
      String.raw`\bsenile\b|\bold (?:geezer|bag|fart|hag|coot)\b|\bthe old (?:lady|man)\b${GAP(30)}\b(?:forgot|forget|can't|couldn't|senile)\b`,
    ),
  },
];
