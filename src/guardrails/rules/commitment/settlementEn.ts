import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { EN_WE } from '../shared/en.js';

/**
 * Unauthorised commitments (English): settlements promised.
 */

export const COMMITMENT_SETTLEMENT_EN: PatternRuleSpec[] = [
  {
    id: 'unauthorized_commitment.settlement',
    lang: 'en',
    negatable: true,
    authorisedBy: ['settlement'],
    triggers: ['settle', 'settlement', 'call it', 'paid in full', 'close the account', 'close your account'],
    patterns: en(
      `\\b${EN_WE}\\s+(?:accept|agree to|offer|take|do|approve)\\s+(?:you\\s+)?(?:a |an |the |your )?(?:settlement|reduced payoff|partial payment as payment in full)\\b`,
      `\\b(?:${EN_WE}\\s+)?(?:settle|let you settle)(?: (?:your|the) (?:debt|account|balance))? for (?:less|only|just|half|a fraction|\\$|usd|cny|¥|\\d)`,
      `\\bpay\\b[^.!?\\n]{0,20}\\b(?:and|then)\\s+${EN_WE}\\s+[^.!?\\n]{0,30}\\b(?:paid in full|settled|close (?:the|your) account|call it (?:even|square))\\b|\\b(?:consider it|treat it as|count it as|call it) (?:paid|settled) in full\\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.settlement',
    lang: 'en',
    negatable: true,
    authorisedBy: ['settlement', 'discount'],
    triggers: ['consider', 'treat', 'call', 'mark', 'half', 'portion', 'fraction', 'part of', '%'],
    patterns: en(
      `\\b(?=we'll|we will|i'll|i will|we can|i can|the bank will)(?<!\\b(?:if|once|after|when)\\b[^.!?\\n]{0,60})(?:we'll|we will|i'll|i will|we can|i can|the bank will)\\s+(?:consider|treat|call|mark)\\s+(?:the|this|your|it|that)\\s*(?:matter|account|debt|balance|case)?\\s+(?:as )?(?:closed|settled|resolved|done|finished|paid|even|square)\\b`,
      `\\b(?:just |only )?(?:send|pay|give us)\\s+(?:us\\s+)?(?:half|part|a (?:portion|fraction|part)|\\d+%)\\s+of\\s+(?:what you owe|the balance|the debt|it)\\b[^.!?\\n]{0,40}\\b(?:and|then)\\b`,
    ),
  },
];
