import { GAP, type PatternRuleSpec, YOU, YOUR, zh } from '../ruleTypes.js';
import {
  CLAUSE,
  GAP_NO_NEG,
  NO_NEG_GAP,
  NOT_IF,
  PLAIN,
  PLAIN_SENTENCE,
  RELATIVE,
  S_ZH,
} from '../shared/zh.js';

/**
 * False legal threats (Chinese): invented consequences of not paying.
 */

const KIDS = '(?:子女|孩子|小孩|儿子|女儿|下一代)';
const KIN =
  '(?:子女|儿子|女儿|闺女|孩子|小孩|孙子|孙女|外孙|孙辈|下一代|后代|家人|家里人|父母|爸妈|老婆|老公|爱人|配偶|妻子|丈夫)';
const CHILD = '(?:子女|儿子|女儿|闺女|孩子|小孩|娃儿|仔女|个仔|个女|下一代|后代)';
const FUTURE = '(?:考公|公务员|政审|参军|当兵|入伍|上大学|上学|升学|入学|重点学校|好学校|考编|入党|前途)';
const US = '(?:我们|我司|本公司|催收公司|我方|我们这边|我们公司)';
const ID = '(?:身份证(?:号码?)?|居民身份证|护照|户籍|社保卡|证件)';
const FLAGGED =
  '(?:被标记|标记为|标记|被标注|标注(?:为)?|被挂起|挂起|暂停使用|停用|被冻结|冻结|报备冻结|注销|进入限制名单|列入[^。!?\\n]{0,6}名单|锁定|作废)';
const ZH_AUTHORITY = '(?:国家|法律|法规|政策|央行|人民银行|监管部门|监管|条例)';
// One Chinese clause with no denial in it ("不会影响", "没有…义务", "说法不实").
const ZH_FREE = (n: number): string =>
  `(?:(?!不会|不影响|没有|并不|并非|不涉及|无关|不实|谣言|不用|无需|不必|不存在)[^。！？!?\\n]){0,${n}}?`;
const ZH_FAMILY_OR_BENEFIT =
  '(?:子女|孩子|小孩|儿女|配偶|爱人|老公|老婆|父母|直系亲属|家属|亲属|家人|社保|医保|退休金|养老金|低保|结婚|婚姻登记|坐飞机|乘坐飞机|飞机|高铁|考公|考编|参军|当兵|上大学|上学|报考|入学|升学|事业单位|评奖|评优|政审|护照|出境)';
const ZH_RESTRICT =
  '(?:(?:不能|不得|无法|不可以?|不予)(?!被)|禁止|会被|将被|要被|都将|都会|取消|停掉|停止|扣(?:来|除|掉)?|受影响|受限|限制|冻结|影响)';
/** Others whose credit the holder's debt is said to touch (guarantors and co-borrowers excluded). */
const OTHERS = `(?:关联人|关联用户|关联方|紧急联系人|联系人|双方|${RELATIVE}|直系亲属|同事|朋友|领导|通讯录)`;
const CREDIT = '(?:征信|信用记录|信用评分|信用分|个人信用|信用(?!卡))';
const HARM =
  '(?:影响|受损|受牵连|牵连|连累|拖累|污点|拉低|下调|降低|变差|变黑|留下|上黑|黑掉|办不|贷不|受限)';
const OFFSPRING = '(?:子女|孩子|儿子|女儿|小孩|下一代|后代|娃)';
const PROSPECTS =
  '(?:政审|考公务员|考公|考编|参军|当兵|入伍|上学|读书|升学|入学|择校|前程|前途|就业|好学校|名校|出国|留学)';
const SEIZE =
  '(?:查封|冻结|扣押|扣下|扣走|拍卖|划扣|扣划|划走|收走|拉走|搬走|没收|变卖|查扣|拖走|开走|封掉|封了)';
/** What a collector claims to seize, seal or freeze: the home, car, wages, savings, a relative's money. */
const ASSET =
  '(?:房子|房产|房屋|老家|住房|车子|车辆|车|工资卡|工资|存款|余额|财产|资产|家产|家当|值钱的?东西|财物|家具|家电|微信|支付宝|门|大门)';
const FAMILY_MEMBERS = '(?:家人|家里人|家属|父母|爸妈|老婆|老公|配偶|子女|孩子|亲属|亲戚)';

