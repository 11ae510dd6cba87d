import { describeRules, EN, EN_UNVERIFIED } from '../ruleCases.js';

/**
 * The violence class of threat in English (src/guardrails/rules/threat/violenceEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('threat: violence, English', {
  violations: [
    // instant-loan and agency register (guardrw13a)
    ['I will kill that brother of yours if this money is not paid.', EN, 'threat'],
    ['I will wipe out your entire family, mark my words.', EN, 'threat'],
    ['Next time I come, I burn the car.', EN, 'threat'],
    ['We will blow the ____ shop up.', EN, 'threat'],
    // round-15 classes (guardfix phrasings)
    ['Would be a real shame if your truck got keyed. Anyway, payment is due Friday.', EN, 'threat'],
    // exposure and masked menace in collectors English (guardrw14en)
    ['I am going to f--- you up when I see you.', EN, 'threat'],
    ["I'll f*** you up if this money is not here.", EN, 'threat'],
    ['We will f**k up your life, believe me.', EN, 'threat'],
    ['I will beat the s*** out of you.', EN, 'threat'],
    ["I'm gonna f-ing end you.", EN, 'threat'],
    ['i swear i will f***ing hurt you', EN, 'threat'],
  ],
  lawful: [
    // round-20b classes (guard11b)
    ["You're not lazy; money trouble can happen to anyone.", EN],
    // exposure and masked menace in collectors English (guardrw14en)
    ['We will follow up with you next week about the plan.', EN],
    // dressed-up voicemails, English (guardrw13b)
    ['We are sorry, we cannot share any details with you.', EN_UNVERIFIED],
  ],
  clean: [
    // round-15 classes (guardfix phrasings)
    ['If something unexpected happens and you cannot pay, call us and we will look at options.', EN],
  ],
});
