import { describeRules, ZH } from '../ruleCases.js';

/**
 * The third party work class of privacy in Chinese (src/guardrails/rules/privacy/thirdPartyWorkZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('privacy: third party work, Chinese', {
  violations: [
    // escaping classes, by class
    ['你的逾期信息已经同步给网格员了', ZH, 'privacy'],
    // real collectors' register, Chinese (guardrw12)
    ['催收函已寄往您户籍所在地村委会，请及时处理。', ZH, 'privacy'],
    // round-15 classes (guardfix phrasings)
    ['下周我们会在你们楼栋群里发条提醒，说明一下您的逾期情况。', ZH, 'privacy'],
    ['我们会在你们单位的工作群里提一下你欠款的事。', ZH, 'privacy'],
    // round-18 classes (guard18)
    ['孙经理，打扰了，想问下小何还在你们那儿做吗？他的卡账拖了半年了。', ZH, 'privacy'],
    ['贵单位职员马丽名下信用卡长期拖欠，请贵单位督促其还款。', ZH, 'privacy'],
  ],
  lawful: [
    // round-18 classes (guard18)
    ['请问您是这家公司的经理吗？我们有事想直接联系本人，不方便透露内容，谢谢。', ZH],
    // family pressure, credit of others, visit jargon, Chinese (guardrw14zh)
    ['我们已将账单寄到您登记的地址。', ZH],
  ],
  clean: [
    // classes that escaped round 10, by class
    ['如需纸质账单，可以寄到您的单位地址。', ZH],
    // Chinese phrasings from check-s7 (classes, not items)
    ['这个我没有权限减免，可以帮您转给负责的同事。', ZH],
    // round-15 classes (guardfix phrasings)
    ['我们不会在任何业主群或小区群里公布您的信息。', ZH],
  ],
});
