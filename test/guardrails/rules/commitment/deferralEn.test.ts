import { describeRules, EN } from '../ruleCases.js';

/**
 * The deferral class of unauthorized_commitment in English (src/guardrails/rules/commitment/deferralEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('unauthorized_commitment: deferral, English', {
  lawful: [
    // round-16 English classes (guarden8)
    ["We can't guarantee approval, but I can submit the request today.", EN],
  ],
  clean: [
    // round-15 classes (guardfix phrasings)
    ['Pre-approved offers in texts are not from us; please ignore them.', EN],
  ],
});
