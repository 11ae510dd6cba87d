import type { PaidVia } from '../../core/act.js';

/**
 * How a person said they paid, named back in their language (issue 14): a closed list, so a reply
 * never repeats free text. zh reads after "通过"; en carries its own "through" / "by". Third-party
 * payment apps are named only as such: naming one could read as telling the person to pay there.
 */
export const PAID_VIA_WORDS: Readonly<Record<PaidVia, { 'zh-CN': string; en: string }>> = {
  ccb: { 'zh-CN': '建设银行', en: 'through China Construction Bank' },
  icbc: { 'zh-CN': '工商银行', en: 'through ICBC' },
  abc: { 'zh-CN': '农业银行', en: 'through Agricultural Bank of China' },
  boc: { 'zh-CN': '中国银行', en: 'through Bank of China' },
  bocom: { 'zh-CN': '交通银行', en: 'through Bank of Communications' },
  cmb: { 'zh-CN': '招商银行', en: 'through China Merchants Bank' },
  psbc: { 'zh-CN': '邮储银行', en: 'through Postal Savings Bank of China' },
  alipay: { 'zh-CN': '支付宝', en: 'through Alipay' },
  wechat: { 'zh-CN': '微信', en: 'through WeChat' },
  unionpay: { 'zh-CN': '云闪付', en: 'through UnionPay' },
  our_app: { 'zh-CN': '手机银行', en: 'in our app' },
  online_banking: { 'zh-CN': '网上银行', en: 'through online banking' },
  branch: { 'zh-CN': '网点柜台', en: 'at a branch' },
  zelle: { 'zh-CN': '第三方支付', en: 'through a payment app' },
  paypal: { 'zh-CN': '第三方支付', en: 'through a payment app' },
  venmo: { 'zh-CN': '第三方支付', en: 'through a payment app' },
  cash_app: { 'zh-CN': '第三方支付', en: 'through a payment app' },
  check: { 'zh-CN': '支票', en: 'by cheque' },
  money_order: { 'zh-CN': '汇票', en: 'by money order' },
  autopay: { 'zh-CN': '自动还款', en: 'by automatic payment' },
  credit_union: { 'zh-CN': '信用合作社', en: 'through your credit union' },
  other_bank: { 'zh-CN': '他行', en: 'from your bank' },
  bank_transfer: { 'zh-CN': '转账', en: 'by bank transfer' },
};
