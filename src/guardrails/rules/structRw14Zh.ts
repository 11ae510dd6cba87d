import { YOU, YOUR, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Pressure through the family, credit harm said to fall on others and visits in agency jargon,
 * in Chinese (guardrw14zh, issue 16), written by class from the helper's own training lines
 * (training/guardrails/rw14.zh.yaml): relatives told they must pay, "carry it" or find the money,
 * the family about to be told or asked whether they know; a relative's, a contact's or a child's
 * credit, exam or schooling said to suffer from the holder's debt; field visits named 外访, sent
 * to the reserved, registered or ID address, or made with the village or residents' committee.
 * 信用卡业务监督管理办法 Art. 68–69; 征信业管理条例 (a record is the borrower's own); the 2025 national
 * collection standard (no visits to make trouble, no pressure on third persons).
 */
// A clause with no negation in it (不, 没, 未, 无, 非, 别, 勿, 唔).
const PLAIN = (n: number): string => `(?:(?![不没未无非别勿唔])[^,;:!?。、\\n]){0,${n}}?`;
// The same across commas, within one sentence.
const SENTENCE = (n: number): string => `(?:(?![不没未无非别勿唔])[^;!?。\\n]){0,${n}}?`;

/** The holder's relatives (not contacts or guarantors: a guarantor's liability is real). */
const KIN_WORDS = [
  '家里人',
  '家人',
  '家属',
  '家眷',
  '父母',
  '爸妈',
  '二老',
  '爸爸',
  '妈妈',
  '老爸',
  '老妈',
  '你爸',
  '你妈',
  '您爸',
  '您妈',
  '老婆',
  '老公',
  '媳妇',
  '妻子',
  '丈夫',
  '配偶',
  '爱人',
  '孩子',
  '子女',
  '儿子',
  '女儿',
  '兄弟',
  '姐妹',
  '哥哥',
  '姐姐',
  '弟弟',
  '妹妹',
  '你哥',
  '你姐',
  '你弟',
  '你妹',
  '亲戚',
  '亲属',
];
const KIN = `(?:${KIN_WORDS.join('|')})`;
const CARRY = '(?:扛|还|背|承担|垫|偿还|买单|兜底|凑|填|补上|擦屁股)';
const DEBT = '(?:欠|借|逾期|债|还不上|不还|没还|贷款|网贷)';
// The person asked for it or agreed: "如您同意，我们会联系您的家人".
const NOT_ASKED = '(?<!(?:同意|授权|要求|希望|愿意|需要|委托)[^。!?\\n]{0,14})';
// Not a condition or an offer: "如果父母要帮您还款", "家人可以代您还款". A pattern opens with a
// look-ahead of its first word, so these look-behinds run only where that word starts.
const NOT_IF = '(?<!(?:如果|如|若|假如|倘若)[^,;。!?\\n]{0,8})';
const KIN_GAP = `(?:(?![不没未无非别勿唔]|可以|可|自愿|愿意|如需|若)[^,;:!?。、\\n]){0,8}?`;

/** Others whose credit the holder's debt is said to touch (guarantors and co-borrowers excluded). */
const OTHERS = `(?:关联人|关联用户|关联方|紧急联系人|联系人|双方|${KIN}|直系亲属|同事|朋友|领导|通讯录)`;
const CREDIT = '(?:征信|信用记录|信用评分|信用分|个人信用|信用(?!卡))';
const HARM =
  '(?:影响|受损|受牵连|牵连|连累|拖累|污点|拉低|下调|降低|变差|变黑|留下|上黑|黑掉|办不|贷不|受限)';
const CHILD = '(?:子女|孩子|儿子|女儿|小孩|下一代|后代|娃)';
const FUTURE =
  '(?:政审|考公务员|考公|考编|参军|当兵|入伍|上学|读书|升学|入学|择校|前程|前途|就业|好学校|名校|出国|留学)';

/** Where a collector is sent: the address the holder gave, the one on the ID, the home village. */
const ADDR =
  '(?:预留|登记|注册|身份证|证件|户籍|户口|老家|家庭|居住|常住)[^,;:!?。\\n]{0,4}?(?:地址|住址|地|所在地|村|家|上)';
const AGENT = '(?:专员|人员|外勤|同事|小组|组|团队|工作人员|我们|我司|公司|派人|人手|外访)';
const GO = '(?:到|去|前往|赶往|出发|奔赴|赶到|抵达)';

export const STRUCT_RW14_ZH: PatternRuleSpec[] = [
  {
    // "这笔账就得让你父母来扛", "家里人得替你还", "你老婆孩子都得跟着你背这笔债", "由你家属承担".
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    personMayAct: true,
    triggers: KIN_WORDS,
    patterns: zh(
      `(?=${KIN})${NOT_IF}${KIN}${KIN_GAP}(?:替|帮|代|跟着|陪)${YOU}${PLAIN(4)}${CARRY}`,
      `(?=(?:让|叫|得让|只能让|就让))${NOT_ASKED}${NOT_IF}(?:让|叫|得让|只能让|就让)${YOUR}?${KIN}${KIN_GAP}(?:来|去|出面)?${PLAIN(2)}(?:${CARRY}|想办法|处理|出钱|负责|解决)`,
      `(?=由)${NOT_ASKED}${NOT_IF}由${YOUR}?${KIN}${KIN_GAP}(?:来)?(?:承担|负责|买单|兜底|扛|背|偿还)`,
      `(?=${KIN})${NOT_IF}${KIN}${KIN_GAP}(?:得|必须|只能|就得|都得)${PLAIN(4)}${CARRY}`,
    ),
  },
  {
    // "我们下午就联系你父母", "我现在打电话通知你父母让他们想办法", "通知你家里人的电话已经拨出去了".
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: KIN_WORDS,
    patterns: zh(
      `(?=(?:会|将|就|要|马上|现在|立刻|今天|下午|晚上|这就|准备|已经|明天))${NOT_ASKED}${NOT_IF}(?<!不|${YOU}|是否|要不)(?:会|将|就|要|马上|现在|立刻|今天|下午|晚上|这就|准备|已经|明天)${PLAIN(4)}(?:打电话给|打电话通知|打给|致电|联系|通知|告诉|告知|找|上门找)${YOUR}?${PLAIN(2)}${KIN}`,
      `(?=给)${NOT_ASKED}${NOT_IF}给${YOUR}?${KIN}(?:打电话|打个电话|发信息|发短信|打过去)`,
      `(?:通知|联系|告诉)${YOUR}?${KIN}的电话`,
    ),
  },
  {
    // "你爸妈知道吗", "你老公知道你在外面借了钱吗", "你父母知不知道你欠了钱".
    id: 'threat.intimidation',
    lang: 'zh',
    triggers: KIN_WORDS,
    patterns: zh(
      `(?:^|[,;:!?。、\\n])${YOUR}?(?:${KIN}|爸|妈)(?:知道|晓得|清楚)(?:吗|么|嘛|不|没)`,
      `${YOUR}(?:${KIN}|爸|妈)(?:知道|知不知道|晓得|清不清楚|清楚)${PLAIN(14)}${DEBT}`,
    ),
  },
  {
    // "要让你全家都知道你欠钱不还", "你亲戚朋友全家老小都会知道".
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: ['全家', '一家', '每个人', '亲戚朋友', '所有亲戚', '家里人'],
    patterns: zh(
      `(?:让|叫|要让|要叫)${PLAIN(4)}(?:全家|一家老小|一家人|家里每个人|亲戚朋友|全家老小|所有亲戚)${PLAIN(4)}(?:都)?(?:知道|晓得|看到|清楚|看看)`,
      `(?:全家|一家老小|全家老小|亲戚朋友|所有亲戚|家里人)${PLAIN(4)}都(?:会|将|要)?(?:知道|晓得|看到)`,
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
      `(?:影响|耽误|毁了?|断送|连累|拖累|波及|害了)${PLAIN(4)}${CHILD}${PLAIN(6)}${FUTURE}`,
      `${CHILD}${SENTENCE(16)}${FUTURE}${SENTENCE(14)}(?:过不了|通不过|受影响|受限|被卡|卡住|泡汤|没戏)`,
      `(?:影响|过不了|通不过)${PLAIN(4)}政审|政审${PLAIN(4)}(?:过不了|通不过|受影响)`,
    ),
  },
  {
    // "安排外访", "外访人员已出发", "外访组明天出发".
    id: 'threat.visit',
    lang: 'zh',
    negatable: true,
    triggers: ['外访', '外勤', '地访', '家访'],
    patterns: zh(
      `(?:安排|派|申请|启动|进行|开展|出发|已|将|即将)${PLAIN(6)}(?:外访|外勤|地访|家访)`,
      `(?:外访|外勤|地访)(?:人员|专员|组|小组|团队|同事)`,
    ),
  },
  {
    // "授权专员到预留证件地上访", "出发到平台预留地址", "工作人员正在赶往你登记的住址".
    id: 'threat.visit',
    lang: 'zh',
    negatable: true,
    triggers: ['预留', '登记', '注册', '身份证', '证件', '户籍', '户口', '老家', '家庭', '居住', '常住'],
    patterns: zh(
      `${AGENT}${SENTENCE(20)}(?<!${YOU}|请|建议|寄|送|发|邮|转)${GO}${PLAIN(8)}${ADDR}(?!附近|的?网点|的?派出所|办理|开具)(?![^。!?\\n]{0,8}(?:派送|寄送|配送|送卡|送件|签收|邮寄|激活))`,
      `${ADDR}${PLAIN(4)}(?:上访|走访|拜访|家访|上门|实地核实|实地走访)`,
    ),
  },
  {
    // "联合当地村(居)委陪同清收", "会同当地村干部一起到你家里".
    id: 'threat.visit',
    lang: 'zh',
    negatable: true,
    triggers: ['村委', '居委', '村干部', '村长', '支书', '网格员', '社区', '当地'],
    patterns: zh(
      `(?:联合|会同|协同|带着|带上|叫上|联系)${PLAIN(8)}(?:村委|居委|村干部|村长|支书|网格员|社区|当地)${SENTENCE(16)}(?:上门|清收|催收|到${YOUR}?家|走访|拜访|陪同)`,
      `(?:村委|居委|村干部|村长|网格员|社区)${PLAIN(6)}陪同${PLAIN(6)}(?:清收|催收|上门)`,
    ),
  },
];
