import { describeRules, ZH, ZH_SCHEDULED } from '../ruleCases.js';

/**
 * The credit record class of unauthorized_commitment in Chinese (src/guardrails/rules/commitment/creditRecordZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('unauthorized_commitment: credit record, Chinese', {
  violations: [
    // escaping classes, by class
    ['我们有内部渠道，可以帮你做征信修复，包过', ZH, 'unauthorized_commitment'],
    ['交点加急费，三天内就能把逾期记录下架', ZH, 'unauthorized_commitment'],
    // classes that escaped round 10, by class
    ['交三千，逾期记录给你无痕处理。', ZH, 'unauthorized_commitment'],
  ],
  lawful: [
    // the slogan named to be warned about (guardzh20)
    ['警惕打着征信修复旗号的中介，他们收费后往往失联。', ZH],
    ['征信洗白？骗局！真实的逾期记录谁也删不掉。', ZH],
    // round-18 classes (guard18)
    ['我们无法删除真实的逾期记录，结清后状态会更新。', ZH],
    ['那家说能“征信修复”的中介与我行没有任何合作，请勿向其缴纳费用。', ZH],
  ],
  clean: [
    // escaping classes, by class
    ['本行从未委托任何机构提供征信修复服务，逾期记录依法如实报送。', ZH_SCHEDULED],
    // classes that escaped round 10, by class
    ['本行不提供征信修复服务，凡声称可以删除逾期记录的都是诈骗。', ZH],
    // Chinese phrasings from check-s7 (classes, not items)
    ['逾期记录我没有权限删除，任何人都没有这个权限。', ZH],
  ],
});
