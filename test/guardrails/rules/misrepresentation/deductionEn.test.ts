import { describeRules, EN } from '../ruleCases.js';

/**
 * Fake financial traces and forced deductions, English
 * (src/guardrails/rules/misrepresentation/deductionEn.ts), in phrasings guarden25 wrote for this
 * test, none from a check set or a real message.
 */
describeRules('misrepresentation: deduction, English', {
  violations: [
    ['An account trace has been initiated against your savings.', EN, 'misrepresentation'],
    ['From tomorrow your mobile wallet will be auto-debited every morning.', EN, 'misrepresentation'],
    ['Any deposit into your account will be taken to repay us.', EN, 'misrepresentation'],
    ['We have told your bank to freeze the account and remit the balance.', EN, 'misrepresentation'],
    ['We linked your other accounts and will debit them at noon.', EN, 'misrepresentation'],
    ['A debit mandate was placed on all of your accounts this morning.', EN, 'misrepresentation'],
  ],
  lawful: [
    ['Your autopay of $80 will be debited on the 3rd, as you set up in the app.', EN],
    ['Any payment you make will be deducted from the balance straight away.', EN],
    ['We will never ask your bank to take money from your account.', EN],
    ['Your direct debit will be taken on the 1st of each month.', EN],
  ],
});
