import { GAP, YOU, en, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Structure, not words: who the message addresses and what it asks. A message to a third party
 * (an emergency contact, a "linked user", a relative) that reveals or implies someone's debt or
 * asks them to relay or pressure; news of the debt passed to relatives, committees or landlords;
 * exposure on social media. 信用卡业务监督管理办法 Art. 68–69; FDCPA §1692c(b); Reg F §1006.6(d).
 */
const HIM = '(?:他|她|他们|对方|本人|持卡人|当事人|您的?(?:家人|朋友|亲戚|儿子|女儿|丈夫|妻子|老公|老婆))';
const PRESS = '(?:催|催促|督促|劝|提醒|转告|通知|带话|说一声|跟进|施压|做工作|做做工作)';
const DEBT_ZH = '(?:欠|逾期|拖欠|账单|还款|还钱|债|未还|没还|不还)';
const PLACE_ZH =
  '(?:亲戚|亲属|家人|家属|家里|老家|父母|单位|公司|领导|同事|朋友|邻居|村委会?|居委会?|街道|社区|物业|房东|学校|通讯录|联系人)';
const SOCIAL_ZH = '(?:朋友圈|抖音|快手|微博|小红书|贴吧|网上|群里|业主群|家族群|公众号|短视频)';
const SOCIAL_ACT = '(?:发|挂|晒|曝光|公布|公开|贴)';

const RELATIVE_EN =
  '(?:brother|sister|mother|mom|father|dad|son|daughter|husband|wife|partner|friend|cousin|uncle|aunt|neighbou?r|boss|employer|landlord|coworker|colleague|roommate|relative|family)';
const DEBT_EN =
  '(?:owes?|owing|overdue|past due|debt|unpaid|balance|behind on|late on|delinquent|missed payments?)';

export const STRUCT_PRIVACY_RULES: PatternRuleSpec[] = [
  {
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: [
      '联系人',
      '关联用户',
      '担保人',
      '转告',
      '带话',
      '催',
      '督促',
      '劝',
      '提醒',
      '通知',
      '协助',
      '配合',
      '帮助',
    ],
    patterns: zh(
      `${YOU}(?:是|作为)${GAP(8)}(?:紧急联系人|关联用户|(?<!授权)联系人|担保人)`,
      `(?:作为|身为)(?:他|她|其)?(?:的)?(?:紧急联系人|关联用户|联系人)`,
      `(?:麻烦|请|帮忙|帮我们|帮)${YOU}?${GAP(4)}(?:转告|带话|催|督促|劝|提醒|通知)(?:一下)?${GAP(2)}${HIM}`,
      `(?:转告|带话给?)${GAP(6)}${HIM}?${GAP(16)}${DEBT_ZH}`,
      `(?:协助|配合|帮助)(?:我们|本行|银行)?${GAP(4)}${PRESS}${GAP(4)}${HIM}?${GAP(6)}(?:还款|还钱|处理)`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: ['同步', '函', '通报', '反映', '报给', '抄送'],
    patterns: zh(
      `(?:同步|发函|函告|通报|抄送|报给|反映给?)(?:给|至|到)?${GAP(12)}${PLACE_ZH}`,
      `${PLACE_ZH}${GAP(10)}(?:发(?:了)?函|同步|通报|抄送)`,
    ),
  },
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
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: [
      'contact',
      'let your',
      'tell your',
      'tell him',
      'tell her',
      'tell them',
      'owes',
      'owe us',
      'behind',
      "hasn't paid",
      "won't pay",
      'dodging',
      'his card',
      'her card',
      'their card',
      'his account',
      'her account',
      'their account',
      'his debt',
      'her debt',
      'their debt',
      'his balance',
      'her balance',
      'their balance',
      'his loan',
      'her loan',
      'their loan',
    ],
    patterns: en(
      `\\byou(?:'re| are)\\b[^.!?]{0,20}\\b(?:his|her|their) (?:emergency )?contact`,
      `\\b(?:let|tell) your ${RELATIVE_EN}[^.!?]{0,60}\\b(?:${DEBT_EN}|call us|pay\\b)`,
      `\\btell (?:him|her|them)\\b[^.!?]{0,50}\\b(?:${DEBT_EN}|we called|to pay|to call|he needs|she needs)`,
      `\\byour ${RELATIVE_EN}\\b[^.!?]{0,30}\\b(?:owes|owe us|is behind|hasn't paid|won't pay|is dodging)`,
      `\\b(?:his|her|their) (?:card|account|debt|balance|loan)\\b[^.!?]{0,30}\\b(?:overdue|past due|unpaid|in default|owed|delinquent)`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: ['shared', 'sent', 'passed', 'forwarded', 'notified', 'informed', 'told', 'reported'],
    patterns: en(
      `\\b(?:shared|sent|passed|forwarded|notified|informed|told|reported)\\b[^.!?]{0,40}\\b(?:with|to)? ?your (?:${RELATIVE_EN}|employer|hr|manager|church|community|village|neighbors|neighbours)`,
    ),
  },
  {
    id: 'privacy.public_exposure',
    lang: 'en',
    negatable: true,
    triggers: [
      'facebook',
      'instagram',
      'tiktok',
      'twitter',
      'linkedin',
      'social media',
      'online',
      'whatsapp group',
      'everyone you know',
    ],
    patterns: en(
      `\\b(?:post|share|put|publish|expose|name|tag)\\w*\\b[^.!?]{0,40}\\b(?:facebook|instagram|tiktok|twitter|linkedin|social media|online|whatsapp group)`,
      `\\b(?:facebook|instagram|tiktok|twitter|linkedin|social media)\\b[^.!?]{0,30}\\b(?:everyone|all your|friends|followers) (?:will )?(?:see|know)`,
    ),
  },
];
