import { GAP, YOU, YOUR, en, zh, type PatternRule } from './ruleTypes.js';

/**
 * Promises the act did not authorise: waivers, discounts, settlements, deferrals, and
 * "cleaning" a credit record (never authorised). The model never decides money (ARCHITECTURE
 * invariant 2); 信用卡业务监督管理办法 Art. 70 sets what a plan may be.
 */
// A promise marker before the term: "可以为您减免", "已帮您核销", "同意…".
const ZH_PROMISE = `(?:可以|能够|能|会|将|帮${YOU}|为${YOU}|给${YOU}|替${YOU}|同意|批准|已经|已|保证|承诺|答应|直接|特批|特别|说好了)`;
// Between marker and term: an application or a referral is not a promise.
const ZH_GAP = '(?:(?!申请|咨询|了解|评估|审核|转接|转人工|提交|反馈|登记|介绍)[^,;:!?。、\\n]){0,8}?';
const EN_WE =
  "(?:we|i|the bank)(?:'ll|'ve|'d| will| can| could| have| has| had| are able to| would be happy to| be happy to| just| already| went ahead and| gone ahead and| also| now| gladly)*";
const EN_FEES = '(?:(?:your|the|all|of|any|this|those|these)\\s+){0,3}(?:late |remaining |outstanding |overdue |unpaid )?(?:fees?|interest|charges?|penalt(?:y|ies)|debt|balance|amount|loan)';

