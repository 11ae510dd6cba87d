import { GAP, type PatternRuleSpec, YOU, zh } from '../ruleTypes.js';
import { PLAIN_MANDARIN } from '../shared/zh.js';

/**
 * Privacy (Chinese): account details told before identity is verified.
 */

const COLLECT_ZH = '(?:催收|催缴|清收|贷后|逾期账户|资产管理|债务|欠款处理|不良资产)';

export const PRIVACY_UNVERIFIED_DISCLOSURE_ZH: PatternRuleSpec[] = [
  {
    id: 'privacy.unverified_disclosure',
    lang: 'zh',
    negatable: true,
    appliesTo: (c) => !c.verified,
    triggers: ['逾期', '欠', '拖欠', '未还', '没还', '待还', '应还款', '账单金额'],
    patterns: zh(
      `${YOU}(?:的)?(?:信用卡|账户|卡片|贷款|这张卡)?(?:目前|现在|仍|还|尚)?(?:已经?)?(?:逾期|欠款|欠费|拖欠|未还|欠(?:我行|银行|我们|款))`,
      `${YOU}(?:尚|仍|还)?欠|${YOU}(?:的)?(?:欠款|逾期款|应还款|账单金额|待还|逾期记录|逾期款项)|(?:一笔|有)逾期(?:款项|欠款|账单)`,
      `(?:他|她|他们|她们)的(?:信用卡|账户|卡片|贷款)?(?:已经?)?(?:逾期|欠款|欠费|拖欠)`,
      `${YOU}(?:的)?(?:账户|信用卡|卡)(?:上|里)?(?:还有|仍有|尚有)${GAP(10)}(?:没还|未还|欠款|待还)`,
      // guardzh (issue 16): a third person's debt told to whoever answers ("持卡人黄丽目前欠款未还",
      // "他欠了银行钱失联了"); a question whether there is one ("是否有欠款") is no statement.
      `(?:(?:持卡人|欠款人|借款人|当事人|机主|卡主)(?:(?!是否|有无|有没有|会不会)[^,;:!?。、\\n]){0,4}?|(?:他|她)(?:名下)?(?:的(?:信用卡|卡|账户|贷款))?)(?:目前|现在|一直|已经|已|还|仍|尚|又)?(?:有(?:一笔)?)?(?:欠款|欠了|欠(?:银行|我行|我们)|逾期|未还|没还|拖欠)`,
    ),
  },
  {
    id: 'privacy.unverified_disclosure',
    lang: 'zh',
    negatable: true,
    appliesTo: (c) => !c.verified,
    triggers: ['名下', '欠款', '欠了', '欠费', '应还', '待还', '最低还款', '账单金额'],
    patterns: zh(
      `${YOU}名下${GAP(8)}(?:逾期|欠款|欠费|拖欠|欠了|未还|没还)`,
      `(?:欠款|欠了|欠费|应还|待还|最低还款额?|账单金额)(?:金额)?(?:是|为|有|共|约|达到?|还有|已达)?${GAP(4)}(?:\\d|[一二两三四五六七八九十百千万]{2,})`,
    ),
  },
  {
    id: 'privacy.unverified_disclosure',
    lang: 'zh',
    negatable: true,
    appliesTo: (c) => !c.verified,
    triggers: ['元', '块'],
    patterns: zh(
      `(?:\\d|[一二两三四五六七八九十百千万]{2,})(?:多|余)?(?:元|块)${GAP(6)}(?:没有?还|未还|待还|欠|逾期|没还清|未还清)`,
      `(?:账单|欠款|应还|待还)${GAP(10)}(?:\\d|[一二两三四五六七八九十百千万]{2,})(?:多|余)?(?:元|块)`,
    ),
  },
  {
    // To a person not verified: "这里是…资产管理公司", "来自银行催收部门", "关于欠款请回电".
    id: 'privacy.unverified_disclosure',
    lang: 'zh',
    negatable: true,
    appliesTo: (c) => !c.verified,
    triggers: [
      '催收',
      '催缴',
      '清收',
      '贷后',
      '逾期账户',
      '资产管理',
      '债务',
      '欠款处理',
      '不良资产',
      '欠款',
      '账户',
    ],
    patterns: zh(
      `${COLLECT_ZH}${GAP(4)}(?:部|部门|中心|公司|专员|团队|组|通知|电话|人员|员)`,
      `(?:关于|就|因)${PLAIN_MANDARIN(6)}(?:欠款|账户|还款|账单)${PLAIN_MANDARIN(8)}(?:回电|回个电话|回拨)`,
    ),
  },
];
