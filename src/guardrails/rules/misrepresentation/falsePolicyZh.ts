import { GAP, type PatternRuleSpec, YOU, zh } from '../ruleTypes.js';
import { NO_NEG, SLOGAN_NOT_DEBUNKED, SLOGAN_NOT_NAMED } from '../shared/zh.js';

/**
 * Misrepresentation (Chinese): the law or a policy misstated to the person (issue 16, guardzh20).
 * Debt agencies and anti-collection sellers say the state ordered relief ("国家出台…停息挂账政策",
 * "新规：只还本金"), that the bank must agree or has no right to collect, that the interest is
 * illegal so nothing is owed; collectors say an outside firm's every cost falls on the person.
 * Read as who claims what: a rule or authority as the subject and a relief no rule grants, or the
 * bank denied a right it has. Not: a regulator's warning that names the slogan ("打着…旗号",
 * "所谓…", "…是骗局"), the lawful cap ("超过法定上限的利息"), individual plans after review.
 */

const RULE_GIVER =
  '(?:国家|政府|中央|央行|人民银行|银保监会?|金融监管(?:总局|部门)?|监管(?:部门|机构)?|国务院|法律|新规|新政策?|最新(?:的)?(?:规定|政策|文件))';
const RELIEF =
  '(?:停息挂账|停息|挂账|只还本金|免除(?:全部)?(?:利息|罚息|违约金)|减免(?:全部|一半)?(?:利息|罚息)|(?:利息|罚息)(?:全部|一律)(?:免除|减免|不用还|不用付))';
/** Relief granted after the bank's review, or open to those who qualify, is the bank's own policy. */
const NOT_REVIEWED = '(?<!(?:申请|可为|符合条件|可向|协商)[^。!?\\n]{0,10})(?![^。\\n]{0,30}(?:审核|审批|评估|为准|符合条件))';

export const MISREPRESENTATION_FALSE_POLICY_ZH: PatternRuleSpec[] = [
  {
    // "国家出台了停息挂账新政策", "最新规定：信用卡欠款只还本金", "银行必须同意".
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['国家', '政府', '中央', '央行', '人民银行', '银保监', '监管', '国务院', '法律', '新规', '新政', '最新'],
    patterns: zh(
      `${RULE_GIVER}${NO_NEG(24)}${RELIEF}${NOT_REVIEWED}${SLOGAN_NOT_NAMED}${SLOGAN_NOT_DEBUNKED}`,
    ),
  },
  {
    // "银行必须同意", "银行无权拒绝你的停息申请", "银行无权向你催收".
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    triggers: ['必须', '无权', '没有权利', '没权', '不得不'],
    patterns: zh(
      `(?:银行|平台|贷款方|债权人)(?:就|都)?(?:必须|一定要|不得不|无权拒绝)(?:同意|答应|给${YOU}|为${YOU}|批|办)${GAP(6)}(?:停息|挂账|减免|免息|只还本金|分期|协商)?${SLOGAN_NOT_NAMED}${SLOGAN_NOT_DEBUNKED}`,
      `(?:银行|平台|贷款方|债权人|催收方?)(?:根本|其实|本来)?(?:无权|没有权利|没权)(?:向${YOU}|对${YOU}|找${YOU})?(?:催收|催款|要钱|讨债|收取?(?:利息|罚息)|起诉${YOU})${SLOGAN_NOT_NAMED}${SLOGAN_NOT_DEBUNKED}`,
    ),
  },
  {
    // "你的逾期利息是违法的，不用还" (not "超过法定上限的利息不受保护").
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['违法', '非法', '不合法'],
    patterns: zh(
      `(?<!(?:超过|超出|高于|超|多于|上限|36%|24%)[^。!?\\n]{0,12})(?:利息|罚息|违约金|催收|欠款)(?:都|全部|根本|其实)?(?:是|属于)?(?:违法|非法|不合法)(?:的)?[^。!?\\n]{0,8}?(?:不用还|不用付|不用管|可以不还|不需要还)${SLOGAN_NOT_NAMED}`,
    ),
  },
  {
    // "委托外包公司全权处理，届时所产生的一切费用由您承担".
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['费用', '开支'],
    patterns: zh(
      `(?:委托|移交|外包|第三方|外访|上门|律师)[^。!?\\n]{0,24}(?:一切|所有|全部|产生的)(?:费用|开支)${GAP(4)}(?:由${YOU}|${YOU}(?:个人)?(?:自行)?)(?:全部|自行)?(?:承担|负担|支付)`,
    ),
  },
  {
    // A service closed or an account cancelled "or your credit suffers" (注销校园贷账户, 关闭保障服务,
    // 取消自动扣费): only a debt's non-payment reaches the credit record.
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['征信'],
    patterns: zh(
      `(?:(?:注销|关闭|取消|解绑|关掉|退订|解除)[^。!?\\n]{0,24}?(?:否则|不然|如不|若不)|(?:未|没有?|不)(?:及时)?(?:注销|关闭|取消|解绑|关掉|退订))${GAP(10)}(?:影响|上报|上|录入|纳入)${GAP(4)}征信${SLOGAN_NOT_NAMED}${SLOGAN_NOT_DEBUNKED}`,
    ),
  },
];
