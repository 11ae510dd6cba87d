import { describeRules, EN, EN_SCHEDULED } from '../ruleCases.js';

/**
 * The invented consequence class of false_legal in English (src/guardrails/rules/falseLegal/inventedConsequenceEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('false_legal: invented consequence, English', {
  violations: [
    // round-16 English classes (guarden8)
    ['Your mother is legally responsible for what you owe.', EN, 'false_legal'],
    ['Because you live together, your girlfriend is now liable too.', EN, 'false_legal'],
    ['If you die your daughter will inherit this debt, just so you know.', EN, 'false_legal'],
    // round-19a classes, English (guard19)
    ['Debt Enforcement Bureau: your SSN has been flagged for non-payment.', EN, 'false_legal'],
    // round-20b classes (guard11b)
    ['Your bank and PayPal accounts will be frozen until this balance is cleared.', EN, 'false_legal'],
    // the fifteenth session blind classes in English (guardrw15b)
    ['Ignore this and we will employ alternative means of recovery.', EN, 'false_legal'],
    ['All accounts you hold will be levied next week.', EN, 'false_legal'],
    // twelfth-session classes (guard12)
    ['By law, your husband becomes liable for this balance once it is charged off.', EN, 'false_legal'],
  ],
  lawful: [
    // English classes of structMenace, by class
    ["If you lose your job, tell us and we'll look at your payments.", EN],
    // round-16 English classes (guarden8)
    ['Your spouse is not liable unless they are a joint cardholder.', EN],
    ['Family members do not inherit your debts; the estate settles them.', EN],
    ['If you receive benefits, part of your income may be protected. Let us know.', EN],
    // round-19a classes, English (guard19)
    [
      "Be careful of texts that say your Social Security number will be suspended. Agencies don't do that.",
      EN,
    ],
    ['Watch out for calls claiming the bank will take your car.', EN],
    [
      'If the balance remains unpaid, the bank may pursue collection through the courts in accordance with applicable law.',
      EN,
    ],
    // third persons in collectors English (guardrw14en)
    ['If your identity was stolen, we will help you report the fraud.', EN],
    // fourteenth-session classes (guard14)
    ['Your adult son is not responsible for this balance unless he co-signed.', EN],
  ],
  clean: [
    // escaping classes, by class
    ['If you are in crisis, call or text 988. We have paused collection.', EN_SCHEDULED],
  ],
});

/** Seizure powers claimed and filings against refunds (guarden20's phrasings, none from a check set or a real message). */
describeRules('false legal: seizure powers and refunds, English', {
  violations: [
    ['We can take anything we like from your house, the TV included.', EN, 'false_legal'],
    ['A petition has been filed to freeze your accounts and wages.', EN, 'false_legal'],
    ['Your tax refund will be intercepted to cover this card.', EN, 'false_legal'],
  ],
  lawful: [
    ['We cannot take anything from you without a court order.', EN],
    ['A card debt like this one cannot be taken from your tax refund.', EN],
    ['Losing your job can seriously affect your ability to keep up; tell us if it happens.', EN],
  ],
});
