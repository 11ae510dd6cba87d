import { en, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Older English classes the guard's own seen check sets (check-s6, check-s6r, check-s7.en) still
 * let through, read by class by guarden8 (issue 16): menace by "other ways", regret and "whatever
 * happens next"; people said to be outside the person's office or home; disability taunts; a
 * relay asked of a roommate or household; a debt already told to contacts; papers "served at your
 * workplace"; children's loans "linked" to the debt; benefits held against the person; a spouse's
 * fidelity used as a jab. FDCPA §1692c(b), §1692d, §1692e.
 */
const PLACE = String.raw`(?:office|work|workplace|job|house|home|door|front door|building|flat|apartment|place|gate|kids'? school|school)`;

export const STRUCT_ROUND16_EN_MORE: PatternRuleSpec[] = [
  {
    id: 'threat.intimidation',
    lang: 'en',
    negatable: false,
    triggers: [
      'ways to make your life',
      'ways of making your life',
      'regret',
      'on you',
      'on your head',
      'outside your',
      'at your',
      'near your',
      'parked by your',
      'round your',
      'around your',
    ],
    patterns: en(
      String.raw`\b(?:other|different|plenty of|many) ways (?:to|of) mak(?:e|ing) your life (?:uncomfortable|difficult|hard|hell|miserable|a misery|unpleasant)\b`,
      String.raw`\b(?:learn|find out|see|know) what regret (?:feels|looks|tastes) like\b|\byou(?:'ll| will) (?:live to |really )?regret (?:it|this|ignoring|not paying|the day)\b`,
      String.raw`\bwhatever happens (?:next|now|after that|from here)\b[^.!?]{0,10}?\b(?:is|'s) on (?:you|your head)\b|\b(?:anything|what) happens (?:next|now) is on you\b`,
      String.raw`\b(?:our|my|the) (?:guys|people|boys|lads|team|crew|agents|colleagues|collectors) (?:are|is|were) (?:already |right |now |sitting |waiting |parked )*(?:outside|at|near|round|around|parked by) your ${PLACE}\b`,
    ),
  },
  {
    // A disability mocked: "can't walk but you can swipe a card", "wheelchair or not".
    id: 'harassment.mockery',
    lang: 'en',
    negatable: false,
    triggers: [
      "can't walk",
      "can't see",
      "can't hear",
      "can't read",
      "can't work",
      'cannot walk',
      'cannot see',
      'cannot hear',
      'cannot read',
      'cannot work',
      'wheelchair or not',
      'crutches or not',
      'wrong in your head',
      'wrong with your head',
      'more shame than you',
      'more sense than you',
      'more dignity than you',
    ],
    patterns: en(
      String.raw`\b(?:can't|cannot) (?:walk|see|hear|read|work)\b[^.!?]{0,20}?\bbut (?:you )?(?:can|could)\b`,
      String.raw`\b(?:wheelchair|crutches) or not\b|\bsomething wrong (?:in|with) your head\b|\b(?:a |the )?(?:dog|rat|pig|cockroach|monkey) (?:has|had) more (?:shame|sense|dignity) than you\b`,
    ),
  },
  {
    // A relay asked of whoever answers: "can you get her to pick up?", "could you ask Jo to call".
    id: 'privacy.relay_request',
    lang: 'en',
    negatable: true,
    triggers: [
      'her to',
      'him to',
      'them to',
      'have a word with',
      'talk to her',
      'talk to him',
      'talk to them',
      'speak to her',
      'speak to him',
      'speak to them',
      'to call first',
      'to call us',
      'to call the bank',
      'to call back',
    ],
    patterns: en(
      String.raw`\b(?:can|could|would|will) you (?:please )?(?:get|ask|tell|have|remind) (?:her|him|them) to (?:call|pick up|ring|phone|contact|pay|get in touch|answer)\b`,
      String.raw`\b(?:can|could|would|will) you (?:please )?(?:have a word with|talk to|speak to) (?:her|him|them)\b`,
      String.raw`\b(?:can|could|would|will) you (?:please )?(?:ask|tell|get|have|remind) [a-z]+ to call (?:us|back|the bank|first \w+)\b`,
    ),
  },
  {
    // A debt already told to contacts, references or family.
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: [
      'emergency contact',
      'contact list',
      'your contacts',
      'your references',
      'your reference',
      'phone book',
      'phonebook',
      'address book',
    ],
    patterns: en(
      String.raw`\bwe(?:'ve| have)? (?:already |just )?(?:shared|disclosed|passed on|sent|explained|mentioned|let|told|informed|notified|messaged|reached out to)\b[^.!?]{0,40}?\b(?:your|ur) (?:emergency contacts?|contact list|contacts|references?)\b`,
      String.raw`\b(?:people|everyone|a few people|some people|someone|folks) (?:in|on|from) your (?:contact list|contacts|phone ?book|address book) (?:know|knows|now know|have been told|were told|heard)\b`,
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
    // Benefits, a spouse's fidelity or a generation held against the person.
    id: 'discrimination.identity',
    lang: 'en',
    negatable: true,
    triggers: [
      'welfare',
      'benefits',
      'food stamps',
      'universal credit',
      'handouts',
      'millennials',
      'boomers',
      'gen z',
    ],
    patterns: en(
      String.raw`\b(?:on|receive|get|getting|living on|claiming) (?:welfare|benefits|food stamps|universal credit|handouts)\b[^.!?]{0,30}?\b(?:flag\w*|high[- ]risk|lazy|scrounger|sponger|typical|no wonder|of course|can't be trusted|unreliable)\b`,
      String.raw`\b(?:millennials|boomers|gen z|zoomers)\b[^.!?]{0,40}?\b(?:no wonder|typical|always|never)\b`,
    ),
  },
  {
    id: 'defamation.insult',
    lang: 'en',
    negatable: true,
    triggers: [
      'what your wife',
      'what your husband',
      'what your partner',
      'what your girlfriend',
      'what your boyfriend',
      'what your missus',
    ],
    patterns: en(
      String.raw`\bwhat your (?:wife|husband|partner|girlfriend|boyfriend|missus) (?:gets up to|is up to|does|is doing) (?:while|when|behind)\b`,
    ),
  },
];
