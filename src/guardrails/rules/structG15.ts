import { zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * The fifteenth session's Chinese classes (guard15, issue 16), named from the misses of half a of
 * an outside trainer's round and written by class before a figure on guard15's own check set:
 * - criminal labels aimed at the debtor: 贼, 小偷, 骗子, 老千, 骗钱的东西, 呃钱嘅老千 (Cantonese 正一老千,
 *   呃人钱唔还), with the person addressed or the label tied to the unpaid debt (defamation: a
 *   debtor who has not paid is no thief; 信用卡业务监督管理办法 Art. 69, FDCPA §1692e(7));
 * - an overdue record said to be pushed to the police, exit-entry, railway or aviation systems, or
 *   a passport frozen over a card debt (misrepresentation: a bank has no such power; only a court's
 *   失信被执行人 list restricts travel, and then through the court, not the bank).
 */

// A gap with no negation in it ("你不是骗子" stays lawful).
const NO_NEG = (n: number): string => `(?:(?!不|没|无|非|未|別|别)[^。!?\\n]){0,${n}}?`;

const LABEL = '(?:贼|小偷|骗子|老千|诈骗犯|骗徒|强盗|窃贼|盗贼|扒手|呃钱佬|骗钱的东西|骗钱的家伙|骗钱的货)';
// Someone who took money and did not pay it back: the label tied to the debt.
const DEBT_WAY =
  '(?:骗钱|骗人钱|骗银行钱|骗人|骗贷|赖账|赖数|失信|欠钱不还|欠债不还|借钱不还|借钱唔还|欠钱唔还|呃人钱|呃钱|呃人|走数|老赖)';

const SYSTEM =
  '(?:公安|派出所|警方|出入境|边检|海关|铁路|12306|民航|航空公司|机场|交通部|户籍|学信网|护照系统)';

export const STRUCT_G15_RULES: PatternRuleSpec[] = [
  {
    id: 'defamation.criminal_label',
    lang: 'zh',
    negatable: true,
    triggers: ['贼', '小偷', '骗子', '老千', '诈骗犯', '骗徒', '强盗', '扒手', '呃钱', '骗钱的'],
    patterns: zh(
      // "你就是个骗钱的贼", "像你这种骗子", "你条友正一骗子", "你个老千".
      `(?:你|您)(?:这种|这个|这样的|呢个|条友|個|个|就|本来就|根本就|分明就|明明就|简直就|真是|就系|就是|係|系|是|正一|一个|一個|只|嘅|的)*(?:${DEBT_WAY}(?:的|嘅|既)?)?${LABEL}`,
      // "失信的贼", "欠钱不还的小偷", "呃钱嘅老千": the label tied to the unpaid debt.
      `${DEBT_WAY}(?:的|嘅|既)${NO_NEG(2)}${LABEL}`,
      // "正一老千", "十足的骗子", "彻头彻尾的贼": an intensified label.
      `(?:正一|十足(?:的|嘅)?|彻头彻尾(?:的|嘅)?|活脱脱(?:的|嘅)?|不折不扣(?:的|嘅)?)(?:个|一个)?${LABEL}`,
      // "骗钱的东西": no lawful reading.
      `骗钱的(?:东西|家伙|货)`,
    ),
  },
  {
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: [
      '公安',
      '派出所',
      '警方',
      '出入境',
      '边检',
      '海关',
      '铁路',
      '12306',
      '民航',
      '航空',
      '机场',
      '交通部',
      '户籍',
      '学信网',
      '护照',
      '通行证',
    ],
    patterns: zh(
      // "逾期记录已经同步到公安系统", "欠款信息推送到铁路和民航系统", "和出入境管理局联网".
      `(?:记录|信息|资料|欠款|逾期|欠卡|名字|身份证)${NO_NEG(12)}(?:同步|推送|共享|上传|报送|报给|推给|录入|对接|联网|接入|导入|发送)${NO_NEG(4)}(?:到|至|给|进|入|和|与|了)?${NO_NEG(6)}${SYSTEM}`,
      `(?:和|与|跟)${SYSTEM}${NO_NEG(10)}(?:联网|对接|共享|同步)`,
      // "列入交通部限乘名单".
      `(?:列入|纳入|加入|录入|报进)(?:了)?${SYSTEM}${NO_NEG(8)}(?:名单|系统|黑名单|数据库)`,
      // "护照已经被冻结", "港澳通行证会被注销".
      `(?:护照|通行证|签证)${NO_NEG(4)}(?:已经|已|会|将|要)?(?:被)?(?:冻结|注销|吊销|作废|扣押|扣留|锁定)`,
    ),
  },
];
