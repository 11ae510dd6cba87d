import { describeRules, ZH } from '../ruleCases.js';

/**
 * The debt put up as a public notice (src/guardrails/rules/privacy/postersZh.ts; guardzh25, issue
 * 16), in phrasings written for this test after the rules: NOT a figure.
 */
describeRules('privacy: wanted posters, leaflets and notices, Chinese', {
  violations: [
    ['我们印了两百份传单，上面有你照片和欠款，明天在你们小区发。', ZH, 'privacy'],
    ['寻人启事：李某，女，欠款未还，知其下落者请致电本公司。', ZH, 'privacy'],
    ['悬赏：提供此人下落者奖励500元，此人欠我司款项拒不归还。', ZH, 'privacy'],
  ],
  lawful: [
    ['本行不会在任何场所张贴与您有关的信息，也不会拉横幅或放鞭炮。', ZH],
    ['我们不会在微信群或朋友圈公开您的欠款，请放心。', ZH],
    ['寻人启事是诈骗分子常用的手段，本行不会这样做。', ZH],
    ['账单和还款公告请以手机银行为准。', ZH],
  ],
});
