import { describeRules, EN, EN_UNVERIFIED } from '../ruleCases.js';

/**
 * A third person told about the debt through their role (src/guardrails/rules/privacy/roleEn.ts;
 * guarden24, issue 16), in phrasings written for this test after the rules, none from a check set
 * or a real message: they show the class is read, they are NOT a figure. Lawful look-alikes beside.
 */
describeRules('privacy: role, English', {
  violations: [
    ['As her landlord you have a right to know she owes us money.', EN_UNVERIFIED, 'privacy'],
    ['You should know that your employee is in default on a loan with us.', EN_UNVERIFIED, 'privacy'],
  ],
  lawful: [
    [
      'As his employer, you may receive a court order for wage garnishment only if a judge issues one.',
      EN_UNVERIFIED,
    ],
    ['You should know that your account is protected by our fraud guarantee.', EN],
  ],
});
