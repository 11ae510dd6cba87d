import { GAP, type PatternRuleSpec, zh } from '../ruleTypes.js';
import { NGAP, SENTENCE, SLOGAN_NOT_DEBUNKED, SLOGAN_NOT_NAMED } from '../shared/zh.js';

/**
 * What debt-relief and credit-repair sellers claim (Chinese; guardzh25, issue 16, policy
 * 2026.12.21): the credit report's balance shown as zero or the record "like it was never borrowed"
 * (征信欠款余额为0, 跟没借过一样), a late record cleared within days or restored to 良好/白户, the debt
 * said to cease in law once "optimised" (法院也无权再追, 债务依法不再存在, 这笔账就算结清了), and the
 * seller's standing dressed up (律所资质, 后端协商, 银行指定的合作机构, 成功率百分百, 跟银行总部打过招呼).
 * A true record stays its term and only the bank settles a debt. A warning that names the slogan
 * ("债务中介宣传的'征信欠款余额为0'都不属实") reports it. 征信业管理条例 Art. 16; 广告法 Art. 28.
 */

const SAFE = `${SLOGAN_NOT_NAMED}`;
/** Paid off, the balance is zero indeed: "还清后征信余额显示为0". */
const NOT_PAID = '(?<!(?:结清|还清|还完|清偿|还款后|全部还)[^。\\n]{0,20})';

export const MISREPRESENTATION_DEBT_RELIEF_ZH: PatternRuleSpec[] = [
  {
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: [
      '征信',
      '信用报告',
      '信贷',
      '借过',
      '逾期记录',
      '恢复成',
      '恢复为',
      '变回',
      '无权',
      '不再存在',
      '就算结清',
      '算结清',
      '资质',
      '后端',
      '成功率',
      '指定',
      '打过招呼',
      '一律停催',
    ],
    patterns: zh(
      `(?=征信|信用报告|信贷)${SAFE}${NOT_PAID}(?:征信|信用报告|信贷报告|信贷记录)${SENTENCE(12)}(?:欠款|负债|债务)?余额${GAP(6)}(?:显示|变成|变为|归|清)?(?:为)?(?:0|零)(?![.\\d元])${SLOGAN_NOT_DEBUNKED}`,
      `(?=跟|同|像|好像|就像)${SAFE}(?:跟|同|像|好像|就像)(?:没|冇|从来没|从没)(?:有)?借过(?:钱)?(?:一样)?${SLOGAN_NOT_DEBUNKED}`,
      `(?=逾期记录)${SAFE}逾期记录${NGAP(10)}(?:[一二两三四五六七八九十几\\d]+个?(?:工作日|天|日)(?:内|之内)|马上|立即|立刻)${GAP(4)}(?:消除|清除|删除|清掉|恢复)${SLOGAN_NOT_DEBUNKED}`,
      `(?=恢复|变回)${SAFE}(?:恢复成|恢复为|变回)(?:良好|白户|正常)(?:的)?(?:记录|征信)?${SLOGAN_NOT_DEBUNKED}`,
      `(?=法院|银行)${SAFE}(?:法院|银行)${GAP(4)}(?:也|都)?无权(?:再)?(?:追|起诉|追讨|催收)${SLOGAN_NOT_DEBUNKED}`,
      `(?=债务|欠款|这笔)${SAFE}(?:债务|欠款|这笔账|这笔钱)${GAP(8)}(?:依法)?(?:不再存在|就算结清|算结清)${SLOGAN_NOT_DEBUNKED}`,
      `(?=律|后端|成功率)${SAFE}(?:律所|律师事务所|律师)资质|后端(?:协商|谈判|处理)|成功率${GAP(2)}(?:百分百|100%|百分之百)`,
      `(?=银行|一律|跟|和|同)${SAFE}银行指定的?(?:合作)?(?:调解|协商|处理)?机构|一律停催|(?:跟|和|同)${GAP(8)}银行${GAP(6)}打过招呼`,
    ),
  },
];
