import { describeRules, EN } from '../ruleCases.js';

/**
 * The region class of discrimination in English (src/guardrails/rules/discrimination/regionEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('discrimination: region, English', {
  violations: [
    // round-15 classes (guardfix phrasings)
    ['In your culture maybe skipping bills is normal, not here.', EN, 'discrimination'],
    ['People from your part of the world always seem to think debts are optional.', EN, 'discrimination'],
  ],
  clean: [
    // round-15 classes (guardfix phrasings)
    ['Where you are from has no bearing on the options we can offer.', EN],
  ],
});
