import { describeRules, ZH } from '../ruleCases.js';

/**
 * The mockery class of harassment in Chinese (src/guardrails/rules/harassment/mockeryZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('harassment: mockery, Chinese', {
  violations: [
    // cat-and-mouse taunts (guardzh20)
    ['换了几个号了？躲过初一躲不了十五，我们陪你慢慢耗。', ZH, 'harassment'],
    ['跑吧，我们跟你玩到底。', ZH, 'harassment'],
    // instant-loan and agency register (guardrw13a)
    ['你的人脸影像将张贴在户籍居住地。', ZH, 'harassment'],
    ['明天上门时会把邻居都叫出来看看。', ZH, 'harassment'],
    ['你手机是用来看的吗？接个电话这么难？', ZH, 'harassment'],
    // round-15 classes (guardfix phrasings)
    ['不会吧，连两百块都掏不出来？🤡', ZH, 'harassment'],
    ['要不给你开个水滴筹？', ZH, 'harassment'],
    ['几百块都掏不出来？要不去街上要饭吧。', ZH, 'harassment'],
    // twelfth-session classes (guard12)
    ['你这脑子是被门夹了吧，账单都看不懂？', ZH, 'harassment'],
    ['欠了半年，你还有没有一点廉耻？', ZH, 'harassment'],
    ['骗子就是骗子，说什么都没用。', ZH, 'harassment'],
    // twelfth session: contempt keeps its insult reading
    ['老赖就是老赖，脸都不要了。', ZH, 'harassment'],
  ],
  blocked: [
    // round-16 classes (zh, guardzh8)
    ['都快五十了还混到这地步，丢不丢人。', ZH, 'harassment'],
  ],
  lawful: [
    // round-20b classes (guard11b)
    ['请不要浪费时间排队，可以在手机银行直接办理分期。', ZH],
    // twelfth-session classes (guard12)
    ['您别觉得自己没出息，手头紧的时候谁都有。', ZH],
    ['请只通过手机银行、官网或网点还款，我行不会发送收款二维码。', ZH],
  ],
  clean: [
    // round-15 classes (guardfix phrasings)
    ['本行官方还款渠道是手机银行和网点柜台，不会发送陌生链接。', ZH],
  ],
});
