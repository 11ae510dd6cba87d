import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Payment sent to a member of staff's e-wallet (guarden26, issue 16): "kindly settle via GCash to
 * our account officer Ms. Dela Cruz instead of the bank portal". A bank takes payments into its own
 * accounts and channels only; a wallet in an employee's name is not one (BSP Circular 1160; RBI
 * recovery agent guidelines; CBK conduct rules). "Never pay via GCash to an agent" is a warning.
 */

const WALLET = String.raw`(?:gcash|maya|paymaya|m-?pesa|paytm|phonepe|gpay|google pay|upi|airtel money|opay|palmpay)`;
const STAFF = String.raw`(?:account officer|agent|collector|officer|executive|field executive|staff|representative|rep|team leader|manager)`;

export const MISREPRESENTATION_STAFF_WALLET_EN: PatternRuleSpec[] = [
  {
    id: 'misrepresentation.payment_channel',
    lang: 'en',
    negatable: true,
    triggers: [
      'gcash',
      'maya',
      'mpesa',
      'm-pesa',
      'paytm',
      'phonepe',
      'gpay',
      'google pay',
      'upi',
      'airtel money',
      'opay',
      'palmpay',
    ],
    patterns: en(
      String.raw`\b(?:via|through|by|using|on|with) ${WALLET}\b[^.!?;\n]{0,20}?\bto (?:our|my|the|your) ${STAFF}\b`,
      String.raw`\b${WALLET} (?:number|account|no\.?) of (?:our|my|the|your) ${STAFF}\b`,
    ),
  },
];
