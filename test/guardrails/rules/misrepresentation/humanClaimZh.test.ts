import { describeRules, ZH } from '../ruleCases.js';

/**
 * The human claim class of misrepresentation in Chinese (src/guardrails/rules/misrepresentation/humanClaimZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('misrepresentation: human claim, Chinese', {
  lawful: [
    // fifteenth-session Chinese classes (guard15)
    ['近期有骗子冒充银行工作人员，请您不要向陌生账户转账。', ZH],
    // twelfth-session classes (guard12)
    ['nin hao, ben qi zhang dan yi chu, qing zai huan kuan ri qian huan kuan, xie xie.', ZH],
  ],
});
