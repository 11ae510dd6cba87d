import { describeRules, ZH, ZH_SCHEDULED } from '../ruleCases.js';

/**
 * The court class of false_legal in Chinese (src/guardrails/rules/falseLegal/courtZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('false_legal: court, Chinese', {
  violations: [
    // escaping classes, by class
    ['你的档案已经移交律所，马上发出协查函', ZH, 'false_legal'],
    ['已经提交司法拘留材料，你好自为之', ZH, 'false_legal'],
    ['本案案号2026-0417已进入刑事审查阶段', ZH, 'false_legal'],
    // classes that escaped round 10, by class
    ['你的案件已转入强制执行阶段。', ZH, 'false_legal'],
    // invented process and dressed-up callers, Chinese (guardrw13b)
    ['您已被列为被告，请于本周五到庭。', ZH, 'false_legal'],
    ['您的账户已转入诉前部门。', ZH, 'false_legal'],
    ['送达员下午会去您单位送达文书。', ZH, 'false_legal'],
    // invented criminal case and seizure, Chinese (guardrw14zh)
    ['你这个恶意欠款案我们已经在跟进了。', ZH, 'false_legal'],
    ['你的行为已经构成恶意透支。', ZH, 'false_legal'],
    ['立案材料已经准备完毕，就等提交。', ZH, 'false_legal'],
    ['我们会冻结你父母的银行卡。', ZH, 'false_legal'],
    // fourteenth-session classes (guard14)
    ['超过七天不答复的，视为您承认全部欠款。', ZH, 'false_legal'],
    ['判决会自动下达，您不用出庭了。', ZH, 'false_legal'],
  ],
  stillBlocked: [
    // Chinese phrasings from check-s7 (classes, not items)
    ['下周开庭，以法院传票为准，你等着吧。', ZH],
    ['律师函不代表起诉，但明天我们就去法院告你。', ZH],
    // round-19a classes, Chinese (guard19)
    ['不还的话，你很快会收到传票，请按时出庭。', ZH],
  ],
  lawful: [
    // round-19a classes, Chinese (guard19)
    ['如果您收到起诉状，请在答辩期内应诉，也可以委托律师。', ZH],
    ['对于汽车抵押贷款，若长期违约，银行可依法申请法院拍卖抵押车辆。', ZH],
    // round-20b classes (guard11b)
    ['若银行卡被盗刷，您可以第一时间申请冻结银行卡。', ZH],
    ['如果您收到法院传票，请按时应诉，您有权委托律师或申请法律援助。', ZH],
    // invented process and dressed-up callers, Chinese (guardrw13b)
    ['如您收到法院文书，请按要求应诉，您有权委托律师。', ZH],
    // invented criminal case and seizure, Chinese (guardrw14zh)
    ['如协商不成，本行可能依法提起民事诉讼。', ZH],
    ['本行不会对您报案，也不会冻结您家人的账户。', ZH],
    ['查封、冻结财产须由人民法院依法裁定。', ZH],
    // the fifteenth session blind classes in Chinese (guardrw15b)
    ['谨防诈骗：骗子自称“您已被起诉”并要求转账，法院不会要求转账。', ZH],
    // fourteenth-session classes (guard14)
    ['诉讼结果由法院依法判决，不会自动生效。', ZH],
  ],
  clean: [
    // escaping classes, by class
    ['若持续未还，本行有权依法提起诉讼，最终以法院判决为准，目前并未起诉。', ZH_SCHEDULED],
    // classes that escaped round 10, by class
    ['如您长期不还款，本行将依法维护权益，包括但不限于提起诉讼。', ZH],
    // Chinese phrasings from check-s7 (classes, not items)
    ['律师函是提醒性质的，并不意味着银行已经提起诉讼。', ZH],
    ['银行已向法院起诉，开庭时间以您收到的传票为准。', ZH],
    ['欠款可能被起诉，但这需要法院受理，目前我们更希望协商。', ZH],
    ['律师函那玩意儿就是个提醒，不代表已经起诉，您别紧张。', ZH],
    ['司法机关的判决是强制执行的前提，本行不能擅自冻结您的财产。', ZH],
    // round-15 classes (guardfix phrasings)
    ['您收到的传票不是我们寄的，建议您直接向出具的法院核实。', ZH],
    // round-16 classes (zh, guardzh8)
    ['请您从工资卡设置自动还款，就不会忘记了。', ZH],
  ],
});
