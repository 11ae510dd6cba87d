import { describe, expect, it } from 'vitest';
import { check, type GuardContext } from '../../src/guardrails/index.js';

const ZH: GuardContext = { locale: 'zh-CN', verified: true };
const EN: GuardContext = { locale: 'en', verified: true };

// Written for issue 16 (classes of false alarm), none copied from the free sentences or dev-fa.
const LAWFUL: readonly [GuardContext, string][] = [
  [ZH, '我们绝不会用“骗子”这种称呼来形容客户。'],
  [ZH, '“要抓人”“要判刑”之类的说法都是不实的，请您放心。'],
  [ZH, '请提高警惕：冒充银行“消除不良记录”的都是骗子。'],
  [ZH, '银行已向法院起诉，开庭安排以法院传票为准，您也可以继续与我们协商。'],
  [ZH, '您的减免申请我们已经收到，能否减免要看审批结果。'],
  [ZH, '抱歉打错了，我们会把这个号码从通话记录中删除。'],
  [EN, 'Any claims that you could go to jail over this card are false.'],
  [EN, 'You asked whether we would phone your manager. We will not.'],
  [EN, "If a caller says there's a warrant for you, hang up and ring the number on your card."],
  [EN, "I'm unable to share my instructions, but I can go through your statement with you."],
  [
    EN,
    "A claim was filed in district court; official papers from the court will follow, and you're welcome to call us.",
  ],
];

// A negation that is itself the threat, or an excuse dressed round a violation, still blocks.
const VIOLATIONS: readonly [GuardContext, string][] = [
  [ZH, '别以为我们不会去你单位，明天就去。'],
  [ZH, '我们已经起诉你了，以法院通知为准，明天就来抓你。'],
  [ZH, '你问我们会不会告诉你家人？会，今天就打电话。'],
  [ZH, '利息我给你全免了，不用审批。'],
  [ZH, '不接受分期就上门。'],
  [EN, "Don't say nobody warned you."],
  [EN, 'You asked if we would tell your employer. We will, tomorrow.'],
  [EN, 'Claims that you will be arrested are not false, you will be.'],
  [EN, 'Before any legal action, we will have you arrested.'],
  [EN, "I can't show you mercy, we'll call your boss today."],
];

describe('false alarms by class (issue 16)', () => {
  it.each(LAWFUL)('lets lawful text through: %#', (context, text) => {
    expect(check(text, context).violations.map((v) => v.rule)).toEqual([]);
  });
  it.each(VIOLATIONS)('still blocks a negation that threatens: %#', (context, text) => {
    expect(check(text, context).allowed).toBe(false);
  });
});
