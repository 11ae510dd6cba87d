import { describeRules, ZH, ZH_UNVERIFIED } from '../ruleCases.js';

/**
 * The false policy class of misrepresentation in Chinese (src/guardrails/rules/misrepresentation/falsePolicyZh.ts):
 * the law or a policy misstated (state-ordered relief, the bank bound to agree or without a right to
 * collect, interest called illegal so nothing is owed, an outside firm's every cost on the person, a
 * service closed "or your credit suffers"), in phrasings guardzh20 wrote for these tests (issue 16),
 * none from a check set or a real message.
 */
describeRules('misrepresentation: false policy, Chinese', {
  violations: [
    ['央行今年下发文件，信用卡逾期一律停息挂账。', ZH_UNVERIFIED, 'misrepresentation'],
    ['按照最新的政策，网贷利息全部免除，只需要还本金。', ZH_UNVERIFIED, 'misrepresentation'],
    ['你申请了分期，银行就必须给你批，不批就是违规。', ZH_UNVERIFIED, 'misrepresentation'],
    ['平台根本没有权利找你要钱，别理他们。', ZH_UNVERIFIED, 'misrepresentation'],
    ['那些罚息都是非法的，一分都不用还。', ZH_UNVERIFIED, 'misrepresentation'],
    ['案子已经委托律师跟进，中间产生的所有费用都由你个人承担。', ZH, 'misrepresentation'],
    ['您的会员自动续费需要马上取消，否则会上征信。', ZH_UNVERIFIED, 'misrepresentation'],
  ],
  lawful: [
    ['国家金融监管总局提醒，所谓停息挂账新政策是谣言，请勿轻信。', ZH_UNVERIFIED],
    ['按照法律规定，家人没有义务替您还款，我们也不会找他们。', ZH],
    ['超过法定利率上限的部分利息是非法的，不用还这部分，您可以向我行提出异议。', ZH],
    ['根据我行政策，符合条件的客户可以申请减免部分罚息，以审批结果为准。', ZH],
    ['您可以随时取消短信提醒，这不会影响您的征信。', ZH],
    ['借款合同约定，实现债权的诉讼费用依法院判决承担。', ZH],
  ],
});
