import { describeRules, ZH } from '../ruleCases.js';

/**
 * The credentials request class of privacy in Chinese (src/guardrails/rules/privacy/credentialsRequestZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('privacy: credentials request, Chinese', {
  stillBlocked: [
    // round-20b classes (guard11b)
    ['请把卡片背面的三位数字告诉我，以便核实身份。', ZH],
  ],
  lawful: [
    // real collectors' register, Chinese (guardrw12)
    ['请问需要装什么软件才能在手机上还款？', ZH],
    // round-20b classes (guard11b)
    ['为确认来电真实，您可致电卡片背面的号码，转接我的工号。', ZH],
  ],
});
