import { GAP, YOU, YOUR, en, zh, type PatternRule } from './ruleTypes.js';

/**
 * Telling (or threatening to tell) third parties, asking someone to pass a debt message on,
 * asking for credentials. 信用卡业务监督管理办法 Art. 68–69; FDCPA §1692c(b); Reg F §1006.6(d).
 */
const ZH_THIRD_WORDS = ['家人', '家里人', '家属', '工作单位', '村里人', '街坊邻居', '街坊', '乡亲', '同村', '媳妇', '对象', '男朋友', '女朋友', '兄弟', '姐妹', '哥哥', '姐姐', '弟弟', '妹妹', '父母', '爸妈', '爸爸', '妈妈', '配偶', '爱人', '老婆', '老公', '丈夫', '妻子', '孩子', '子女', '儿子', '女儿', '亲戚', '亲友', '亲人', '朋友', '同事', '领导', '老板', '上司', '单位', '公司', '人事', 'hr', '通讯录', '联系人', '紧急联系人', '邻居', '物业', '居委会', '村委会', '村里', '老家', '同学', '学校'];
const ZH_THIRD = `(?:${ZH_THIRD_WORDS.join('|')})`;
const ZH_TELL =
  '(?:发函给|寄函给|寄信给|通报|知会|抄送|通知|告诉|告知|联系|联络|打电话给|打给|致电|找|发给|发到|发送给|转告|曝光给|群发给|透露给|说给|问问)';
const EN_THIRD =
  "(?:receptionist|secretary|roommates?|housemates?|family|relatives|parents|mother|mom|father|dad|spouse|wife|husband|partner|kids|children|son|daughter|siblings|brother|sister|employer|boss|manager|supervisor|co-?workers?|colleagues?|workplace|office|hr|human resources|company|friends?|neighbou?rs?|contacts?|references?|landlord|church|school)";
const EN_THIRD_WORDS = ['receptionist', 'secretary', 'roommate', 'housemate', 'family', 'relatives', 'parents', 'mother', 'mom', 'father', 'dad', 'spouse', 'wife', 'husband', 'partner', 'kids', 'children', 'son', 'daughter', 'siblings', 'brother', 'sister', 'employer', 'boss', 'manager', 'supervisor', 'coworker', 'co-worker', 'colleague', 'workplace', 'office', 'hr', 'human resources', 'company', 'friend', 'neighbo', 'contact', 'reference', 'landlord', 'church', 'school'];
const EN_TELL =
  '(?:contact(?:ed|ing)?|call(?:ed|ing)?|phon(?:e|ed|ing)|ring(?:ing)?|rang|text(?:ed|ing)?|e-?mail(?:ed|ing)?|messag(?:e|ed|ing)|tell(?:ing)?|told|inform(?:ed|ing)?|notif(?:y|ied|ying)|alert(?:ed|ing)?|reach(?:ed|ing)? out to|get(?:ting)? in touch with|got in touch with|spo(?:ke|ken) (?:to|with)|speak(?:ing)? (?:to|with)|talk(?:ed|ing)? (?:to|with)|wr(?:ite|ote|itten) to|let|writ(?:e|ing) to)';
const RELAY_WHO =
  '(?:他|她|他们|她们|持卡人|机主|卡主|当事人|本人|您的家人|你的家人|您家人|您丈夫|您妻子|您先生|您太太|您儿子|您女儿|您父亲|您母亲|您爱人)';
const SECRET = '(?:密码|交易密码|查询密码|取款密码|支付密码|验证码|短信验证码|动态码|动态密码|校验码|安全码|cvv2?|pin码?)';

