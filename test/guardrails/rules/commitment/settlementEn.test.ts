import { describeRules, EN_UNVERIFIED } from '../ruleCases.js';

/**
 * The settlement class of unauthorized_commitment in English (src/guardrails/rules/commitment/settlementEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('unauthorized_commitment: settlement, English', {
  lawful: [
    // recurring real-world classes in English (guardrw15)
    ['This is Mark from Harbor Bank. Call me about your balance today.', EN_UNVERIFIED],
  ],
});
