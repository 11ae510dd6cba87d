import { zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Chinese classes round 19a showed uncovered (guard19, tenth session), written by class with
 * wordings of their own (the round's items are seen regression, check-s10 is measured, neither
 * is fitted): the bank said to take, tow or auction a home, car or belongings itself; public
 * benefits, utilities or documents said to be cut off for a card debt; calls and texts counted
 * and run on day after day; the end of friendliness as a veiled threat; an invented enforcement
 * office that "flags" or suspends an ID card; a settlement on the call that forgives the rest and
 * leaves no record. DOMAIN.md; 信用卡业务监督管理办法 Art. 69; FDCPA §1692d, §1692e(4), (5), (10).
 */
// A gap inside one clause (or one sentence, for SPAN) that holds no negation: the engine reads
// negations before a match, not inside it ("社保不会因信用卡欠款停缴").
const NEG = '不无没未别勿';
const GAP = (n: number): string => `[^,;:!?。、\\n${NEG}]{0,${n}}?`;
const SPAN = (n: number): string => `[^。!?\\n${NEG}]{0,${n}}?`;

const BANK = '(?:银行|我行|本行|我们|咱们|我司|催收公司|拖车公司|我们的人)';
const ASSET =
  '(?:房子|房产|住房|那套房|车子|车辆|汽车|爱车|车|商铺|铺子|门面|店面|家具|家电|值钱的东西|家里的东西|东西|退休金|养老金|公积金|房产证|车钥匙)';
const TAKE =
  '(?:拿去拍卖|拿去卖|挂出去卖|卖了还账|收回去?|收走|拖走|拖回来?|开走|搬走|拉走|拍卖|卖掉|变卖|处置|抵债|抵账|划走|扣走|划扣|查封|没收|锁起来|封起来)';
// What the law or a court does is the law stated, not the bank's own act.
const NOT_COURT = `(?![^。!?\\n]{0,30}(?:法院|依法|司法|判决|抵押贷款|按揭))`;
const BENEFIT =
  '(?:社保卡?|医保卡?|养老金|退休金|公积金(?:账户)?|低保(?:资格)?|失业金|水电(?:燃气)?|燃气|水电费|户口|护照|驾照|驾驶证|医疗报销|社会保险)';
// Said of a debt: a card debt or its non-payment comes before the benefit.
const OWED_BEFORE =
  '(?<=(?:不还|没还|未还|逾期|欠款|欠钱|欠账|欠费|拖欠|不处理|再不|不交|还不上)[^。!?\\n]{0,24})';
const CUT = '(?:停掉|停用|停缴|停发|停了|停|冻结|注销|封(?:掉|了)?|吊销|取消|断掉|断了|作废|扣光)';
const COUNT =
  '(?:[二三四五六七八九]十|[1-9]\\d|[五六七八九十]|几十|好几十|十几)[几多来]?(?:个|通|次|条|遍)(?:电话|短信|信息|微信)?';
const GOES_ON =
  '(?:接着|继续|还会|还要|还得|再来|马上到|在路上|不会停|不停|没完|打到|直到|一直|照打|照发|明天|后天|今晚)';
const ENFORCER =
  '(?:全国|国家|省|市|区|中央)?(?:级)?(?:失信)?(?:债务|欠款|信用|失信|金融债务|信用卡债务|逾期)(?:执行|惩戒|稽查|清查|执法|追缴|清欠)(?:中心|局|办公室|大队|总队|专项组|专班|委员会|处|科|小组)';
const ID = '(?:身份证(?:号码?)?|居民身份证|护照|户籍|社保卡|证件)';
const FLAGGED =
  '(?:被标记|标记为|标记|被标注|标注(?:为)?|被挂起|挂起|暂停使用|停用|被冻结|冻结|报备冻结|注销|进入限制名单|列入[^。!?\\n]{0,6}名单|锁定|作废)';

export const STRUCT_ROUND19_RULES: PatternRuleSpec[] = [
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
      `${BANK}${GAP(14)}(?:把|将)${GAP(6)}${ASSET}${GAP(8)}${TAKE}${NOT_COURT}`,
      `${BANK}${GAP(8)}(?:直接|自己就?|自行|马上|立刻|明[天早]就?|下周[一二三四五六日]?就?)${GAP(10)}${TAKE}${GAP(4)}${ASSET}${NOT_COURT}`,
      `${ASSET}${GAP(6)}(?:就|会|将|要)?(?:归|被)(?:银行|我行|本行|我们)${GAP(6)}(?:处置|收走|拍卖|收回|没收|拿走)${NOT_COURT}`,
      `${ASSET}${SPAN(16)}(?:银行|我行|本行|我们)${SPAN(8)}(?:随时|直接|自己)${SPAN(4)}(?:收走|收回|收了|拿走|卖掉|卖了|处置|拍卖|拖走)${NOT_COURT}`,
      `(?<=(?:抵|欠|还款|还钱|逾期|到账|外访|催收)[^。!?\\n]{0,40})把${GAP(8)}${ASSET}${GAP(10)}(?:拉走|搬走|拖走|拖回来?|收走|开走|拿走|拍卖|卖掉|卖了)${NOT_COURT}`,
      `(?:银行|我行|本行)${GAP(8)}(?:取得|获得|拥有)${GAP(6)}(?:处置权|所有权|收回权|拍卖权)${NOT_COURT}`,
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
      `${OWED_BEFORE}${BENEFIT}(?:[、和及与,，]${BENEFIT}){0,3}${GAP(8)}(?:会|将|就|都|要|已|也)${GAP(4)}(?:被)?${CUT}`,
      `${OWED_BEFORE}${BENEFIT}(?:[、和及与]${BENEFIT}){0,3}(?:将于|将在|会在)${GAP(8)}${CUT}`,
      `${OWED_BEFORE}(?:注销|取消|停掉|冻结|停发|吊销)${GAP(6)}${BENEFIT}`,
      `(?:停|断|掐)(?:掉)?(?:你|您)(?:家|们家)?的?(?:水电?|电|燃气|煤气|天然气|暖气)`,
    ),
  },
  {
    // Calls and texts counted and run on: "今天第20个了，晚上接着打", "明天继续，后天继续".
    id: 'harassment.relentless_contact',
    lang: 'zh',
    triggers: [
      '打了',
      '打过',
      '发了',
      '发过',
      '第',
      '已经',
      '继续',
      '接着',
      '照打',
      '还打',
      '再打',
      '轮着来',
      '轮番',
      '轮流',
      '三管齐下',
      '一起上',
      '一轮接一轮',
      '一个接一个',
      '上限',
      '不限次数',
      '为止',
      '不接',
      '拨号',
      '呼叫',
      '拨打',
      '外呼',
      '打完',
      '发完',
      '别想',
    ],
    patterns: zh(
      `(?:打了|打过|发了|发过|第|已经)${GAP(4)}${COUNT}${SPAN(30)}${GOES_ON}`,
      `(?:明天|后天|大后天|每天|天天|晚上|早上)(?:还|也|照样)?(?:继续|接着|照打|还打|再打)(?:打|发|找)?[,，、]?(?:明天|后天|大后天|每天|天天|晚上|早上)(?:还|也|照样)?(?:继续|接着|照打|还打|再打)`,
      `(?:电话|短信|微信|外呼|信息)${SPAN(12)}(?:轮着来|轮番|轮流上|三管齐下|一起上|一轮接一轮|一个接一个|不设上限|没有上限|不限次数)`,
      `(?:打|呼|发)到(?:你|您)(?:接|回|还钱|还款|受不了)(?:电话|信息)?为止`,
      `(?:今天|明天|后天)不接(?:就)?(?:明天|后天|大后天)(?:再|接着|继续)?打`,
      `(?:循环|连环|自动重|轮番)(?:拨号|呼叫|拨打|外呼)${SPAN(10)}(?:一停都不停|停都不停|不停|一直|不间断|直到|没完)`,
      `(?:电话|短信|微信|信息)(?:打|发)完(?:了)?(?:就)?(?:再)?(?:发|打)(?:短信|微信|电话|信息)[,，]?(?:电话|短信|微信|信息)(?:打|发)完`,
      `(?:电话|短信|微信|打|发)${SPAN(30)}别想(?:安静|清净|睡觉|消停|安生)`,
    ),
  },
  {
    // The end of friendliness as a veiled threat: "这是最后一次客客气气地跟你说", "面子就不讲了".
    id: 'threat.intimidation',
    lang: 'zh',
    triggers: [
      '最后一次',
      '好话',
      '好言',
      '软话',
      '面子',
      '情面',
      '好脸',
      '态度',
      '脾气',
      '别说',
      '别怪',
      '没人提醒',
      '没提醒',
      '有数',
      '自己明白',
      '自己清楚',
      '掂量',
      '自己想想',
      '心里清楚',
      '心里明白',
      '心知肚明',
      '懂的都懂',
      '你懂的',
      '不保证',
      '不敢保证',
      '指望',
      '余地',
      '耐心',
      '情分',
      '好脾气',
    ],
    patterns: zh(
      `最后一次(?:客客气气|客气|好好|好言|心平气和|和和气气|礼貌)[^。!?\\n]{0,40}?(?:换人|没这么好|就不是|不讲|不客气|别说|别怪|自己明白|自己清楚|你懂|心里有数|懂吧|懂我|没人提醒|之后|以后|接下来|下次)`,
      `(?:好话|好言|软话)(?:我|我们)?(?:已经|都)?(?:说尽|说完|说到头|说遍)`,
      `(?:面子|情面|好脸色?)(?:这东西|这回事)?[^。!?\\n]{0,8}?(?:就|可就|咱们就|我们就)?(?:不讲了|不给了|没有了|到头了|不会再给)`,
      `(?:态度|脾气)${GAP(6)}(?:你可就|可就|就)?(?:不一定|未必)?(?:受得了|没这么好|不会这么好|不是这样)`,
      `(?:之后|以后|接下来|后面)(?:会)?(?:发生什么|会怎样|怎么样|的事情?)[^。!?\\n]{0,8}?(?:别说|别怪|没人提醒|没提醒|心里有数|心里清楚|心里明白|心知肚明|懂的都懂|你懂的|自己(?:明白|清楚|掂量|想想))`,
      `(?:谁来|什么人来|用什么方式|什么手段|怎么来)[^。!?\\n]{0,12}(?:就|可就|可)?不(?:敢)?保证了?`,
      `(?:别指望|别想|不要指望)(?:我们|我)(?:再)?(?:好说话|客气|这么客气|讲情面|好脾气)`,
      `(?:余地|耐心|情分|好脾气)(?:已经|都|也)?(?:用完|耗尽|耗光|用光|到头)`,
      `最后一次用(?:这种|这样的|好的)?(?:语气|态度|口气|方式)`,
    ),
  },
  {
    // An invented enforcement office as the sender (misrepresentation) and an ID card "flagged".
    id: 'misrepresentation.authority',
    lang: 'zh',
    negatable: true,
    triggers: ['执行', '惩戒', '稽查', '清查', '执法', '追缴', '清欠'],
    patterns: zh(`(?:这里是|我是|我们是|【|经|来自|通知|提醒)${GAP(4)}${ENFORCER}`),
  },
  {
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['身份证', '护照', '户籍', '社保卡', '证件'],
    patterns: zh(`${ID}${GAP(8)}(?:已|已经|将|会|被|即将|已被)${GAP(8)}${FLAGGED}`),
  },
  {
    // A settlement on the call: "电话里转三千，剩下的银行全都不要了", "记录也一并清干净".
    id: 'unauthorized_commitment.waiver',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['waiver', 'settlement'],
    triggers: [
      '剩下',
      '其余',
      '剩余',
      '后面',
      '余下',
      '一半',
      '没发生过',
      '不存在',
      '清干净',
      '清掉',
      '抹掉',
      '删干净',
      '干干净净',
      '清清白白',
      '白白净净',
    ],
    patterns: zh(
      `(?:剩下|其余|剩余|后面|余下|另一半|另外一半)的?${GAP(6)}(?:银行|我们|我)?(?:那边)?(?:直接|就)?(?:全都|全部|统统|都|也)?(?:不要了|放弃|不追了?|给(?:你|您)?抹掉|抹掉|一笔勾销|免了|全免|免掉|作废|不算了|我让它消失|让它消失|消失)`,
      `(?:征信|记录)(?:也|就)?(?:干干净净|清清白白|白白净净)`,
      `(?:银行|我们|我行)(?:就)?(?:当|当作)(?:这笔账|这事|这笔欠款|欠款)?(?:没发生过|不存在)`,
      `(?:记录|征信)(?:也)?(?:一并|全部|都)?(?:清干净|清掉|抹掉|删干净)`,
    ),
  },
  {
    id: 'unauthorized_commitment.settlement',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['settlement'],
    triggers: [
      '手续',
      '流程',
      '说了算',
      '拍板',
      '做主',
      '不用签',
      '无需签',
      '不需要签',
      '电话里',
      '这通电话',
      '私下',
    ],
    patterns: zh(
      `(?:手续|流程)(?:都)?(?:不用办|不用走|别管)${SPAN(30)}(?:还|付|转|定下来|答应)`,
      `(?:我说了算|我(?:这边)?(?:能|可以)(?:拍板|做主))${SPAN(30)}(?:免|不要|勾销|抹)`,
      `(?:还|付|转)${SPAN(20)}(?:不用|无需|不需要)签(?:任何)?(?:东西|字|文件|协议)`,
      `(?:协议|合同|文件)(?:都|也)?(?:不用|无需|不需要)签`,
      `(?:电话里|这通电话|私下)${SPAN(30)}(?:征信上?(?:也)?什么都(?:不会|没)|也?不会(?:上报|有任何文件|留(?:下)?(?:任何)?(?:记录|痕迹)))`,
    ),
  },
];
