import { GAP, type PatternRuleSpec, YOU, YOUR, zh } from '../ruleTypes.js';
import { CLAUSE, EXPOSURE, PLAIN, SENTENCE } from '../shared/zh.js';

/**
 * Privacy (Chinese): the person's data published.
 */

const SOCIAL_ACT = '(?:发|挂|晒|曝光|公布|公开|贴)';
const SOCIAL_ZH = '(?:朋友圈|抖音|快手|微博|小红书|贴吧|网上|群里|业主群|家族群|公众号|短视频)';
const DEBT_ZH = '(?:欠|逾期|拖欠|未还|不还|还钱|还款|本息|欠款)';
// A group's own rules: "本群不讨论任何个人账户问题，涉及还款请私信客服" (guardzh26).
const GROUP_REFUSES = '(?:不讨论|不谈论|禁止讨论|不得讨论|请勿讨论|不处理|不在群(?:里|内)?(?:讨论|处理))';
// "欠款XXX元", "逾期XX天" (guardrw15b): a template's blank amount or count, not a masked name.
const BLANK_UNIT = '(?![x×元块天日月年个万千百%号期次笔])';
const MASKED = `(?:某某某?|[\\u4e00-\\u9fa5]某某?|〇〇|○○|xx+${BLANK_UNIT}|××+${BLANK_UNIT}|[\\u4e00-\\u9fa5]××${BLANK_UNIT})`;
// Without a "you" in between: "某某先生，您的欠款" addresses the reader.
const NOT_YOU = (n: number): string => `(?:(?![你您])[^,;:!?。、\\n]){0,${n}}?`;
const OWES = '(?:欠(?:钱|债|款|账)(?:不还|还钱|拒还)?|不要再欠|还钱|拒还|不还钱)';
// Who is not a person named: a group, a condition, the reader, an adverb.
const NOT_NAME =
  '(?!你|您|我|他|她|请|若|如|客户|借款|债务|持卡|有人|别人|他人|大家|赶紧|尽快|马上|立即|按时|记得|必须|务必|早点|如果|已经|没有|不要)';

export const PRIVACY_PUBLIC_EXPOSURE_ZH: PatternRuleSpec[] = [
  {
    id: 'privacy.public_exposure',
    lang: 'zh',
    negatable: true,
    triggers: [
      '朋友圈',
      '抖音',
      '快手',
      '微博',
      '小红书',
      '贴吧',
      '网上',
      '群里',
      '业主群',
      '家族群',
      '公众号',
      '短视频',
      '曝光',
      '公之于众',
    ],
    patterns: zh(
      `${SOCIAL_ACT}(?:到|在|上)?${GAP(8)}${SOCIAL_ZH}`,
      `${SOCIAL_ZH}${GAP(6)}(?:曝光|公布|公开|挂出|发布)`,
      `曝光${YOU}|公之于众`,
    ),
  },
  {
    // A debt broadcast to a group or put under an @mention: "@全体成员 …欠我行…请各位亲友督促".
    id: 'privacy.public_exposure',
    lang: 'zh',
    negatable: true,
    triggers: [
      '@',
      '全体成员',
      '各位亲友',
      '各位家人',
      '各位长辈',
      '各位邻居',
      '各位业主',
      '各位同事',
      '各位群友',
      '各位亲戚',
      '本群',
    ],
    patterns: zh(
      `@[^@\\s,;:!?。、\\n]{1,12}?${GAP(30)}${DEBT_ZH}`,
      `(?:全体成员|各位(?:亲友|家人|长辈|邻居|业主|同事|群友|亲戚)|本群)(?![^。!?\\n]{0,20}?${GROUP_REFUSES})[^。!?\\n]{0,60}?${DEBT_ZH}`,
    ),
  },
  {
    // "把您的欠款信息公示至您户籍地村委会": the debt posted at the village, workplace or estate.
    id: 'privacy.public_exposure',
    lang: 'zh',
    negatable: true,
    triggers: ['公示', '张贴', '公布', '通报', '曝光'],
    patterns: zh(
      `(?:公示|张贴|公布|通报|曝光)${GAP(8)}(?:至|到|在|给)${GAP(8)}(?:村委|居委|社区|单位|公司|户籍地|老家|公告栏|小区|村里)`,
    ),
  },
  {
    // "你欠錢的海報會貼到你家樓下", "照片已經印好，明天貼到他公司樓下".
    id: 'privacy.public_exposure',
    lang: 'zh',
    negatable: true,
    triggers: ['海报', '照片', '告示', '传单', '大字报', '横幅', '街招', '通告'],
    patterns: zh(
      `(?:海报|照片|告示|传单|大字报|横幅|街招|通告)${SENTENCE(16)}(?:贴|张贴|挂|派发|派|发)${PLAIN(8)}(?:楼下|门口|公司|单位|小区|大厦|屋苑|村|街|社区|学校|电梯)`,
    ),
  },
  {
    // "某某欠钱不还", "〇〇不要再欠别人钱", "狗日王××，欠债还钱" (×× is dropped when normalised),
    // a name followed by 欠钱还钱.
    id: 'privacy.public_exposure',
    lang: 'zh',
    negatable: true,
    triggers: ['欠', '还钱', '拒还'],
    patterns: zh(
      `${MASKED}${NOT_YOU(8)}${OWES}`,
      `${MASKED}[,!]${NOT_YOU(8)}${OWES}`,
      `^${NOT_NAME}[\\u4e00-\\u9fa5]{1,4}[,!]?欠(?:钱|债|款)(?:还钱|不还)`,
    ),
  },
  {
    // "在你公司门口贴出你的欠款公告", "把你的欠债资料公布到朋友圈", "张贴你欠钱不还的告示".
    id: 'privacy.public_exposure',
    lang: 'zh',
    negatable: true,
    triggers: ['公布', '公开', '曝光', '张贴', '贴', '发到', '挂', '发布'],
    patterns: zh(
      `(?:公布|公开|曝光|张贴|贴出?|发到|挂出?|发布)${CLAUSE(4)}${YOUR}${CLAUSE(4)}(?:欠债|欠款|欠钱|债务|逾期|赖账)${CLAUSE(4)}(?:讯息|信息|资料|公告|告示|通告|海报|记录)`,
      `${YOUR}(?:欠债|欠款|欠钱|债务|逾期|赖账)(?:讯息|信息|资料|公告|告示|通告|海报|记录)${CLAUSE(6)}(?:(?:公布|公开|曝光|张贴|贴|挂)(?:到|在|出)|发到)`,
    ),
  },
  {
    // The same exposure is a disclosure too.
    id: 'privacy.public_exposure',
    lang: 'zh',
    negatable: true,
    ...EXPOSURE,
  },
];
