import { GAP, type PatternRuleSpec, zh } from '../ruleTypes.js';
import { statusIsNot } from '../shared/common.js';

/**
 * Misrepresentation (Chinese): payment status.
 */

export const MISREPRESENTATION_PAYMENT_STATUS_ZH: PatternRuleSpec[] = [
  {
    id: 'misrepresentation.payment_status',
    lang: 'zh',
    appliesTo: statusIsNot('declined'),
    triggers: ['退回', '失败', '被拒', '拒绝', '未成功', '没成功', '退票', '退款'],
    patterns: zh(`(?:还款|付款|扣款|转账|支付)${GAP(6)}(?:被退回|退回|失败|被拒|被拒绝|未成功|没成功|退票)`),
  },
  {
    id: 'misrepresentation.payment_status',
    lang: 'zh',
    appliesTo: statusIsNot('scheduled'),
    triggers: ['安排', '预约', '自动扣款', '定时'],
    patterns: zh(
      `(?:还款|扣款|付款)${GAP(4)}(?:已经?)?(?:安排|预约|设定)(?:在|于|为)|已(?:经)?(?:为您)?(?:安排|预约|设置)(?:了)?${GAP(8)}(?:自动扣款|定时还款|扣款)`,
    ),
  },
  {
    id: 'misrepresentation.payment_status',
    lang: 'zh',
    appliesTo: statusIsNot('received'),
    triggers: ['入账', '到账', '收到'],
    patterns: zh(
      `(?:还款|款项|付款|转账)${GAP(10)}(?:已经?|已于|于)${GAP(8)}(?:入账|到账)|已(?:经)?收到${GAP(4)}(?:还款|款项|付款)`,
    ),
  },
];
