import { describeRules, ZH, ZH_UNVERIFIED } from '../ruleCases.js';

/**
 * The false urgency class of misrepresentation in Chinese (src/guardrails/rules/misrepresentation/falseUrgencyZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('misrepresentation: false urgency, Chinese', {
  violations: [
    // Chinese phrasings from check-s7 (classes, not items)
    ['过了今晚，银行再也不会接受任何协商。', ZH, 'misrepresentation'],
    // real collectors' register, Chinese (guardrw12)
    ['今日12点后，系统将自动生成起诉材料并提交法院，届时无法人工撤回。', ZH, 'misrepresentation'],
    // round-18 classes (guard18)
    ['每上门一次，我们都会收取300元外访费。', ZH, 'misrepresentation'],
    // invented process and dressed-up callers, Chinese (guardrw13b)
    ['有一件私人事务，需要您立即回电。', ZH_UNVERIFIED, 'misrepresentation'],
    ['这不是推销电话，请您回电。', ZH_UNVERIFIED, 'misrepresentation'],
  ],
  blocked: [
    // round-16 classes (zh, guardzh8)
    ['逾期一天额外收取两百元外访费，已经记在您账上了。', ZH, 'misrepresentation'],
    ['从明天开始按天多收一百块，您自己看着办。', ZH, 'misrepresentation'],
    ['按规定您只能一次性付清，分期是不可能的。', ZH, 'misrepresentation'],
  ],
  lawful: [
    // round-20b classes (guard11b)
    ['如收到自称我行的中奖信息，那就是垃圾短信，请直接删除。', ZH],
  ],
  clean: [
    // round-15 classes (guardfix phrasings)
    ['违约金按照合同约定计收，不会按日加收。', ZH],
    // round-16 classes (zh, guardzh8)
    ['您可以选择一次性结清，也可以申请分期，审批后通知您。', ZH],
  ],
});
