import { GAP, type PatternRuleSpec, YOU, zh } from '../ruleTypes.js';
import { GAP_NO_NEG, NO_NEG_GAP, PLAIN_MANDARIN, S_ZH } from '../shared/zh.js';

/**
 * Misrepresentation (Chinese): posing as an authority.
 */

const NOT_DENIAL = '(?:(?!不是|冒充|假冒|自称)[^,;:!?。、\\n]){0,8}?';
const AUTHORITY =
  '(?:法院|公安|派出所|检察院|经侦|刑侦|律师事务所|律所|律师|政府|司法局|仲裁委|执行局|民警|警官|法官)';
const PRETEXT =
  '(?:社区|街道|居委|村委|网格|物业|快递|顺丰|邮局|邮政|医院|社保|医保|税务|电信|移动|联通|运营商|学校的?老师|工会|户籍|反诈|银联|征信中心|人民银行|人行|央行)';
const REG =
  '(?:中国)?(?:银保监会|银保监局|银监会|国家金融监督管理总局|金融监管总局|金融监管局|人民银行|人行|央行|证监会|金融办|消费者权益保护局)';
const ENFORCER =
  '(?:全国|国家|省|市|区|中央)?(?:级)?(?:失信)?(?:债务|欠款|信用|失信|金融债务|信用卡债务|逾期)(?:执行|惩戒|稽查|清查|执法|追缴|清欠)(?:中心|局|办公室|大队|总队|专项组|专班|委员会|处|科|小组)';
const AUTH = '(?:法院|公安|检察|经侦|刑侦|司法|仲裁|派出所|警)';
// "【公安机关提醒】警方不会通过电话办案…": a relayed anti-fraud notice, not a collector's brand.
const NOT_ANTI_FRAUD = '(?![^\\n]{0,60}(?:不会|诈骗|反诈|骗局|110|核实|代为发送|代发))';
const LEGAL_NAME = '(?:律师|法律|法务|司法|诉讼|文书|调解|仲裁|纠纷|案件|公证)';
const ORG = '(?:服务|处理|事务|调解|受理|执行|催收)?(?:中心|委员会|服务站|办公室|事务所|工作组|工作站)';

