import { describeRules, EN_UNVERIFIED } from '../ruleCases.js';

/**
 * The undisclosed identity class of misrepresentation in English (src/guardrails/rules/misrepresentation/undisclosedIdentityEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('misrepresentation: undisclosed identity, English', {
  violations: [
    // recurring real-world classes in English (guardrw15)
    ['This is Mark. Call me about your balance today.', EN_UNVERIFIED, 'misrepresentation'],
  ],
});
