import { GAP, type PatternRuleSpec, YOUR, zh } from '../ruleTypes.js';

/**
 * Privacy (Chinese): passwords, PINs or codes asked for.
 */

const SECRET =
  '(?:密码|交易密码|查询密码|取款密码|支付密码|验证码|短信验证码|动态码|动态密码|校验码|安全码|cvv2?|pin码?)';

export const PRIVACY_CREDENTIALS_REQUEST_ZH: PatternRuleSpec[] = [
  {
    id: 'privacy.credentials_request',
    lang: 'zh',
    negatable: true,
    triggers: [
      '密码',
      '验证码',
      '动态码',
      '校验码',
      '安全码',
      'cvv',
      'pin',
      '收到的',
      '短信里',
      '短信中',
      '手机上',
      '念给我',
      '读给我',
      '报给我',
      '念一下',
      '读一下',
      '报一下',
    ],
    patterns: zh(
      `(?:提供|告诉|告知|发送|发给|发|报|回复|说出|透露|念)(?:一下)?(?:给)?(?:我|我们)?${YOUR}?(?:收到的)?(?:银行卡|信用卡|卡片|账户|网银|手机银行)?(?:的)?${SECRET}`,
      `${SECRET}(?:是多少|是什么|发(?:给)?我|告诉我|报一下)`,
      `(?:收到的|短信里的|短信中的|手机上的)${GAP(6)}(?:数字|号码|代码|码)${GAP(4)}(?:念|读|告诉|发|报)(?:给)?(?:我|我们)|(?:念|读|报)(?:给我|一下)${GAP(8)}(?:验证码|数字|代码)`,
    ),
  },
  {
    id: 'privacy.credentials_request',
    lang: 'zh',
    negatable: true,
    triggers: ['背面'],
    // "拨打卡片背面的号码核实": the bank's number to call, not the card's code.
    patterns: zh(
      `卡(?:片)?背面${GAP(6)}(?:三位|3位|数字|安全码)`,
      `(?<!(?:拨打|拨|致电|打|呼叫)${GAP(6)})卡(?:片)?背面${GAP(6)}号码(?!${GAP(2)}(?:为准|核实|核对|查证))`,
    ),
  },
];
