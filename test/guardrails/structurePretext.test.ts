import { type GuardContext } from '../../src/guardrails/index.js';
import { describeRules } from './rules/ruleCases.js';

/**
 * Pretext payment alerts and time-barred wording (structurePretext.ts), in phrasings from
 * guardrw14en's own training lines (training/guardrails/rw14.en.yaml), none from its check set
 * (rules/checkRw14en.en.jsonl) or a real message: they show each class is read, they are NOT a figure.
 */
const V: GuardContext = { locale: 'en', verified: true };
const facts = (paymentStatus: 'none' | 'received' | 'declined' | 'scheduled' | 'pending'): GuardContext => ({
  locale: 'en',
  verified: true,
  facts: { paymentStatus, amountsCents: [18_000, 9_500] },
});

describeRules('pretext payment alerts and time-barred wording (guardrw14en)', {
  violations: [
    // no fact says what happened to the payment: the alert and a call-back number
    [
      'ALERT: your last installment was declined for insufficient funds. Call 1-888-555-0190 right away.',
      V,
      'misrepresentation',
    ],
    [
      'YOUR ACH DEBIT WAS RETURNED BY YOUR BANK. PLEASE CALL 877-555-0122 TO AVOID LEGAL REVIEW.',
      V,
      'misrepresentation',
    ],
    [
      'Notice: payment declined with card ending 5521. Contact our billing desk at 866-555-0140.',
      V,
      'misrepresentation',
    ],
    [
      'Your debit order was unsuccessful. Kindly call back on 011 555 0176 to avoid penalties.',
      V,
      'misrepresentation',
    ],
    [
      'Your payment of $180 is scheduled for Monday. To cancel, call 844-555-0173 before 5 pm.',
      V,
      'misrepresentation',
    ],
    [
      'This is a courtesy call: your payment for $410 is set up for the 28th. Call 866-555-0170 with questions.',
      V,
      'misrepresentation',
    ],
    [
      'IMPORTANT: Your recurring payment could not be completed. Please ring 0161 555 0199 to avoid a default.',
      V,
      'misrepresentation',
    ],
    [
      'Hey its Sam from billing - your last card payment got declined, hit me back at 312-555-0182',
      V,
      'misrepresentation',
    ],
    // the facts say otherwise: no call-back needed
    ['Your e-check was returned unpaid.', facts('received'), 'misrepresentation'],
    ['The transaction on your card was rejected.', facts('none'), 'misrepresentation'],
    ['Automatic payment of $95 set for tomorrow.', facts('none'), 'misrepresentation'],
    // time-barred debt with no revival warning
    [
      'Because of the age of this debt we will not sue you. Pay whatever you can today.',
      V,
      'misrepresentation',
    ],
    [
      'Due to the age of your account, we will not file a lawsuit. A small payment keeps it in good standing.',
      V,
      'misrepresentation',
    ],
    [
      'The statute of limitations has passed, so there will be no lawsuit. Make a payment today to settle.',
      V,
      'misrepresentation',
    ],
    [
      'We cannot take you to court over this old balance. Start paying $15 a month today.',
      V,
      'misrepresentation',
    ],
    [
      'Since this debt is so old, we will not be taking you to court. Why not clear it with one small payment?',
      V,
      'misrepresentation',
    ],
  ],
  lawful: [
    // the facts back the notice
    ['Your payment of $180.00 was declined by your bank. You can try again in the app.', facts('declined')],
    [
      'Your payment of $95.00 is scheduled for Friday. Call 1-800-555-0100 to change it.',
      { ...facts('scheduled'), serviceNumbers: ['1-800-555-0100'] },
    ],
    // conditions, questions, warnings, no call-back
    ['If your payment is declined, please check your card details in the app.', V],
    [
      'We will never ask you to call a number in a text about a declined payment; use the number on your card.',
      V,
    ],
    ['Do you want to set up automatic payments? You choose the date.', V],
    ['You can view your scheduled payments in online banking.', V],
    // the revival warning given
    [
      'The law limits how long you can be sued on a debt. Because of the age of your debt, we cannot sue you. If you make a payment, you could be sued again.',
      V,
    ],
    [
      'Because of the age of your debt, we will not sue you. In your state, a partial payment may restart the time to sue.',
      V,
    ],
    ['This debt is time-barred, so we cannot sue you; be aware that paying part of it may revive it.', V],
  ],
});
