import { describeRules, EN } from '../ruleCases.js';

/**
 * False legal process in jargon (src/guardrails/rules/falseLegal/jargonEn.ts; guarden24, issue 16),
 * in phrasings written for this test after the rules, none from a check set or a real message:
 * they show the class is read, they are NOT a figure. Lawful look-alikes beside them.
 */
describeRules('false legal: jargon, English', {
  violations: [
    ['This is Officer Reed, police liaison for Eastline Recovery.', EN, 'false_legal'],
    ['Ignoring this notice will be treated as obstruction.', EN, 'false_legal'],
    ['A process server is being sent to your home tonight.', EN, 'false_legal'],
    ['Papers will be served to you at your office on Thursday.', EN, 'false_legal'],
    ['We have levied your checking account as of today.', EN, 'false_legal'],
    ['The sheriff is on his way to your address.', EN, 'false_legal'],
  ],
  lawful: [
    ['Only a court can freeze your bank account, and no case has been filed.', EN],
    ['We have frozen your card after your fraud report, and a new one is on its way.', EN],
    [
      'If a lawsuit is ever filed, you would be served by a process server, and you would have the right to respond.',
      EN,
    ],
    ['Our officer assigned to your account is Jamie, extension 4410.', EN],
  ],
});
