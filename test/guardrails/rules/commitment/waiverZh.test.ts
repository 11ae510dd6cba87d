import { describeRules, ZH } from '../ruleCases.js';

/**
 * The waiver class of unauthorized_commitment in Chinese (src/guardrails/rules/commitment/waiverZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('unauthorized_commitment: waiver, Chinese', {
  violations: [
    // Chinese phrasings from check-s7 (classes, not items)
    ['我有内部渠道，两千块帮你把罚息免了。', ZH, 'unauthorized_commitment'],
    // round-15 classes (guardfix phrasings)
    ['停息挂账通道今晚关闭，交398元服务费保证通过。', ZH, 'unauthorized_commitment'],
    ['内部减免名额只剩三个，百分百批下来。', ZH, 'unauthorized_commitment'],
    ['这个协商方案包审批通过，您放心办。', ZH, 'unauthorized_commitment'],
    ['专属减免链接：www.kaka-relief.vip/zh ，缴纳199元工本费即可全额减免。', ZH, 'unauthorized_commitment'],
    ['点这个 dwz.cn/Q7p 领取专属减免券，交98元手续费就能全部免除。', ZH, 'unauthorized_commitment'],
    ['加急办理停息挂账，交500元保证金三天下款。', ZH, 'unauthorized_commitment'],
    // round-19a classes, Chinese (guard19)
    ['你私下给我转两千，剩下的银行就不追了，我说了算。', ZH, 'unauthorized_commitment'],
    ['就在电话里定下来，付三成，其余的全部抹掉，记录也清干净。', ZH, 'unauthorized_commitment'],
    // fourteenth-session classes (guard14)
    ['这事你知我知，我帮你停息一年。', ZH, 'unauthorized_commitment'],
  ],
  lawful: [
    // instant-loan and agency register (guardrw13a)
    ['日子过得紧也没关系，我们可以为您办理分期。', ZH],
  ],
  clean: [
    // Chinese phrasings from check-s7 (classes, not items)
    ['我这边做不到直接免除违约金，不过可以帮您申请。', ZH],
    ['唔好意思，我冇权帮你减免，可以帮你申请睇下。', ZH],
    // round-15 classes (guardfix phrasings)
    ['您好，我们不会通过任何第三方链接收取费用，请仅通过本行官方App还款。', ZH],
  ],
});
