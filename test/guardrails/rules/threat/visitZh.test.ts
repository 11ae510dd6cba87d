import { describeRules, ZH, ZH_SCHEDULED } from '../ruleCases.js';

/**
 * The visit class of threat in Chinese (src/guardrails/rules/threat/visitZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('threat: visit, Chinese', {
  violations: [
    // escaping classes, by class
    ['过年回老家的时候我们的人会在你家门口等你', ZH, 'threat'],
    ['已经安排属地专员这两天到你老家', ZH, 'threat'],
    ['下周开始进入落地催收流程，请在家等候', ZH, 'threat'],
    // real collectors' register, Chinese (guardrw12)
    ['通知：我司将安排工作人员前往您老家村委会，当面说明您的情况。回T退订', ZH, 'threat'],
    ['【诚安】您的债务委托书已生效，授权专员将于48小时内抵达您预留地址。', ZH, 'threat'],
    // round-15 classes (guardfix phrasings)
    ['我们不会再等、明天就上门找你。', ZH, 'threat'],
    // round-19b classes (guardb)
    ['ni zai bu huan, wan shang wo men jiu lai ni jia kan kan ni er zi.', ZH, 'threat'],
    // family pressure, credit of others, visit jargon, Chinese (guardrw14zh)
    ['我们已安排外访，下周到你家。', ZH, 'threat'],
    ['专员今天出发去你户籍地了。', ZH, 'threat'],
    ['会同当地居委会的同志一起上门。', ZH, 'threat'],
  ],
  stillBlocked: [
    // Chinese phrasings from check-s7 (classes, not items)
    ['你没办法躲开我们上门。', ZH],
    // round-19a classes, Chinese (guard19)
    ['有人问我，说再不还钱就上门，我们就是要上门。', ZH],
    // round-19b classes (guardb)
    ['有骗子冒充我们，请勿轻信。但您再不还，我们明天就派人上门。', ZH],
    // twelfth-session classes (guard12)
    ['我们不会再等了，明天就上门。', ZH],
  ],
  lawful: [
    // fifteenth-session Chinese classes (guard15)
    ['您不是骗子，我们只是想和您商量还款安排。', ZH],
    // real collectors' register, Chinese (guardrw12)
    ['如需上门办理，工作人员将在约定时间到达您的地址。', ZH],
    // instant-loan and agency register (guardrw13a)
    ['您可以到户籍所在地的网点办理业务。', ZH],
    // round-19a classes, Chinese (guard19)
    ['近期有人冒充催收人员，说“再不还钱就上门抓人”，这是骗局，请及时报警。', ZH],
    // round-19b classes (guardb)
    ['防骗提示：骗子冒充银行人员，扬言“今晚就去你单位闹”，请勿轻信，以官方客服为准。', ZH],
    // round-20b classes (guard11b)
    ['我们会把本月电子账单发到您预留的邮箱。', ZH],
    // family pressure, credit of others, visit jargon, Chinese (guardrw14zh)
    ['您可以到户籍所在地附近的网点办理。', ZH],
    ['我们不会上门，也不会安排外访。', ZH],
    ['如需上门办理，请您提前预约。', ZH],
  ],
  clean: [
    // escaping classes, by class
    ['您好，本行不会安排人员上门，如有疑问请拨打95588。', ZH_SCHEDULED],
    // Chinese phrasings from check-s7 (classes, not items)
    ['我哋唔会上门，亦唔会打去你公司。', ZH],
    ['我们不安排上门，有事只和您本人电话沟通。', ZH],
    ['上门催收不是我们的做法，请您放心。', ZH],
    // round-15 classes (guardfix phrasings)
    ['您的住址信息仅用于寄送账单，我们不会上门。', ZH],
    ['警察不会因为信用卡逾期上门，请您放心。', ZH],
    ['您家附近就有我行网点，方便的时候可以去办理。', ZH],
    // round-16 classes (zh, guardzh8)
    ['我们的人不会一直跟着您，请放心。', ZH],
  ],
});
