import { GAP, type PatternRuleSpec, YOUR, zh } from '../ruleTypes.js';
import { CLAUSE, GAP_NO_NEG, NO_NEG, NO_NEG_ZH, S_ZH, SPAN } from '../shared/zh.js';

/**
 * Misrepresentation (Chinese): false consequences stated as fact.
 */

const BALLOON_ONLY = '(?:才|只有|只是|只欠|不过)';
const NUM_ZH = '[\\d一二三四五六七八九十两百千万]';
const BALLOON_NOW = `(?:现在|已经|目前|如今)${GAP(8)}(?:到|涨到|变成|滚到|翻到|成了)(?:了)?${GAP(2)}${NUM_ZH}`;
const KIN =
  '(?:子女|儿子|女儿|孩子|家人|家里人|全家人?|一家人|父母|爸妈|老婆|老公|爱人|配偶|妻子|丈夫|亲属|亲戚)';
const BANK = '(?:银行|我行|本行|我们|咱们|我司|催收公司|拖车公司|我们的人)';
const ASSET =
  '(?:房子|房产|住房|那套房|车子|车辆|汽车|爱车|车|商铺|铺子|门面|店面|家具|家电|值钱的东西|家里的东西|东西|退休金|养老金|公积金|房产证|车钥匙)';
const TAKE =
  '(?:拿去拍卖|拿去卖|挂出去卖|卖了还账|收回去?|收走|拖走|拖回来?|开走|搬走|拉走|拍卖|卖掉|变卖|处置|抵债|抵账|划走|扣走|划扣|查封|没收|锁起来|封起来)';
// What the law or a court does is the law stated, not the bank's own act.
const NOT_COURT = `(?![^。!?\\n]{0,30}(?:法院|依法|司法|判决|抵押贷款|按揭))`;
// Said of a debt: a card debt or its non-payment comes before the benefit.
const OWED_BEFORE =
  '(?<=(?:不还|没还|未还|逾期|欠款|欠钱|欠账|欠费|拖欠|不处理|再不|不交|还不上)[^。!?\\n]{0,24})';
const BENEFIT =
  '(?:社保卡?|医保卡?|养老金|退休金|公积金(?:账户)?|低保(?:资格)?|失业金|水电(?:燃气)?|燃气|水电费|户口|护照|驾照|驾驶证|医疗报销|社会保险)';
const CUT = '(?:停掉|停用|停缴|停发|停了|停|冻结|注销|封(?:掉|了)?|吊销|取消|断掉|断了|作废|扣光)';
// The same, and no lawful term of the record ("保留五年", "到期自动删除").
const ZH_FREE_RECORD = (n: number): string =>
  `(?:(?!不会|不影响|没有|并不|并非|无法|不能|保留|五年|5年|年后|期满|到期|自动|按规定)[^。！？!?\\n]){0,${n}}?`;
const SYSTEM =
  '(?:公安|派出所|警方|出入境|边检|海关|铁路|12306|民航|航空公司|机场|交通部|户籍|学信网|护照系统)';

