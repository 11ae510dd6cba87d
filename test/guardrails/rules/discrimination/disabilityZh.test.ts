import { describeRules, ZH } from '../ruleCases.js';

/**
 * The disability class of discrimination in Chinese (src/guardrails/rules/discrimination/disabilityZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('discrimination: disability, Chinese', {
  violations: [
    // escaping classes, by class
    ['拿抑郁症当借口？装给谁看', ZH, 'discrimination'],
    ['瘸子还好意思刷卡？', ZH, 'discrimination'],
    // Chinese phrasings from check-s7 (classes, not items)
    ['药罐子一个，还好意思刷卡。', ZH, 'discrimination'],
    ['有病就可以不还了？想得美。', ZH, 'discrimination'],
  ],
});
