import { describeRules, EN, EN_SCHEDULED } from '../ruleCases.js';

/**
 * The payment status class of misrepresentation in English (src/guardrails/rules/misrepresentation/paymentStatusEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('misrepresentation: payment status, English', {
  violations: [
    // real collectors' register, English (guardrw12)
    [
      'Transaction declined. Your account has been forwarded to our attorneys for immediate action.',
      EN,
      'misrepresentation',
    ],
  ],
  lawful: [
    // real collectors' register, English, continued (guardrw12)
    ['Nice to hear from you, we have received your payment.', EN],
    // round-20b classes (guard11b)
    ['Let us know if your neighbours received a letter meant for you.', EN],
  ],
  clean: [
    // escaping classes, by class
    ['Your payment of $75.00 is scheduled for December 20, as you asked.', EN_SCHEDULED],
    // round-15 classes (guardfix phrasings)
    ['About the court letter you received: it was not sent by us. Please check it with the court clerk.', EN],
  ],
});
