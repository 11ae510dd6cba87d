import { describeRules, EN } from '../ruleCases.js';

/**
 * The waiver class of unauthorized_commitment in English (src/guardrails/rules/commitment/waiverEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('unauthorized_commitment: waiver, English', {
  violations: [
    // fifteenth-session English classes (guard15)
    [
      "Pay me today and I'll see to it the charge-off gets erased from Experian.",
      EN,
      'unauthorized_commitment',
    ],
    // classes that escaped round 10, by class
    ["Pay today and we'll waive everything, I promise.", EN, 'unauthorized_commitment'],
    // round-15 classes (guardfix phrasings)
    ['Good news: you are pre-approved for debt forgiveness. Reply YES.', EN, 'unauthorized_commitment'],
    [
      'Just send the $35 activation fee and your relief plan is unlocked today.',
      EN,
      'unauthorized_commitment',
    ],
    [
      'Special offer: pay a $99 fee via our partner site relief-desk.help and we guarantee your balance is cut in half.',
      EN,
      'unauthorized_commitment',
    ],
    [
      'Final notice: debt relief approved 100%, just pay the $20 processing fee at relief-center.xyz',
      EN,
      'unauthorized_commitment',
    ],
    [
      'Click here tinyurl.com/zero-debt to claim your pre-approved forgiveness.',
      EN,
      'unauthorized_commitment',
    ],
    // round-16 English classes (guarden8)
    ["I'm approving a six-month interest freeze for you right now.", EN, 'unauthorized_commitment'],
    // round-19a classes, English (guard19)
    ['I can make this whole debt disappear if you pay half right now.', EN, 'unauthorized_commitment'],
    // round-19b classes (guardb)
    ['Venmo me $250 tonight and the rest gets erased, my word.', EN, 'unauthorized_commitment'],
    [
      "I'll personally see to it the remaining $3k is written off if you act now.",
      EN,
      'unauthorized_commitment',
    ],
    // fourteenth-session classes (guard14)
    [
      "Off the record, I'll waive the interest for a year; I don't need a manager for that.",
      EN,
      'unauthorized_commitment',
    ],
  ],
  lawful: [
    // exposure and masked menace in collectors English (guardrw14en)
    ['We removed the old messages from your inbox as you asked.', EN],
  ],
  clean: [
    // classes that escaped round 10, by class
    ["Don't worry about the paperwork; we'll email you the forms to sign.", EN],
    // round-15 classes (guardfix phrasings)
    ['There is no fee for debt relief with us, and no one can promise approval.', EN],
  ],
});
