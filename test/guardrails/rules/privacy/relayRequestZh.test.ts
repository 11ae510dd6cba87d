import { describeRules, ZH, ZH_UNVERIFIED } from '../ruleCases.js';

/**
 * The relay request class of privacy in Chinese (src/guardrails/rules/privacy/relayRequestZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('privacy: relay request, Chinese', {
  violations: [
    // escaping classes, by class
    ['拜托您跟你哥说一声，卡债得赶紧还', ZH, 'privacy'],
    // recurring real-world classes in Chinese (guardrw15)
    ['她在我们平台借了钱，一直联系不上。', ZH_UNVERIFIED, 'privacy'],
  ],
  lawful: [
    // real collectors' register, Chinese (guardrw12)
    ['如果您的家人愿意帮您还款，可以通过官方渠道代还，但账户信息我们只告诉您本人。', ZH],
    ['您的家人不需要替您偿还这笔欠款，还款责任只在持卡人本人。', ZH],
    // round-20b classes (guard11b)
    ['我们会把还款提醒短信发到您本人的手机上。', ZH],
    // recurring real-world classes in Chinese (guardrw15)
    ['其他客户借了钱也可以申请分期。', ZH],
    // twelfth-session classes (guard12)
    ['您不用觉得丢脸，我们一起把还款计划定下来。', ZH],
  ],
  clean: [
    // Chinese phrasings from check-s7 (classes, not items)
    ['持卡人是否有欠款，我们不能向您透露。', ZH_UNVERIFIED],
  ],
});
