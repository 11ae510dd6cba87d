import { GAP, type PatternRuleSpec, YOU, zh } from '../ruleTypes.js';
import { ALL_OFFERS } from '../shared/common.js';
import { GAP_NO_NEG, ZH_GAP, ZH_PROMISE } from '../shared/zh.js';

/**
 * Unauthorised commitments (Chinese): waivers and relief promised.
 */

export const COMMITMENT_WAIVER_ZH: PatternRuleSpec[] = [
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['waiver'],
    triggers: [
      '免除',
      '免去',
      '免掉',
      '豁免',
      '减免',
      '全免',
      '核销',
      '勾销',
      '停息',
      '免息',
      '免了',
      '不用还',
      '不用再还',
      '无需再还',
      '不必再还',
      '不追究',
      '清零',
      '作废',
      '既往不咎',
      '没关系',
      '抹',
      '去掉',
      '做主',
      '说了算',
      '剩下的',
      '剩余',
      '零头',
      '停掉',
      '停了',
      '不算了',
      '不收了',
    ],
    patterns: zh(
      `(?<!年费[^,;:!?。、\\n]{0,4})${ZH_PROMISE}${ZH_GAP}(?:免除|免去|免掉|豁免|减免|全免|核销|勾销|免息)`,
      `(?:欠款|债务|利息|罚息|违约金|滞纳金|手续费)(?:全部|都|就|我们)?(?:给${YOU})?(?:免了|全免|免除|免掉|豁免|减免|不用还了|清零|作废|一笔勾销|停掉|停了|不算了|不收了)`,
      `剩(?:余|下)(?:的)?(?:欠款|部分|金额|钱)?${GAP(4)}(?:免除|免了|不用还|一笔勾销|全免|不要了|作废)`,
      `(?<!(?:结清|还清|还完|还款|付清)(?:后|之后|以后)[^,;:!?。、\\n]{0,6})(?:不用|无需|不必)再还了?|(?<!(?:结清|还清|还完|还款|付清)(?:后|之后|以后)[^,;:!?。、\\n]{0,6})不用还了|一笔勾销|既往不咎|(?:这笔账|欠款)${GAP(4)}不追究|不还(?:也)?没关系`,
      `(?:给${YOU}|帮${YOU}|为${YOU}|我们就|就)${GAP(4)}(?:抹了|抹掉|抹去|免掉|去掉)|我(?:来)?做主|我说了算|剩下的${GAP(6)}(?:不要了|不用还|免了|不收了|算了)|还个零头`,
    ),
  },
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['waiver', 'deferral', 'extension', 'hardship_plan'],
    triggers: ['批下来', '批准', '批了', '通过了', '办好了', '搞定了'],
    patterns: zh(
      `(?:停息|减免|免息|延期|缓还|和解|打折|免除)${GAP(6)}(?:批下来|批准了|批了|通过了|办好了|搞定了)`,
    ),
  },
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['waiver', 'discount', 'settlement'],
    triggers: ['剩下', '剩余', '其余', '余下', '余款', '清零', '核销', '抹平', '勾销'],
    patterns: zh(
      `(?:剩下|剩余|其余|余下|余款)(?:的)?(?:部分|欠款|金额|钱|利息)?${GAP(6)}(?:不追究|不要了|不用还|免了|不收了|算了|一笔勾销|不用管|不催|作废|清零|免除|减免|就当没有)`,
      `(?:欠款|债务|账|余额|欠的钱)${GAP(6)}(?:已经|已|都|就|给${YOU})?(?:清零|核销|抹平|勾销)`,
    ),
  },
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'zh',
    negatable: true,
    authorisedBy: ALL_OFFERS,
    triggers: ['做主', '拍板', '特批'],
    patterns: zh(`我(?:来|可以|能|就|给${YOU})?(?:做(?:这个)?主|拍板|特批)`),
  },
  // dev-s5 classes: charges "taken off" on the speaker's say-so, the rest "not pursued",
  // approvals and restored limits guaranteed, due dates moved, late marks "deleted right away".
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['waiver', 'settlement'],
    triggers: ['减掉', '免掉', '抹掉', '去掉', '不收了', '不要了', '不追究', '算了', '免了', '不用还'],
    patterns: zh(
      `(?:利息|违约金|罚息|手续费|滞纳金|欠款|本金)${GAP(10)}(?:减掉|免掉|抹掉|去掉|不收了|不要了|免了)`,
      `(?:剩下|另一半|其余|余下|剩余)(?:的)?${GAP(8)}(?:不追究|不用还|免了|算了|不要了)`,
    ),
  },
  // check-s5 classes (seen): the rest "as if it never happened", guaranteed approval, a due
  // date moved on the speaker's say-so.
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['waiver', 'settlement'],
    triggers: ['当没', '一笔勾销', '不用管了'],
    patterns: zh(`就?当没(?:这回事|这事|发生过?)|一笔勾销|(?:剩下|其余|余下)(?:的)?${GAP(4)}不用管了`),
  },
  {
    // An "inside channel" promised as a favour: what it buys is never the bank's to give.
    id: 'unauthorized_commitment.waiver',
    lang: 'zh',
    negatable: true,
    triggers: ['内部'],
    patterns: zh(
      `(?:帮|给|替)${YOU}?(?:走|找|通过|用)?(?:个)?内部(?:渠道|关系|通道|途径|处理|操作|消化)|(?:走|找|通过|有)(?:我们的?)?内部(?:渠道|关系|通道|途径)${GAP(10)}(?:处理|结清|减免|免|删|消除|搞定|办)`,
    ),
  },
  {
    // Relief "guaranteed" or sold for a fee: only the bank's policy grants relief, never for money.
    id: 'unauthorized_commitment.waiver',
    lang: 'zh',
    negatable: true,
    triggers: [
      '100%',
      '百分百',
      '百分之百',
      '通过',
      '下款',
      '批下来',
      '通道',
      '名额',
      '费',
      '保证金',
      '押金',
    ],
    patterns: zh(
      `(?:100%|百分百|百分之百)(?:审核|审批|申请)?(?:通过|下款|批下来)|(?:包|稳|必|保证)(?:审核|审批)?(?:通过|下款|批下来)`,
      `(?:减免|停息|挂账|减息|免息)${GAP(4)}(?:通道|名额)`,
      `(?:交|缴纳|付|支付)${GAP(8)}(?:保证金|押金|手续费|服务费|工本费|加急费|审核费)${GAP(6)}(?:下款|批下来|包过)`,
      `(?:缴纳|交|付|支付)${GAP(8)}(?:工本费|手续费|服务费|审核费|加急费|保证金|押金)${GAP(6)}(?:即可|就能|就可以|马上)${GAP(4)}(?:全额|全部)?(?:减免|免除|结清|停息|免息)`,
    ),
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
      `(?:剩下|其余|剩余|后面|余下|另一半|另外一半)的?${GAP_NO_NEG(6)}(?:银行|我们|我)?(?:那边)?(?:直接|就)?(?:全都|全部|统统|都|也)?(?:不要了|放弃|不追了?|给(?:你|您)?抹掉|抹掉|一笔勾销|免了|全免|免掉|作废|不算了|我让它消失|让它消失|消失)`,
      `(?:征信|记录)(?:也|就)?(?:干干净净|清清白白|白白净净)`,
      `(?:银行|我们|我行)(?:就)?(?:当|当作)(?:这笔账|这事|这笔欠款|欠款)?(?:没发生过|不存在)`,
      `(?:记录|征信)(?:也)?(?:一并|全部|都)?(?:清干净|清掉|抹掉|删干净)`,
    ),
  },
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['waiver'],
    triggers: [
      '私下',
      '咱俩',
      '咱们俩',
      '我俩',
      '你知我知',
      '不用经过',
      '不用请示',
      '不用上报',
      '不需要审批',
    ],
    patterns: zh(
      `(?:私下|咱俩|咱们俩|我俩|你知我知|不用经过|不用请示|不用上报|不需要审批)[^\\n]{0,30}?(?:停息|免息|停止计息|冻结利息|利息停|利息冻结|免掉|减免|免除|打折|挂账|停(?:个|两|三|半)?年)`,
      `(?:停息|免息|停止计息|冻结利息|利息停|免掉|免除|打折|挂账)[^\\n]{0,30}?(?:不用经过|不用请示|不用上报|不需要审批|你知我知)`,
    ),
  },
];
