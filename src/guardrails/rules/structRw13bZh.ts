import { GAP, YOU, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Legal process invented, callers dressed up, collection revealed to a person not verified, in
 * Chinese (guardrw13b, issue 16), written by class from the helper's own training lines
 * (training/guardrails/rw13b.zh.yaml): the person listed as a defendant and told to appear, 拘传
 * and 通缉, a "pre-litigation" stage, papers served at the workplace; a caller posing as a legal
 * services, documents or mediation centre, or a court's agent, or dressing the call as a private
 * or urgent personal matter; and, to a person not verified, a message naming a collection or
 * post-loan department or asking for a call about the account or a debt. 信用卡业务监督管理办法
 * Art. 68–69; the 2025 national collection standard (no impersonating judicial bodies).
 */
// A clause with no negation in it (不, 没, 未, 无, 非, 别, 勿).
const PLAIN = (n: number): string => `(?:(?![不没未无非别勿])[^,;:!?。、\\n]){0,${n}}?`;
// The same across commas, within one sentence.
const SENTENCE = (n: number): string => `(?:(?![不没未无非别勿])[^;!?。\\n]){0,${n}}?`;
const LEGAL_NAME = '(?:律师|法律|法务|司法|诉讼|文书|调解|仲裁|纠纷|案件|公证)';
const ORG = '(?:服务|处理|事务|调解|受理|执行|催收)?(?:中心|委员会|服务站|办公室|事务所|工作组|工作站)';
const COLLECT_ZH = '(?:催收|催缴|清收|贷后|逾期账户|资产管理|债务|欠款处理|不良资产)';

export const STRUCT_RW13B_ZH: PatternRuleSpec[] = [
  {
    // "您已被列为被告，请于…到庭应诉", "对您拘传", "发布通缉".
    id: 'false_legal.court',
    lang: 'zh',
    negatable: true,
    triggers: ['被告', '被申请人', '到庭', '应诉', '出庭', '诉前', '立案前'],
    patterns: zh(
      `${YOU}${PLAIN(4)}(?:被列为|列为|成为|已是)${PLAIN(2)}(?:被告|被申请人|被执行人)`,
      `(?<!(?:如|如果|若|倘若|一旦)[^。!?\\n]{0,20})(?:请|须|需|必须|务必)(?:于|在)${PLAIN(10)}(?:到庭|出庭|应诉)`,
      `(?:进入|转入|移交|转至|转到)${PLAIN(4)}诉前(?:阶段|部门|程序|组|处理)?|立案前(?:的)?最后`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    triggers: ['拘传', '通缉'],
    patterns: zh(`(?:申请|发布|发出|下达|实施|进行)${PLAIN(6)}(?:拘传|通缉)|(?:拘传|通缉)(?:令)?`),
  },
  {
    // "送达员明天会到您公司，当面送达法律文书".
    id: 'false_legal.court',
    lang: 'zh',
    negatable: true,
    triggers: ['送达'],
    patterns: zh(
      `送达(?:员|人员|专员)${PLAIN(12)}(?:到|去|前往|上门)${PLAIN(4)}(?:您|你)?(?:的)?(?:公司|单位|家|住所|住址|户籍地)`,
      `(?:到|去|前往|在)${PLAIN(4)}(?:您|你)?(?:的)?(?:公司|单位|家里?|住所|住址)${PLAIN(6)}(?:当面)?送达`,
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
      `(?<!本行|我行|银行)(?:这里是|我们是|我是|来自|本电话来自)${PLAIN(8)}${LEGAL_NAME}${PLAIN(4)}${ORG}`,
      `(?:法院|法庭|公安|检察院|仲裁委)(?:委托|指定|授权|派驻)的?${PLAIN(6)}(?:中心|委员会|机构|人员|调解员|律师)`,
    ),
  },
  {
    // "有一件私人事情需要您尽快回电，这不是推销", "紧急留言…事关您本人的重要事项".
    id: 'misrepresentation.false_urgency',
    lang: 'zh',
    negatable: true,
    triggers: ['私人', '个人', '本人', '敏感', '紧急', '重大', '机密'],
    patterns: zh(
      `(?<!如有|若有|如遇)(?:敏感|重大|紧急|机密)(?:的)?(?:私人|个人)?(?:事务|事情|事项|事宜)`,
      // "有一件私人事务…请方便时回电" is the lawful limited message; pressed (尽快, 立即) it is a disguise.
      `(?:私人|个人|本人)(?:的)?(?:重要)?(?:事务|事情|事项|事宜)${SENTENCE(14)}(?:尽快|立即|立刻|马上|速|紧急|今天之?内)`,
      `(?:尽快|立即|立刻|马上|紧急)${SENTENCE(14)}(?:私人|个人|本人)(?:的)?(?:重要)?(?:事务|事情|事项|事宜)`,
      `(?<!如有|若有|如遇)紧急(?:留言|通知|来电|事项)`,
    ),
  },
  {
    // "这不是推销": the denial is the disguise, so no negation excuses it.
    id: 'misrepresentation.false_urgency',
    lang: 'zh',
    triggers: ['推销', '广告', '营销'],
    patterns: zh(`(?:这|此)(?:个电话|通电话|条留言)?(?:不是|并非)(?:推销|广告|营销)`),
  },
  {
    // A pretext to a person not verified: an insurance payout, a parcel, a prize.
    id: 'misrepresentation.false_urgency',
    lang: 'zh',
    appliesTo: (c) => !c.verified,
    triggers: ['理赔', '快递', '包裹', '中奖'],
    patterns: zh(`(?:理赔|快递|包裹)(?:专员|员|款|件)|中奖`),
  },
  {
    // To a person not verified: "这里是…资产管理公司", "来自银行催收部门", "关于欠款请回电".
    id: 'privacy.unverified_disclosure',
    lang: 'zh',
    negatable: true,
    appliesTo: (c) => !c.verified,
    triggers: [
      '催收',
      '催缴',
      '清收',
      '贷后',
      '逾期账户',
      '资产管理',
      '债务',
      '欠款处理',
      '不良资产',
      '欠款',
      '账户',
    ],
    patterns: zh(
      `${COLLECT_ZH}${GAP(4)}(?:部|部门|中心|公司|专员|团队|组|通知|电话|人员|员)`,
      `(?:关于|就|因)${PLAIN(6)}(?:欠款|账户|还款|账单)${PLAIN(8)}(?:回电|回个电话|回拨)`,
    ),
  },
];
