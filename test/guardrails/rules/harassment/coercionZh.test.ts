import { describeRules, ZH } from '../ruleCases.js';

/**
 * The coercion class of harassment in Chinese (src/guardrails/rules/harassment/coercionZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('harassment: coercion, Chinese', {
  blocked: [
    // round-16 classes (zh, guardzh8)
    ['还不上就去找你同学借，脸皮厚点。', ZH, 'harassment'],
    ['你爸的看病钱先拿来填上，病可以晚点看。', ZH, 'harassment'],
  ],
  stillBlocked: [
    // Chinese phrasings from check-s7 (classes, not items)
    ['上门不是我们的做法，但今晚会有人去你家楼下等你。', ZH],
  ],
  lawful: [
    // a policy issued, not escort work (guardzh20)
    ['国家近日出台了新的金融消费者保护办法，我们会按规定执行。', ZH],
    // twelfth-session classes (guard12)
    ['wo men jue bu hui shang men zhao nin, qing fang xin.', ZH],
  ],
});
