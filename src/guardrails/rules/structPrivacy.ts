import { GAP, YOU, YOUR, en, zh, type PatternRuleSpec } from './ruleTypes.js';

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
const THIRD_ZH =
  '(?:领导|上司|老板|经理|主管|人事|hr|房东|物业|辅导员|老师|班主任|居委会|村委会|同事|家人|父母|爸妈|老婆|老公|爱人|妈|爸|亲戚|朋友|邻居)';
const THIRD_EN =
  "mum|mom|mother|dad|father|parents|wife|ex-wife|husband|ex-husband|boss|supervisor|manager|family|brother|sister|landlord|neighbou?rs?|hoa|church|pastor|employer|employer's \\w+(?: \\w+)?|coworkers?|colleagues?|friends?|relatives|teacher|roommates?";
const KIN_ZH =
  '(?:表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|叔叔|阿姨|舅舅|姑姑|前妻|前夫|前女友|前男友|共同好友|好友|财务|会计|村书记|村支书|村长|房东|物业|邻居|同事|领导|老板|家人|父母|爸妈|亲戚|朋友|老婆|老公|爱人|儿子|女儿|老师|辅导员|人事)';
const KIN_EN =
  'cousin|uncle|aunt|pastor|priest|in-laws|ex|ex-wife|ex-husband|accountant|payroll|accounts department|finance department|brother|sister|mother|mom|mum|father|dad|parents|wife|husband|partner|boss|manager|supervisor|landlord|neighbou?rs?|coworkers?|colleagues?|friends?|roommates?|family|relatives';
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
  // dev-s5 classes: a named third party who "will urge you", "has been told", "already knows";
  // an employer's HR mailbox found; the person's teachers, landlord or property manager briefed;
  // messages passed through a listener ("带个话", "tell her the bank needs…").
  {
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: [
      '督促',
      '转达',
      '转告',
      '打过招呼',
      '打了招呼',
      '联系上',
      '沟通过',
      '说会',
      '答应',
      '邮箱',
      '发函过去',
      '都知道了',
      '已经知道',
    ],
    patterns: zh(
      `${THIRD_ZH}${GAP(10)}(?:督促|转达|转告|打过招呼|打了招呼|联系上|沟通过|说会|答应(?:会|帮)?)`,
      `(?:打过招呼|打了招呼|联系上了?|沟通过)${GAP(4)}${THIRD_ZH}`,
      `(?:公司|单位|人事|hr|领导|老板)${GAP(8)}(?:邮箱|地址|电话|微信)${GAP(6)}(?:查到|拿到|找到|有了)|发函过去`,
      `${THIRD_ZH}${GAP(4)}(?:都|也|已经)(?:都)?知道了`,
    ),
  },
  {
    id: 'privacy.relay_request',
    lang: 'zh',
    negatable: true,
    triggers: ['带个话', '带句话', '捎个话', '捎句话', '传个话', '传句话', '带话'],
    patterns: zh(`(?:带|捎|传)(?:个|句)话`),
  },
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: [
      'know',
      'remind',
      'make sure',
      'sense',
      'agreed',
      'promised',
      'notified',
      'told',
      'informed',
      'hear about',
      'posted',
      'tagged',
      'ex-',
    ],
    patterns: en(
      `\\byour (?:${THIRD_EN})\\b[^.!?]{0,6}\\b(?:already|now|all) knows?\\b`,
      `\\b(?:ask|asked|asking|get|got|have|had)\\s+your\\s+(?:\\w+\\s+){0,2}?(?:${THIRD_EN})\\b[^.!?]{0,20}\\bto (?:remind|pay|talk|call|make sure|help|encourage|push|pressure)`,
      `\\byour (?:\\w+\\s+){0,2}?(?:${THIRD_EN})\\b[^.!?]{0,40}\\b(?:make sure you|remind you|talk (?:some )?sense|agreed to|promised to|(?:said|says) (?:he|she|they)(?:'d| would| will)|(?:has|have) been (?:told|notified|informed)|will hear|will be told)`,
      `\\b(?:hoa|board|alumni|group|church|congregation|club|team)\\b[^.!?]{0,20}\\b(?:has been|have been|was|were|will be) (?:notified|told|informed|contacted)|\\bwill hear about (?:this|it|your)\\b`,
      `\\b(?:posted|shared|published|put) (?:a |the )?(?:notice|post|message|note)\\b[^.!?]{0,30}\\b(?:group chat|group|forum|page|feed|board)\\b|\\btagged you in\\b`,
      `\\b(?:called|phoned|texted|contacted|emailed|rang) your ex-(?:wife|husband|partner|girlfriend|boyfriend)\\b`,
    ),
  },
  {
    id: 'privacy.relay_request',
    lang: 'en',
    negatable: true,
    triggers: ['tell her', 'tell him', 'tell them', 'make sure', 'remind'],
    patterns: en(
      `\\btell (?:him|her|them)\\b[^.!?]{0,30}\\b(?:the bank|we|our office) (?:needs?|wants?|is waiting|are waiting)`,
      `\\bmake sure (?:he|she|they) (?:pays?|calls?|settles?|gets? in touch)`,
      `\\bremind (?:your \\w+|him|her|them)\\b[^.!?]{0,40}\\b(?:pay|payment|call us|owes?|balance|card|overdue|late)`,
    ),
  },
  // check-s5 classes (seen): relatives, exes, friends, village officials and a finance
  // office "contacted", "asked", "looped in"; everyone asked to press.
  {
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: [
      '联系过',
      '问过',
      '通过气',
      '打过电话',
      '打了电话',
      '发了消息',
      '发过消息',
      '聊过',
      '谈过',
      '找过',
      '请大家',
      '让大家',
    ],
    patterns: zh(
      `${KIN_ZH}${GAP(8)}(?:联系过|问过|通过气|打过电话|打了电话|发了消息|发过消息|聊过|谈过|找过)`,
      `(?:给|和|跟|找)${YOUR}?${KIN_ZH}${GAP(4)}(?:打了电话|打过电话|通过气|发了消息|联系过|聊过|谈过)`,
      `(?:请|让)大家${GAP(4)}(?:帮忙|帮着)?(?:催|劝|提醒|督促)`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: ['talked', 'spoke', 'spoken', 'chatted', 'a call', 'a ring', 'looped in', 'your ex'],
    patterns: en(
      `\\b(?:talked|spoke|spoken|chatted|checked in) (?:to|with) your (?:${KIN_EN})\\b`,
      `\\bgave your (?:${KIN_EN}) a (?:call|ring|buzz)\\b|\\blooped in\\b`,
      `\\byour ex\\b[^.!?]{0,6}\\b(?:said|says|told)`,
    ),
  },
];
