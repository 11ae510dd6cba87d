import { GAP, type PatternRuleSpec, YOU, zh } from '../ruleTypes.js';
import { ZH_GAP, ZH_PROMISE } from '../shared/zh.js';

/**
 * Unauthorised commitments (Chinese): deferrals promised.
 */

export const COMMITMENT_DEFERRAL_ZH: PatternRuleSpec[] = [
  {
    id: 'unauthorized_commitment.deferral',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['deferral', 'extension', 'hardship_plan'],
    triggers: [
      '延期',
      '延后',
      '推迟',
      '暂缓',
      '缓',
      '宽限',
      '停息挂账',
      '展期',
      '延长',
      '暂停还款',
      '不用还',
      '晚点还',
      '再还',
      '再说',
      '压着',
      '拖着',
      '顶着',
      '兜着',
    ],
    patterns: zh(
      `${ZH_PROMISE}${ZH_GAP}(?:(?:延期|延后|推迟)(?!(?:短信|电话|微信)?(?:联系|来电|提醒|致电|沟通|通话|打扰|发送))|暂缓(?!(?:短信|电话|微信)?(?:提醒|联系|来电|催收|致电|发送|打扰))|缓(?:[一两三几]|\\d+)?(?:个)?月|宽限|停息挂账|展期|延长还款期|暂停还款|晚点还)`,
      `(?:先|暂时)不用还(?:了)?|(?:下|几|两|三|\\d+)个月(?:后)?再(?:还|说)(?:也|就)?(?:行|可以|没问题|吧)?|这期间不用还|我(?:先)?帮${YOU}(?:压着|拖着|顶着|扛着|先压|兜着)`,
    ),
  },
  {
    id: 'unauthorized_commitment.deferral',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['deferral', 'extension', 'hardship_plan'],
    triggers: ['不用还'],
    patterns: zh(`(?:接下来|这|未来|之后|头|前)${GAP(4)}(?:[一两三四五六七八九十]|\\d+)个月${GAP(2)}不用还`),
  },
  {
    id: 'unauthorized_commitment.deferral',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['deferral', 'extension', 'hardship_plan'],
    triggers: ['以后', '之后', '后再'],
    patterns: zh(
      `(?:半年|几个月|(?:[一两三四五六七八九十]|\\d+)个月|一年|明年|年后)(?:以后|之后|后)(?:再)(?:开始)?(?:还|付|还款)`,
    ),
  },
  {
    id: 'unauthorized_commitment.deferral',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['installments', 'hardship_plan', 'extension', 'deferral'],
    triggers: ['保证', '批了', '批下来', '通过了', '办好了'],
    patterns: zh(
      `保证${GAP(10)}(?:恢复|通过|批下来|批准|下来)`,
      `(?:已经|已)(?:帮|给|为)(?:你|您)${GAP(4)}(?:批了|批下来|通过了|办好了)|(?:申请|分期)${GAP(8)}(?:已经|已)?(?:帮|给|为)(?:你|您)批了`,
    ),
  },
  {
    id: 'unauthorized_commitment.deferral',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['installments', 'hardship_plan', 'extension', 'deferral'],
    triggers: ['往后', '推后', '延后'],
    patterns: zh(`(?:还款日|还款时间|账单日|最后还款日)${GAP(6)}(?:往后|推后|延后)(?:挪|推|延|移|放)`),
  },
  {
    id: 'unauthorized_commitment.deferral',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['installments', 'hardship_plan', 'extension', 'deferral'],
    triggers: ['额度'],
    patterns: zh(`帮${YOU}(?:把)?额度${GAP(4)}(?:调回|恢复|提上|提高|调高)`),
  },
  {
    id: 'unauthorized_commitment.deferral',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['deferral', 'hardship_plan', 'installments', 'extension'],
    triggers: ['肯定', '一定', '保证', '包', '百分百', '不用还', '不用再还'],
    patterns: zh(
      `(?:肯定|一定|保证|百分百)(?:能)?(?:批|批下来|办下来|给您批|给你批|帮您办成|帮你办成)|百分百成功|包(?:批|过|办成)`,
      `(?:\\d+|[一二三两四五六七八九十])(?:年|个月)(?:都)?不用还|剩下的${GAP(4)}不用(?:再)?还`,
    ),
  },
];
