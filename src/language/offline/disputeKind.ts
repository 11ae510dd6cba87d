import type { DisputeKind } from '../../core/act.js';
import { disownsFee, refundMissing } from './billingDispute.js';
import { normalise } from './normalise.js';

/**
 * What a dispute is about, from the person's words (zh-CN and English), first match wins:
 * a validation-notice request, identity theft or fraud, a specific transaction, a wrong amount,
 * "not my debt"; anything else is 'general'.
 *
 *   disputeKindOf('这张卡不是我办的，被人冒用了') // 'identity_theft'
 */
const VALIDATION =
  /validation notice|validat(?:e|ion of) (?:the |this |my )?debt|debt validation|verify (?:the|this) debt|proof (?:that )?i owe|send me (?:the )?(?:proof|documentation|paperwork)|债务(?:证明|确认|核实)|欠款证明|(?:提供|出示|寄)(?:一下)?(?:欠款|债务)?(?:证明|凭证|书面材料)/;

const KINDS: readonly [DisputeKind, { test(norm: string): boolean }][] = [
  ['validation_request', VALIDATION],
  [
    'identity_theft',
    /盗刷|被盗|冒用|冒名|身份(?:证)?被(?:盗|冒用)|不是我办的|从来?没(?:办|申请|开)过|identity theft|stolen identity|someone (?:used|opened|took)|never (?:opened|applied for|signed up)|fraud(?:ulent)?|hacked|card was stolen/,
  ],
  // conv17: a fee never agreed or promised away is checked line by line; a refund never credited is
  // the merchant's transaction.
  ['wrong_amount', { test: disownsFee }],
  ['transaction', { test: refundMissing }],
  [
    'transaction',
    /这笔(?:消费|交易|账)|某笔|没(?:有)?(?:消费|刷|买)过|不是我(?:消费|刷|买|花)的|我没(?:有)?(?:消费|刷卡|买过)|(?:charge|transaction|purchase) (?:on|from|at|of|for)|(?:didn'?t|did not|never) (?:make|buy|purchase|authori[sz]e)|(?:don'?t|do not) recogni[sz]e/,
  ],
  [
    'wrong_amount',
    /金额(?:不对|有误|错了)|算错|对不上|多算|数额不对|(?:不|没)(?:应该|可能)?(?:欠|有)这么多|wrong amount|amount is wrong|(?:balance|bill|amount) (?:is|was|seems|looks) (?:wrong|incorrect|too high)|overcharg|billing error|should (?:only )?be/,
  ],
  [
    'not_mine',
    /不是我的|我不欠|不欠你们|不认(?:这笔|这个账|账)|not my (?:debt|account|card)|not mine|i (?:don'?t|do not) owe|(?:isn'?t|is not) my/,
  ],
];

export function disputeKindOf(text: string): DisputeKind {
  const norm = normalise(text.slice(0, 2000));
  for (const [kind, pattern] of KINDS) if (pattern.test(norm)) return kind;
  return 'general';
}

/**
 * Asks how an earlier dispute is going ("any update on my dispute?", "我昨天申诉的那个怎么样了"):
 * a question about one already raised, not a new one.
 */
const DISPUTE_STATUS =
  /(?:申诉|异议|争议|投诉)[^,.!?。！？]{0,8}(?:怎么样|进展|进度|结果|处理(?:得)?(?:怎样|如何)|到哪)|(?:之前|昨天|前天|上次|前几天|上周)[^,.!?。！？]{0,6}(?:提的|提交的|申诉的|说的)[^,.!?。！？]{0,4}(?:异议|争议|申诉)|\b(?:update|status|news|progress|heard back)\b[^.?!]{0,24}\bdispute\b|\bdispute\b[^.?!]{0,24}\b(?:update|status|going|progress|resolved|result|outcome|yet)\b|\b(?:looked|look(?:ing)?|gotten) (?:at|into|to)\b[^.?!]{0,12}\bdispute\b|(?:申诉|异议|争议)[^,.!?。！？]{0,4}(?:有人)?(?:看|处理|管|查)(?:了|过)?(?:吗|没|没有)/;

export function asksDisputeStatus(text: string): boolean {
  return DISPUTE_STATUS.test(normalise(text.slice(0, 2000)));
}

/** A request for the validation notice (en: Reg F §1006.34) is a dispute in its own right. */
export function asksForValidation(text: string): boolean {
  // The first kind wins, so this is its pattern alone (the others need not run).
  return VALIDATION.test(normalise(text.slice(0, 2000)));
}
