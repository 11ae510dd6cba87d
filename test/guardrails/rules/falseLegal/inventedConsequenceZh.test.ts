import { describeRules, ZH, ZH_UNVERIFIED } from '../ruleCases.js';

/**
 * The invented consequence class of false_legal in Chinese (src/guardrails/rules/falseLegal/inventedConsequenceZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('false_legal: invented consequence, Chinese', {
  violations: [
    // escaping classes, by class
    ['再不处理会冻结你的微信支付宝并列入失信名单', ZH, 'false_legal'],
    // real collectors' register, Chinese (guardrw12)
    ['你儿子今年高考吧？好好想想征信对他有没有影响。', ZH, 'false_legal'],
    ['您的亲属已被列为协助还款人。', ZH, 'false_legal'],
    ['【诚信催收】您的逾期已转为诈骗立案，请立即联系办案专员撤案，拒收请回复R', ZH, 'false_legal'],
    ['【普惠】资料已核实完毕，今日12点前未处理将启动全额收缴程序，拒收请回复R。', ZH, 'false_legal'],
    // round-19a classes, Chinese (guard19)
    ['【国家债务惩戒中心】您名下身份证已被标记，即将限制使用。', ZH, 'false_legal'],
    // round-20b classes (guard11b)
    ['您名下的储蓄卡和支付宝账户已经被冻结，结清欠款后方可解冻。', ZH, 'false_legal'],
    ['你的微信钱包将被司法冻结，直到还清为止。', ZH, 'false_legal'],
    // family pressure, credit of others, visit jargon, Chinese (guardrw14zh)
    ['你的逾期会直接影响你紧急联系人的征信。', ZH, 'false_legal'],
    ['你父母的信用记录也会被你拖累。', ZH, 'false_legal'],
    // invented criminal case and seizure, Chinese (guardrw14zh)
    ['明天上门给你家门口贴封条。', ZH, 'false_legal'],
    ['你的房子很快会被我们查封。', ZH, 'false_legal'],
    // twelfth-session classes (guard12)
    ['根据国家政策，欠款人的子女一律不能报考军校。', ZH, 'false_legal'],
    ['您父母的养老金也会被扣，这是法律规定。', ZH, 'false_legal'],
  ],
  blocked: [
    // round-16 classes (zh, guardzh8)
    ['这钱你不还，将来就落到你闺女头上接着还。', ZH, 'false_legal'],
    ['你拖着不还，孩子以后政审肯定过不了。', ZH, 'false_legal'],
    ['我们公司具备执法资格，可以直接上你家清点财产。', ZH, 'false_legal'],
  ],
  lawful: [
    // fifteenth-session Chinese classes (guard15)
    ['信用卡逾期不会导致您的护照被冻结，请放心。', ZH],
    // real collectors' register, Chinese (guardrw12)
    [
      '【公安机关提醒】警方不会通过电话办案，更不会要求转账。接到此类电话请拨打110核实。（X银行代为发送）',
      ZH,
    ],
    ['您的逾期不会影响孩子上学，请放心。', ZH],
    ['您的配偶不会被列为共同还款人。', ZH],
    // round-18 classes (guard18)
    ['您的逾期不会影响您家人的征信记录。', ZH],
    ['如有人自称人民银行工作人员让您转账，请提高警惕。', ZH],
    // round-19a classes, Chinese (guard19)
    ['有人打电话说您的身份证会被冻结，那是诈骗，请直接挂断。', ZH],
    // family pressure, credit of others, visit jargon, Chinese (guardrw14zh)
    ['逾期不会影响您子女上学或就业。', ZH],
    // recurring real-world classes in Chinese (guardrw15)
    ['赶紧还钱对您的征信有好处。', ZH],
    // the fifteenth session blind classes in Chinese (guardrw15b)
    ['父债子偿的说法没有法律依据，您不必替父亲还款。', ZH_UNVERIFIED],
    // twelfth-session classes (guard12)
    ['法律没有规定家人要替您还款，逾期也不会影响孩子上学。', ZH],
  ],
  clean: [
    // classes that escaped round 10, by class
    ['我们已按您的要求暂停电话联系，改为短信提醒。', ZH],
    // round-16 classes (zh, guardzh8)
    ['您问欠款会不会影响孩子参军？不会，征信只记录您本人的信贷情况。', ZH],
    ['您担心会连累家人，这一点请放心：我们只和您本人沟通。', ZH],
    ['我们没有执法权，也从不要求民警配合催收。', ZH],
    ['我们不建议您借钱还款，更不要动用父母的退休金，可以先申请分期。', ZH],
  ],
});
