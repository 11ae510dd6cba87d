import { describeRules, EN } from '../ruleCases.js';

/**
 * The impersonation class of false_legal in English (src/guardrails/rules/falseLegal/impersonationEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('false_legal: impersonation, English', {
  lawful: [
    // invented legal process, English (guardrw13b)
    [
      'Your account is eligible to be referred to an attorney. If we refer it, a law firm may review it for possible legal options.',
      EN,
    ],
    // round-20b classes (guard11b)
    [
      "If you've gotten court papers about this card, answer them before the deadline; a lawyer or legal aid can help.",
      EN,
    ],
  ],
});
