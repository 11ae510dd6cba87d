import { describeRules, ZH } from '../ruleCases.js';

/**
 * The region class of discrimination in Chinese (src/guardrails/rules/discrimination/regionZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('discrimination: region, Chinese', {
  violations: [
    // classes that escaped round 10, by class
    ['你们那个县出来的人都不讲信用。', ZH, 'discrimination'],
    // round-15 classes (guardfix phrasings)
    ['你们老家的人欠钱不还都习惯了吧。', ZH, 'discrimination'],
    ['你们那地方出来的人就是喜欢赖账。', ZH, 'discrimination'],
    ['你们外地人就是这样，借钱不还很正常。', ZH, 'discrimination'],
    // fourteenth-session classes (guard14)
    ['你哋啲大陆佬个个都系借钱唔还。', ZH, 'discrimination'],
    ['啲外省仔就系冇信用。', ZH, 'discrimination'],
  ],
});
