import { describeRules, ZH } from '../ruleCases.js';

/**
 * False account actions and debt sellers' claims (src/guardrails/rules/misrepresentation/
 * accountActionZh.ts, debtReliefZh.ts; guardzh25, issue 16), in phrasings written for this test
 * after the rules: they show each class is read, they are NOT a figure.
 */
describeRules('misrepresentation: freezes, debits, zero balances, Chinese', {
  violations: [
    ['您名下的支付宝、微信已经被冻结，还款后2小时内恢复。', ZH, 'misrepresentation'],
    ['我们今天已经申请停用您的医保卡。', ZH, 'misrepresentation'],
    ['已从您的其他银行卡里扣除了1200元。', ZH, 'misrepresentation'],
    ['交了我们的服务费，你的征信报告欠款余额马上为零。', ZH, 'misrepresentation'],
    ['我们是有律所资质的正规机构，后端协商，银行不敢不给面子。', ZH, 'misrepresentation'],
  ],
  lawful: [
    ['我们不会冻结您的支付宝或微信，这些与本行无关。', ZH],
    ['您本期的自动还款已从您绑定的储蓄卡扣款成功。', ZH],
    ['自称能让征信欠款余额为零的机构都是骗子。', ZH],
    ['还款后余额为0，结清证明可在手机银行下载。', ZH],
    ['您的账户已结清，目前欠款余额为0元。', ZH],
    ['逾期记录不会因结清而立即删除，将在结清后保留五年。', ZH],
    ['逾期记录会保留五年，任何人都不能提前删除。', ZH],
  ],
});
