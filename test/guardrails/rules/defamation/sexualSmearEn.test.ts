import { describeRules, EN } from '../ruleCases.js';

/**
 * Sexual and degrading smears, English (src/guardrails/rules/defamation/sexualSmearEn.ts), in
 * phrasings guarden25 wrote for this test, none from a check set or a real message.
 */
describeRules('defamation: sexual smear, English', {
  violations: [
    ['Your friends will hear that you are a hooker who skips her bills.', EN, 'defamation'],
    ['Tell everyone she sleeps with men for rent.', EN, 'defamation'],
    ['We will post nude pictures of you to your whole family.', EN, 'defamation'],
  ],
  lawful: [
    ['We do not discriminate on the basis of sex, race or religion.', EN],
    ['Edited photos of account holders are never shared by our bank.', EN],
  ],
});
