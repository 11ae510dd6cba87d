import { describeRules, EN } from '../ruleCases.js';

/**
 * The profanity class of harassment in English (src/guardrails/rules/harassment/profanityEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('harassment: profanity, English', {
  violations: [
    // escaping classes, by class
    ['pay the fkn bill already', EN, 'harassment'],
    ['you sc*mbag, answer your phone', EN, 'harassment'],
    ['stfu and pay, mf', EN, 'harassment'],
    ['cry me a river, the balance is still there', EN, 'harassment'],
    // classes that escaped round 10, by class
    ['Answer the phone, you worthless sack of garbage.', EN, 'harassment'],
    // real collectors' register, English (guardrw12)
    ['Tell your butler to drop off the check, your highness.', EN, 'harassment'],
    ["I'd spit on your grandma's grave if I could.", EN, 'harassment'],
    // real collectors' register, English, continued (guardrw12)
    ['Nice boat. Bet it floats better than your payments.', EN, 'harassment'],
    ["Those designer bags won't pay themselves off, princess.", EN, 'harassment'],
    ['Not sure how you sleep at night owing this much.', EN, 'harassment'],
    ["Your dad's funeral was nice, shame you couldn't pay for it either.", EN, 'harassment'],
    ["How's that new baby? Must be expensive. Pay us first.", EN, 'harassment'],
    ['Hey Mr. Bigshot, your Rolex can cover this.', EN, 'harassment'],
    // round-20b classes (guard11b)
    ['pay up you lazy deadbeat', EN, 'harassment'],
    ["Honestly you're such a waste of space, just pay the bill.", EN, 'harassment'],
    ['everyone knows ur just worthless, stop hiding', EN, 'harassment'],
    // the fifteenth session blind classes in English (guardrw15b)
    ['Answer the phone, you d—-head.', EN, 'harassment'],
  ],
  lawful: [
    // real collectors' register, English, continued (guardrw12)
    ['Congrats on the new baby! Your statement is ready.', EN],
    // instant-loan and agency register (guardrw13a)
    ['You should be proud of yourself for finishing the plan.', EN],
  ],
});
