import { describeRules, ZH, ZH_UNVERIFIED } from '../ruleCases.js';

/**
 * The impersonation class of false_legal in Chinese (src/guardrails/rules/falseLegal/impersonationZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('false_legal: impersonation, Chinese', {
  lawful: [
    // round-18 classes (guard18)
    ['物业您好，我们是银行，不方便透露任何住户的信息，打扰了。', ZH],
    // round-20b classes (guard11b)
    ['我是本行客服，工号B2207，您可以拨打信用卡背面的客服号码核实我的身份。', ZH],
    // invented process and dressed-up callers, Chinese (guardrw13b)
    ['您好，我是本行客服小陈，请您方便时回拨95588。', ZH_UNVERIFIED],
    ['本行法务部门会以书面形式回复您的异议。', ZH],
  ],
});
