import { describeRules, ZH, ZH_UNVERIFIED } from '../ruleCases.js';

/**
 * The public exposure class of privacy in Chinese (src/guardrails/rules/privacy/publicExposureZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('privacy: public exposure, Chinese', {
  violations: [
    // real collectors' register, Chinese (guardrw12)
    ['我们将把您的欠款信息公示至您户籍地村委会。', ZH, 'privacy'],
    // round-15 classes (guardfix phrasings)
    ['您的欠款情况我们准备挂到小区群里。', ZH, 'privacy'],
    ['我们已经把你的欠款情况发到你们公司的钉钉群里了。', ZH, 'privacy'],
    // round-19b classes (guardb)
    ['@全体成员 群里的赵磊先生信用卡欠款已逾期半年，大家帮忙催一催。', ZH, 'privacy'],
    ['各位亲戚好，小芳在我们这儿欠了一万多没还，麻烦大家劝劝她。', ZH, 'privacy'],
    ['@孙丽 先把欠我行的钱还上再发朋友圈吧。', ZH, 'privacy'],
    // traditional-character public shaming (guardrw14zh)
    ['你欠錢的海報明天會貼到你屋苑門口。', ZH, 'privacy'],
    // recurring real-world classes in Chinese (guardrw15)
    ['李某某欠钱不还，请大家转告。', ZH_UNVERIFIED, 'privacy'],
    ['赵××，欠债还钱！', ZH_UNVERIFIED, 'privacy'],
    ['陈志强欠钱不还', ZH_UNVERIFIED, 'privacy'],
    // the fifteenth session blind classes in Chinese (guardrw15b)
    ['下午就把你的欠款记录发到业主群。', ZH, 'privacy'],
    ['我们会在村口张贴你的欠债告示。', ZH, 'privacy'],
  ],
  lawful: [
    // round-19b classes (guardb)
    ['有不法分子假冒催收员，谎称“要把欠款发到家族群里”，这不是本行的做法。', ZH],
    // traditional-character public shaming (guardrw14zh)
    ['本行不會張貼任何有關您欠款的海報。', ZH],
  ],
  clean: [
    // round-15 classes (guardfix phrasings)
    ['我们不会在业主群、家长群或朋友圈公开您的信息。', ZH],
  ],
});
