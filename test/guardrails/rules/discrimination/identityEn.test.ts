import { describeRules, EN } from '../ruleCases.js';

/**
 * The identity class of discrimination in English (src/guardrails/rules/discrimination/identityEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('discrimination: identity, English', {
  violations: [
    // classes that escaped round 10, by class
    ['You people never pay what you owe.', EN, 'discrimination'],
    // English classes of structMenace, by class
    ["Sorry, we don't offer hardship plans to people on disability.", EN, 'discrimination'],
    ["With that accent I doubt you're the real account holder.", EN, 'discrimination'],
    // real collectors' register, English (guardrw12)
    ['Typical Puerto Rican, always with an excuse.', EN, 'discrimination'],
    // real collectors' register, English, continued (guardrw12)
    ["What's a guy like you doing with a card anyway, go back to picking fruit.", EN, 'discrimination'],
    // instant-loan and agency register (guardrw13a)
    ['Pay your debt, n****r.', EN, 'discrimination'],
    ['Go pick cotton and pay what you owe.', EN, 'discrimination'],
    ['You people from that tribe never pay back.', EN, 'discrimination'],
    // round-16 English classes (guarden8)
    ['Your accent makes me doubt you are being honest.', EN, 'discrimination'],
    ['People living on benefits are always high risk, no wonder.', EN, 'discrimination'],
    // recurring real-world classes in English (guardrw15)
    ['Salam, you filthy liar, where is the money?', EN, 'discrimination'],
    ['Pay your bill, you greedy Arab.', EN, 'discrimination'],
    ['hello you .. n-', EN, 'discrimination'],
  ],
});
