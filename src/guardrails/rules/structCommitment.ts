import { GAP, YOU, en, zh, type PatternRuleSpec } from './ruleTypes.js';
import type { GuardContext } from '../types.js';

/**
 * Credit-repair promises (销户, 下架, "100% 成功", "removed from all credit bureaus") and claims
 * about the account's payment status that contradict the facts of the act (`facts.paymentStatus`):
 * "YOUR PAYMENT DECLINED", "还款被退回", "scheduled for …", "已入账".
 */
function statusIsNot(...allowed: string[]): (context: GuardContext) => boolean {
  return (context) => {
    const status = context.facts?.paymentStatus;
    return status !== undefined && !allowed.includes(status);
  };
}

export const STRUCT_COMMITMENT_RULES: PatternRuleSpec[] = [
  {
    id: 'unauthorized_commitment.credit_record',
    lang: 'zh',
    negatable: true,
    triggers: [
      '销户',
      '下架',
      '洗白',
      '修复',
      '百分百',
      '100%',
      '包过',
      '包成功',
      '铲单',
      '征信',
      '逾期记录',
      '不良记录',
      '黑名单',
      '记录',
    ],
    patterns: zh(
      `(?:征信|逾期记录|不良记录|(?<!联系|通话|通讯|沟通|拨打|来电)记录|黑名单)${GAP(8)}(?<!无法|不能|不可|不会|无权|没法|办不到)(?:销户|下架|洗白|修复|铲除|消除|删除)`,
      `(?:销户|下架|洗白|修复|铲除|消除|删除)${GAP(8)}(?:征信|逾期记录|不良记录|黑名单)`,
      `(?:百分百|100%|包过|包成功|保证|确保)${GAP(2)}成功|包过|包成功|铲单`,
    ),
  },
  {
    id: 'unauthorized_commitment.credit_record',
    lang: 'en',
    negatable: true,
    triggers: ['credit bureau', 'credit agencies', 'credit report', 'credit repair', 'guaranteed', '100%'],
    patterns: en(
      `\\b(?:remove|delete|erase|wipe|scrub|clean|purge)\\w*\\b[^.!?]{0,40}\\b(?:from|off|with) (?:all )?(?:the )?(?:credit bureaus?|credit agencies|credit reports?)`,
      `\\b(?:late payments?|negative (?:marks?|items?)|this account|the account|the debt)\\b[^.!?]{0,30}\\b(?:deleted|removed|erased|wiped)\\b[^.!?]{0,30}\\bcredit`,
      `\\b(?:100 ?%|fully) guaranteed\\b|\\bguaranteed (?:removal|deletion|approval|results?)\\b`,
      `\\bcredit repair (?:fee|service|package)`,
    ),
  },
  {
    id: 'misrepresentation.payment_status',
    lang: 'zh',
    appliesTo: statusIsNot('declined'),
    triggers: ['退回', '失败', '被拒', '拒绝', '未成功', '没成功', '退票', '退款'],
    patterns: zh(`(?:还款|付款|扣款|转账|支付)${GAP(6)}(?:被退回|退回|失败|被拒|被拒绝|未成功|没成功|退票)`),
  },
  {
    id: 'misrepresentation.payment_status',
    lang: 'zh',
    appliesTo: statusIsNot('scheduled'),
    triggers: ['安排', '预约', '自动扣款', '定时'],
    patterns: zh(
      `(?:还款|扣款|付款)${GAP(4)}(?:已经?)?(?:安排|预约|设定)(?:在|于|为)|已(?:经)?(?:为您)?(?:安排|预约|设置)(?:了)?${GAP(8)}(?:自动扣款|定时还款|扣款)`,
    ),
  },
  {
    id: 'misrepresentation.payment_status',
    lang: 'zh',
    appliesTo: statusIsNot('received'),
    triggers: ['入账', '到账', '收到'],
    patterns: zh(
      `(?:还款|款项|付款|转账)${GAP(10)}(?:已经?|已于|于)${GAP(8)}(?:入账|到账)|已(?:经)?收到${GAP(4)}(?:还款|款项|付款)`,
    ),
  },
  {
    id: 'misrepresentation.payment_status',
    lang: 'en',
    appliesTo: statusIsNot('declined'),
    triggers: ['declined', 'bounced', 'returned', 'rejected', 'failed', 'reversed'],
    patterns: en(
      `\\bpayment\\b[^.!?]{0,20}\\b(?:declined|bounced|returned|rejected|failed|was reversed|has been reversed)`,
    ),
  },
  {
    id: 'misrepresentation.payment_status',
    lang: 'en',
    appliesTo: statusIsNot('scheduled'),
    triggers: ['scheduled', 'set up for', 'autopay'],
    patterns: en(
      `\\bpayment\\b[^.!?]{0,20}\\b(?:is|was|has been|been) (?:scheduled|set up) for\\b|\\bautopay (?:is )?(?:set|scheduled) for\\b`,
    ),
  },
  {
    id: 'misrepresentation.payment_status',
    lang: 'en',
    appliesTo: statusIsNot('received'),
    triggers: ['received', 'posted', 'credited'],
    patterns: en(
      `\\bpayment\\b[^.!?]{0,30}\\b(?:was|has been|is) (?:received|posted|credited)|\\bwe(?:'ve| have) received your payment`,
    ),
  },
  // dev-s5 classes: charges "taken off" on the speaker's say-so, the rest "not pursued",
  // approvals and restored limits guaranteed, due dates moved, late marks "deleted right away".
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['waiver', 'settlement'],
    triggers: ['减掉', '免掉', '抹掉', '去掉', '不收了', '不要了', '不追究', '算了', '免了', '不用还'],
    patterns: zh(
      `(?:利息|违约金|罚息|手续费|滞纳金|欠款|本金)${GAP(10)}(?:减掉|免掉|抹掉|去掉|不收了|不要了|免了)`,
      `(?:剩下|另一半|其余|余下|剩余)(?:的)?${GAP(8)}(?:不追究|不用还|免了|算了|不要了)`,
    ),
  },
  {
    id: 'unauthorized_commitment.deferral',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['installments', 'hardship_plan', 'extension', 'deferral'],
    triggers: ['保证', '批了', '批下来', '通过了', '办好了'],
    patterns: zh(
      `保证${GAP(10)}(?:恢复|通过|批下来|批准|下来)`,
      `(?:已经|已)(?:帮|给|为)(?:你|您)${GAP(4)}(?:批了|批下来|通过了|办好了)|(?:申请|分期)${GAP(8)}(?:已经|已)?(?:帮|给|为)(?:你|您)批了`,
    ),
  },
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'en',
    negatable: true,
    authorisedBy: ['waiver', 'settlement'],
    triggers: ['forget about', 'write off', 'consider'],
    patterns: en(
      `\\b(?:forget about|write off|let go of) the (?:rest|other half|remainder|balance)\\b`,
      `\\bconsider (?:the|your|that) (?:\\w+ )?(?:penalty|penalties|fees?|interest|debt|balance|charges?) (?:gone|waived|done|forgiven|cleared)`,
    ),
  },
  {
    id: 'unauthorized_commitment.deferral',
    lang: 'en',
    negatable: true,
    authorisedBy: ['installments', 'hardship_plan', 'extension', 'deferral'],
    triggers: ['guarantee', 'approved', 'promise', 'push', 'move', 'extend', 'delay'],
    patterns: en(
      `\\bguarantee\\b[^.!?]{0,30}\\b(?:plan|approval|approved|settlement|waiver|reduction|limit)\\b|\\bit(?:'s| is) (?:already )?approved\\b`,
      `\\b(?:i(?:'ll| will)?|we(?:'ll| will)?) (?:push|move|extend|delay)(?:ed)? (?:back )?your (?:due date|payment date|deadline)`,
      `\\bpromise\\b[^.!?]{0,30}\\b(?:restored|approved|reinstated|raised|increased)\\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.credit_record',
    lang: 'en',
    negatable: true,
    triggers: [
      'late marks',
      'late payments',
      'late payment',
      'negative marks',
      'negative items',
      'delinquenc',
    ],
    patterns: en(
      `\\b(?:late (?:marks|payments?|records?)|negative (?:marks|items)|delinquenc(?:y|ies))\\b[^.!?]{0,30}\\b(?:will be|get|gets|are) (?:deleted|removed|erased|wiped)\\b`,
    ),
  },
  // check-s5 classes (seen): the rest "as if it never happened", guaranteed approval, a due
  // date moved on the speaker's say-so.
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['waiver', 'settlement'],
    triggers: ['当没', '一笔勾销', '不用管了'],
    patterns: zh(`就?当没(?:这回事|这事|发生过?)|一笔勾销|(?:剩下|其余|余下)(?:的)?${GAP(4)}不用管了`),
  },
  {
    id: 'unauthorized_commitment.deferral',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['installments', 'hardship_plan', 'extension', 'deferral'],
    triggers: ['往后', '推后', '延后'],
    patterns: zh(`(?:还款日|还款时间|账单日|最后还款日)${GAP(6)}(?:往后|推后|延后)(?:挪|推|延|移|放)`),
  },
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'en',
    negatable: true,
    authorisedBy: ['waiver', 'settlement'],
    triggers: ['never happened'],
    patterns: en(`\\bpretend (?:the rest|it|the balance|the remainder)\\b[^.!?]{0,10}\\bnever happened`),
  },
  {
    id: 'unauthorized_commitment.deferral',
    lang: 'en',
    negatable: true,
    personMayAct: true,
    authorisedBy: ['installments', 'hardship_plan', 'extension', 'deferral'],
    triggers: ['guarantee', 'due date', 'payment date'],
    patterns: en(
      `\\bguarantee\\b[^.!?]{0,40}\\b(?:goes through|go through|gets approved|get approved|will pass)`,
      `\\b(?:i|we)(?:'ll| will| can| could)? (?:push|move|extend|delay|shift)\\b[^.!?]{0,20}\\b(?:due date|payment date)\\b[^.!?]{0,15}\\b(?:back|out|later)\\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.deferral',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['installments', 'hardship_plan', 'extension', 'deferral'],
    triggers: ['额度'],
    patterns: zh(`帮${YOU}(?:把)?额度${GAP(4)}(?:调回|恢复|提上|提高|调高)`),
  },
  {
    id: 'unauthorized_commitment.deferral',
    lang: 'en',
    negatable: true,
    authorisedBy: ['installments', 'hardship_plan', 'extension', 'deferral'],
    triggers: ['your limit', 'your credit line'],
    patterns: en(
      `\\bi(?:'ll| will) (?:get|have) your (?:limit|credit line)\\b[^.!?]{0,15}\\b(?:put back|restored|raised|reopened|reinstated)`,
    ),
  },
];