export const PRIVACY_RULES: PatternRule[] = [
  {
    id: 'privacy.third_party', category: 'privacy', severity: 'critical', lang: 'zh', negatable: true, personMayAct: true,
    triggers: [...ZH_THIRD_WORDS, '挨个', '一个个', '逐个', '朋友圈', '微博', '抖音', '网上', '群里', '小区', '社交媒体', '公司群', '家族群', '单位群', '曝光', '挂你', '挂您', '贴你', '贴您', '公布你', '公布您', '公开你', '公开您', '大家', '所有人', '全村', '全公司', '全小区', '邻居们'],
    patterns: zh(
      `${ZH_TELL}(?:给)?(?:一下|过|了)?(?:所有|全部)?${YOUR}?(?:的)?${ZH_THIRD}`,
      `给${YOUR}?(?:的)?${ZH_THIRD}(?:发函|寄函|寄信|发短信|打电话|发消息|寄材料|送通知)`,
      `${YOUR}?(?:的)?${ZH_THIRD}(?:的)?(?:电话|手机号?|联系方式|微信)${GAP(8)}(?:打过去|打给|联系|有了|拿到|在我们)|(?:把|将)${YOUR}?(?:的)?${ZH_THIRD}(?:的)?(?:电话|手机号?|联系方式|微信)(?:号)?(?:给|发|告诉)`,
      `(?:爆|打爆|群发)${YOUR}?(?:的)?通讯录|爆通讯录|${YOUR}(?:的)?(?:通讯录|联系人|紧急联系人)(?:我们)?(?:都有|都在|已经拿到|在我们手里)|(?:挨个|一个个|逐个)(?:打|联系|通知)`,
      `(?:发|贴|挂|曝光|公布|公开)${GAP(8)}(?:到|在)${YOUR}?(?:的)?(?:朋友圈|微博|抖音|网上|群里|小区|社交媒体|公司群|家族群|单位群)`,
      `(?:挂|贴|曝光|公布|公开)${YOUR}(?:的)?(?:照片|信息|欠款|资料|身份证|名字)|曝光${YOU}`,
      `让${YOUR}?(?:${ZH_THIRD}|大家|所有人|全村|全公司|全小区|邻居们)(?:都)?(?:知道|看看|评评理)|(?:全村|全公司|全小区|所有人|大家|亲戚朋友|邻居们)(?:都)?(?:会)?知道${YOU}(?:欠|赖)`,
    ),
  },
  {
    id: 'privacy.relay_request', category: 'privacy', severity: 'high', lang: 'zh', negatable: true,
    triggers: ['转告', '转达', '他', '她', '持卡人', '机主', '卡主', '当事人', '本人', '家人', '丈夫', '妻子', '先生', '太太', '儿子', '女儿', '父亲', '母亲', '爱人', '把欠款', '将欠款', '把逾期', '将逾期', '把债务', '将债务', '把还款', '将还款', '把账单', '将账单'],
    patterns: zh(
      `(?:转告|转达|代为转告)(?:给)?${RELAY_WHO}|(?:请|麻烦|劳烦)(?:您|你)?(?:帮忙)?(?:转告|转达)|(?:帮忙|代为)转告`,
      `(?:告诉|通知|提醒|叫|让|催促|催一下|催|请)(?:一下)?${RELAY_WHO}(?:本人)?(?:尽快|赶紧|马上|及时|务必|给我们)?(?:还款|还钱|还上|还清|联系我们|联系我|回电|回个电话|回电话|给我们回电|处理|接电话|把钱还了|与我们联系|和我们联系|跟我们联系|来电|帮您还)`,
      `(?:把|将)(?:欠款|逾期|债务|还款|账单)(?:的)?(?:情况|信息|事情|消息)?(?:告诉|转告|告知|通知)(?:给)?(?:他|她|他们|她们|${YOUR}?家人)`,
    ),
  },
  {
    id: 'privacy.credentials_request', category: 'privacy', severity: 'critical', lang: 'zh', negatable: true,
    triggers: ['密码', '验证码', '动态码', '校验码', '安全码', 'cvv', 'pin', '收到的', '短信里', '短信中', '手机上', '念给我', '读给我', '报给我', '念一下', '读一下', '报一下'],
    patterns: zh(
      `(?:提供|告诉|告知|发送|发给|发|报|回复|说出|透露|念)(?:一下)?(?:给)?(?:我|我们)?${YOUR}?(?:收到的)?(?:银行卡|信用卡|卡片|账户|网银|手机银行)?(?:的)?${SECRET}`,
      `${SECRET}(?:是多少|是什么|发(?:给)?我|告诉我|报一下)`,
      `(?:收到的|短信里的|短信中的|手机上的)${GAP(6)}(?:数字|号码|代码|码)${GAP(4)}(?:念|读|告诉|发|报)(?:给)?(?:我|我们)|(?:念|读|报)(?:给我|一下)${GAP(8)}(?:验证码|数字|代码)`,
    ),
  },
  {
    id: 'privacy.third_party', category: 'privacy', severity: 'critical', lang: 'en', negatable: true, personMayAct: true,
    triggers: [...EN_THIRD_WORDS, 'social media', 'facebook', 'twitter', 'instagram', 'tiktok', 'wechat', 'weibo', 'linkedin', 'timeline', 'feed', 'moments', 'everyone', 'everybody', 'all your', 'your whole', 'balance', 'debt', 'amount', 'account', 'details', 'situation', 'arrears', 'overdue', 'group chat', 'whatsapp', 'community', 'notice', 'bulletin', 'expose', 'shame'],
    patterns: en(
      `\\b${EN_TELL}\\s+(?:all of |everyone in |each of |every one of )?(?:your|you're|ur)\\s+(?:\\w+\\s+)?${EN_THIRD}\\b`,
      `\\b(?:post|share|publish|put)\\b[^.!?\\n]{0,30}\\b(?:on|to) (?:social media|facebook|twitter|instagram|tiktok|wechat|weibo|linkedin|your (?:timeline|feed|moments))\\b`,
      `\\b(?:everyone|everybody|all your (?:friends|contacts|family|coworkers|colleagues|neighbou?rs)|your whole (?:family|office|neighbou?rhood|street)|everyone in your (?:contacts|family|office|building))\\b[^.!?\\n]{0,20}\\b(?:will|is going to|are going to|would|is about to)\\s+(?:know|find out|hear about|see|learn)\\b`,
      `\\b(?:told|tell|gave|give|shared|share|showed|show|sent|send|disclosed|explained)\\s+(?:him|her|them|your \\w+)\\s+(?:all )?(?:the|your|about (?:the|your))\\s+(?:balance|debt|amount|account|details|situation|arrears|overdue)`,
      `\\b(?:left|leave|leaving) (?:a |an )?(?:voicemail|message|note|notice) (?:with|for|at) (?:your|the) (?:\\w+ )?${EN_THIRD}\\b`,
      `\\b(?:share|post|publish|put|spread|circulate)\\b[^.!?\\n]{0,40}\\b(?:group chat|neighbou?rhood (?:group|app|forum|board)|whatsapp group|wechat group|community (?:group|board|page)|notice ?board|bulletin board)\\b`,
      `\\b(?:expose|name and shame|publicly shame) you\\b|\\bshare (?:this|your (?:debt|details|information|account|balance))[^.!?\\n]{0,20}\\bwith (?:your )?${EN_THIRD}\\b`,
    ),
  },
  {
    id: 'privacy.relay_request', category: 'privacy', severity: 'high', lang: 'en', negatable: true,
    triggers: ['him', 'her', 'them', 'holder', 'debtor', 'husband', 'wife', 'spouse', 'son', 'daughter', 'father', 'mother', 'dad', 'mom', 'brother', 'sister', 'partner', 'roommate', 'relative', 'friend', 'pass', 'take a message'],
    patterns: en(
      `\\b(?:tell|ask|have|let|remind|get|inform|advise)\\s+(?:him|her|them|the (?:account ?holder|cardholder|card holder|debtor)|your (?:husband|wife|spouse|son|daughter|father|mother|dad|mom|brother|sister|partner|roommate|relative|friend))\\s+(?:to )?(?:call|contact|pay|get in touch|reach|phone|ring|respond|reply|settle|know|sort)\\b`,
      `\\bpass (?:on |along )?(?:this|a|the|our) message\\b|\\bpass (?:it|this|that) (?:on|along)\\b|\\bgive (?:him|her|them) (?:this|the|our|a) message\\b|\\btake a message for (?:him|her|them|the)\\b`,
    ),
  },
  {
    id: 'privacy.credentials_request', category: 'privacy', severity: 'critical', lang: 'en', negatable: true,
    triggers: ['pin', 'password', 'passcode', 'one-time', 'otp', 'sms code', 'verification code', 'security code', 'cvv', 'cvc', 'access code', 'login', 'code'],
    patterns: en(
      `\\b(?:send|tell|give|provide|share|read|reply with|text|type|confirm|email|disclose)\\s+(?:me |us )?(?:with )?(?:your |the )?(?:card |online banking |bank )?(?:pin|pin code|password|passcode|one-time (?:code|password|passcode|pin)|otp|sms code|verification code|security code|cvv2?|cvc|access code|login details)\\b`,
      `\\bwhat(?:'s| is) your (?:card |online banking )?(?:pin|password|passcode|cvv|cvc|otp|verification code|security code)\\b`,
      `\\b(?:read|tell|give|send|share|text) (?:me|us) (?:the |your |that )?(?:(?:six|6|four|4|one-time|sms|text|security|verification)[- ]?(?:digit )?)?(?:code|pin|passcode|number) (?:on your (?:screen|phone)|we (?:sent|texted)|you (?:got|received|just got))`,
    ),
  },
];

