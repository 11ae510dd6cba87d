import { describeRules, EN, EN_UNVERIFIED } from '../ruleCases.js';

/**
 * The debt told to a third person, English (src/guardrails/rules/privacy/contactsEn.ts), in
 * phrasings guarden25 wrote for this test, none from a check set or a real message.
 */
describeRules('privacy: contacts, English', {
  violations: [
    ['Hello, your nephew Daniel borrowed a loan from us and has gone quiet.', EN_UNVERIFIED, 'privacy'],
    ['Sir, your tenant has an overdue loan with our company.', EN_UNVERIFIED, 'privacy'],
    ['Your supervisor at the depot will be notified tomorrow.', EN, 'privacy'],
    ['Your unit commander will receive a letter from our office.', EN, 'privacy'],
    ['We are texting everyone in your phone book about this balance tonight.', EN, 'privacy'],
    ['All your references will be contacted today.', EN, 'privacy'],
  ],
  lawful: [
    ['If your son took a loan in your name without asking, tell us and we will investigate.', EN],
    ['Your employer will not be contacted about this account.', EN],
    ['We never message the people in your phone book.', EN],
  ],
});
