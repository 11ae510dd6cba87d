import { describeRules, EN } from '../ruleCases.js';

/**
 * The human claim class of misrepresentation in English (src/guardrails/rules/misrepresentation/humanClaimEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('misrepresentation: human claim, English', {
  violations: [
    // English classes of structMenace, by class
    ['Honestly, I am a real live person, not a robot.', EN, 'misrepresentation'],
  ],
  lawful: [
    // English classes of structMenace, by class
    ["I'm not a real person; I'm the bank's virtual assistant.", EN],
  ],
});