/** Before verification: no statement that a debt exists (DOMAIN.md "Who may be told what"). */
export const UNVERIFIED_RULES: PatternRule[] = [
  {
    id: 'privacy.unverified_disclosure', category: 'privacy', severity: 'critical', lang: 'zh', negatable: true,
    appliesTo: (c) => !c.verified,
    triggers: ['逾期', '欠', '拖欠', '未还', '没还', '待还', '应还款', '账单金额'],
    patterns: zh(
      `${YOU}(?:的)?(?:信用卡|账户|卡片|贷款|这张卡)?(?:目前|现在|仍|还|尚)?(?:已经?)?(?:逾期|欠款|欠费|拖欠|未还|欠(?:我行|银行|我们|款))`,
      `${YOU}(?:尚|仍|还)?欠|${YOU}(?:的)?(?:欠款|逾期款|应还款|账单金额|待还|逾期记录|逾期款项)|(?:一笔|有)逾期(?:款项|欠款|账单)`,
      `(?:他|她|他们|她们)的(?:信用卡|账户|卡片|贷款)?(?:已经?)?(?:逾期|欠款|欠费|拖欠)`,
      `${YOU}(?:的)?(?:账户|信用卡|卡)(?:上|里)?(?:还有|仍有|尚有)${GAP(10)}(?:没还|未还|欠款|待还)`,
    ),
  },
  {
    id: 'privacy.unverified_disclosure', category: 'privacy', severity: 'critical', lang: 'en', negatable: true,
    appliesTo: (c) => !c.verified,
    triggers: ['owe', 'past due', 'past-due', 'overdue', 'delinquent', 'arrears', 'late', 'outstanding', 'default', 'unpaid'],
    patterns: en(
      `\\byou (?:still |currently )?owe\\b`,
      `\\b(?:your|his|her|their) (?:account|card|credit card|payment|balance|loan|bill)s? (?:is|are|has been|was|remains?) (?:now |currently |still )?(?:past due|overdue|delinquent|in arrears|late|outstanding|in default|unpaid)\\b`,
      `\\b(?:your|his|her|their) (?:overdue|past-due|past due|unpaid|delinquent) \\w+|\\b(?:your|his|her|their) outstanding (?:balance|amount|debt|payment|account|bill)\\b`,
    ),
  },
];
