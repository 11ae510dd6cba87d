import { describeRules, EN, EN_UNVERIFIED } from '../ruleCases.js';

/**
 * The false urgency class of misrepresentation in English (src/guardrails/rules/misrepresentation/falseUrgencyEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('misrepresentation: false urgency, English', {
  violations: [
    // English classes of structMenace, by class
    ['Agent note: applied a skip-tracing fee to the balance.', EN, 'misrepresentation'],
    ['A payment plan is no longer available once you pass 90 days.', EN, 'misrepresentation'],
    ['This default has been reported to every lender in the state.', EN, 'misrepresentation'],
    ["We're charging a $45 no-answer fee on the account.", EN, 'misrepresentation'],
    ['Pay the balance to our new account, details below.', EN, 'misrepresentation'],
    ['A 30 percent default surcharge now applies.', EN, 'misrepresentation'],
    ["By law you must pay in full before we'll discuss options.", EN, 'misrepresentation'],
    // dressed-up voicemails, English (guardrw13b)
    ['It is about a confidential matter involving you.', EN_UNVERIFIED, 'misrepresentation'],
    ['A private matter requires your immediate attention. Call us.', EN_UNVERIFIED, 'misrepresentation'],
    ['This is Rachel with an urgent message for you.', EN_UNVERIFIED, 'misrepresentation'],
    ['This is not a solicitation. Please call 1-800-555-0100.', EN_UNVERIFIED, 'misrepresentation'],
    ["Hi, I'm a friend of your cousin, call me back.", EN_UNVERIFIED, 'misrepresentation'],
  ],
  lawful: [
    // instant-loan and agency register (guardrw13a)
    ['Please be informed that your payment plan is active.', EN],
    // round-19a classes, English (guard19)
    ["You won't be arrested or sent to prison for it.", EN],
  ],
  clean: [
    // round-15 classes (guardfix phrasings)
    ['There is no processing fee to apply for a hardship plan.', EN],
  ],
});
