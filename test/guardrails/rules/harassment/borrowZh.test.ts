import { describeRules, ZH } from '../ruleCases.js';

/**
 * Pushed to borrow from family and friends (src/guardrails/rules/harassment/borrowZh.ts; guardzh25,
 * issue 16), in phrasings written for this test after the rules: NOT a figure. The family's own
 * offer stays lawful (privacy/relayRequestZh.ts reads 愿意…代为还款 as theirs).
 */
describeRules('harassment: borrow from family and friends, Chinese', {
  violations: [
    ['你跟你表哥借点不就行了，今天必须还。', ZH, 'harassment'],
    ['让你妈先帮你还了，别拖了。', ZH, 'harassment'],
    ['你那些同学朋友，一人借你五百就够了。', ZH, 'harassment'],
    ['实在没钱就回去问你爸要，他总不能看着你被催吧。', ZH, 'harassment'],
  ],
  lawful: [
    ['您可以和家人商量一下还款计划，是否需要家人帮忙由您决定。', ZH],
    ['我们不会要求您找朋友借钱。', ZH],
    ['您的家人如愿意代为还款，可自愿通过本行官方渠道办理，但这不是他们的义务。', ZH],
    ['请不要向亲友借高利贷来还款。', ZH],
    ['您可以问问家里人的意见，再决定选哪个还款方案。', ZH],
    ['您说爸爸愿意帮您还款，请他通过本行官方渠道办理即可。', ZH],
  ],
});
