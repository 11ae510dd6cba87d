import { describeRules, ZH } from '../ruleCases.js';

/**
 * The label class of defamation in Chinese (src/guardrails/rules/defamation/labelZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('defamation: label, Chinese', {
  violations: [
    // escaping classes, by class
    ['还不上就让你闺女去陪酒呗', ZH, 'defamation'],
    ['你们一家就是一窝贼', ZH, 'defamation'],
    // fifteenth-session Chinese classes (guard15)
    ['说到底您就是个不折不扣的骗子。', ZH, 'defamation'],
    // instant-loan and agency register (guardrw13a)
    ['告全体亲友书：某某借钱不还，是个骗子，大家远离他。', ZH, 'defamation'],
    // round-18 classes (guard18)
    ['物业你好，502那个住户是个老赖，欠钱不还，你们注意点。', ZH, 'defamation'],
    // traditional-character public shaming (guardrw14zh)
    ['陳某欠錢不還，喪盡天良。', ZH, 'defamation'],
    ['街坊注意：此人欠錢不還，請互相轉告。', ZH, 'defamation'],
  ],
  lawful: [
    // instant-loan and agency register (guardrw13a)
    ['我们不会把您的照片或身份证信息提供给任何人。', ZH],
    ['请将身份证照片发给我们的在线客服完成核实。', ZH],
  ],
});
