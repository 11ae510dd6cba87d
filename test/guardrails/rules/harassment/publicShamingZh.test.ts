import { describeRules, ZH } from '../ruleCases.js';

/**
 * The public shaming class of harassment in Chinese (src/guardrails/rules/harassment/publicShamingZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('harassment: public shaming, Chinese', {
  violations: [
    // traditional-character public shaming (guardrw14zh)
    ['張某某拖欠卡數最多，特此頒發獎狀。', ZH, 'harassment'],
    ['恭喜你榮獲本區欠錢冠軍。', ZH, 'harassment'],
  ],
  lawful: [
    // traditional-character public shaming (guardrw14zh)
    ['恭喜您獲得本行年度積分獎勵。', ZH],
  ],
});
