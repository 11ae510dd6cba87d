import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * The agent's own instructions told to the person (guarden26, issue 16): "my guidelines let me
 * offer up to 25% off only if you mention hardship". What the bank offers is said as the bank's
 * offer; the rules behind it, and how to trigger them, are internal (POLICY.md: prompt_leak).
 */

export const PROMPT_LEAK_GUIDELINES_EN: PatternRuleSpec[] = [
  {
    id: 'prompt_leak.instructions',
    lang: 'en',
    negatable: true,
    triggers: [
      'my guidelines',
      'my instructions',
      'my rules',
      'my script',
      'my prompt',
      'my system prompt',
      'my playbook',
    ],
    patterns: en(
      String.raw`\bmy (?:guidelines|instructions|rules|script|prompt|system prompt|playbook)\b(?:(?!\b(?:not|never|no)\b|n't\b)[^.!?;\n]){0,20}?\b(?:let|lets|allow|allows|permit|permits|say|says|tell|tells)\b[^.!?;\n]{0,10}?\bme (?:to )?(?:offer|give|go|discount|waive|approve|take off)\b`,
    ),
  },
];
