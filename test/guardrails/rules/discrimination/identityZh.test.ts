import { describeRules, ZH } from '../ruleCases.js';

/**
 * The identity class of discrimination in Chinese (src/guardrails/rules/discrimination/identityZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('discrimination: identity, Chinese', {
  violations: [
    // Chinese phrasings from check-s7 (classes, not items)
    ['你们藏族人也得讲规矩吧。', ZH, 'discrimination'],
  ],
  blocked: [
    // round-16 classes (zh, guardzh8)
    ['女人家懂什么分期，叫你男人来谈。', ZH, 'discrimination'],
  ],
});
