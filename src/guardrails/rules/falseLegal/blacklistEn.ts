import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * False legal threats (English): blacklists.
 */

export const FALSE_LEGAL_BLACKLIST_EN: PatternRuleSpec[] = [
  {
    id: 'false_legal.blacklist',
    lang: 'en',
    negatable: true,
    triggers: [
      'blacklist',
      'no-fly',
      'banned from',
      'barred from',
      'forever',
      'for life',
      'permanent',
      'never be removed',
      'never go away',
    ],
    patterns: en(
      `\\bblacklist(?:ed|ing)?\\b|\\bno-fly list\\b|\\b(?:banned|barred) from (?:flying|travel(?:l?ing)?|leaving the country|travelling abroad|traveling abroad)\\b`,
      `\\bcredit (?:report|record|file|history)\\b[^.!?\\n]{0,30}(?<!\\bnot |\\bnever |n't )\\b(?:forever|for life|permanently|never be removed|never go away)\\b`,
      `\\b(?:permanent|lifetime) (?:mark|record|stain) on your credit\\b`,
    ),
  },
];
