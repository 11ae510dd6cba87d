import { GAP, YOUR, en, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Third parties by class (guardrules' dev-s5, check-s5 and probe-s5 sets): a named relative, boss,
 * landlord or neighbourhood worker who "will urge you", "has been told", "already knows", "said…";
 * an employer's mailbox found; messages passed through the listener (带个话, "tell her the bank
 * needs…"). 信用卡业务监督管理办法 Art. 68–69; DOMAIN.md; FDCPA §1692c(b).
 */

const THIRD_ZH =
  '(?:领导|上司|老板|经理|主管|人事|hr|房东|物业|辅导员|老师|班主任|居委会|村委会|同事|家人|父母|爸妈|老婆|老公|爱人|妈|爸|亲戚|朋友|邻居)';
const THIRD_EN =
  "mum|mom|mother|dad|father|parents|wife|ex-wife|husband|ex-husband|boss|supervisor|manager|family|brother|sister|landlord|neighbou?rs?|hoa|church|pastor|employer|employer's \\w+(?: \\w+)?|coworkers?|colleagues?|friends?|relatives|teacher|roommates?";
const KIN_ZH =
  '(?:表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|叔叔|阿姨|舅舅|姑姑|前妻|前夫|前女友|前男友|共同好友|好友|财务|会计|村书记|村支书|村长|房东|物业|邻居|同事|领导|老板|家人|父母|爸妈|亲戚|朋友|老婆|老公|爱人|儿子|女儿|老师|辅导员|人事)';
const KIN_EN =
  'cousin|uncle|aunt|pastor|priest|in-laws|ex|ex-wife|ex-husband|accountant|payroll|accounts department|finance department|brother|sister|mother|mom|mum|father|dad|parents|wife|husband|partner|boss|manager|supervisor|landlord|neighbou?rs?|coworkers?|colleagues?|friends?|roommates?|family|relatives';

export const STRUCT_RELAY_RULES: PatternRuleSpec[] = [
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
      'will hear',
      'posted',
      'tagged',
      'ex-',
      'to pay',
      'to talk',
      'to call',
      'to help',
      'to encourage',
      'to push',
      'to pressure',
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
  // probe-s5 classes (seen): what a relative or boss "said", a neighbourhood worker asked to
  // remind, "asked your building super to…".
  {
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: [
      '表哥',
      '表姐',
      '表弟',
      '表妹',
      '堂哥',
      '堂姐',
      '堂弟',
      '堂妹',
      '叔叔',
      '阿姨',
      '舅舅',
      '姑姑',
      '前妻',
      '前夫',
      '前女友',
      '前男友',
      '好友',
      '财务',
      '会计',
      '书记',
      '支书',
      '村长',
      '房东',
      '物业',
      '邻居',
      '同事',
      '领导',
      '老板',
      '家人',
      '父母',
      '爸妈',
      '亲戚',
      '朋友',
      '老婆',
      '老公',
      '爱人',
      '儿子',
      '女儿',
      '老师',
      '辅导员',
      '人事',
      '姐姐',
      '哥哥',
      '弟弟',
      '妹妹',
      '网格员',
      '社区',
      '居委会',
      '村委会',
      '保安',
    ],
    patterns: zh(
      `(?:你的|你们|您的|您们)(?:${KIN_ZH.slice(3, -1)}|姐姐|哥哥|弟弟|妹妹)(?:那边|也|都)?(?:说|讲|表示)(?:了|过)?`,
      `(?:请|托|让|叫)(?:了)?${YOUR}?${GAP(2)}(?:网格员|社区|居委会|村委会|物业|保安|房东|邻居|同事|领导|家人|亲戚|朋友)${GAP(6)}(?:帮忙|帮着|上门|提醒|催|劝|转告)`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: [
      'said',
      'says',
      'told us',
      'mentioned',
      'to give you',
      'to remind you',
      'to tell you',
      'to talk to you',
      'have a word',
      'to check on you',
      'to visit you',
    ],
    patterns: en(
      `\\byour (?:${KIN_EN}|boss's|sister's|brother's)\\b (?:said|says|told us|mentioned)\\b`,
      `\\b(?:asked|told|got|had) your (?:\\w+\\s+){0,2}?\\w+ to (?:give you|remind you|tell you|talk to you|have a word|check on you|visit you)\\b`,
    ),
  },
  {
    id: 'privacy.relay_request',
    lang: 'zh',
    negatable: true,
    triggers: ['转达'],
    patterns: zh(`(?:帮|替)(?:我们|我)?${GAP(2)}转达[^。!?\\n]{0,8}?(?:他|她|让他|让她|对方)`),
  },
];
