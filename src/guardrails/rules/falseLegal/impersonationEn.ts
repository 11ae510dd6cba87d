import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * False legal threats (English): impersonating the police, a court or a lawyer.
 */

export const FALSE_LEGAL_IMPERSONATION_EN: PatternRuleSpec[] = [
  {
    id: 'false_legal.impersonation',
    lang: 'en',
    negatable: true,
    triggers: [
      'police',
      'sheriff',
      'court',
      'attorney',
      'prosecutor',
      'lawyer',
      'law firm',
      'law office',
      'legal department',
      'legal team',
      'bailiff',
      'marshal',
      'officer',
      'detective',
      'sergeant',
      'deputy',
      'judge',
    ],
    patterns: en(
      `\\b(?:this is|i am|i'm|we are|we're|i work for|we work for|calling from|writing from|on behalf of)\\s+(?:the |a |an |your )?(?:(?!not\\b|never\\b|no\\b|n't\\b)[a-z']+ ){0,3}?(?:police|sheriff'?s?|court|courthouse|district attorney|prosecutor'?s?|attorney|lawyer|law firm|law office|legal department|legal team|bailiff|marshal)\\b(?![- ](?:approved|ordered) (?:notice|settlement|agreement|payment plan|plan|form|letter|script)\\b)`,
      `\\b(?:officer|detective|sergeant|deputy|judge)\\s+[a-z]+\\s+(?:here|speaking|from)\\b|\\bthis is (?:officer|detective|sergeant|deputy|judge)\\b`,
      `\\bour (?:legal department|legal team|lawyers|attorneys) (?:will|are going to|have)\\b`,
    ),
  },
];
