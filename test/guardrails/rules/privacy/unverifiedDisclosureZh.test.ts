import { describeRules, ZH, ZH_UNVERIFIED } from '../ruleCases.js';

/**
 * The unverified disclosure class of privacy in Chinese (src/guardrails/rules/privacy/unverifiedDisclosureZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('privacy: unverified disclosure, Chinese', {
  violations: [
    // Chinese phrasings from check-s7 (classes, not items)
    ['她一直拖欠我们的款项，您是她邻居，知道她搬去哪了吗？', ZH_UNVERIFIED, 'privacy'],
    // invented process and dressed-up callers, Chinese (guardrw13b)
    ['您好，这里是信达资产管理公司，请您回电。', ZH_UNVERIFIED, 'privacy'],
    ['本来电来自银行催收部门。', ZH_UNVERIFIED, 'privacy'],
    ['关于欠款的事情请您回电。', ZH_UNVERIFIED, 'privacy'],
  ],
  lawful: [
    // round-18 classes (guard18)
    ['所谓的“债务重组”公司与我行无关，请不要向他们付款。', ZH],
    // invented process and dressed-up callers, Chinese (guardrw13b)
    ['这是一次债务催收沟通，我们所获取的任何信息都将用于该目的。', ZH_UNVERIFIED],
    // family pressure, credit of others, visit jargon, Chinese (guardrw14zh)
    ['您的逾期记录只会体现在您本人的征信报告中。', ZH],
    // traditional-character public shaming (guardrw14zh)
    ['結清欠款後即可獲得積分獎勵。', ZH],
  ],
  clean: [
    // round-15 classes (guardfix phrasings)
    ['为避免产生逾期费用，建议您按时还款。', ZH],
    ['您原本的欠款是12,000元，目前已还3,000元，剩余9,000元。', ZH],
    ['如果暂时凑不出最低还款，可以申请分期。', ZH],
    ['我们不会在任何微信群里提您的欠款。', ZH],
    ['您的欠款金额没有变化，仍是账单上的12,000元。', ZH],
    // round-16 classes (zh, guardzh8)
    ['您的欠款信息不会出现在任何业主群、家长群或朋友圈里。', ZH],
  ],
});
