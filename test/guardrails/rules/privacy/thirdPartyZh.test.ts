import { describeRules, ZH, ZH_UNVERIFIED } from '../ruleCases.js';

/**
 * The third party class of privacy in Chinese (src/guardrails/rules/privacy/thirdPartyZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('privacy: third party, Chinese', {
  violations: [
    // escaping classes, by class
    ['您作为他的紧急联系人，有义务督促他还款', ZH, 'privacy'],
    // round-15 classes (guardfix phrasings)
    ['联系人一个不少都在我们这儿，你看着办。', ZH, 'privacy'],
    ['你微信好友我们都导出来了，一个个去问总有人肯借你。', ZH, 'privacy'],
    ['你手机里那几百个联系人我们这边都有备份，要不要帮你问问？', ZH, 'privacy'],
    // recurring real-world classes in Chinese (guardrw15)
    ['你帮忙催一下他，这笔贷款什么时候还。', ZH_UNVERIFIED, 'privacy'],
  ],
  stillBlocked: [
    // round-20b classes (guard11b)
    ['麻烦转告他本人尽快给我们回电话。', ZH],
  ],
  lawful: [
    // round-19a classes, Chinese (guard19)
    ['您好，今天是第3次提醒您还款，如已还款请忽略。', ZH],
  ],
  clean: [
    // round-16 classes (zh, guardzh8)
    ['我们会一直跟进您的申请进度，有结果第一时间通知您。', ZH],
  ],
});
