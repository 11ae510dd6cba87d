import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Discrimination (English): origin or region.
 */

export const DISCRIMINATION_REGION_EN: PatternRuleSpec[] = [
  {
    id: 'discrimination.region',
    lang: 'en',
    triggers: ['people from', 'folks from', 'from your', 'from that', 'where you come from'],
    patterns: en(
      `\\b(?:people|folks|everyone|they|those) from (?:your|that|where you|around) (?:\\w+ )?(?:neighbou?rhood|area|part of town|town|village|region|side of town|country|background|come from|parts?)\\b[^.!?\\n]{0,20}\\b(?:always|never|are all|all|can't|don't)\\b`,
    ),
  },
  {
    id: 'discrimination.region',
    lang: 'en',
    triggers: ['like you'],
    patterns: en(
      `\\b(?:out-of-towners|outsiders|foreigners|immigrants|country folks?|city folks?|northerners|southerners|people from \\w+) like you\\b`,
    ),
  },
  {
    // An origin put-down: "where you come from it's normal to…", "你们那边赖账很正常吧".
    id: 'discrimination.region',
    lang: 'en',
    negatable: true,
    triggers: [
      'where you come from',
      'where you came from',
      "where you're from",
      'where you are from',
      'in your country',
      'in your culture',
      'your people',
    ],
    patterns: en(
      String.raw`\b(?:where you (?:come|came|are) from|where you're from|in your (?:country|culture)|your people)\b[^.!?]{0,40}\b(?:normal|acceptable|the norm|usual|ok|okay|common|how (?:it|things) (?:works?|are done)|what you do)\b`,
    ),
  },
  {
    id: 'discrimination.region',
    lang: 'en',
    negatable: true,
    triggers: ['migrant', 'immigrant', 'refugee'],
    patterns: en(
      String.raw`\b(?:migrants?|migrant workers?|immigrants?|refugees?)\b[^.!?]{0,30}?\b(?:worst|always|never|typical|high[- ]risk|the risk|can't be trusted|unreliable)\b`,
    ),
  },
  {
    // "You people from that tribe are all thieves".
    id: 'discrimination.region',
    lang: 'en',
    negatable: true,
    triggers: ['tribe', 'people from'],
    patterns: en(
      String.raw`\b(?:you|your) people from (?:that|your|this) (?:tribe|village|region|state|town|area|country)\b|\b(?:your|that) tribe (?:are|is) (?:all |always )?\w+`,
    ),
  },
];
