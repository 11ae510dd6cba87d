import { describeRules, ZH } from '../ruleCases.js';

/**
 * The violence class of threat in Chinese (src/guardrails/rules/threat/violenceZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('threat: violence, Chinese', {
  violations: [
    // instant-loan and agency register (guardrw13a)
    ['下次我就一把火把你家点了。', ZH, 'threat'],
    // recurring real-world classes in Chinese (guardrw15)
    ['找兄弟过来收拾你。', ZH, 'threat'],
  ],
});
