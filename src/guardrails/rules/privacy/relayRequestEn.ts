import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { EN_PLAIN_GAP, KIN_AND_FRIENDS, S } from '../shared/en.js';

/**
 * Privacy (English): someone asked to pass a debt message on.
 */

// Whom a person asked to relay may be advised to ask, lawfully.
const ADVISER = String.raw`(?:the court|a court|a lawyer|an? (?:debt |money )?advis[eo]r|your (?:lawyer|attorney|bank|employer's payroll)|the bank|an attorney|a counsell?or)`;
const THEM = String.raw`(?:him|her|them|him/her|him or her|the (?:debtor|borrower|customer|client|defaulter|loanee|account holder|owner)|your (?:friend|contact|relative|colleague|brother|sister|cousin|son|daughter|husband|wife|partner))`;

export const PRIVACY_RELAY_REQUEST_EN: PatternRuleSpec[] = [
  {
    id: 'privacy.relay_request',
    lang: 'en',
    negatable: true,
    triggers: [
      'him',
      'her',
      'them',
      'holder',
      'debtor',
      'husband',
      'wife',
      'spouse',
      'son',
      'daughter',
      'father',
      'mother',
      'dad',
      'mom',
      'brother',
      'sister',
      'partner',
      'roommate',
      'relative',
      'friend',
      'pass',
      'take a message',
    ],
    patterns: en(
      `\\b(?:tell|ask|have|let|remind|get|inform|advise)\\s+(?:him|her|them|the (?:account ?holder|cardholder|card holder|debtor)|your (?:husband|wife|spouse|son|daughter|father|mother|dad|mom|brother|sister|partner|roommate|relative|friend))\\s+(?:to )?(?:call|contact|pay|get in touch|reach|phone|ring|respond|reply|settle|know|sort)\\b`,
      `\\bpass (?:on |along )?(?:this|a|the|our) message\\b|\\bpass (?:it|this|that) (?:on|along)\\b|\\bgive (?:him|her|them) (?:this|the|our|a) message\\b|\\btake a message for (?:him|her|them|the)\\b`,
    ),
  },
  {
    id: 'privacy.relay_request',
    lang: 'en',
    negatable: true,
    triggers: ['tell her', 'tell him', 'tell them', 'make sure', 'remind'],
    patterns: en(
      `\\btell (?:him|her|them)\\b[^.!?]{0,30}\\b(?:the bank|we|our office) (?:needs?|wants?|is waiting|are waiting)`,
      `\\bmake sure (?:he|she|they) (?:pays?|calls?|settles?|gets? in touch)`,
      `\\bremind (?:your \\w+|him|her|them)\\b[^.!?]{0,40}\\b(?:pay|payment|call us|owes?|balance|card|overdue|late)`,
    ),
  },
  {
    id: 'privacy.relay_request',
    lang: 'en',
    negatable: true,
    triggers: [
      "'s wife",
      "'s husband",
      "'s mom",
      "'s mother",
      "'s dad",
      "'s father",
      "'s son",
      "'s daughter",
      "'s sister",
      "'s brother",
      "'s partner",
      "'s boss",
      "'s roommate",
      "'s neighbor",
      "'s neighbour",
    ],
    patterns: en(
      String.raw`\b(?:message|note|reminder|voicemail) for [a-z]+'s (?:wife|husband|mom|mother|dad|father|son|daughter|sister|brother|partner|boss|roommate|neighbou?r)\b`,
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
    // "We urge you to reach out to this person to make her payment", "coordinate his payment",
    // "make sure she pays", "convince him to pay".
    id: 'privacy.relay_request',
    lang: 'en',
    negatable: true,
    personMayAct: true,
    triggers: ['payment', 'pay', 'settle', 'clear', 'repay'],
    patterns: en(
      String.raw`\b(?:reach out to|contact|tell|remind|advise|inform|convince|urge|ask|persuade|help|push|encourage|talk to|speak to|follow up with)\b (?:him|her|them|this person|the (?:borrower|client|person|above person))\b${EN_PLAIN_GAP(20)}\b(?:to )?(?:make (?:his|her|their) (?:payment|repayment)s?|pay|settle|clear|repay)\b`,
      String.raw`\b(?:coordinate|arrange|facilitate|ensure|secure|follow up) (?:his|her|their) (?:payment|repayment|settlement)s?\b`,
      String.raw`\bmake sure (?:he|she|they|your ${KIN_AND_FRIENDS}(?: [a-z]+)?) (?:pays|pay|settles|settle|clears|repays)\b`,
    ),
  },
  {
    // "Tell John Doe that if he has not paid his loan…", "kindly inform XX to pay the loan".
    id: 'privacy.relay_request',
    lang: 'en',
    negatable: true,
    triggers: ['tell', 'inform', 'remind', 'ask', 'notify', 'advise'],
    patterns: en(
      String.raw`\b(?:tell|inform|remind|ask|notify|advise) (?!(?:me|us|you|yourself|them|for|it|about|if|whether|how|when|what|why|a|an|the|this|that|someone|anyone|an[y]|our|my|questions?)\b|${ADVISER})(?:(?:mr|mrs|ms|miss)\.? )?[a-z]+(?: [a-z]+)? (?:that|to)\b${S(60)}\b(?:pay|paid|loan|debt|balance|owes?|overdue|arrears|outstanding)\b`,
    ),
  },
  {
    // The contact asked to press or inform the debtor: "kindly inform the debtor to pay", "urge them to pay".
    id: 'privacy.relay_request',
    lang: 'en',
    negatable: true,
    triggers: [
      'urge',
      'remind',
      'inform',
      'tell',
      'notify',
      'alert',
      'advise',
      'encourage',
      'persuade',
      'pressure',
      'push',
      'convince',
      'beg',
      'ask',
      'make sure',
      'talk to',
      'pakisabi',
      'sabihan',
      'sabihin',
      'ensure',
      'prevail',
      'see to it',
    ],
    patterns: en(
      String.raw`\b(?:kindly|please|pls|plz|do) (?:inform|tell|notify|advise|remind|alert) (?:the )?(?:debtor|borrower|defaulter|loanee|owner of (?:the )?(?:number|phone))\b`,
      String.raw`\b(?:urge|remind|encourage|persuade|pressure|push|convince|beg|advise|tell|ask|make sure|talk to)\w* ${THEM}\b${S(16)}\b(?:to )?(?:pay|repay|settle|clear|sort out|pay up|pay back)\b(?! (?:attention|a visit))`,
      String.raw`\b(?:please |kindly |pls |plz )?(?:ensure|make sure|see to it|prevail (?:up)?on) (?:that )?(?:he|she|they|him|her|them)\b${S(16)}\b(?:to )?(?:pays?|repays?|settles?|clears?|sorts? out|pay up)\b`,
      String.raw`\b(?:pakisabi|pakisabihan|sabihan mo|sabihin mo)\b${S(30)}\b(?:magbayad|bayaran|bayad|utang|pay)\b`,
    ),
  },
];