export const MISREPRESENTATION_FALSE_CONSEQUENCE_ZH: PatternRuleSpec[] = [
  {
    // Invented nationwide freezes, lifelong records, daily rates above the law, ballooned debts.
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: [
      '银行',
      '只有',
      '平台',
      '金融机构',
      '黑名单',
      '终身',
      '辈子',
      '永久',
      '永远',
      '万分之',
      '千分之',
      '百分之',
      '原本',
      '本来',
      '原来',
      '当初',
      '奔着',
      '倍',
    ],
    patterns: zh(
      `(?:全国|所有|各大|各家|全部)(?:的)?(?:所有|各大|各家)?银行${GAP(10)}(?:冻结|拉黑|黑名单|封|限制|停用)`,
      `(?:所有|全部|各大|任何)(?:的)?(?:贷款平台|金融机构|网贷平台|银行)${GAP(4)}(?:都)?(?:不会再|不再|不能再)(?:放款|贷款|借钱|借给|批)|全国${GAP(4)}黑名单`,
      `只有(?:我行|我们|本行|我这边)(?:才)?(?:有权限?|能|可以)(?:解冻|解除|撤销|消除|解封)`,
      `征信${GAP(12)}(?<!不是|并非|不会|不|没有|并不)(?:终身|永久|一辈子|这辈子|永远)|(?:终身|永久)(?:的)?(?:记录|留底|污点|不良)`,
      `(?:终身|永久|一辈子|这辈子|永远)${GAP(6)}(?:留在|挂在|记在|在)征信|(?:一辈子|这辈子|永远)(?:都)?(?:消不掉|删不掉|洗不掉|去不掉|抹不掉)`,
      `(?:这辈子|一辈子|终身|永远|下半辈子)(?:都)?(?:别想|不能|没法|无法|贷不了|办不了|休想)(?:再)?(?:贷款|借钱|办卡|买房|买车|借贷|申请)`,
      `(?:(?:每|按)(?:日|天)|一天|日(?:利率|违约金|罚息))${GAP(8)}(?:万分之(?:[6-9]|[1-9]\\d+|六|七|八|九|十|二十|三十|五十|一百)|千分之|百分之)`,
      `(?:原本|本来|原来|当初)${BALLOON_ONLY}${GAP(3)}${NUM_ZH}[\\s\\S]{0,30}?${BALLOON_NOW}`,
      `${BALLOON_NOW}[^。\\n]{0,16}?(?:原本|本来|原来|当初)${BALLOON_ONLY}`,
      `奔着${GAP(2)}(?:\\d|[一二三四五六七八九十两]+万)|翻了?(?:好几|几|[二三四五六七八九十两]|\\d)倍`,
    ),
  },
  {
    // An invented one-off penalty on the principal; a fee for each call, text or visit.
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['违约金', '罚金', '罚款', '费'],
    patterns: zh(
      `(?:本金|欠款总额|全部欠款|总欠款|欠款的?总额|全额)的?(?:[1-9]\\d%|百分之[二三四五六七八九]?十|[一二两三四五六七八九]成)${GAP_NO_NEG(8)}(?:违约金|罚金|罚款)`,
      `(?:违约金|罚金|罚款)${GAP_NO_NEG(4)}(?:为|按)${GAP_NO_NEG(4)}(?:本金|欠款总额|全部欠款|全额)的?(?:[1-9]\\d%|百分之[二三四五六七八九]?十|[一二两三四五六七八九]成)`,
      `每${GAP_NO_NEG(8)}(?:电话|来电|短信|催收|外访|上门|联系|提醒)${GAP_NO_NEG(14)}(?:催收费|服务费|手续费|上门费|外访费|通话费|联系费|(?<!免|收)费用)`,
    ),
  },
  {
    // A relative's credit said to suffer from the holder's debt.
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['征信', '信用'],
    patterns: zh(
      `${KIN}的?(?:征信|信用记录|信用报告|信用)${GAP_NO_NEG(10)}(?:受影响|影响|牵连|拉黑|黑名单|污点|都会|也会)`,
      `(?:征信|逾期记录|不良记录)${GAP_NO_NEG(6)}(?:同步|连带|牵连|转到|记到|上报到)${GAP_NO_NEG(4)}${KIN}`,
    ),
  },
  {
    // Paying "guarantees" that true late records are deleted.
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['征信', '逾期记录', '不良记录', '逾期'],
    patterns: zh(
      `(?:保证|包|一定|肯定|百分百|确保|可以帮${'(?:您|你)'})${GAP_NO_NEG(6)}(?:把|将)${GAP_NO_NEG(8)}(?:征信|逾期记录|不良记录|逾期)${GAP_NO_NEG(10)}(?:删|消除|抹|清除|清掉|洗白)`,
    ),
  },
  {
    // The bank (or its towing firm) takes, tows or auctions a home, car or belongings itself.
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: [
      '拍卖',
      '卖掉',
      '卖了',
      '变卖',
      '拿去卖',
      '挂出去卖',
      '收回',
      '收走',
      '收了',
      '拿走',
      '拖走',
      '拖回',
      '开走',
      '搬走',
      '拉走',
      '处置',
      '抵债',
      '抵账',
      '划走',
      '扣走',
      '划扣',
      '没收',
      '锁起来',
      '封起来',
      '查封',
      '所有权',
    ],
    patterns: zh(
      `${BANK}${GAP_NO_NEG(14)}(?:把|将)${GAP_NO_NEG(6)}${ASSET}${GAP_NO_NEG(8)}${TAKE}${NOT_COURT}`,
      `${BANK}${GAP_NO_NEG(8)}(?:直接|自己就?|自行|马上|立刻|明[天早]就?|下周[一二三四五六日]?就?)${GAP_NO_NEG(10)}${TAKE}${GAP_NO_NEG(4)}${ASSET}${NOT_COURT}`,
      `${ASSET}${GAP_NO_NEG(6)}(?:就|会|将|要)?(?:归|被)(?:银行|我行|本行|我们)${GAP_NO_NEG(6)}(?:处置|收走|拍卖|收回|没收|拿走)${NOT_COURT}`,
      `${ASSET}${SPAN(16)}(?:银行|我行|本行|我们)${SPAN(8)}(?:随时|直接|自己)${SPAN(4)}(?:收走|收回|收了|拿走|卖掉|卖了|处置|拍卖|拖走)${NOT_COURT}`,
      `(?<=(?:抵|欠|还款|还钱|逾期|到账|外访|催收)[^。!?\\n]{0,40})把${GAP_NO_NEG(8)}${ASSET}${GAP_NO_NEG(10)}(?:拉走|搬走|拖走|拖回来?|收走|开走|拿走|拍卖|卖掉|卖了)${NOT_COURT}`,
      `(?:银行|我行|本行)${GAP_NO_NEG(8)}(?:取得|获得|拥有)${GAP_NO_NEG(6)}(?:处置权|所有权|收回权|拍卖权)${NOT_COURT}`,
    ),
  },
  {
    // Public benefits, utilities or documents said to be cut off for a card debt.
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: [
      '社保',
      '医保',
      '养老金',
      '退休金',
      '公积金',
      '低保',
      '失业金',
      '水电',
      '燃气',
      '户口',
      '护照',
      '驾照',
      '驾驶证',
      '医疗报销',
      '社会保险',
      '停你',
      '停您',
      '断你',
      '断您',
      '掐你',
      '掐您',
    ],
    patterns: zh(
      `${OWED_BEFORE}${BENEFIT}(?:[、和及与,，]${BENEFIT}){0,3}${GAP_NO_NEG(8)}(?:会|将|就|都|要|已|也)${GAP_NO_NEG(4)}(?:被)?${CUT}`,
      `${OWED_BEFORE}${BENEFIT}(?:[、和及与]${BENEFIT}){0,3}(?:将于|将在|会在)${GAP_NO_NEG(8)}${CUT}`,
      `${OWED_BEFORE}(?:注销|取消|停掉|冻结|停发|吊销)${GAP_NO_NEG(6)}${BENEFIT}`,
      `(?:停|断|掐)(?:掉)?(?:你|您)(?:家|们家)?的?(?:水电?|电|燃气|煤气|天然气|暖气)`,
    ),
  },
  {
    // Documents or a phone number cancelled, travel barred, for a card debt.
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: [
      '身份证',
      '手机号',
      '手机卡',
      '电话卡',
      '户口',
      '护照',
      '驾照',
      '驾驶证',
      '社保卡',
      '医保卡',
      '注销',
      '吊销',
      '坐不了',
      '住不了',
    ],
    patterns: zh(
      `(?:身份证|手机号|手机卡|电话卡|户口|护照|驾照|驾驶证|社保卡|医保卡)${GAP(12)}(?:会|将|要|就)${GAP(8)}(?:注销|吊销|停机|销号|作废|停用)`,
      `(?:会|将|要|就)${GAP(4)}(?:注销|吊销|停用|作废)(?:掉)?${YOUR}?(?:身份证|手机号|手机卡|户口|护照|驾照|驾驶证)`,
      `(?:飞机|高铁|火车|酒店|宾馆)${GAP(6)}(?:都|也|全)(?:坐不了|住不了|不能坐|不能住|买不了)`,
    ),
  },
  {
    // Past late records said erased once the person pays: "结清后不良记录一次性删掉".
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: [
      '删',
      '抹',
      '清除',
      '消除',
      '清零',
      '撤销',
      '洗白',
      '查不到',
      '干净',
      '变回正常',
      '不会留下',
      '不会留',
      '解除',
    ],
    patterns: zh(
      `(?:还|结清|还清|还上|付|缴)${ZH_FREE_RECORD(24)}(?:逾期|不良|黑名单|污点|征信)${ZH_FREE_RECORD(16)}(?:删掉|删除|删了|抹掉|抹去|抹除|清除|消除|清零|撤销|洗白|一笔都查不到|查不到|恢复干净|变回正常|一条都不会留|不会留下|解除)`,
      `(?:还|结清|还清|还上)${GAP(6)}(?:即可|就能|就可以|便能)洗白(?:征信|记录)`,
    ),
  },
  {
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['子女', '儿子', '女儿', '孩子', '小孩', '父债子还'],
    patterns: zh(
      `(?:子女|儿子|女儿|孩子|小孩)${NO_NEG_ZH(12)}(?:依法|法律上|按照法律|按法律)${NO_NEG_ZH(6)}(?:替|帮|承担|偿还|还|背)`,
      `(?:子女|儿子|女儿|孩子|小孩)${NO_NEG_ZH(10)}(?:要|必须|得|需要|应当|有义务)(?:替|帮)(?:您|你)(?:承担|偿还|还|背)`,
      `父债子还`,
    ),
  },
  {
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['黑名单', '名单库', '名录', '数据库'],
    patterns: zh(
      `(?:国家|全国|央行|人民银行|政府|银行业|金融业|全国联网)(?:的)?(?:欠债人员?|欠款人员?|欠款人|债务人|老赖|赖账人员?|逾期人员?)(?:黑名单|名单库|名录|数据库)`,
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
  {
    // "系统已将您纳入全国金融黑名单", "你已经上了征信黑名单了": no such list.
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['黑名单'],
    patterns: zh(
      `(?:上报|纳入|列入|报送|拉入|拉进|加入|录入|上了|进了|被列为|标记为|报入)${CLAUSE(10)}黑名单`,
    ),
  },
  {
    // "明天下午6点后追加9%管理费", "今晚十点前不还，逾时加收催收服务费": a fee the contract does not name.
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['追加', '加收', '额外', '另行收取', '另收'],
    patterns: zh(
      `(?<!(?:合约|合同|约定|契约|条款|按照?)[^。!?\n]{0,20})(?:今天|今晚|今日|明天|明早|明日|后天|本周|\\d+点|\\d+号|截止|过了|逾时|超过|之后)${S_ZH(14)}(?:追加|加收|额外(?:加收|收取)|另行收取|另收)${CLAUSE(8)}(?:管理费|服务费|处置费|催收费|手续费|外访费|差旅费|律师费|违约金|滞纳金|罚金|罚息)`,
    ),
  },
];
