import { describeRules, EN } from './rules/ruleCases.js';

/**
 * English lawful readings of guarden24 (issue 16, policy 2026.12.19): a court step in a
 * third-person condition with a hedged outcome (negationCourtEn.ts), a suit the creditor will
 * "consider", legal action as "one option", the debt-advice and complaint bodies' own hosts
 * (channels.ts), and "we show no payments" against the facts (structureFacts.ts). Phrasings
 * written for this test after the readings, none from a check set: NOT a figure.
 */
const RECEIVED = { ...EN, facts: { paymentStatus: 'received' as const } };
const NONE = { ...EN, facts: { paymentStatus: 'none' as const } };

describeRules('lawful court and advice wording, English', {
  violations: [
    ["If the account isn't paid we'll take you to court, and the judge may garnish your wages.", EN, 'false_legal'],
    ['If this matter goes to court, you will lose your house tomorrow.', EN, 'false_legal'],
    ['Pay at stepchange-pay.com to stop the lawsuit.', EN, 'misrepresentation'],
    ['We show no payments on your card this month.', RECEIVED, 'misrepresentation'],
  ],
  lawful: [
    ['If the debt goes to court and the lender wins, the court could order a wage garnishment, within legal limits.', EN],
    ['Should the creditor file suit and obtain a judgment, it may be able to place a lien, depending on state law.', EN],
    ['The creditor will consider legal action only after every other option has been tried.', EN],
    ['Court is one option open to the bank, but we would much rather agree a payment plan with you.', EN],
    ['Free advice: nationaldebtline.org or citizensadvice.org.uk. You can also complain to afca.org.au.', EN],
    ['We show no payments on your card this month. If you already paid, thank you.', NONE],
    ['We show no payment is due this month.', RECEIVED],
  ],
});
