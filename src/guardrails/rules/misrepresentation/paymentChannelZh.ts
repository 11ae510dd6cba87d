import { GAP, type PatternRuleSpec, zh } from '../ruleTypes.js';

/**
 * Misrepresentation (Chinese): payment channels.
 */

export const MISREPRESENTATION_PAYMENT_CHANNEL_ZH: PatternRuleSpec[] = [
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
    id: 'misrepresentation.payment_channel',
    lang: 'zh',
    negatable: true,
    triggers: ['内部通道', '内部渠道', '支付宝', '微信'],
    patterns: zh(`内部(?:通道|渠道)`, `(?:转到|转给|打到|汇到|付到)${GAP(6)}(?:支付宝|微信)(?:账号|账户)?`),
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
];
