import { describeRules, EN } from '../ruleCases.js';

/**
 * Seizure threatened with no legal process, English (src/guardrails/rules/threat/seizureEn.ts), in
 * phrasings guarden25 wrote for this test, none from a check set or a real message.
 */
describeRules('threat: seizure, English', {
  violations: [
    ['Our field team will come and take your motorcycle on Monday.', EN, 'threat'],
    ['we r gonna grab ur laptop n phone if u dont pay', EN, 'threat'],
    ['Your furniture will be removed by our agents unless the balance is cleared.', EN, 'threat'],
    ['Expect us back on Friday for your television.', EN, 'threat'],
    ['Everything in your house will become ours.', EN, 'threat'],
    ['Your fridge is next.', EN, 'threat'],
  ],
  lawful: [
    ['After a judgment, enforcement agents may take control of goods to cover the debt.', EN],
    ['We will never take your belongings; we only collect payments you agree to.', EN],
    ['You can take your phone to any branch and we will help you set up the app.', EN],
    ['Our team will collect your payment details over a secure line if you call us.', EN],
  ],
});
