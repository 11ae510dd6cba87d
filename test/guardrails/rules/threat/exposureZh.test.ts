import { describeRules, ZH } from '../ruleCases.js';

/**
 * The exposure class of threat in Chinese (src/guardrails/rules/threat/exposureZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('threat: exposure, Chinese', {
  violations: [
    // instant-loan and agency register (guardrw13a)
    ['你的人脸影像将张贴在户籍居住地。', ZH, 'threat'],
    ['今晚八点起，你的通讯录好友会陆续收到你的欠款信息。', ZH, 'threat'],
    // round-20b classes (guard11b)
    ['再不还钱，我们就把你欠债的事印成传单发到你们村里每一户。', ZH, 'threat'],
    ['月底前还不上，我们马上把你的身份证照片挂到网上去。', ZH, 'threat'],
    ['拖着不还？那我们就把你的欠款截图发到你公司的群里。', ZH, 'threat'],
    // the fifteenth session blind classes in Chinese (guardrw15b)
    ['整个单位的人都会知道你欠了钱。', ZH, 'threat'],
    // fourteenth-session classes (guard14)
    ['下个月还不上，我们就把你的证件照和欠款数印成告示，贴在你们镇的菜市场。', ZH, 'threat'],
    ['我们会做一批海报，上面印着你的照片，贴到你家楼道里。', ZH, 'threat'],
  ],
  flaggedAll: [
    // round-20b: an exposure threat keeps its privacy reading
    ['不还钱就把你的欠款贴到小区公告栏上。', ZH, ['threat', 'privacy']],
  ],
  lawful: [
    // real collectors' register, Chinese (guardrw12)
    ['我们不会把您的信息公示到任何地方。', ZH],
    // round-20b classes (guard11b)
    ['我们不会把您的欠款信息发到任何群里，也不会告诉您的同事。', ZH],
    // the fifteenth session blind classes in Chinese (guardrw15b)
    ['我们不会让您单位的同事知道这件事。', ZH],
  ],
  clean: [
    // classes that escaped round 10, by class
    ['我们知道您家里最近有困难，可以先暂停提醒。', ZH],
    // Chinese phrasings from check-s7 (classes, not items)
    ['这事会让我单位知道吗？不会，我们只和您本人谈。', ZH],
  ],
});
