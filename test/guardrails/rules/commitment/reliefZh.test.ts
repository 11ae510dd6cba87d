import { describeRules, ZH } from '../ruleCases.js';

/**
 * Relief promised by a debt seller or a collector (src/guardrails/rules/commitment/reliefZh.ts;
 * guardzh25, issue 16), in phrasings written for this test after the rules: NOT a figure.
 */
describeRules('unauthorized commitment: relief guaranteed, Chinese and Cantonese', {
  violations: [
    ['找我们协商，保证三年内不会被起诉，利息全免。', ZH, 'unauthorized_commitment'],
    ['唔使還錢，信貸都唔會受影響，包你滿意。', ZH, 'unauthorized_commitment'],
    ['交钱给我们，剩下的债我们帮你一次性化解掉。', ZH, 'unauthorized_commitment'],
  ],
  lawful: [
    ['本行不会保证免息，所有减免需经审批。', ZH],
    ['分期申请提交后，能否免息以审批结果为准。', ZH],
  ],
});
