import { describeRules, EN } from '../ruleCases.js';

/**
 * The suicide taunt class of harassment in English (src/guardrails/rules/harassment/suicideTauntEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('harassment: suicide taunt, English', {
  violations: [
    // escaping classes, by class
    ['Depression is not a payment method, champ.', EN, 'harassment'],
  ],
});
