import { describeRules, EN } from '../ruleCases.js';

/**
 * The payment channel class of misrepresentation in English (src/guardrails/rules/misrepresentation/paymentChannelEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('misrepresentation: payment channel, English', {
  violations: [
    // round-15 classes (guardfix phrasings)
    ['Update your details here: tinyurl.com/card-help', EN, 'misrepresentation'],
    ['Use this page to pay: rb.gy/x7k2 before 6pm.', EN, 'misrepresentation'],
    ['Tap bit.ly/3xR9 to see your options.', EN, 'misrepresentation'],
    // twelfth-session classes (guard12)
    ['Scan the code below to pay off the card today.', EN, 'misrepresentation'],
    ['Pay through our partner portal; it posts faster than the app.', EN, 'misrepresentation'],
  ],
  stillBlocked: [
    // round-19a classes, English (guard19)
    ['Pay by gift card today. This is final.', EN],
  ],
});