export const FALSE_LEGAL_INVENTED_CONSEQUENCE_ZH: PatternRuleSpec[] = [
  {
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    triggers: [
      '子女',
      '孩子',
      '小孩',
      '儿子',
      '女儿',
      '下一代',
      '政审',
      '全家',
      '家人',
      '连累',
      '父债子还',
      '工作',
      '饭碗',
      '开除',
      '吊销',
      '注销',
      '没收',
      '收走',
      '水电',
      '断水',
      '断电',
      '停水',
      '停电',
      '停你',
      '断你',
      '停您',
      '断您',
    ],
    patterns: zh(
      `${KIDS}${GAP(6)}(?:不能|无法|没法|没资格|没有资格|上不了|考不了|当不了|读不了)(?:上学|上大学|读书|入学|考公|考公务员|考编|当兵|参军|出国|学|大学|公务员|兵|书|好学校)`,
      `影响(?:到)?${YOUR}?${KIDS}(?:的)?(?:上学|入学|升学|考公|政审|参军|就业|前途)`,
      `${KIDS}${GAP(10)}(?:考公|公务员|当兵|参军|上大学|上学|考编|政审)${GAP(6)}(?:不可能|没戏|别想|没门|泡汤|过不了)`,
      `政审(?:不通过|过不了|通不过)|(?:全家|家人)(?:都)?(?:上|进|列入)(?:征信|黑名单)|连累${YOUR}?(?:家人|${KIDS})|父债子还`,
      `(?:丢|失去|保不住)(?:掉)?${YOUR}?(?:工作|饭碗)|(?:被|让${YOU}被)(?:公司|单位)?开除|(?:吊销|注销)${YOUR}?(?:驾照|护照|身份证|户口)`,
      `(?:没收|收走)${YOUR}?(?:房子|房产|车|财产)|(?<!暂|挂|中|不)(?:停|断)(?:${YOU}家)?(?:的)?(?:水电|水|电)(?!话|视|脑|梯|子|邮|报|源|池|量)`,
    ),
  },
  {
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: [
      '出行',
      '飞机',
      '高铁',
      '身份证',
      '社保',
      '医保',
      '公积金',
      '养老金',
      '退休金',
      '低保',
      '污点',
      '一辈子',
      '终身',
      '永久',
    ],
    patterns: zh(
      `出行${GAP(4)}(?:将|会)?受(?:到)?限|(?:飞机|高铁)${GAP(6)}(?:坐不了|不能坐|无法乘坐|上不去)|身份证${GAP(6)}(?:被)?(?:冻结|注销|拉黑)`,
      `(?:社保|医保|公积金|养老金|退休金|低保)${GAP(8)}(?:停掉|停了|被停|停发|冻结|取消|扣掉|扣光)`,
      `(?:永久|一辈子|终身)${GAP(6)}(?:污点|贷不了|不能贷|无法贷|借不到)|(?:征信|记录)${GAP(6)}(?:永久|一辈子|终身)(?:污点|留着|洗不掉)`,
    ),
  },
  {
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['养老金', '退休金', '低保', '社保', '抚恤金', '失业金', '失业保险金'],
    patterns: zh(
      `(?:扣|划|冻结|扣划|划走|扣光|拿走|停掉|停发)${GAP(4)}(?:养老金|退休金|低保|社保|抚恤金|失业金|失业保险金)`,
      `(?:养老金|退休金|低保金?|社保(?:账户|卡)?|抚恤金|失业(?:保险)?金)${GAP(8)}(?:被)?(?:扣|划走|冻结|扣划|扣光|停发|停掉)`,
    ),
  },
  {
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['上不了', '考不了', '进不了', '考不上', '当不了', '冻结'],
    patterns: zh(
      `(?:孩子|子女|儿子|女儿|小孩)${GAP(6)}(?:上不了|考不了|进不了|考不上|当不了)`,
      `冻结${YOUR}?(?:名下)?(?:的)?${GAP(4)}(?:微信|支付宝|财付通|其他银行|所有账户)`,
    ),
  },
  {
    // A debt passed to kin or blocking a child's future; collectors with police powers.
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    triggers: [
      '父债',
      '子承',
      '连坐',
      '株连',
      '子女',
      '儿子',
      '女儿',
      '孩子',
      '闺女',
      '娃',
      '仔',
      '个女',
      '老豆',
      '老爸',
      '老子',
      '小孩',
      '孙',
      '下一代',
      '后代',
      '家人',
      '家里人',
      '父母',
      '爸妈',
      '老婆',
      '老公',
      '爱人',
      '配偶',
      '妻子',
      '丈夫',
      '担保人',
      '紧急联系人',
      '执法',
      '司法授权',
      '强制执行权',
      '派出所',
      '公安',
      '警察',
      '民警',
      '警方',
      '有权',
      '身份证',
      '边检',
    ],
    patterns: zh(
      `父债子还|子承父债|信用连坐|株连|(?:老豆|老爸|老子)(?:欠)?债${NO_NEG_GAP(2)}(?:仔女|儿女|子女|儿子|仔)还`,
      `(?:由|让|落到|传给|转给|转到|记到|记在)${NO_NEG_GAP(4)}${YOUR}?(?:的)?${KIN}${NO_NEG_GAP(8)}(?:继承|来还|接着还|去还|承担|头上|名下|档案)`,
      `(?:${KIN}|担保人|紧急联系人)${NO_NEG_GAP(8)}(?<![不无需])(?:必须|得|要|有义务|依法|应当|也得)${NO_NEG_GAP(6)}(?:替|帮)?${YOU}?(?:还|承担|偿还|继承)`,
      `${CHILD}${NO_NEG_GAP(12)}${FUTURE}${NO_NEG_GAP(8)}(?:卡|受影响|影响|过不了|不能|不了|不通过|被拒|没戏|莫得|冇得|没得)`,
      `(?:影响|卡住?|耽误)${NO_NEG_GAP(4)}${CHILD}${NO_NEG_GAP(6)}${FUTURE}`,
      `${CHILD}${NO_NEG_GAP(4)}(?:就)?(?:不能|没法|无法|别想)${NO_NEG_GAP(2)}(?:上|考|参军|当兵|读)`,
      `${US}${NO_NEG_GAP(6)}(?<![没无])(?:有|具有|具备|拥有)${NO_NEG_GAP(2)}(?:执法权|执法资格|司法授权|执法权限|强制执行权)`,
      `(?:派出所|公安|警察|民警|警方)${NO_NEG_GAP(8)}(?:配合|协助|陪同|联合)${NO_NEG_GAP(4)}(?:我们|我司|催收|上门)`,
      `${US}${NO_NEG_GAP(6)}有权${NO_NEG_GAP(6)}(?:进入|调取|查封|扣押|拖走|拖车|划扣|搜查|冻结${NO_NEG_GAP(4)}${KIN})`,
      `身份证${NO_NEG_GAP(6)}(?:冻结|注销|停用|作废|拉黑)|(?:报到|通知|上报)${NO_NEG_GAP(2)}边检`,
    ),
  },
  {
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['身份证', '护照', '户籍', '社保卡', '证件'],
    patterns: zh(`${ID}${GAP_NO_NEG(8)}(?:已|已经|将|会|被|即将|已被)${GAP_NO_NEG(8)}${FLAGGED}`),
  },
  {
    // Bank or payment accounts said frozen until paid: "您的银行账户、微信和支付宝已被冻结".
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['冻结'],
    patterns: zh(
      `(?:银行账户|银行卡|储蓄卡|借记卡|工资卡|存款|微信|支付宝|财付通|名下(?:所有)?(?:的)?账户)${GAP(12)}(?:已经被|已被|将被|会被|要被|都被|全被|被)(?:法院|司法)?冻结`,
    ),
  },
  {
    // A consequence for the family, benefits, travel or schooling dressed as the law: "按国家规定，
    // 您的配偶也不能办理房贷", "…孩子都不能考公，这是国家规定".
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    hedgeable: true,
    triggers: ['规定', '政策', '法律', '法规', '条例', '国家', '央行', '人民银行', '监管'],
    patterns: zh(
      `(?:按照?|根据|依照|依据|依)(?:最新的?|新出台的?|新的|相关的?)?${ZH_AUTHORITY}${GAP(6)}(?:规定|政策|要求|条例)?[^。！？!?\\n]{0,2}${ZH_FREE(24)}${ZH_FAMILY_OR_BENEFIT}${ZH_FREE(14)}${ZH_RESTRICT}`,
      `${ZH_AUTHORITY}(?:有|的)?(?:明文|硬性|统一)?规定[：:，,]?${ZH_FREE(24)}${ZH_FAMILY_OR_BENEFIT}${ZH_FREE(14)}${ZH_RESTRICT}`,
      `${ZH_FAMILY_OR_BENEFIT}${ZH_FREE(14)}${ZH_RESTRICT}${ZH_FREE(24)}[，,]?(?:这是|这都是|都是|这属于|属于)${GAP(2)}${ZH_AUTHORITY}${GAP(4)}(?:规定|要求|政策)`,
    ),
  },
  {
    // "您的逾期已转为诈骗立案，请联系办案专员撤案": a debt said to be turned into a criminal case.
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['诈骗', '刑事', '犯罪', '办案', '撤案'],
    patterns: zh(
      `(?:转为|转成|定性为|升级为|转入|按)${GAP(4)}(?:诈骗|刑事|犯罪)${GAP(4)}(?:立案|案件|程序|处理)`,
      `(?:办案|专案)(?:专员|人员|民警|警官)|联系${GAP(6)}撤案`,
    ),
  },
  {
    // "有权直接处置你的全部财产", "可依法全额收缴您的个人财产": powers to seize claimed.
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['处置', '收缴', '查封', '扣押', '没收'],
    patterns: zh(
      `(?:我司|我们|我行|专员|本人|清收人员|催收人员|工作人员|我)[^。!?\\n]{0,10}?(?:有权|可以|可|将|会|就)${GAP(6)}(?:直接)?(?:处置|全额收缴|收缴|查封|扣押|没收)${GAP(2)}${YOUR}${GAP(6)}(?:财产|房|车|资产|存款|工资)`,
    ),
  },
  {
    // "今日12点前未处理将启动全额收缴程序": an enforcement word a lender does not have.
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['收缴'],
    patterns: zh(`(?:全额|强制|依法)收缴|收缴程序`),
  },
  {
    // "你儿子今年高考吧？好好想想征信对他有没有影响": a child's exams or schooling held over the debt.
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['高考', '考公', '考编', '上学', '入学', '政审', '参军', '当兵'],
    patterns: zh(
      `(?:儿子|女儿|孩子|子女|闺女)${GAP(10)}(?:高考|考公|考编|上学|入学|政审|参军|当兵)(?:(?!不会|不受|不必|没有|无关|答案)[^。\\n]){0,16}?(?:征信|影响|受限|没戏|不能|不让)`,
    ),
  },
  {
    // "您的亲属已被列为协助还款人": relatives said to be liable for the card.
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['列为', '列入', '认定为'],
    patterns: zh(
      `(?:亲属|家人|家属|父母|子女|紧急联系人|联系人)${GAP(6)}(?:列为|列入|认定为)${GAP(4)}(?:协助还款人|共同还款人|连带责任人|还款责任人|共同债务人|担保人)`,
    ),
  },
  {
    // "关联用户…影响双方征信", "你父母的征信也会受牵连", "联系人的信用也会一起被拉低".
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['征信', '信用'],
    patterns: zh(
      `${OTHERS}(?:的)?${PLAIN(4)}${CREDIT}${PLAIN(10)}${HARM}`,
      `${HARM}${PLAIN(8)}${OTHERS}(?:的)?${PLAIN(2)}${CREDIT}`,
      `${OTHERS}(?:的)?${CREDIT}${PLAIN(6)}被${YOU}?${PLAIN(2)}(?:连累|拖累|牵连|影响)`,
    ),
  },
  {
    // "你的直系亲属都会被列入限制名单".
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['名单', '限高', '黑名单'],
    patterns: zh(
      `${OTHERS}${PLAIN(8)}(?:列入|纳入|拉入|上了?|进入)${PLAIN(4)}(?:黑名单|限制名单|失信名单|限高)`,
    ),
  },
  {
    // "影响子女前程", "孩子以后考公务员政审都过不了", "参军、考编都会因为你的欠款被卡住".
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: [
      '政审',
      '考公',
      '考编',
      '参军',
      '当兵',
      '入伍',
      '上学',
      '读书',
      '升学',
      '入学',
      '择校',
      '前程',
      '前途',
      '未来',
      '就业',
      '学校',
      '名校',
      '出国',
      '留学',
    ],
    patterns: zh(
      `(?:影响|耽误|毁了?|断送|连累|拖累|波及|害了)${PLAIN(4)}${OFFSPRING}${PLAIN(6)}${PROSPECTS}`,
      `${OFFSPRING}${PLAIN_SENTENCE(16)}${PROSPECTS}${PLAIN_SENTENCE(14)}(?:过不了|通不过|受影响|受限|被卡|卡住|泡汤|没戏)`,
      `(?:影响|过不了|通不过)${PLAIN(4)}政审|政审${PLAIN(4)}(?:过不了|通不过|受影响)`,
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
      `(?=${SEIZE})${NOT_IF}${SEIZE}${PLAIN(6)}${YOUR}?${PLAIN(6)}(?:${ASSET}|${FAMILY_MEMBERS}${PLAIN(4)}(?:账户|银行卡|卡|存款|房|车|财产))`,
      `(?=${ASSET}|${FAMILY_MEMBERS})${NOT_IF}(?:${ASSET}|${FAMILY_MEMBERS}${PLAIN(4)}(?:账户|银行卡|卡|存款))${PLAIN(10)}(?:被|将被|会被|就被)?${PLAIN(6)}${SEIZE}`,
      `(?=(?:${ASSET}))${NOT_IF}(?:${ASSET})${PLAIN(12)}(?:清点|登记|抵押|用来|拿去)?${PLAIN(2)}抵债`,
    ),
  },
  {
    // "案件编号已生成，可能冻结支付宝或影响子女入学": the case number is the false claim, hedged or not.
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['编号', '代码', '案号', '立案号'],
    patterns: zh(
      `(?:案件?(?:编号|代码|号)|立案号|卷宗编号)${CLAUSE(4)}(?:已|已经)?(?:生成|下发|录入|备案|建档|建立|出来|确定|分配)${S_ZH(30)}(?:冻结|支付宝|微信|子女|孩子|就学|入学|上学|升学|高铁|出行|出境)`,
    ),
  },
];
