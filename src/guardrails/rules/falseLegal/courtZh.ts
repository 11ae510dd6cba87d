import { GAP, type PatternRuleSpec, YOU, YOUR, zh } from '../ruleTypes.js';
import {
  NO_NEG_ZH,
  NOT_IF,
  NOT_THIRD_ACCUSED,
  PLAIN,
  PLAIN_MANDARIN,
  SENTENCE,
  THIRD_REPORTED,
} from '../shared/zh.js';

/**
 * False legal threats (Chinese): court action, judgments and legal papers asserted.
 */

const BAD_FAITH = '(?:恶意(?:逾期|欠款|拖欠|透支|逃废债|逃债|欠债|拖欠)|逃废债|骗贷|套现)';
const CRIME = '(?:诈骗|欺诈|犯罪|刑事|骗贷|侵占|恶意透支|非法占有)';

export const FALSE_LEGAL_COURT_ZH: PatternRuleSpec[] = [
  {
    id: 'false_legal.court',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: [
      '法院',
      '起诉',
      '诉讼',
      '告上法庭',
      '告你',
      '上法院',
      '上法庭',
      '传票',
      '强制执行',
      '查封',
      '扣押',
      '拍卖',
      '冻结',
      '划扣',
      '律师函',
      '开庭',
      '判决',
    ],
    patterns: zh(
      `起诉(?!前)|提起诉讼(?!前)|诉讼(?!前|法)|告上法庭|告你|上法院|上法庭|传票|强制执行|查封|扣押|拍卖|律师函|开庭|法院判决(?!后|为准|生效)`,
      `冻结${GAP(6)}(?:银行卡|账户|工资|财产|资产|存款|房产|名下)|划扣${YOUR}?(?:工资|存款|其他银行)`,
      `法院${GAP(8)}(?:划走|划扣|扣走|扣押|冻结|执行|查封|拍卖|判你|传唤|找你|来人)`,
    ),
  },
  {
    id: 'false_legal.court',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['法院', '倍'],
    patterns: zh(`法院${GAP(4)}判(?!决(?:生效)?后)|(?:赔|罚|还)(?:[一二三四五六七八九十两]|\\d+)倍`),
  },
  {
    id: 'false_legal.court',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['程序', '判决', '出境', '出国', '律师'],
    patterns: zh(
      `(?:触发|启动|进入|走|转入)(?:了)?(?:司法|诉讼|法律|强制执行)程序|判决书|限制出境|出境限制|不能出国|出不了国`,
      `律师${GAP(8)}(?:准备材料|准备起诉|起诉${YOU})`,
    ),
  },
  {
    id: 'false_legal.court',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['立案', '受理', '开庭', '判决', '出境', '高铁', '飞机'],
    patterns: zh(
      `法院${GAP(6)}(?:已经?|正式)?(?:立案|受理)|(?:案子|案件)${GAP(6)}(?:立案|受理|开庭|判决)|开庭|判决书`,
      `(?:限制|禁止)${GAP(2)}(?:出境|乘坐高铁|坐高铁|坐飞机|乘坐飞机)`,
    ),
  },
  {
    id: 'false_legal.court',
    lang: 'zh',
    negatable: true,
    triggers: ['协查', '刑事', '移交', '案号', '拘留'],
    patterns: zh(
      `协查函|司法协查|刑事(?:审查|立案|移送|侦查|程序)`,
      `移交${THIRD_REPORTED}${GAP(4)}(?:律所|公安|经侦|司法|检察)`,
      `案号`,
      `(?:司法|刑事|行政)?拘留`,
    ),
  },
  {
    id: 'false_legal.court',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['阶段', '程序', '执行局', '执行庭', '法警', '追查', '相关部门', '对象', '资金'],
    patterns: zh(
      `(?<!(?:如|若|如果|一旦|假如)[^,;:!?。、\\n]{0,10})(?:已|已经|正式)?(?:进入|转入|移交)${GAP(2)}(?:执行|诉讼|司法|审判|强制执行)(?:阶段|程序)`,
      `(?:执行局|执行庭|法警)${GAP(10)}(?:过去|上门|来|清点|查封|找${YOU}|登记)`,
      `(?:列为|列入)${GAP(4)}(?:重点)?(?:追查|调查|打击|监控|布控)对象|相关部门(?:正在|已经|已)${GAP(2)}(?:核查|调查|追查|介入)|(?:核查|调查|追查)${YOUR}?(?:的)?资金(?:流向|往来)`,
    ),
  },
  {
    // "您已被列为被告，请于…到庭应诉", "对您拘传", "发布通缉".
    id: 'false_legal.court',
    lang: 'zh',
    negatable: true,
    triggers: ['被告', '被申请人', '被执行人', '到庭', '应诉', '出庭', '诉前', '立案前'],
    patterns: zh(
      // guardfa23: 被执行人 is a trigger too (gating hid this match), and "如您已被…" is a condition.
      `(?<!如|若|如果|假如|倘若|一旦)${YOU}${PLAIN_MANDARIN(4)}(?:被列为|列为|成为|已是)${PLAIN_MANDARIN(2)}(?:被告|被申请人|被执行人)`,
      `(?<!(?:如|如果|若|倘若|一旦)[^。!?\\n]{0,20})(?:请|须|需|必须|务必)(?:于|在)${PLAIN_MANDARIN(10)}(?:到庭|出庭|应诉)`,
      `(?:进入|转入|移交|转至|转到)${PLAIN_MANDARIN(4)}诉前(?:阶段|部门|程序|组|处理)?|立案前(?:的)?最后`,
    ),
  },
  {
    // "送达员明天会到您公司，当面送达法律文书".
    id: 'false_legal.court',
    lang: 'zh',
    negatable: true,
    triggers: ['送达'],
    patterns: zh(
      `送达(?:员|人员|专员)${PLAIN_MANDARIN(12)}(?:到|去|前往|上门)${PLAIN_MANDARIN(4)}(?:您|你)?(?:的)?(?:公司|单位|家|住所|住址|户籍地)`,
      `(?:到|去|前往|在)${PLAIN_MANDARIN(4)}(?:您|你)?(?:的)?(?:公司|单位|家里?|住所|住址)${PLAIN_MANDARIN(6)}(?:当面)?送达`,
    ),
  },
  {
    id: 'false_legal.court',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['视为', '视同', '等于', '等同于', '当作', '算作', '默认', '自动'],
    patterns: zh(
      `(?:不回复|不回应|不答复|不回话|不理会|不理睬|未回复|未答复|不予回应|不予答复|沉默|不吭声)${NO_NEG_ZH(10)}(?:视为|视同|等于|等同于|当作|算作|默认)${NO_NEG_ZH(6)}(?:承认|认可|同意|认罪|接受|放弃抗辩|放弃申辩|认账)`,
      `(?:法院|判决|裁决)[^。!?\\n]{0,8}?自动(?:作出|做出|下达|生效|判决|判|裁决)`,
    ),
  },
  {
    // "恶意逾期案", "已构成恶意欺诈/诈骗的基本事实", "已被定性为恶意逃废债案件".
    id: 'false_legal.court',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['恶意', '逃废债', '骗贷', '套现', '诈骗', '欺诈', '犯罪', '刑事', '侵占', '非法占有'],
    patterns: zh(
      `(?=${BAD_FAITH})${NOT_IF}${BAD_FAITH}${PLAIN(2)}(?:案|案件|嫌疑|事实)`,
      `(?=(?:已|已经|均已|完全)?(?:构成|涉嫌|已属|属于|定性为|认定为|符合|坐实))${NOT_IF}${NOT_THIRD_ACCUSED}(?:已|已经|均已|完全)?(?:构成|涉嫌|已属|属于|定性为|认定为|符合|坐实)${PLAIN(6)}(?:${BAD_FAITH}|${CRIME})`,
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
    // The bank doing a court's work itself (guardzh26): "唔使等法院，我哋银行自己都做得到",
    // "银行自己就能冻结，不用等判决", "本行将同步对您名下的存款及车辆进行保全".
    id: 'false_legal.court',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['法院', '判决', '法官', '起诉', '保全'],
    patterns: zh(
      `(?:唔使|不用|不需要|无需|用不着|不必)(?:等)?(?:法院|法官|判决|起诉)${SENTENCE(20)}(?:我们|我哋|银行|本行|我行|我司)(?:自己)?(?:就|都)?(?:能|可以|做得到|得|会)`,
      `(?:冻结|扣|划扣|查封|保全|扣押)${SENTENCE(20)}(?:唔使|不用|不需要|无需|用不着)(?:等)?(?:法院|法官|判决|起诉)`,
      `(?:本行|我行|我们|银行|本公司|我司)(?:将|会|已|已经|马上|即将)?${GAP(6)}对${YOUR}?(?:名下)?(?:的)?${GAP(10)}(?:进行|实施|采取)(?:财产)?保全`,
    ),
  },
];
