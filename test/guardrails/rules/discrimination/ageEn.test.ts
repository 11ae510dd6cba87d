import { describeRules, EN } from '../ruleCases.js';

/**
 * The age class of discrimination in English (src/guardrails/rules/discrimination/ageEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('discrimination: age, English', {
  violations: [
    // real collectors' register, English (guardrw12)
    ["What do you expect from an old geezer who can't remember to pay.", EN, 'discrimination'],
  ],
});