export const COMMITMENT_RULES: PatternRule[] = [
  {
    id: 'unauthorized_commitment.waiver', category: 'unauthorized_commitment', severity: 'critical', lang: 'zh',
    negatable: true, authorisedBy: ['waiver'],
    triggers: ['免除', '免去', '免掉', '豁免', '减免', '全免', '核销', '勾销', '停息', '免息', '免了', '不用还', '不用再还', '无需再还', '不必再还', '不追究', '清零', '作废', '既往不咎', '没关系', '抹', '去掉', '做主', '说了算', '剩下的', '剩余', '零头', '停掉', '停了', '不算了', '不收了'],
    patterns: zh(
      `${ZH_PROMISE}${ZH_GAP}(?:免除|免去|免掉|豁免|减免|全免|核销|勾销|免息)`,
      `(?:欠款|债务|利息|罚息|违约金|滞纳金|手续费)(?:全部|都|就|我们)?(?:给${YOU})?(?:免了|全免|免除|免掉|豁免|减免|不用还了|清零|作废|一笔勾销|停掉|停了|不算了|不收了)`,
      `剩(?:余|下)(?:的)?(?:欠款|部分|金额|钱)?${GAP(4)}(?:免除|免了|不用还|一笔勾销|全免|不要了|作废)`,
      `(?:不用|无需|不必)再还了?|不用还了|一笔勾销|既往不咎|(?:这笔账|欠款)${GAP(4)}不追究|不还(?:也)?没关系`,
      `(?:给${YOU}|帮${YOU}|为${YOU}|我们就|就)${GAP(4)}(?:抹了|抹掉|抹去|免掉|去掉)|我(?:来)?做主|我说了算|剩下的${GAP(6)}(?:不要了|不用还|免了|不收了|算了)|还个零头`,
    ),
  },
  {
    id: 'unauthorized_commitment.discount', category: 'unauthorized_commitment', severity: 'critical', lang: 'zh',
    negatable: true, authorisedBy: ['discount', 'settlement'],
    triggers: ['折', '优惠', '少算', '便宜', '只需', '只要', '只用', '只还', '只付', '少还', '一半', '本金就'],
    patterns: zh(
      `打(?:个)?(?:[一二三四五六七八九]|\\d)?折|${ZH_PROMISE}${ZH_GAP}(?:打折|折扣|优惠|少算|便宜)`,
      `只(?:需要?|要|用)?(?:您)?(?:还|付|支付|偿还)(?:一半|部分|本金|[一二三四五六七八九]成|\\d+%|百分之)|少还(?:一半|一些|点)|(?:一半|本金)就(?:行|可以|够了)`,
    ),
  },
  {
    id: 'unauthorized_commitment.settlement', category: 'unauthorized_commitment', severity: 'critical', lang: 'zh',
    negatable: true, authorisedBy: ['settlement'],
    triggers: ['和解', '结清', '成就行', '成就可以'],
    patterns: zh(
      `${ZH_PROMISE}${ZH_GAP}(?:和解|协商结清|减额结清)`,
      `(?:还|付|支付)${GAP(12)}(?:就|即)(?:可以|能|可|算)?结清|[一二三四五六七八九]成就(?:行|可以)`,
    ),
  },
  {
    id: 'unauthorized_commitment.deferral', category: 'unauthorized_commitment', severity: 'critical', lang: 'zh',
    negatable: true, authorisedBy: ['deferral', 'extension', 'hardship_plan'],
    triggers: ['延期', '延后', '推迟', '暂缓', '缓', '宽限', '停息挂账', '展期', '延长', '暂停还款', '不用还', '晚点还', '再还', '再说', '压着', '拖着', '顶着', '兜着'],
    patterns: zh(
      `${ZH_PROMISE}${ZH_GAP}(?:延期|延后|推迟|暂缓|缓(?:[一两三几]|\\d+)?(?:个)?月|宽限|停息挂账|展期|延长还款期|暂停还款|晚点还)`,
      `(?:先|暂时)不用还(?:了)?|(?:下|几|两|三|\\d+)个月(?:后)?再(?:还|说)(?:也|就)?(?:行|可以|没问题|吧)?|这期间不用还|我(?:先)?帮${YOU}(?:压着|拖着|顶着|扛着|先压|兜着)`,
    ),
  },
  {
    id: 'unauthorized_commitment.credit_record', category: 'unauthorized_commitment', severity: 'critical', lang: 'zh',
    negatable: true,
    triggers: ['消除', '删除', '删掉', '清除', '洗白', '修复', '撤销', '抹掉', '撤掉', '保证', '承诺', '确保'],
    patterns: zh(
      `${ZH_PROMISE}${ZH_GAP}(?:消除|删除|删掉|清除|洗白|修复|撤销|抹掉|撤掉)${GAP(4)}(?:征信|逾期记录|不良记录|信用记录)|(?:把|将)${YOUR}?(?:征信|逾期记录|不良记录)${GAP(6)}(?:消除|删除|删掉|清除|洗白|抹掉)`,
      `(?:保证|承诺|确保)${YOU}?(?:的)?(?:征信|信用记录)(?:不受影响|不会受影响|没有影响|不会有记录|干净)`,
    ),
  },
  {
    id: 'unauthorized_commitment.waiver', category: 'unauthorized_commitment', severity: 'critical', lang: 'en',
    negatable: true, authorisedBy: ['waiver'],
    triggers: ['waive', 'forgive', 'forgave', 'write off', 'wrote off', 'written off', 'cancel', 'erase', 'wipe', 'drop', 'remove', 'zero', 'take off', 'took off', 'knock', 'reverse', 'refund', "don't have to pay", 'do not have to pay', 'no longer have to pay', 'consider it', 'call it even', 'forget about', 'strip', 'cut', 'the rest', 'remaining', 'remainder', "what's left", 'everything else'],
    patterns: en(
      `\\b${EN_WE}\\s+(?:go ahead and |happily )?(?:waive|forgive|forgave|forgiven|write off|wrote off|written off|cancel|cancell?ed|erase|wipe out|wiped out|wipe away|drop|dropped|remove|zero out|zeroed out|take off|took off|knock off|knocked off|reverse|refund)d?\\s+${EN_FEES}\\b`,
      `\\b${EN_WE}\\s+(?:knock|take|strip|cut)\\s+${EN_FEES}\\s+(?:right )?off\\b|\\b(?:the rest|the remaining balance|the remainder|what's left|everything else)\\b[^.!?\\n]{0,30}\\b(?:disappears?|goes away|is gone|vanish(?:es)?|forgiven|waived|wiped)\\b`,
      `\\b(?:your|the|all)\\s+(?:\\w+\\s+){0,2}(?:debt|balance|fees?|interest|charges|account)\\s+(?:is|are|has been|have been|will be)\\s+(?:now |officially |fully )?(?:waived|forgiven|written off|cancel(?:l)?ed|erased|wiped out|cleared|forgotten)\\b`,
      `\\byou (?:don't|do not|no longer|won't|will not) (?:have|need) to pay (?:anything|it|this|the rest|a (?:cent|penny|thing))(?! until)\\b|\\bconsider (?:it|the debt|your debt) (?:forgiven|waived|gone|paid)\\b|\\bcall it even\\b|\\bforget about (?:the|your) (?:debt|balance)\\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.discount', category: 'unauthorized_commitment', severity: 'critical', lang: 'en',
    negatable: true, authorisedBy: ['discount', 'settlement'],
    triggers: ['discount', 'reduction', 'markdown', 'pay only', 'pay just', 'just pay', 'only pay', 'only owe', 'just owe', 'off', 'reduce', 'knock', 'in half'],
    patterns: en(
      `\\b${EN_WE}\\s+(?:offer|give|provide|get|do|apply)\\s+(?:you\\s+)?(?:a |an |the )?(?:\\d+% |\\w+ percent |special |big |generous )?(?:discount|reduction|markdown)\\b`,
      `\\b(?:only|just) (?:pay|owe) (?:back )?(?:the )?principal\\b|\\b(?:pay|paying) (?:only|just) (?:half|\\d+%|a (?:fraction|portion|part)|part)\\b|\\b(?:just|only) pay (?:half|\\d+%|a fraction|part)\\b|\\b(?:\\d+|fifty|half) ?(?:%|percent) off\\b`,
      `\\b${EN_WE}\\s+(?:reduce|cut|knock down|lower) (?:your |the )?(?:balance|debt|amount (?:owed|due))\\b|\\bcut (?:your|the) (?:balance|debt) in half\\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.settlement', category: 'unauthorized_commitment', severity: 'critical', lang: 'en',
    negatable: true, authorisedBy: ['settlement'],
    triggers: ['settle', 'settlement', 'call it', 'paid in full', 'close the account', 'close your account'],
    patterns: en(
      `\\b${EN_WE}\\s+(?:accept|agree to|offer|take|do|approve)\\s+(?:you\\s+)?(?:a |an |the |your )?(?:settlement|reduced payoff|partial payment as payment in full)\\b`,
      `\\b(?:${EN_WE}\\s+)?(?:settle|let you settle)(?: (?:your|the) (?:debt|account|balance))? for (?:less|only|just|half|a fraction|\\$|usd|cny|¥|\\d)`,
      `\\bpay\\b[^.!?\\n]{0,20}\\b(?:and|then)\\s+${EN_WE}\\s+[^.!?\\n]{0,30}\\b(?:paid in full|settled|close (?:the|your) account|call it (?:even|square))\\b|\\b(?:as|consider it) (?:paid|settled) in full\\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.deferral', category: 'unauthorized_commitment', severity: 'critical', lang: 'en',
    negatable: true, authorisedBy: ['deferral', 'extension', 'hardship_plan'],
    triggers: ['defer', 'postpone', 'pause', 'suspend', 'freeze', 'push back', 'delay', 'extend', 'hold', 'extension', 'grace period', 'payment holiday', 'deferment', 'until', 'no need to pay'],
    patterns: en(
      `\\b${EN_WE}\\s+(?:go ahead and |also |happily )?(?:defer|postpone|pause|suspend|freeze|push back|delay|extend|hold off on|put)\\s+(?:all |any )?(?:of )?(?:your |the )?(?:next )?(?:\\w+ )?(?:payments?|due date|account|bill|instal?ments?|repayments?)\\b`,
      `\\b(?:give|grant|offer) you (?:a |an )?(?:\\w+[- ]\\w+ |\\w+ )?(?:extension|grace period|payment holiday|break from payments|deferral|deferment|payment pause)\\b`,
      `\\byou (?:don't|do not|won't|will not) (?:have|need) to pay (?:anything |a thing )?until\\b|\\bno need to pay (?:this|next|for|until|anything)\\b`,
      `\\bput (?:a )?hold on your (?:account|payments?|bill)\\b|\\bput your (?:account|payments?|bill) on hold\\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.credit_record', category: 'unauthorized_commitment', severity: 'critical', lang: 'en',
    negatable: true,
    triggers: ['credit report', 'credit record', 'credit file', 'credit history', 'credit score'],
    patterns: en(
      `\\b${EN_WE}\\s+(?:remove|delete|erase|clear|clean up|wipe|fix|repair)\\b[^.!?\\n]{0,40}\\b(?:from|on|off) your credit (?:report|record|file|history)\\b`,
      `\\b(?:guarantee|promise) (?:that )?(?:your )?credit (?:report|score|record|history) (?:will|won't|will not)\\b`,
    ),
  },
];