export const MISREPRESENTATION_AUTHORITY_ZH: PatternRuleSpec[] = [
  {
    id: 'misrepresentation.authority',
    lang: 'zh',
    negatable: true,
    triggers: [
      '人民银行',
      '央行',
      '银保监',
      '银监',
      '金融监管',
      '国家金融监督管理总局',
      '监管部门',
      '监管机构',
      '政府',
      '国家机关',
      '征信中心',
      '公安部',
      '国务院',
      '税务局',
      '国家',
    ],
    patterns: zh(
      `(?:我是|我们是|这里是|本人是|我代表|我们代表|代表)${GAP(6)}(?:中国人民银行|人民银行|央行|银保监会|银监会|金融监管|国家金融监督管理总局|监管部门|监管机构|政府|国家机关|征信中心|公安部|国务院|税务局)`,
      `(?:受|奉)${GAP(6)}(?:人民银行|央行|监管部门|金融监管|政府|国家)${GAP(6)}(?:委托|指派|之命|派来)|(?:人民银行|央行|监管部门|政府)派来`,
    ),
  },
  {
    id: 'misrepresentation.authority',
    lang: 'zh',
    negatable: true,
    triggers: ['我是', '我们是', '这里是', '这边是', '本条为', '本短信为', '通知'],
    patterns: zh(
      `(?:我是|我们是|这里是|这边是)${NOT_DENIAL}${AUTHORITY}`,
      `(?:本条|本短信|此条|本信息)(?:为|是)${GAP(4)}(?:政府|法院|公安|司法)`,
      `(?:政府部门|人民法院|公安机关|检察院)(?:正式)?通知${YOU}`,
    ),
  },
  {
    id: 'misrepresentation.authority',
    lang: 'zh',
    negatable: true,
    triggers: ['清理', '清收', '处置', '追讨', '执法', '稽查', '清欠'],
    patterns: zh(
      `(?:债务|欠款|金融|信用)(?:清理|清收|处置|追讨|执法|稽查|清欠)(?:中心|办公室|委员会|局|署|大队|专班)`,
    ),
  },
  {
    id: 'misrepresentation.authority',
    lang: 'zh',
    negatable: true,
    triggers: ['我们是', '我是', '这里是', '我方是'],
    patterns: zh(
      `(?:我们是|我是|这里是|我方是)${GAP(2)}(?:国家|全国|中央|国务院)${GAP(8)}(?:中心|局|委员会|办公室|平台|机构)`,
    ),
  },
  {
    id: 'misrepresentation.authority',
    lang: 'zh',
    negatable: true,
    triggers: ['指定', '授权', '委派'],
    patterns: zh(`(?:法院|公安|检察院|银保监会|金融监管总局|人民银行|国务院)${GAP(4)}(?:指定|授权|委派)的`),
  },
  {
    // Someone else's voice: a grid worker, courier, hospital, social security or a "credit centre".
    id: 'misrepresentation.authority',
    lang: 'zh',
    negatable: true,
    triggers: [
      '我是',
      '我们是',
      '这里是',
      '这边是',
      '本人是',
      '我系',
      '我哋系',
      '我地系',
      '这边',
      '这里',
      '【',
      '下发',
      '发出',
      '通知',
      '短信',
      '消息',
    ],
    patterns: zh(
      `(?:我是|我们是|这里是|这边是|本人是|我系|我哋系|我地系)${NO_NEG_GAP(8)}${PRETEXT}`,
      `${PRETEXT}(?:这边|这里)${NO_NEG_GAP(2)}(?:通知|提醒|告知)`,
      `【(?:人行|央行|人民银行|征信|国家|全国)${NO_NEG_GAP(8)}(?:中心|平台|局)`,
      `(?:由|来自)${NO_NEG_GAP(4)}(?:中国人民银行|人民银行|央行|人行|征信中心|银联)${NO_NEG_GAP(4)}(?:直接)?(?:下发|发出|通知)`,
      `(?:通知|短信|消息)${NO_NEG_GAP(2)}来自${NO_NEG_GAP(4)}(?:中国人民银行|人民银行|央行|人行|征信中心|银联)`,
    ),
  },
  {
    // A regulator's name as the sender, or the account "handed to" a regulator's office.
    id: 'misrepresentation.authority',
    lang: 'zh',
    negatable: true,
    triggers: [
      '银保监',
      '银监会',
      '金融监管',
      '人民银行',
      '人行',
      '央行',
      '证监会',
      '金融办',
      '消费者权益保护局',
      '我局',
      '本局',
    ],
    patterns: zh(`(?:这里是|我是|我们是|【)${REG}`, `(?:移交|转入|转交|转到|交由|交给)(?:给)?(?:我局|本局)`),
  },
  {
    // An invented enforcement office as the sender (misrepresentation) and an ID card "flagged".
    id: 'misrepresentation.authority',
    lang: 'zh',
    negatable: true,
    triggers: ['执行', '惩戒', '稽查', '清查', '执法', '追缴', '清欠'],
    patterns: zh(`(?:这里是|我是|我们是|【|经|来自|通知|提醒)${GAP_NO_NEG(4)}${ENFORCER}`),
  },
  {
    // "【人民法院执行中心】…", "【公安经侦提醒】…": an authority in the SMS brand.
    id: 'misrepresentation.authority',
    lang: 'zh',
    negatable: true,
    triggers: ['【'],
    patterns: zh(
      `【${GAP(6)}${AUTH}${GAP(4)}(?:执行局|执行中心|执行处|服务中心|提醒|通知|中心|局|大队|支队|办公室|委员会)${NOT_ANTI_FRAUD}`,
    ),
  },
  {
    // "本人是银行总行授权的特派专员，有权直接处置你的全部财产".
    id: 'misrepresentation.authority',
    lang: 'zh',
    negatable: true,
    triggers: ['授权', '委派', '派来', '指派', '特派'],
    patterns: zh(
      `(?:法院|公安|总行|政府|司法|监管|检察院)${GAP(4)}(?:授权|委派|派来|指派|特派)的?${GAP(4)}(?:专员|人员|特派员|清收|执行)`,
    ),
  },
  {
    // "这里是全国法律事务服务中心", "我们是区法院委托的调解中心".
    id: 'misrepresentation.authority',
    lang: 'zh',
    negatable: true,
    triggers: [
      '中心',
      '委员会',
      '服务站',
      '办公室',
      '事务所',
      '工作组',
      '工作站',
      '委托',
      '指定',
      '授权',
      '派驻',
    ],
    patterns: zh(
      `(?<!本行|我行|银行)(?:这里是|我们是|我是|来自|本电话来自)${PLAIN_MANDARIN(8)}${LEGAL_NAME}${PLAIN_MANDARIN(4)}${ORG}`,
      `(?:法院|法庭|公安|检察院|仲裁委)(?:委托|指定|授权|派驻)的?${PLAIN_MANDARIN(6)}(?:中心|委员会|机构|人员|调解员|律师)`,
    ),
  },
  {
    // "您已被立为诈骗案件被告，缺席庭审将…", "你这个情况属于骗贷，公安已立案，下周…出庭".
    id: 'misrepresentation.authority',
    lang: 'zh',
    negatable: true,
    triggers: ['诈骗', '骗贷', '诈欺', '欺诈'],
    patterns: zh(
      `(?:${YOU}|阁下)${S_ZH(16)}(?<!不|未|没|并非|无)(?:涉嫌|涉及|属于|认定为?|立为|转为|构成|定性为)${S_ZH(10)}(?:诈骗|骗贷|诈欺|欺诈)${S_ZH(40)}(?:出庭|到庭|开庭|庭审|被告|受审|审理|传唤|拘传|判刑|入狱|坐牢|刑期|刑事责任)`,
    ),
  },
];
