import { GAP, type PatternRuleSpec, YOUR, zh } from '../ruleTypes.js';
import { NOT_IF, SENTENCE } from '../shared/zh.js';

/**
 * False account actions (Chinese; guardzh25, issue 16, policy 2026.12.21): a payment app, social
 * insurance, a housing fund, a phone line, travel or the person's accounts at other banks said to be
 * frozen, stopped or debited by the collector — done, or due within hours ("您的信用卡及微信支付已被
 * 冻结", "24小时内冻结您名下所有银行卡", "已从你名下其他账户扣除3000元", "已划扣您工资卡余额"). A card
 * issuer can stop its own card under the contract; only a court freezes or debits other accounts,
 * and no bank stops WeChat Pay, 社保 or a phone number. A bank that says it will not ("本行不会冻结
 * 您的微信支付") is negated; a scam alert that quotes it ("有人称'已冻结…'，这是诈骗") reports it.
 * 信用卡业务监督管理办法 Art. 69 (虚假信息); 民事诉讼法 Art. 253 (only a court freezes).
 */

const TARGET =
  '(?:微信(?:支付|钱包)?|支付宝|花呗|借呗|财付通|第三方支付|社保(?:卡|账户)?|医保(?:卡|账户)?|公积金(?:账户)?|手机号(?:码)?|高铁|飞机|购票|名下(?:所有|全部|其他|的)*(?:银行卡|账户|储蓄卡|卡)|所有(?:的)?银行卡|全部(?:的)?银行卡|其他(?:银行)?(?:的)?(?:账户|银行卡)|储蓄卡|工资卡)';
const ACT = '(?:冻结|冻住|停用|停机|暂停|扣除|划扣|扣划|划走|扣走|扣款|注销|封号|封停|标记|凍結)';
/** The person's own standing order: "自动还款已从您绑定的储蓄卡扣款成功". */
const NOT_AUTO = '(?<!(?:自动|授权|约定|代扣)[^。\\n]{0,24})';
const NOT_DONE_OK = '(?!成功)';
const DONE = '(?:已|已经|将|会|即将|马上|被|俾|申请|提交|做了|小时内|今晚|今天|明天)';

export const MISREPRESENTATION_ACCOUNT_ACTION_ZH: PatternRuleSpec[] = [
  {
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: [
      '冻结',
      '冻住',
      '停用',
      '停机',
      '暂停',
      '扣除',
      '划扣',
      '扣划',
      '划走',
      '扣走',
      '扣款',
      '注销',
      '封号',
      '封停',
      '标记',
    ],
    patterns: zh(
      `(?=${YOUR}?(?:的)?${TARGET})${NOT_IF}${NOT_AUTO}${YOUR}?(?:的)?${TARGET}${SENTENCE(16)}${DONE}${GAP(8)}${ACT}${NOT_DONE_OK}`,
      `(?=${DONE})${NOT_IF}${NOT_AUTO}${DONE}${GAP(8)}${ACT}${GAP(4)}(?:了)?${YOUR}?${GAP(4)}${TARGET}`,
      `(?=从)${NOT_IF}${NOT_AUTO}从${YOUR}?${GAP(4)}${TARGET}${GAP(8)}${ACT}${NOT_DONE_OK}`,
    ),
  },
];
