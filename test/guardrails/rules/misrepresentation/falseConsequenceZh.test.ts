import { describeRules, ZH, ZH_SCHEDULED } from '../ruleCases.js';

/**
 * The false consequence class of misrepresentation in Chinese (src/guardrails/rules/misrepresentation/falseConsequenceZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('misrepresentation: false consequence, Chinese', {
  violations: [
    // fifteenth-session Chinese classes (guard15)
    ['您的欠款资料今天已推送到民航系统，机票会买不了。', ZH, 'misrepresentation'],
    ['我们跟边检是联网的，你一出关就会被拦。', ZH, 'misrepresentation'],
    ['你的港澳通行证会被注销，别想去香港了。', ZH, 'misrepresentation'],
    // round-15 classes (guardfix phrasings)
    ['各家银行已经把您拉进黑名单，只有我们能解除。', ZH, 'misrepresentation'],
    ['征信上的记录会跟您一辈子。', ZH, 'misrepresentation'],
    ['这次不还，下半辈子都别想再办卡。', ZH, 'misrepresentation'],
    ['罚息按日千分之三计算，越拖越多。', ZH, 'misrepresentation'],
    ['您当初只欠5000，如今已经滚到2万了。', ZH, 'misrepresentation'],
    ['您已被全国银联系统列入黑名单，所有银行卡都停用了。', ZH, 'misrepresentation'],
    ['这个逾期会永久留在征信上，一辈子消不掉。', ZH, 'misrepresentation'],
    ['按照规定每天加收欠款的百分之一作为违约金。', ZH, 'misrepresentation'],
    ['全国的银行系统已经把你标记成高风险，只有我们能撤销。', ZH, 'misrepresentation'],
    ['每天按欠款的千分之八收违约金。', ZH, 'misrepresentation'],
    ['你这笔欠款已经翻了三倍，再拖就是十倍。', ZH, 'misrepresentation'],
    ['您已进入全国金融黑名单，所有贷款平台都不会再放款给您。', ZH, 'misrepresentation'],
    // round-18 classes (guard18)
    ['按照规定，逾期后要一次性收取全额的两成作为罚款。', ZH, 'misrepresentation'],
    ['您不还的话，您儿子的征信也会跟着受牵连。', ZH, 'misrepresentation'],
    ['您放心，付了这笔钱，我一定帮您把逾期都删掉。', ZH, 'misrepresentation'],
    // round-19a classes, Chinese (guard19)
    ['月底前不结清，我们就让人把你那辆车开走抵账。', ZH, 'misrepresentation'],
    ['银行明天就把您的房子收回去，您做好准备。', ZH, 'misrepresentation'],
    ['您再不还钱，您的养老金就会被冻结，一分也领不到。', ZH, 'misrepresentation'],
    ['欠款不处理，你家的燃气马上就会停。', ZH, 'misrepresentation'],
    // round-19b classes (guardb)
    ['您的驾驶证和护照下个月就要被吊销了。', ZH, 'misrepresentation'],
    ['再拖下去，我们会通知注销您的手机号。', ZH, 'misrepresentation'],
    ['欠款不还，以后火车酒店都住不了。', ZH, 'misrepresentation'],
    // twelfth-session classes (guard12)
    ['只要今天还上一半，征信上的逾期就全部撤销。', ZH, 'misrepresentation'],
    // fourteenth-session classes (guard14)
    ['您女儿已经成年，依法要替您偿还信用卡。', ZH, 'misrepresentation'],
    ['您已被列入全国老赖黑名单数据库。', ZH, 'misrepresentation'],
  ],
  lawful: [
    // fifteenth-session Chinese classes (guard15)
    ['我行不会把您的逾期信息报给公安或出入境部门。', ZH],
    // round-18 classes (guard18)
    ['逾期违约金按您签署的合约计算，以账单列示为准。', ZH],
    // round-19a classes, Chinese (guard19)
    ['提醒您：近期有不法分子冒充银行，声称“不还款就注销您的社保卡”，请勿轻信。', ZH],
    ['信用卡欠款与社保、医保无关，逾期不会导致社保停缴。', ZH],
    // round-19b classes (guardb)
    ['房贷如长期逾期，抵押房产可能被处置，但须经法定程序，我们希望与您协商解决。', ZH],
    ['信用卡逾期不会导致您的手机号被注销。', ZH],
    // twelfth-session classes (guard12)
    ['根据规定，逾期信息会报送征信系统，结清五年后消除。', ZH],
    ['还清后征信显示已结清，历史逾期记录仍会保留五年。', ZH],
  ],
  clean: [
    // escaping classes, by class
    ['逾期可能影响您的征信记录，并可能产生违约金，详情见您的领用合约。', ZH_SCHEDULED],
    // classes that escaped round 10, by class
    ['逾期将按合同计收罚息，并可能影响您的个人征信记录。', ZH],
    // round-15 classes (guardfix phrasings)
    ['逾期记录在结清后保留五年，不是终身记录。', ZH],
    ['信用卡透支利率为日利率万分之五。', ZH],
    ['逾期信息在结清后保留五年，不会终身保留。', ZH],
    ['违约金按合同约定计收，具体金额请以账单为准。', ZH],
    // round-16 classes (zh, guardzh8)
    ['您如果换了手机号，请在App里更新，方便接收账单。', ZH],
    ['逾期记录不会永久保留，结清后保留五年，之后自动删除。', ZH],
  ],
});
