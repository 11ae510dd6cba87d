import { GAP, type PatternRuleSpec, YOU, zh } from '../ruleTypes.js';
import { SENTENCE, SLOGAN_NOT_DEBUNKED, SLOGAN_NOT_NAMED } from '../shared/zh.js';

/**
 * Relief promised by a debt seller or a collector (Chinese and Cantonese; guardzh25, issue 16,
 * policy 2026.12.21): no repayment with the credit file untouched (唔使还债又唔影响信贷, 不用还也不
 * 影响征信), a guarantee of the bank's own relief or of its silence (保证停催, 保证永不被起诉, 保证只还本金,
 * 一分利息都不要, 60期零利息包过), the whole debt "化解" for the person, and the sellers' shorthand
 * (ting cui bao guo). Relief left to the bank's review is no promise; a bank that says it does not
 * promise it is negated; a warning that names the slogan reports it. 信用卡业务监督管理办法 Art. 70.
 */

// Relief stated as done: charges cancelled or zeroed, interest stopped, the rest forgiven.
const RELIEF_DONE =
  '(?:(?:利息|违约金|罚息|滞纳金|手续费|年费)(?:已经|已)?(?:全数|全部|一律|都|将|会)?(?:自动)?(?:取消|清零|归零|豁免|免除)|停止计息|停息|全部豁免|全额豁免)';
// No review is needed: "不用等审核", "无需另行申请", "无需再提交任何材料".
const NO_REVIEW =
  '(?:不用|无需|无须|不需要|毋须|唔使|免)(?:再|另行)?(?:等)?(?:审核|审批|批核|申请|提交(?:任何)?(?:材料|资料|证明))';
const NOT_REVIEWED = '(?![^。\\n]{0,30}(?:审核|审批|评估|为准))';

export const COMMITMENT_RELIEF_ZH: PatternRuleSpec[] = [
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'zh',
    negatable: true,
    triggers: [
      '唔使',
      '唔洗',
      '不用还',
      '不用再还',
      '保证',
      '保證',
      '包过',
      '一分',
      '零利息',
      '0利息',
      '化解',
      'ting cui',
      'bao guo',
    ],
    patterns: zh(
      `(?=唔使|唔洗|不用)${SLOGAN_NOT_NAMED}(?:唔使|唔洗|不用)(?:再)?还${SENTENCE(10)}(?:唔|不|都唔|都不|也不)(?:会|受)?影响(?:信贷|征信|信用)${SLOGAN_NOT_DEBUNKED}`,
      `(?=保证|包)${SLOGAN_NOT_NAMED}(?:保证|包)${YOU}?${SENTENCE(12)}(?:停催|不被起诉|不会被起诉|永不被起诉|不再被起诉|只还本金|利息全免|免息|零利息|0利息|一分利息都不要|不再有人|唔使再?还|唔使还)${NOT_REVIEWED}${SLOGAN_NOT_DEBUNKED}`,
      `(?=一分)${SLOGAN_NOT_NAMED}一分${GAP(2)}利息${GAP(2)}都(?:不要|不收|不用)${NOT_REVIEWED}${SLOGAN_NOT_DEBUNKED}`,
      `(?=[\\d一二三四五六七八九十]+期)${SLOGAN_NOT_NAMED}[\\d一二三四五六七八九十]+期${GAP(4)}(?:零|0)利息${GAP(4)}包过`,
      `(?=帮|我们|替)${SLOGAN_NOT_NAMED}(?:帮${YOU}|我们|替${YOU})${GAP(8)}(?:一次性)?化解(?:掉)?${SLOGAN_NOT_DEBUNKED}`,
      `\\b(?:ting ?cui|bao ?guo)\\b`,
    ),
  },
  {
    // Relief said to be in force with no review: "违约金全数取消…不用等审核", "利息及违约金将自动清零，
    // 无需另行申请", "已为您确认：停止计息…无需再提交材料" (guardzh26).
    id: 'unauthorized_commitment.waiver',
    lang: 'zh',
    negatable: true,
    triggers: ['审核', '审批', '批核', '申请', '材料', '资料', '证明'],
    patterns: zh(`${RELIEF_DONE}${SENTENCE(40)}${NO_REVIEW}`, `${NO_REVIEW}${SENTENCE(20)}${RELIEF_DONE}`),
  },
  {
    // A pause given on the speaker's say-so with no late mark: "我帮你Hold住三个月，唔会有逾期纪录".
    id: 'unauthorized_commitment.deferral',
    lang: 'zh',
    triggers: ['记录', '纪录'],
    patterns: zh(
      `(?:hold住?|冻结|暂停|押后|延后|缓|停)${GAP(4)}(?:[一二三两四五六\\d]+)个?月${SENTENCE(24)}(?:不会|唔会|没有|冇)(?:有|产生)?(?:任何)?(?:逾期|不良)(?:记录|纪录)${NOT_REVIEWED}`,
    ),
  },
];
