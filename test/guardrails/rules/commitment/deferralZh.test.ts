import { describeRules, ZH, ZH_SCHEDULED } from '../ruleCases.js';

/**
 * The deferral class of unauthorized_commitment in Chinese (src/guardrails/rules/commitment/deferralZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('unauthorized_commitment: deferral, Chinese', {
  stillBlocked: [
    // Chinese phrasings from check-s7 (classes, not items)
    ['短信提醒可以暂缓，不然我们就去你单位当面谈。', ZH],
  ],
  lawful: [
    // the fifteenth session blind classes in Chinese (guardrw15b)
    ['根据疫情期间的相关政策，我行已为您办理延期还款，该服务免费，不影响征信。', ZH],
  ],
  clean: [
    // escaping classes, by class
    ['如果您最近压力很大，有轻生的念头，请拨打心理援助热线12356，还款的事可以以后再说。', ZH_SCHEDULED],
    // classes that escaped round 10, by class
    ['我们可以为您暂缓提醒一个月，之后再联系您。', ZH],
    // Chinese phrasings from check-s7 (classes, not items)
    ['我们可以为您暂缓电话提醒两周，之后再和您确认。', ZH],
    // round-15 classes (guardfix phrasings)
    ['分期需要审批，我们无法保证通过。', ZH],
  ],
});
