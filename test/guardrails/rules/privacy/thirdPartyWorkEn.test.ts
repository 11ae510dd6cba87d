import { describeRules, EN } from '../ruleCases.js';

/**
 * The third party work class of privacy in English (src/guardrails/rules/privacy/thirdPartyWorkEn.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('privacy: third party work, English', {
  violations: [
    // English classes of structMenace, by class
    ['Would your in-laws want to know how much you owe?', EN, 'privacy'],
    // twelfth-session classes (guard12)
    ["We'll bcc your boss on the reminder emails from now on.", EN, 'privacy'],
  ],
  lawful: [
    // twelfth-session classes (guard12)
    ['We only email you; nobody else is copied on these notices.', EN],
  ],
});
