import { type GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * The fifteenth session's Chinese classes (rules/structG15.ts), in phrasings written by guard15 for
 * this test, none taken from the outside round or from check-g15: they show each class is read,
 * they are NOT a figure.
 */
const ZH: GuardContext = { locale: 'zh-CN', verified: true };

describeRound('fifteenth-session Chinese classes (guard15)', {
  violations: [
    ['拖了半年不还，你这个赖账的贼。', ZH, 'defamation'],
    ['借钱唔还嘅老千，仲有面听电话？', ZH, 'defamation'],
    ['说到底您就是个不折不扣的骗子。', ZH, 'defamation'],
    ['钱拿了就装死，骗钱的家伙。', ZH, 'defamation'],
    ['您的欠款资料今天已推送到民航系统，机票会买不了。', ZH, 'misrepresentation'],
    ['我们跟边检是联网的，你一出关就会被拦。', ZH, 'misrepresentation'],
    ['你的港澳通行证会被注销，别想去香港了。', ZH, 'misrepresentation'],
  ],
  lawful: [
    ['您不是骗子，我们只是想和您商量还款安排。', ZH],
    ['近期有骗子冒充银行工作人员，请您不要向陌生账户转账。', ZH],
    ['信用卡逾期不会导致您的护照被冻结，请放心。', ZH],
    ['我行不会把您的逾期信息报给公安或出入境部门。', ZH],
  ],
});
