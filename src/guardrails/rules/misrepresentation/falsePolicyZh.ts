import { GAP, type PatternRuleSpec, YOU, zh } from '../ruleTypes.js';
import { NO_NEG, SLOGAN_NOT_DEBUNKED, SENTENCE, SLOGAN_NOT_NAMED } from '../shared/zh.js';

/**
 * Misrepresentation (Chinese): the law or a policy misstated to the person (issue 16, guardzh20).
 * Debt agencies and anti-collection sellers say the state ordered relief ("国家出台…停息挂账政策",
 * "新规：只还本金"), that the bank must agree or has no right to collect, that the interest is
 * illegal so nothing is owed; collectors say an outside firm's every cost falls on the person.
 * Read as who claims what: a rule or authority as the subject and a relief no rule grants, or the
 * bank denied a right it has. Not: a regulator's warning that names the slogan ("打着…旗号",
 * "所谓…", "…是骗局"), the lawful cap ("超过法定上限的利息"), individual plans after review.
 */

const RULE_GIVER =
  '(?:国家|政府|中央|央行|人民银行|银保监会?|金融监管(?:总局|部门)?|监管(?:部门|机构)?|国务院|法律|新规|新政策?|最新(?:的)?(?:规定|政策|文件))';
const RELIEF =
  '(?:停息挂账|停息|挂账|只还本金|免除(?:全部)?(?:利息|罚息|违约金)|减免(?:全部|一半)?(?:利息|罚息)|(?:利息|罚息)(?:全部|一律)(?:免除|减免|不用还|不用付))';
/** Relief granted after the bank's review, or open to those who qualify, is the bank's own policy. */
const NOT_REVIEWED =
  '(?<!(?:申请|可为|符合条件|可向|协商)[^。!?\\n]{0,10})(?![^。\\n]{0,30}(?:审核|审批|评估|为准|符合条件))';

