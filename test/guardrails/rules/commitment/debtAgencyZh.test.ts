import { describeRules, ZH, ZH_UNVERIFIED } from '../ruleCases.js';

/**
 * The debt-agency class of unauthorized_commitment in Chinese (src/guardrails/rules/commitment/debtAgencyZh.ts):
 * what a debt agency, a credit-repair seller or a collector promises to get from the bank, in
 * phrasings guardzh20 wrote for these tests (issue 16), none from a check set or a real message.
 * Lawful look-alikes: regulators' and banks' warnings that name the slogans, relief after review,
 * truthful record terms.
 */
describeRules('unauthorized_commitment: debt agencies and credit repair, Chinese', {
  violations: [
    ['先付服务费，银行那边谈不下来我们一分钱不要，全额退还。', ZH_UNVERIFIED, 'unauthorized_commitment'],
    ['您这种情况我们团队能帮您谈到只还本金，放心。', ZH_UNVERIFIED, 'unauthorized_commitment'],
    ['交了定金以后，保你谈下来，一般一周出结果。', ZH_UNVERIFIED, 'unauthorized_commitment'],
    ['逾期那条记录，签约后两个工作日就可以撤掉。', ZH_UNVERIFIED, 'unauthorized_commitment'],
    ['網貸逾期專業處理，有辦法讓銀行同意停息掛賬。', ZH_UNVERIFIED, 'unauthorized_commitment'],
    ['委託我們以後，催收的電話簡訊我們統一幫你攔截。', ZH_UNVERIFIED, 'unauthorized_commitment'],
    ['征信两天就能恢复到白户，见效快。', ZH_UNVERIFIED, 'unauthorized_commitment'],
    ['坐席记录：已承诺客户剩余本金分36期零利息。', ZH, 'unauthorized_commitment'],
    ['上个月我们帮三百多位客户成功上岸，下一个就是你。', ZH_UNVERIFIED, 'unauthorized_commitment'],
    ['我认识银行内部的人，这事包在我身上。', ZH_UNVERIFIED, 'unauthorized_commitment'],
    ['yu qi ji lu ke yi xi bai, jia wo wei xin xiang tan', ZH_UNVERIFIED, 'unauthorized_commitment'],
  ],
  lawful: [
    ['监管部门提示：打着停息挂账、债务优化旗号收费的机构并非正规渠道，请勿轻信。', ZH_UNVERIFIED],
    ['所谓专业反催收，其实是收钱不办事的套路。', ZH_UNVERIFIED],
    ['修复征信？陷阱！逾期记录只能按规定期限保存后消除。', ZH_UNVERIFIED],
    ['我们可以帮您提交延期还款申请，能否通过以审核结果为准。', ZH],
    ['结清后，征信报告会显示该账户已结清，历史记录按规定保留五年。', ZH],
    ['如对催收有异议，您可以向我行投诉，我们会在5个工作日内回复。', ZH],
  ],
});
