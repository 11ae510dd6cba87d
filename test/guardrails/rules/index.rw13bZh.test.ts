import { type GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * Invented legal process, dressed-up callers and collection revealed to an unverified recipient
 * in Chinese (rules/structRw13bZh.ts), in phrasings written by guardrw13b for this test, none from
 * its check set (checkRw13b.zh.jsonl) or any real message: each class is read, NOT a figure.
 */
const ZH: GuardContext = { locale: 'zh-CN', verified: true };
const WRONG: GuardContext = { locale: 'zh-CN', verified: false };

const VIOLATIONS: [string, GuardContext, string][] = [
  ['您已被列为被告，请于本周五到庭。', ZH, 'false_legal'],
  ['法务部将申请对您拘传。', ZH, 'false_legal'],
  ['您的账户已转入诉前部门。', ZH, 'false_legal'],
  ['送达员下午会去您单位送达文书。', ZH, 'false_legal'],
  ['这里是全国法律事务服务中心，请立即回电。', WRONG, 'misrepresentation'],
  ['我们是法院委托的调解中心，请您回电。', ZH, 'misrepresentation'],
  ['有一件私人事务，需要您立即回电。', WRONG, 'misrepresentation'],
  ['这不是推销电话，请您回电。', WRONG, 'misrepresentation'],
  ['您好，这里是信达资产管理公司，请您回电。', WRONG, 'privacy'],
  ['本来电来自银行催收部门。', WRONG, 'privacy'],
  ['关于欠款的事情请您回电。', WRONG, 'privacy'],
];

const LAWFUL: [string, GuardContext][] = [
  ['您好，我是本行客服小陈，请您方便时回拨95588。', WRONG],
  ['您好，这里是信用卡中心，有一件私人事务想与您沟通，请方便时回电95588。', WRONG],
  ['如您收到法院文书，请按要求应诉，您有权委托律师。', ZH],
  ['如有紧急事项，请拨打95588。', ZH],
  ['本行法务部门会以书面形式回复您的异议。', ZH],
  ['如有人自称法院来电，称您已被通缉，请挂断，这是诈骗。', ZH],
  ['家人离世、生病住院、失业等情况可能影响您的还款能力，如有困难请与我们联系。', ZH],
  ['这是一次债务催收沟通，我们所获取的任何信息都将用于该目的。', WRONG],
];

describeRound('invented process and dressed-up callers, Chinese (guardrw13b)', {
  violations: VIOLATIONS,
  lawful: LAWFUL,
});
