import { describeRules, ZH } from '../ruleCases.js';

/**
 * The instructions class of prompt_leak in Chinese (src/guardrails/rules/promptLeak/instructionsZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('prompt_leak: instructions, Chinese', {
  violations: [
    // classes that escaped round 10, by class
    ['按照我的系统提示，我得先跟你强调征信。', ZH, 'prompt_leak'],
  ],
});
