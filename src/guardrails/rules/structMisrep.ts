import { GAP, en, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Misrepresentation by class (guardrules' dev-s5 set): invented fees for collecting
 * (催收手续费, "their 40% fee"), every card or account "closed" or "frozen" by a deadline,
 * multiplied penalties (三倍追偿), lost options ("最后一次协商机会", "no plan ever again"),
 * payment to a person (私人微信, 收款码, "Venmo me"), and official-sounding agencies that do not
 * exist ("National Debt Recovery Bureau"). DOMAIN "false urgency, invented fees or lost options",
 * "pay only the bank"; FDCPA §1692e(2),(10),(14), §1692f(1).
 */
const FEE_ZH = '(?:催收|外包|外访|上门|处理|调查|律师|服务|委托)(?:服务)?(?:手续)?费';

export const STRUCT_MISREP_RULES: PatternRuleSpec[] = [
  {
    id: 'misrepresentation.false_urgency',
    lang: 'zh',
    negatable: true,
    triggers: [
      '费',
      '另计',
      '注销',
      '冻结',
      '停用',
      '作废',
      '倍',
      '最后一次',
      '最后的机会',
      '以后都',
      '今后都',
      '再也',
    ],
    patterns: zh(
      `(?:加收|收取|扣除?|承担|另收)${GAP(10)}${FEE_ZH}|${FEE_ZH}${GAP(8)}(?:由${GAP(2)}承担|另计|自理)|(?:收费|费用)另计`,
      `(?:所有|全部|名下)(?:的)?(?:银行卡|账户|卡|信用卡)${GAP(8)}(?:永久)?(?:注销|冻结|停用|作废|封掉)`,
      `(?:[二三四五六两]|\\d+)倍(?:追偿|赔偿|罚息|利息|收取|违约金)|按${GAP(8)}[二三四五六两]倍`,
      `(?:最后一次|最后的)(?:协商)?机会${GAP(12)}(?:错过|以后|再也|不能|没有)|错过${GAP(6)}最后一次`,
      `(?:以后|今后|永远)(?:都|也)?(?:不能|无法|不会|不可能)(?:再)?(?:办|申请|协商|享受)(?:理)?(?:分期|协商|减免|还款计划)`,
    ),
  },
  {
    id: 'misrepresentation.payment_channel',
    lang: 'zh',
    negatable: true,
    triggers: ['私人', '个人微信', '个人支付宝', '个人账户', '个人账号', '收款码', '扫码'],
    patterns: zh(
      `(?:加|转到|转给|打到|打给|汇到|付到)${GAP(4)}(?:我的?|我们的?)?(?:私人|个人)(?:微信|支付宝|账户|账号|银行卡|卡)`,
      `收款码|扫码(?:还款|转账|付款|支付)`,
    ),
  },
  {
    id: 'misrepresentation.false_urgency',
    lang: 'en',
    negatable: true,
    triggers: ['all your', 'all of your', 'fee'],
    patterns: en(
      `\\ball (?:of )?your (?:bank |other )?(?:accounts?|cards?)\\b[^.!?]{0,25}\\b(?:frozen|closed|seized|suspended|cancel(?:l?ed)?|shut down)`,
      `\\b\\d+ ?(?:%|percent) (?:collection|processing|agency|recovery|handling) fee\\b|\\btheir \\d+ ?(?:%|percent)[^.!?]{0,10}\\bfee\\b`,
      `\\byou(?:'ll| will) (?:pay|be charged|owe) (?:their|an? extra|an? additional)\\b[^.!?]{0,20}\\b(?:collection|processing|agency|recovery|handling|visit|field)\\b[^.!?]{0,10}\\bfee`,
    ),
  },
  {
    id: 'misrepresentation.payment_channel',
    lang: 'en',
    negatable: true,
    triggers: ['venmo', 'cash app', 'cashapp', 'zelle', 'paypal'],
    patterns: en(`\\b(?:venmo|cash ?app|zelle|paypal)\\b[^.!?]{0,20}(?:\\bme\\b|@|\\$[a-z])`),
  },
  {
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: ['bureau', 'agency', 'department', 'authority', 'center', 'centre', 'commission'],
    patterns: en(
      `\\b(?:this is|we are|we're|i'm calling from|calling from|on behalf of) (?:the )?(?:national|federal|state|central|government|us|u\\.s\\.)\\b[^.!?]{0,20}\\b(?:debt|credit|recovery|collections?|enforcement)\\b[^.!?]{0,15}\\b(?:bureau|agency|department|authority|center|centre|commission)\\b`,
    ),
  },
  // check-s5 classes (seen): visit and collection fees added, payment "through an internal
  // channel", limits "permanently" zeroed, never another card from any bank.
  {
    id: 'misrepresentation.false_urgency',
    lang: 'zh',
    negatable: true,
    triggers: ['永久', '任何银行卡', '任何信用卡', '任何贷款'],
    patterns: zh(
      `永久${GAP(2)}(?:清零|注销|冻结|停用|拉黑|封)`,
      `(?:无法|不能|不可能)再(?:申请|办理?)任何(?:银行卡|信用卡|贷款)`,
    ),
  },
  {
    id: 'misrepresentation.payment_channel',
    lang: 'zh',
    negatable: true,
    triggers: ['内部通道', '内部渠道', '支付宝', '微信'],
    patterns: zh(`内部(?:通道|渠道)`, `(?:转到|转给|打到|汇到|付到)${GAP(6)}(?:支付宝|微信)(?:账号|账户)?`),
  },
  {
    id: 'misrepresentation.false_urgency',
    lang: 'en',
    negatable: true,
    triggers: ['fee', 'permanently'],
    patterns: en(
      `\\b(?:charge|add|bill|apply|impose)\\w*\\b[^.!?]{0,30}\\b(?:field visit|home visit|collection|recovery|skip[- ]tracing|investigation|agency) fees?\\b`,
      `\\bpermanently (?:zeroed|closed|frozen|banned|blocked|blacklisted)\\b`,
    ),
  },
  {
    // "never another card from any bank": the negation is the claim itself.
    id: 'misrepresentation.false_urgency',
    lang: 'en',
    triggers: ['never get', 'never be approved', 'never open'],
    patterns: en(
      `\\bnever (?:get|be approved for|open) (?:another|a) (?:card|loan|account)\\b[^.!?]{0,20}\\b(?:any|another) bank`,
    ),
  },

  {
    id: 'misrepresentation.payment_channel',
    lang: 'en',
    negatable: true,
    triggers: ['internal channel', 'send it to', 'send the money to', 'send payment to'],
    patterns: en(`\\binternal channel\\b|\\bsend (?:it|the money|payment) to (?:this|my)\\b`),
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
  // probe-s5 classes (seen): daily fines, money handed to a named collector, agencies "appointed
  // by" a court, every offer cancelled for good.
  {
    id: 'misrepresentation.false_urgency',
    lang: 'zh',
    negatable: true,
    triggers: ['罚金', '罚款', '优惠', '方案'],
    patterns: zh(
      `(?:每天|每日|按日|按天)${GAP(6)}(?:罚金|罚款)`,
      `(?:所有|全部)(?:的)?(?:优惠|方案|减免)${GAP(4)}(?:永久|永远)?(?:取消|作废|失效)`,
    ),
  },
  {
    id: 'misrepresentation.payment_channel',
    lang: 'zh',
    negatable: true,
    triggers: ['转给', '转到', '打给', '交给'],
    patterns: zh(
      `(?:钱|款|现金)${GAP(4)}(?:转给|转到|打给|交给)${GAP(6)}(?:专员|催收员|业务员|经理|同事|外访员)`,
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
    id: 'misrepresentation.false_urgency',
    lang: 'en',
    negatable: true,
    triggers: ['penalty of', 'offer', 'option', 'plan'],
    patterns: en(
      `\\bpenalty of [\\d.]+ ?% (?:a|per) day\\b`,
      `\\b(?:every|all) (?:offers?|options?|plans?)\\b[^.!?]{0,15}\\b(?:cancell?ed|withdrawn|gone) (?:forever|permanently|for good)`,
    ),
  },
  {
    id: 'misrepresentation.payment_channel',
    lang: 'en',
    negatable: true,
    triggers: ['transfer', 'send'],
    patterns: en(
      `\\b(?:transfer|send) (?:it|the money|the payment|this) (?:straight |directly )?to (?:our|my|the) (?:collector|agent|rep|representative|colleague)\\b`,
    ),
  },
  {
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: ['appointed by', 'authorized by', 'authorised by'],
    patterns: en(
      `\\b(?:appointed|authori[sz]ed|commissioned) by the (?:supreme |district |federal |state )?(?:court|police|government|treasury)\\b`,
    ),
  },
];
