import type { StructuralCheck } from './structureTypes.js';
import type { GuardContext, PaymentStatus } from './types.js';

/**
 * Claims about the latest payment, read by what they say happened to it rather than by one
 * verb next to "payment": it failed ("the card bounced", "扣款没成功"), it never came ("we
 * haven't received anything", "没查到您的还款"), it is booked ("autopay is all set for
 * Tuesday", "明天会自动划扣"), it arrived ("您的钱已经收到了"). Each is checked against
 * `facts.paymentStatus` when the act states it; without it nothing here applies.
 */
function statusIsNot(...allowed: PaymentStatus[]): (context: GuardContext) => boolean {
  return (context) => {
    const status = context.facts?.paymentStatus;
    return status !== undefined && !allowed.includes(status);
  };
}

export const FACT_CHECKS: readonly StructuralCheck[] = [
  {
    id: 'misrepresentation.payment_status',
    lang: 'zh',
    appliesTo: statusIsNot('declined'),
    gate: ['退回', '失败', '被拒', '没成功', '未成功', '不成功', '没扣上', '扣不了', '退票', '没过'],
    acts: [
      /(?:还款|付款|扣款|转账|支付|钱|款|卡)[^。!?\n]{0,10}?(?:被退回|退回来了|退回了|失败|被拒|没成功|未成功|不成功|没扣上|扣不了|退票|没过)/g,
    ],
  },
  {
    id: 'misrepresentation.payment_status',
    lang: 'en',
    appliesTo: statusIsNot('declined'),
    gate: ['bounced', 'declined', 'returned', 'rejected', 'go through', 'failed', 'processed'],
    acts: [
      /\b(?:payment|card|transfer|autopay|check|cheque|it)\b[^.!?\n]{0,30}?\b(?:bounced|declined|was returned|got returned|was rejected|didn't go through|did not go through|failed|couldn't be processed|could not be processed)\b/g,
    ],
  },
  {
    id: 'misrepresentation.payment_status',
    lang: 'zh',
    negatable: false,
    appliesTo: statusIsNot('none', 'pending', 'declined'),
    gate: ['没', '未'],
    acts: [
      /(?:没|未)(?:有)?(?:查到|收到|看到|找到)[^,;:!?。\n]{0,8}?(?:还款|付款|款项|转账|钱)|(?:还款|款项|钱|款)[^,;:!?。\n]{0,6}?(?:没|未)(?:有)?(?:到账|入账|收到)/g,
    ],
  },
  {
    id: 'misrepresentation.payment_status',
    lang: 'en',
    negatable: false,
    appliesTo: statusIsNot('none', 'pending', 'declined'),
    gate: ["n't", ' not ', 'no payment', 'no record', 'no sign'],
    acts: [
      /\b(?:haven't|have not|hasn't|has not|didn't|did not)\s+(?:yet\s+)?(?:received|seen|gotten|got)\b[^.!?\n]{0,20}?\b(?:payment|anything|a cent|a penny|any money|money)\b|\bno payment (?:has been|was|is) (?:made|received|posted)\b|\bno (?:record|sign) of (?:a |any |your )?payment\b/g,
      // "We show no payments on this account since March" (guarden24): a record read as empty.
      /\b(?:show|shows|showing|see|sees|have|has|record|records)\s+no\s+payments?\b(?!\s+(?:is |are )?(?:due|needed|required|owed|scheduled))[^.!?\n]{0,30}?\b(?:since|this|last|in|on|for|yet|so far)\b/g,
    ],
  },
  {
    id: 'misrepresentation.payment_status',
    lang: 'zh',
    appliesTo: statusIsNot('scheduled', 'pending'),
    gate: ['划扣', '自动扣', '自动还款'],
    acts: [
      /(?:预约|安排|设置|设定)的?(?:还款|扣款|自动扣款|划扣)[^。!?\n]{0,10}?(?:会|将|就)?(?:自动)?(?:划扣|扣款|扣除|执行)|(?:明天|后天|下周|下个月|\d+号|\d+日)[^,;:!?。\n]{0,6}?(?:会|将)?自动(?:划扣|扣款|还款)/g,
    ],
  },
  {
    id: 'misrepresentation.payment_status',
    lang: 'en',
    appliesTo: statusIsNot('scheduled', 'pending'),
    gate: ['autopay', 'auto-pay', 'automatic payment', 'debited', 'drafted', 'scheduled', 'all set'],
    acts: [
      /\b(?:autopay|auto-pay|automatic payment|payment)\b[^.!?\n]{0,20}?\b(?:is |are )?(?:all )?(?:set|scheduled|lined up|queued|booked)\b[^.!?\n]{0,6}?\b(?:for|on)\b|\bwill be (?:auto-?debited|automatically debited|drafted|auto-?drafted)\b/g,
    ],
  },
  {
    id: 'misrepresentation.payment_status',
    lang: 'zh',
    appliesTo: statusIsNot('received'),
    gate: ['收到了', '到账了', '入账了', '恢复正常'],
    acts: [
      /(?:钱|款|还款|款项)[^,;:!?。\n]{0,4}?(?:已经|已)?(?:收到了|到账了|入账了)|账户(?:已经?)?恢复正常/g,
    ],
  },
  {
    id: 'misrepresentation.payment_status',
    lang: 'en',
    appliesTo: statusIsNot('received'),
    gate: ['got your', 'received your', 'went through', 'gone through', 'payment posted'],
    acts: [
      /\b(?:got|received) your (?:payment|money|check|cheque)\b|\bpayment (?:went|has gone) through\b|\bpayment posted\b/g,
    ],
  },
];
