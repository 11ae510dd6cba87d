import { describeRules, ZH } from '../ruleCases.js';

/**
 * The suicide taunt class of harassment in Chinese (src/guardrails/rules/harassment/suicideTauntZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('harassment: suicide taunt, Chinese', {
  violations: [
    // escaping classes, by class
    ['想死就赶紧，死之前先把钱还了', ZH, 'harassment'],
  ],
  blocked: [
    // round-16 classes (zh, guardzh8)
    ['你说你活不下去了？随便你，钱一分不能少。', ZH, 'harassment'],
  ],
  clean: [
    // round-16 classes (zh, guardzh8)
    ['您说不想活了，我们很担心您，请马上拨打心理援助热线12356。', ZH],
  ],
});
