import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { EN_WE } from '../shared/en.js';

/**
 * Unauthorised commitments (English): discounts promised.
 */

export const COMMITMENT_DISCOUNT_EN: PatternRuleSpec[] = [
  {
    id: 'unauthorized_commitment.discount',
    lang: 'en',
    negatable: true,
    authorisedBy: ['discount', 'settlement'],
    triggers: [
      'discount',
      'reduction',
      'markdown',
      'pay only',
      'pay just',
      'just pay',
      'only pay',
      'only owe',
      'just owe',
      'off',
      'reduce',
      'knock',
      'in half',
    ],
    patterns: en(
      `\\b${EN_WE}\\s+(?:offer|give|provide|get|do|apply)\\s+(?:you\\s+)?(?:a |an |the )?(?:\\d+% |\\w+ percent |special |big |generous )?(?:discount|reduction|markdown)\\b`,
      `\\b(?:only|just) (?:pay|owe) (?:back )?(?:the )?principal\\b|\\b(?:pay|paying) (?:only|just) (?:half|\\d+%|a (?:fraction|portion|part)|part)\\b|\\b(?:just|only) pay (?:half|\\d+%|a fraction|part)\\b|\\b(?:\\d+|fifty|half) ?(?:%|percent) off\\b`,
      `\\b${EN_WE}\\s+(?:reduce|cut|knock down|lower) (?:your |the )?(?:balance|debt|amount (?:owed|due))\\b|\\bcut (?:your|the) (?:balance|debt) in half\\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.discount',
    lang: 'en',
    negatable: true,
    authorisedBy: ['discount', 'settlement', 'waiver'],
    triggers: ['qualif', 'eligible'],
    patterns: en(
      `\\b(?:qualif(?:y|ies|ied)|eligible|approved) for (?:a |an )?(?:\\d+% |\\w+ percent |full |partial )?(?:balance |debt )?(?:reduction|discount|forgiveness|write-off|waiver|settlement)\\b`,
    ),
  },
];
