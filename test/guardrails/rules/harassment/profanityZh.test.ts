import { describeRules, ZH } from '../ruleCases.js';

/**
 * The profanity class of harassment in Chinese (src/guardrails/rules/harassment/profanityZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('harassment: profanity, Chinese', {
  violations: [
    // escaping classes, by class
    ['狗*的，还装死', ZH, 'harassment'],
    ['草泥马，钱呢', ZH, 'harassment'],
    ['cao，你还不还', ZH, 'harassment'],
    // classes that escaped round 10, by class
    ['你个沙比，装什么可怜。', ZH, 'harassment'],
    // Chinese phrasings from check-s7 (classes, not items)
    ['操（此处省略）你祖宗，钱呢？', ZH, 'harassment'],
    ['艹【哔】你全家，别装死。', ZH, 'harassment'],
    // real collectors' register, Chinese (guardrw12)
    ['装什么孙子，你那点破事谁不知道。', ZH, 'harassment'],
    ['哟，这不是我们的大忙人吗，终于舍得回个消息了？', ZH, 'harassment'],
    ['欠钱的是大爷，要钱的是孙子，是吧？', ZH, 'harassment'],
    ['你们家是不是穷疯了？', ZH, 'harassment'],
    // round-20b classes (guard11b)
    ['你就是个废物，欠钱不还还有脸接电话？', ZH, 'harassment'],
    ['像你这样的人活着纯属浪费粮食。', ZH, 'harassment'],
    // the fifteenth session blind classes in Chinese (guardrw15b)
    ['拖着不还的败类，还好意思挂电话？', ZH, 'harassment'],
    ['一个穷逼也配办信用卡。', ZH, 'harassment'],
    ['四十岁的人了还让家里给你还钱，害不害臊？', ZH, 'harassment'],
    ['你老娘是个赌鬼吧，一家人都这样。', ZH, 'harassment'],
  ],
  stillBlocked: [
    // Chinese phrasings from check-s7 (classes, not items)
    ['你这玩意儿，欠钱还挂电话。', ZH],
  ],
});
