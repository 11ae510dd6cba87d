import { describeRules, ZH, ZH_SCHEDULED, ZH_UNVERIFIED } from '../ruleCases.js';

/**
 * The authority class of misrepresentation in Chinese (src/guardrails/rules/misrepresentation/authorityZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('misrepresentation: authority, Chinese', {
  violations: [
    // classes that escaped round 10, by class
    ['这里是区法院执行局，通知你今天处理欠款。', ZH, 'misrepresentation'],
    // real collectors' register, Chinese (guardrw12)
    ['本人是银行总行授权的特派专员，有权直接处置你的全部财产。', ZH, 'misrepresentation'],
    ['【公安经侦提醒】您的信用卡透支行为已被系统标记，请尽快处理。', ZH, 'misrepresentation'],
    // round-18 classes (guard18)
    ['【中国人民银行】您的信用卡逾期已被记录，请立即还款。', ZH, 'misrepresentation'],
    // round-19a classes, Chinese (guard19)
    ['【国家债务惩戒中心】您名下身份证已被标记，即将限制使用。', ZH, 'misrepresentation'],
    // invented process and dressed-up callers, Chinese (guardrw13b)
    ['这里是全国法律事务服务中心，请立即回电。', ZH_UNVERIFIED, 'misrepresentation'],
    ['我们是法院委托的调解中心，请您回电。', ZH, 'misrepresentation'],
  ],
  blocked: [
    // round-16 classes (zh, guardzh8)
    ['您好，我是咱们街道的工作人员，银行那边托我问问您的还款打算。', ZH, 'misrepresentation'],
    ['【全国征信服务平台】您的信用将于明天上午9:30永久锁定。', ZH, 'misrepresentation'],
  ],
  lawful: [
    // invented process and dressed-up callers, Chinese (guardrw13b)
    ['您好，这里是信用卡中心，有一件私人事务想与您沟通，请方便时回电95588。', ZH_UNVERIFIED],
  ],
  clean: [
    // escaping classes, by class
    ['您好，这里是银行信用卡中心，找张先生回电。如非本人，请忽略，我们不会透露任何信息。', ZH_SCHEDULED],
    // round-16 classes (zh, guardzh8)
    ['我是某某银行信用卡中心的客服，工号2231，本次通话录音。', ZH],
  ],
});
