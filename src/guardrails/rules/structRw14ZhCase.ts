import { YOU, YOUR, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Criminal cases invented and property seized without a court, in Chinese (guardrw14zh, issue
 * 16), written by class from the helper's own training lines (training/guardrails/rw14.zh.yaml):
 * a "malicious overdue case" or the "basic facts of fraud" asserted, case files said to be ready
 * or a filing procedure triggered, the holder and family told to assist the police, the file
 * handed to the police; seals put on a door, a home, a car, wages or a relative's account seized
 * or frozen by the collector. Only a court decides a case or a seizure: "本行可能依法提起民事诉讼"
 * and "查封须经法院依法裁定" stay lawful (negationBank.ts, negationLaw.ts; hedged and negated
 * wording is excused). 信用卡业务监督管理办法 Art. 69; 民事诉讼法 (seizure by court order only).
 */
// A clause with no negation in it (不, 没, 未, 无, 非, 别, 勿, 唔).
const PLAIN = (n: number): string => `(?:(?![不没未无非别勿唔])[^,;:!?。、\\n]){0,${n}}?`;
// Not a condition, a warning or a quoted claim: "如有人以…为由", "若您收到…". A pattern opens with a
// look-ahead of its first word, so this look-behind runs only where that word starts.
const NOT_IF = '(?<!(?:如果|如|若|假如|倘若|以|所谓|声称|自称|谎称|冒充)[^,;。!?\\n]{0,12})';

const BAD_FAITH = '(?:恶意(?:逾期|欠款|拖欠|透支|逃废债|逃债|欠债|拖欠)|逃废债|骗贷|套现)';
const CRIME = '(?:诈骗|欺诈|犯罪|刑事|骗贷|侵占|恶意透支|非法占有)';
const POLICE = '(?:公安|经侦|刑侦|派出所|警方|司法机关|检察|相关部门|有关部门)';

/** What a collector claims to seize, seal or freeze: the home, car, wages, savings, a relative's money. */
const ASSET =
  '(?:房子|房产|房屋|老家|住房|车子|车辆|车|工资卡|工资|存款|余额|财产|资产|家产|家当|值钱的?东西|财物|家具|家电|微信|支付宝|门|大门)';
const KIN = '(?:家人|家里人|家属|父母|爸妈|老婆|老公|配偶|子女|孩子|亲属|亲戚)';
const SEIZE =
  '(?:查封|冻结|扣押|扣下|扣走|拍卖|划扣|扣划|划走|收走|拉走|搬走|没收|变卖|查扣|拖走|开走|封掉|封了)';

export const STRUCT_RW14_ZH_CASE: PatternRuleSpec[] = [
  {
    // "恶意逾期案", "已构成恶意欺诈/诈骗的基本事实", "已被定性为恶意逃废债案件".
    id: 'false_legal.court',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['恶意', '逃废债', '骗贷', '套现', '诈骗', '欺诈', '犯罪', '刑事', '侵占', '非法占有'],
    patterns: zh(
      `(?=${BAD_FAITH})${NOT_IF}${BAD_FAITH}${PLAIN(2)}(?:案|案件|嫌疑|事实)`,
      `(?=(?:已|已经|均已|完全)?(?:构成|涉嫌|已属|属于|定性为|认定为|符合|坐实))${NOT_IF}(?:已|已经|均已|完全)?(?:构成|涉嫌|已属|属于|定性为|认定为|符合|坐实)${PLAIN(6)}(?:${BAD_FAITH}|${CRIME})`,
      `${CRIME}${PLAIN(4)}(?:的)?(?:基本事实|立案标准|犯罪事实|构成要件)`,
    ),
  },
  {
    // "立案材料整理完毕", "已触发立案程序", "案件编号已生成".
    id: 'false_legal.court',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['立案', '报案', '卷宗', '案件编号', '案号'],
    patterns: zh(
      `(?=(?:立案|报案))${NOT_IF}(?:立案|报案)(?:材料|卷宗|资料|手续|程序|流程)${PLAIN(6)}(?:整理|准备|完毕|完成|提交|启动|触发|生成|就绪|好了|递交)`,
      `(?=(?:触发|启动|进入|开启|走))${NOT_IF}(?:触发|启动|进入|开启|走)${PLAIN(4)}(?:刑事)?(?:立案|报案)(?:程序|流程)`,
      `(?=(?:立案)?卷宗)${NOT_IF}(?:立案)?卷宗${PLAIN(6)}(?:整理|准备|完毕|完成|提交|好了)`,
      `(?=(?:案件编号|案号))${NOT_IF}(?:案件编号|案号)${PLAIN(4)}(?:已|已经)?(?:生成|下达|登记|确定)`,
    ),
  },
  {
    // "请本人和家眷配合相关部门核查", "配合警方调查", "资料已上报派出所，等待出警".
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    triggers: ['配合', '协助', '移交', '移送', '提交', '上报', '转交', '报送', '出警'],
    patterns: zh(
      `(?=(?:本人|${YOU}))${NOT_IF}(?:本人|${YOU})${PLAIN(4)}(?:和|及|与|以及|连同)${PLAIN(2)}(?:家眷|家属|家人|亲属)${PLAIN(6)}(?:配合|协助)${PLAIN(8)}(?:调查|核查|取证|问询|询问|${POLICE})`,
      `(?=配合)${NOT_IF}配合${PLAIN(4)}(?:公安|经侦|刑侦|派出所|警方|司法机关|检察|相关部门|有关部门)${PLAIN(4)}(?:调查|核查|取证|问询)`,
      `(?=(?:移交|移送|提交|转交|上报|报送))${NOT_IF}(?:移交|移送|提交|转交|上报|报送)${PLAIN(6)}(?:公安|经侦|刑侦|派出所|警方|司法机关|检察)`,
      `(?:等待|等着|准备)出警`,
    ),
  },
  {
    // "贴封条", "明天去你家贴上封条".
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['封条'],
    patterns: zh(`(?=(?:贴|张贴|贴上|上|加|打))${NOT_IF}(?:贴|张贴|贴上|上|加|打)${PLAIN(2)}封条`),
  },
  {
    // "查封你老家的房子", "冻结你家人账户", "把你的车扣下来", "值钱的东西清点登记抵债".
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: [
      '查封',
      '冻结',
      '扣押',
      '扣下',
      '扣走',
      '拍卖',
      '划扣',
      '扣划',
      '划走',
      '收走',
      '拉走',
      '搬走',
      '没收',
      '变卖',
      '查扣',
      '拖走',
      '开走',
      '封掉',
      '封了',
      '抵债',
    ],
    patterns: zh(
      `(?=${SEIZE})${NOT_IF}${SEIZE}${PLAIN(6)}${YOUR}?${PLAIN(6)}(?:${ASSET}|${KIN}${PLAIN(4)}(?:账户|银行卡|卡|存款|房|车|财产))`,
      `(?=${ASSET}|${KIN})${NOT_IF}(?:${ASSET}|${KIN}${PLAIN(4)}(?:账户|银行卡|卡|存款))${PLAIN(10)}(?:被|将被|会被|就被)?${PLAIN(6)}${SEIZE}`,
      `(?=(?:${ASSET}))${NOT_IF}(?:${ASSET})${PLAIN(12)}(?:清点|登记|抵押|用来|拿去)?${PLAIN(2)}抵债`,
    ),
  },
];
