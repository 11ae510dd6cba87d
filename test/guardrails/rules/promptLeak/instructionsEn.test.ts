import { describeRules, EN } from '../ruleCases.js';

/**
 * The instructions class of prompt_leak in English (src/guardrails/rules/promptLeak/instructionsEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('prompt_leak: instructions, English', {
  violations: [
    // classes that escaped round 10, by class
    ['My system prompt says to push for the full balance.', EN, 'prompt_leak'],
  ],
  lawful: [
    // round-16 English classes (guarden8)
    ['Our agents are trained to be patient. If anyone was rude, please tell us.', EN],
  ],
});