export const MISREPRESENTATION_FALSE_POLICY_ZH: PatternRuleSpec[] = [
  {
    // "国家出台了停息挂账新政策", "最新规定：信用卡欠款只还本金", "银行必须同意".
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: [
      '国家',
      '政府',
      '中央',
      '央行',
      '人民银行',
      '银保监',
      '监管',
      '国务院',
      '法律',
      '新规',
      '新政',
      '最新',
    ],
    patterns: zh(
      `${RULE_GIVER}${NO_NEG(24)}${RELIEF}${NOT_REVIEWED}${SLOGAN_NOT_NAMED}${SLOGAN_NOT_DEBUNKED}`,
    ),
  },
  {
    // "银行必须同意", "银行无权拒绝你的停息申请", "银行无权向你催收".
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    triggers: ['必须', '无权', '没有权利', '没权', '不得不'],
    patterns: zh(
      `(?:银行|平台|贷款方|债权人)(?:就|都)?(?:必须|一定要|不得不|无权拒绝)(?:同意|答应|给${YOU}|为${YOU}|批|办)${GAP(6)}(?:停息|挂账|减免|免息|只还本金|分期|协商)?${SLOGAN_NOT_NAMED}${SLOGAN_NOT_DEBUNKED}`,
      `(?:银行|平台|贷款方|债权人|催收方?)(?:根本|其实|本来)?(?:无权|没有权利|没权)(?:向${YOU}|对${YOU}|找${YOU})?(?:催收|催款|要钱|讨债|收取?(?:利息|罚息)|起诉${YOU})${SLOGAN_NOT_NAMED}${SLOGAN_NOT_DEBUNKED}`,
    ),
  },
  {
    // "你的逾期利息是违法的，不用还" (not "超过法定上限的利息不受保护").
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['违法', '非法', '不合法'],
    patterns: zh(
      `(?<!(?:超过|超出|高于|超|多于|上限|36%|24%)[^。!?\\n]{0,12})(?:利息|罚息|违约金|催收|欠款)(?:都|全部|根本|其实)?(?:是|属于)?(?:违法|非法|不合法)(?:的)?[^。!?\\n]{0,8}?(?:不用还|不用付|不用管|可以不还|不需要还)${SLOGAN_NOT_NAMED}`,
    ),
  },
  {
    // "委托外包公司全权处理，届时所产生的一切费用由您承担".
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['费用', '开支'],
    patterns: zh(
      `(?:委托|移交|外包|第三方|外访|上门|律师)[^。!?\\n]{0,24}(?:一切|所有|全部|产生的)(?:费用|开支)${GAP(4)}(?:由${YOU}|${YOU}(?:个人)?(?:自行)?)(?:全部|自行)?(?:承担|负担|支付)`,
    ),
  },
  {
    // A service closed or an account cancelled "or your credit suffers" (注销校园贷账户, 关闭保障服务,
    // 取消自动扣费): only a debt's non-payment reaches the credit record.
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['征信'],
    patterns: zh(
      `(?:(?:注销|关闭|取消|解绑|关掉|退订|解除)[^。!?\\n]{0,24}?(?:否则|不然|如不|若不)|(?:未|没有?|不)(?:及时)?(?:注销|关闭|取消|解绑|关掉|退订))${GAP(10)}(?:影响|上报|上|录入|纳入)${GAP(4)}征信${SLOGAN_NOT_NAMED}${SLOGAN_NOT_DEBUNKED}`,
    ),
  },
  // guardzh26's classes (issue 16): the person's options said to be gone, charges said to double,
  // travel said to be barred, the call said to be off the record, a court or mediation centre
  // claimed, a collector who says they are not one, a bot's message said to be typed by hand.
  {
    // "申请记录在账户进入催收后自动作废，您现在只能全额还款", "原合同约定的分期权利也随之失效，您目前唯一的选择是一次性清偿".
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['作废', '失效', '只能', '唯一'],
    patterns: zh(
      `(?:申请记录|申请|分期权利|协商权利|协商资格|分期资格|原合同|原有权利)${SENTENCE(12)}(?:自动|随之|一律|全部)?(?:作废|失效)`,
      `(?:只能|唯一(?:的)?选择(?:是|就是)?)${GAP(4)}(?:全额还款|全额还清|一次性(?:清偿|还清|结清|还款))`,
    ),
  },
  {
    // "滞纳金同时翻倍", "全部欠款转为违约本金重新计息".
    id: 'misrepresentation.false_fee',
    lang: 'zh',
    negatable: true,
    triggers: ['翻倍', '翻番', '加倍', '翻一番', '违约本金'],
    patterns: zh(
      `(?:滞纳金|违约金|罚息|利息|手续费)(?:也|都|就)?(?:同时|直接|立刻|马上|就|会|将)?(?:翻倍|翻番|加倍|翻一番)|转为违约本金`,
    ),
  },
  {
    // "到时候在高铁站刷身份证进不去的又不是我".
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['进不去', '进不了', '过不了', '上不了'],
    patterns: zh(`(?:高铁站|机场|火车站|车站|登机口)${GAP(6)}(?:进不去|进不了|过不了|上不了)`),
  },
  {
    // "这通电话我这边把录音关了，咱俩就说点实在的".
    id: 'misrepresentation.recording',
    lang: 'zh',
    negatable: true,
    triggers: ['录音', '不录'],
    patterns: zh(
      `(?:把|将)?录音(?:给)?(?:关了|关掉|停了|停掉)|(?:关了|关掉|停了|停掉)${GAP(2)}录音|(?:这通|这个|这次)(?:电话|通话)${GAP(4)}不录`,
    ),
  },
  {
    // "本人系代表法庭跟进你笔数嘅专员", "【金融纠纷调处中心】…已由本中心立项受理".
    id: 'misrepresentation.authority',
    lang: 'zh',
    negatable: true,
    personMayAct: true,
    triggers: ['代表', '中心', '委员会'],
    patterns: zh(
      `代表(?:法庭|法院|法官|仲裁委|公安|检察院)`,
      `(?:纠纷|调处|调解|仲裁)(?:中心|委员会)${SENTENCE(30)}(?:已|已经)${GAP(6)}(?:立项|立案|受理)|(?:由|经)本中心${GAP(4)}(?:立项|立案|受理)`,
    ),
  },
  {
    // "周姐您好，我不是催收的，您别紧张，我是您单位一个老同事的朋友".
    id: 'misrepresentation.undisclosed_identity',
    lang: 'zh',
    triggers: ['催收', '催债', '要债', '讨债'],
    patterns: zh(
      `我(?:不是|并不是|可不是)(?:什么)?(?:催收|催债|要债|讨债)(?:公司)?的(?:人)?${SENTENCE(30)}(?:朋友|同事|老乡|同学|熟人|亲戚)`,
    ),
  },
  {
    // A bot's message said to be typed by a person: "这条消息是我本人手打的，不是系统自动发送的".
    id: 'misrepresentation.human_claim',
    lang: 'zh',
    appliesTo: (c) => c.speaker !== 'agent',
    triggers: ['手打', '系统', '机器', '程序'],
    patterns: zh(
      `(?:我|本人)(?:本人)?(?:亲自|亲手)?手打的|(?:不是|并非|并不是)(?:系统|机器|程序)(?:自动)?(?:发送|生成|回复|发)的`,
    ),
  },
];
