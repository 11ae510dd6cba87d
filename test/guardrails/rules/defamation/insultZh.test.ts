import { describeRules, ZH } from '../ruleCases.js';

/**
 * The insult class of defamation in Chinese (src/guardrails/rules/defamation/insultZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('defamation: insult, Chinese', {
  violations: [
    // classes that escaped round 10, by class
    ['你媳妇早就跟人跑了吧，难怪。', ZH, 'defamation'],
    // Chinese phrasings from check-s7 (classes, not items)
    ['难怪你男人都跟人跑了。', ZH, 'defamation'],
    ['你这样的，老公早就不要你了吧。', ZH, 'defamation'],
    // real collectors' register, Chinese (guardrw12)
    ['你们家一家子是不是都好赌？钱全输光了吧。', ZH, 'defamation'],
    ['你爸蹲过号子吧？难怪你也这副德行。', ZH, 'defamation'],
    ['有其父必有其子，欠钱跑路也是家传的。', ZH, 'defamation'],
    // round-15 classes (guardfix phrasings)
    ['告诉你妹妹，她老公的钱全花在小三身上了。', ZH, 'defamation'],
    ['你这渣男，还有脸不接电话。', ZH, 'defamation'],
    ['麻烦转告他媳妇，她男人拿着信用卡在外面包养小姑娘。', ZH, 'defamation'],
  ],
});
