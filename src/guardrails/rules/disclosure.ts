import { GAP, YOU, YOUR, en, zh, type PatternRuleSpec } from './ruleTypes.js';

/** Asking for passwords, PINs or SMS codes (DOMAIN.md "never ask for passwords, PINs or SMS codes"). */
const SECRET =
  '(?:密码|交易密码|查询密码|取款密码|支付密码|验证码|短信验证码|动态码|动态密码|校验码|安全码|cvv2?|pin码?)';

export const CREDENTIAL_RULES: PatternRuleSpec[] = [
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
    lang: 'en',
    negatable: true,
    triggers: [
      'pin',
      'password',
      'passcode',
      'one-time',
      'otp',
      'sms code',
      'verification code',
      'security code',
      'cvv',
      'cvc',
      'access code',
      'login',
      'code',
    ],
    patterns: en(
      `\\b(?:send|tell|give|provide|share|read|reply with|text|type|confirm|email|disclose)\\s+(?:me |us )?(?:with )?(?:your |the )?(?:card |online banking |bank )?(?:pin|pin code|password|passcode|one-time (?:code|password|passcode|pin)|otp|sms code|verification code|security code|cvv2?|cvc|access code|login details)\\b`,
      `\\bwhat(?:'s| is) your (?:card |online banking )?(?:pin|password|passcode|cvv|cvc|otp|verification code|security code)\\b`,
      `\\b(?:read|tell|give|send|share|text) (?:me|us) (?:the |your |that )?(?:(?:six|6|four|4|one-time|sms|text|security|verification)[- ]?(?:digit )?)?(?:code|pin|passcode|number) (?:on your (?:screen|phone)|we (?:sent|texted)|you (?:got|received|just got))`,
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
      `(?<!(?:拨打|拨|致电|打|呼叫)${GAP(6)})卡(?:片)?背面${GAP(6)}号码`,
    ),
  },
  {
    id: 'privacy.credentials_request',
    lang: 'en',
    negatable: true,
    triggers: ['back of your card', 'security code'],
    patterns: en(
      `\\b(?:three|3)[- ]digits? (?:on|at) the back of your card\\b|\\b(?:security code|cvv|cvc) (?:on|from) the back\\b`,
    ),
  },
];

/** Before verification: no statement that a debt exists (DOMAIN.md "Who may be told what"). */
export const UNVERIFIED_RULES: PatternRuleSpec[] = [
  {
    id: 'privacy.unverified_disclosure',
    lang: 'zh',
    negatable: true,
    appliesTo: (c) => !c.verified,
    triggers: ['逾期', '欠', '拖欠', '未还', '没还', '待还', '应还款', '账单金额'],
    patterns: zh(
      `${YOU}(?:的)?(?:信用卡|账户|卡片|贷款|这张卡)?(?:目前|现在|仍|还|尚)?(?:已经?)?(?:逾期|欠款|欠费|拖欠|未还|欠(?:我行|银行|我们|款))`,
      `${YOU}(?:尚|仍|还)?欠|${YOU}(?:的)?(?:欠款|逾期款|应还款|账单金额|待还|逾期记录|逾期款项)|(?:一笔|有)逾期(?:款项|欠款|账单)`,
      `(?:他|她|他们|她们)的(?:信用卡|账户|卡片|贷款)?(?:已经?)?(?:逾期|欠款|欠费|拖欠)`,
      `${YOU}(?:的)?(?:账户|信用卡|卡)(?:上|里)?(?:还有|仍有|尚有)${GAP(10)}(?:没还|未还|欠款|待还)`,
      // guardzh (issue 16): a third person's debt told to whoever answers ("持卡人黄丽目前欠款未还",
      // "他欠了银行钱失联了"); a question whether there is one ("是否有欠款") is no statement.
      `(?:(?:持卡人|欠款人|借款人|当事人|机主|卡主)(?:(?!是否|有无|有没有|会不会)[^,;:!?。、\\n]){0,4}?|(?:他|她)(?:名下)?(?:的(?:信用卡|卡|账户|贷款))?)(?:目前|现在|一直|已经|已|还|仍|尚|又)?(?:有(?:一笔)?)?(?:欠款|欠了|欠(?:银行|我行|我们)|逾期|未还|没还|拖欠)`,
    ),
  },
  {
    id: 'privacy.unverified_disclosure',
    lang: 'en',
    negatable: true,
    appliesTo: (c) => !c.verified,
    triggers: [
      'owe',
      'past due',
      'past-due',
      'overdue',
      'delinquent',
      'arrears',
      'late',
      'outstanding',
      'default',
      'unpaid',
    ],
    patterns: en(
      // "recover the money you owe", "reduce what you owe": a general step or plan, read below.
      `(?<!\\b(?:recover|collect|reduce|lower|repay|pay back|pay off|spread|manage) (?:what|the money|the amount|the debt|the sum|whatever) )\\byou (?:still |currently )?owe\\b`,
      `\\b(?:your|his|her|their) (?:account|card|credit card|payment|balance|loan|bill)s? (?:is|are|has been|was|remains?) (?:now |currently |still )?(?:past due|overdue|delinquent|in arrears|late|outstanding|in default|unpaid)\\b`,
      `\\b(?:your|his|her|their) (?:overdue|past-due|past due|unpaid|delinquent) \\w+|\\b(?:your|his|her|their) outstanding (?:balance|amount|debt|payment|account|bill)\\b`,
    ),
  },
  {
    // guard17en: a step or plan on what is owed, stated as a possibility ("we may need to take
    // further action to recover the money you owe", "options might include a plan to reduce what
    // you owe") is a general consequence; stated as fact ("we will recover what you owe") it is not.
    id: 'privacy.unverified_disclosure',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    appliesTo: (c) => !c.verified,
    triggers: ['owe'],
    patterns: en(
      `\\b(?:recover|collect|reduce|lower|repay|pay back|pay off|spread|manage) (?:what|the money|the amount|the debt|the sum|whatever) you (?:still |currently )?owe\\b`,
    ),
  },
];
