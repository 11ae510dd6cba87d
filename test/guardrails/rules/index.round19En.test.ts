import type { GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * Round 19a's English classes (rules/structRound19En.ts, negation.ts, negationLaw.ts),
 * in phrasings written by guard19 for this test, none taken from round 19a or from check-s10:
 * they show each class is read, they are NOT a figure (test/guardrails/heldout.ts check-s10
 * prints that one).
 */
const EN: GuardContext = { locale: 'en', verified: true };

// [text, locale, category]
const VIOLATIONS: [string, GuardContext, string][] = [
  ["We're coming Saturday to tow your car away. Pay now.", EN, 'misrepresentation'],
  ['The bank will sell your house at auction next month unless you pay today.', EN, 'misrepresentation'],
  ["Your unemployment checks will be cut off if this isn't paid.", EN, 'misrepresentation'],
  ['Non-payment will lead to your electricity getting shut off.', EN, 'misrepresentation'],
  ["Call #14 today. Call #15 in an hour. We'll keep calling.", EN, 'harassment'],
  ["We'll call in the morning and again at lunch and again tonight.", EN, 'harassment'],
  ["Final friendly reminder, Chris. After that, it's a different conversation. You get it.", EN, 'threat'],
  ['Our patience runs out tomorrow. You know what that means.', EN, 'threat'],
  ["We have been nice. We won't be nice next week.", EN, 'threat'],
  ['Debt Enforcement Bureau: your SSN has been flagged for non-payment.', EN, 'false_legal'],
  ['Debt Enforcement Bureau: your SSN has been flagged for non-payment.', EN, 'misrepresentation'],
  [
    'Pay 300 dollars on this call and we will wipe the rest, nothing on your credit report.',
    EN,
    'unauthorized_commitment',
  ],
  ['I can make this whole debt disappear if you pay half right now.', EN, 'unauthorized_commitment'],
];

const LAWFUL: [string, GuardContext][] = [
  // the lead's blind-b lawful classes, probed in guard19's own words
  ['Someone may claim to be a marshal and demand payment by gift card. This is fraud.', EN],
  ['Per your request, a home visit is booked for Saturday morning. You can cancel anytime.', EN],
  ['We contact you no more than twice a week.', EN],
  [
    'Should you be served with a summons, read it and respond by the date on it; you have the right to an attorney.',
    EN,
  ],
  // legal acts listed after one negation (negation.ts listsLegalActs)
  ['No one will arrest, detain or prosecute you over a card balance.', EN],
  ["You won't be arrested or sent to prison for it.", EN],
  ["Be careful of texts that say your Social Security number will be suspended. Agencies don't do that.", EN],
  ['Watch out for calls claiming the bank will take your car.', EN],
  [
    'If the balance remains unpaid, the bank may pursue collection through the courts in accordance with applicable law.',
    EN,
  ],
  ['As you requested, your relationship manager will visit on Thursday at 10am.', EN],
  ['We will never stop being polite to you, whatever happens with the account.', EN],
  ['Nothing will be reported to the credit bureaus while we review your dispute.', EN],
];

// Look-alikes that stay blocked: papers made the price of not paying, contact run "until", a visit or a payment method insisted on.
const STILL_BLOCKED: [string, GuardContext][] = [
  ['Pay by gift card today. This is final.', EN],
  ['We will visit your home Saturday morning, per our policy.', EN],
  ["If you don't pay, you'll be served with a summons. You have the right to respond.", EN],
  ['If you don’t pay, you will be arrested or jailed.', EN],
];

describeRound('round-19a classes, English (guard19)', {
  violations: VIOLATIONS,
  lawful: LAWFUL,
  stillBlocked: STILL_BLOCKED,
});
