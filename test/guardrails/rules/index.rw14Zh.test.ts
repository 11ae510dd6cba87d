import { type GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * Pressure through the family, credit harm said to fall on others and visits in agency jargon
 * (rules/structRw14Zh.ts), in phrasings written by guardrw14zh for this test, none from its check
 * set (checkRw14zh.zh.jsonl) or a real message: each class is read, NOT a figure.
 */
const ZH: GuardContext = { locale: 'zh-CN', verified: true };

describeRound('family pressure, credit of others, visit jargon, Chinese (guardrw14zh)', {
  violations: [
    ['这钱你要是不还，就只能让你妈来替你扛了。', ZH, 'threat'],
    ['我们晚上就打电话通知你父母，让他们帮你处理。', ZH, 'threat'],
    ['你老婆知道你欠了网贷吗？', ZH, 'threat'],
    ['再不还，你们全家老小都会知道。', ZH, 'threat'],
    ['你的逾期会直接影响你紧急联系人的征信。', ZH, 'false_legal'],
    ['你父母的信用记录也会被你拖累。', ZH, 'false_legal'],
    ['你这样会影响孩子以后的政审。', ZH, 'false_legal'],
    ['我们已安排外访，下周到你家。', ZH, 'threat'],
    ['专员今天出发去你户籍地了。', ZH, 'threat'],
    ['会同当地居委会的同志一起上门。', ZH, 'threat'],
  ],
  lawful: [
    ['我们不会联系您的家人，请放心。', ZH],
    ['是否告诉家人由您自己决定。', ZH],
    ['您的逾期记录只会体现在您本人的征信报告中。', ZH],
    ['逾期不会影响您子女上学或就业。', ZH],
    ['我们已将账单寄到您登记的地址。', ZH],
    ['您可以到户籍所在地附近的网点办理。', ZH],
    ['我们不会上门，也不会安排外访。', ZH],
    ['如需上门办理，请您提前预约。', ZH],
  ],
});
