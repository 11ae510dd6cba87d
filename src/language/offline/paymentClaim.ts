import type { PaidVia } from '../../core/act.js';
import { normalise } from './normalise.js';

export type { PaidVia };

/**
 * Payment claims said the way people say them, beyond the plain "已经还了 / I already paid" of
 * `ALREADY_PAID`: the money "sent over" (钱打过去了, 给整过去了, transfer过去了), a cheque in the
 * post, autopay that took it, "did you not get it". Matched against normalised text.
 */
const PAID_THROUGH_STAFF =
  /\b(?:paid|made (?:a|the|my|that)\b[^.?!]{0,12}\bpayment|(?:they|she|he|you|u) (?:took|charged|debited|pulled|ran))\b[^?!]{0,60}(?:\b(?:over|by|on) the phone\b|\bby phone\b|\bwith (?:a|the|your|one of your) (?:rep|representative|agent|lady|guy|woman|man|person|operator)\b|\b(?:reference|ref|confirmation|conf) (?:number|no|#|code)\b)|(?:电话里|电话上|打电话|客服电话|让客服|客服)[^。？?!！，,]{0,20}(?:还了|交了|扣了|付了|还上了)/;

/**
 * A payment told as made through our staff by phone: a claim even with the words that ask for a
 * person elsewhere ("paid with one of your agents"), so it is read before a request for a human.
 */
export function saysPaidThroughStaff(norm: string): boolean {
  return PAID_THROUGH_STAFF.test(norm);
}

export const PAID_SAID: readonly RegExp[] = [
  // 钱/款/这个月的 … 打过去了 / 转进去了 / 整过去了 (not a phone call: "电话打过去了").
  /(?<!电话)(?:打|转|汇|整|弄|存|划|transfer|转账)(?:了)?(?:过去|进去|到你们)(?:了|啦|的)/,
  /(?:这个月|本月|这期|上个月|上期|那笔)的?(?:钱|款)?[^,.!?。！？没不无别]{0,10}(?:已经|早就|早)?(?:还|付|交|缴|转|打|汇)(?:上|进去|过去)?了(?![解吗么]|\s*(?:吗|么))|(?<![没无缺])(?:钱|款)[^,.!?。！？没不无别]{0,6}(?:打|转|汇)(?:过去|进去|上)?了/,
  // "用微信把这月的给还了", "上个礼拜三去柜台交了三千 有回单".
  /把(?:这个?月|本月|这期|上个?月|钱|款|欠款|账)的?[^,.!?。！？没不无别]{0,6}(?:给)?(?:还|交|付|转|缴)(?:上|清|完)?了|(?:上个?(?:礼拜|星期|周)[一二三四五六日天]?|前几天|前两天|前天|昨儿|昨天|那天)[^,.!?。！？没不无]{0,12}(?:还|交|付|缴|转|汇)了|(?:有|留着?)(?:回单|凭证|截图|转账记录|付款记录)/,
  /(?:自动还款|自动扣款|自动扣|代扣)[^,.!?。！？没不无]{0,8}(?:扣|还|划)(?:了|过|走)/,
  /(?:你们|银行)?(?:没|没有)(?:收到|查到|到账)(?:吗|么|啊|呀|\?)|是不是没(?:到账|收到|查到)/,
  /\b(?:check|cheque|payment|money|transfer|funds|wire)\b[^.?!]{0,30}\b(?:went out|was sent|went through|has cleared|cleared|came out|was taken|got sent|is in the mail|in the mail|was mailed|got mailed)\b/,
  /\b(?:autopay|auto-?pay|automatic payment|direct debit)\b[^.?!]{0,40}\b(?:took|taken|paid|came out|went out|pulled|debited|drafted)\b/,
  /\b(?:did|didn'?t|have|haven'?t)(?: you| u| ya| y'?all)(?: guys)?(?: not)? (?:get|receive|see|got)\b[^.?!]{0,20}\b(?:it|my payment|the payment|my check|my cheque|the money|my money|my transfer)\b/,
  /\b(?:took|pulled|debited|drafted) (?:the money|the payment|it) (?:out|from)\b/,
  /\bi (?:did|made|sent|submitted|scheduled) (?:the|my|a|that) payment\b|\b(?:got|have) (?:a |the )?(?:confirmation|receipt|confirmation (?:number|email|code))\b/,
  /\b(?:money|payment|it) (?:left|came out of|was taken from|was debited from|went out of) my (?:account|checking|savings|bank)\b|\b(?:already|just) transfer+ed\b/,
  // conv15b: a payment told with where and the proof ("went to the branch and paid 500 cash, teller
  // stamped the receipt", "dropped 250 in the atm … still have the slip"): a claim, never a budget.
  /(?<!想|要|会|先)(?:还|交|存|缴|付|转)了[^。？?!！]{0,12}(?:回单|凭条|凭证|小票|收据|存款单|缴款单)(?![^。？?!！]{0,4}[吗么])|(?:回单|凭条|凭证|小票|收据|存款单|缴款单)[^。？?!！]{0,6}(?:还在|在我|拍给|发给|拍了|有)/,
  /\b(?:paid|deposited|dropped|put|sent|made a payment of)\b[^?!]{0,80}\b(?:receipt|slip|teller|stamped|confirmation|atm|branch|in person|at the counter)\b|\b(?:receipt|slip|teller|stamped)\b[^?!]{0,80}\b(?:paid|deposited|dropped off|put in)\b/,
  // conv16b: paid by phone with a member of staff, with a reference ("paid $300 over the phone with a
  // rep, she gave me a reference number", "they took 150 off my debit card and gave me a confirmation
  // code", "让客服直接从我储蓄卡扣了两千 还给了我一个流水号").
  PAID_THROUGH_STAFF,
  /\b(?:gave|read|sent|texted|emailed) me (?:a |the |my )?(?:reference|ref|confirmation|conf) (?:number|no|#|code)\b|\b(?:have|got|kept) (?:a |the |my )?(?:reference|ref) (?:number|no|#|code)\b|(?:有|留着?|给了我|给我)(?:一个|个)?(?:流水号|受理编号|受理号|交易流水|交易号|还款流水)/,
];

/** Whether the person says they have paid in one of the shapes above. */
export function saysPaid(norm: string): boolean {
  return PAID_SAID.some((re) => re.test(norm));
}

/**
 * How the person says they paid, when they name it: a closed list, so a reply can name it back
 * without repeating free text (`PaidVia` in core/act.ts). The wording per locale is the template's.
 */

const VIA: readonly [PaidVia, RegExp][] = [
  ['ccb', /建行|建设银行|\bccb\b/],
  ['icbc', /工行|工商银行|\bicbc\b/],
  ['abc', /农行|农业银行/],
  ['boc', /中行|中国银行/],
  ['bocom', /交行|交通银行/],
  ['cmb', /招行|招商银行/],
  ['psbc', /邮储|邮政储蓄/],
  ['alipay', /支付宝|\balipay\b/],
  ['wechat', /微信|\bwechat\b/],
  ['unionpay', /云闪付|银联|\bunionpay\b/],
  ['autopay', /自动还款|自动扣款|代扣|\bauto-?pay\b|\bautomatic payment\b|\bdirect debit\b/],
  ['our_app', /你们的?(?:app|手机银行|应用)|手机银行|\byour app\b|\bthe app\b|\bmobile banking\b/],
  ['online_banking', /网银|网上银行|\bonline banking\b|\bonline\b/],
  ['branch', /柜台|网点|\bbranch\b/],
  ['zelle', /\bzelle\b/],
  ['paypal', /\bpaypal\b/],
  ['venmo', /\bvenmo\b/],
  ['cash_app', /\bcash ?app\b/],
  ['money_order', /\bmoney order\b/],
  ['check', /\bcheck\b(?! (?:it|on|your|the|that|again|with))|\bcheque\b|支票/],
  ['credit_union', /\bcredit union\b/],
  [
    'other_bank',
    /\b(?:chase|wells fargo|bank of america|citi(?:bank)?|capital one|us bank|pnc|td bank)\b|(?:其他|别的)银行|\bmy bank\b|\bmy other bank\b/,
  ],
  ['bank_transfer', /转账|汇款|\bbank transfer\b|\bwire(?:d)?\b|\btransfer(?:red)?\b/],
];

/** The channel a payment claim names, or undefined. */
export function paidVia(text: string): PaidVia | undefined {
  const norm = normalise(text.slice(0, 1000));
  for (const [via, re] of VIA) if (re.test(norm)) return via;
  return undefined;
}
