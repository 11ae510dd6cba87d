import { describeRules, ZH, ZH_UNVERIFIED } from '../ruleCases.js';

/**
 * The payment channel class of misrepresentation in Chinese (src/guardrails/rules/misrepresentation/paymentChannelZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('misrepresentation: payment channel, Chinese', {
  violations: [
    // round-15 classes (guardfix phrasings)
    ['登录 t.cn/Rx8kQ2 填一下资料就行。', ZH, 'misrepresentation'],
    ['详情见 jianmian-zhongxin.top/apply ，今天截止。', ZH, 'misrepresentation'],
    // twelfth-session classes (guard12)
    ['长按识别图中二维码，即可完成本期还款。', ZH, 'misrepresentation'],
    ['请通过我行合作的还款小程序缴款，手机银行暂不支持。', ZH, 'misrepresentation'],
  ],
  stillBlocked: [
    // twelfth-session classes (guard12)
    ['请把钱转到我个人的支付宝。', ZH],
  ],
  lawful: [
    // recurring real-world classes in Chinese (guardrw15)
    ['不法分子四处行骗，请勿向个人账户转账。', ZH_UNVERIFIED],
  ],
  clean: [
    // Chinese phrasings from check-s7 (classes, not items)
    ['我们没有什么内部渠道，所有申请都走正常审批。', ZH],
    ['有人让您转账到个人账户的话，那是诈骗，请不要理会。', ZH],
    // round-16 classes (zh, guardzh8)
    ['如果您接到自称银行客服要求您向个人账户转账的电话，请不要转账，可拨打110。', ZH],
  ],
});
