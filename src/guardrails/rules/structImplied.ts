import { GAP, YOU, YOUR, en, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Threats and disclosures that name no threatening word: knowing where the children go to
 * school, admiring the car in the driveway, "后果自负", "things could get ugly", a team already
 * outside the building; a debt told to (or about) a relative, the employer, the contact list,
 * a landlord. Written by escaping class (issue 16), not from any evaluation item.
 * DOMAIN.md; FDCPA §1692c(b), §1692d(1); 个人信息保护法 Art. 13; 2025 standard.
 */
const KIN =
  '(?:儿子|女儿|闺女|孩子|小孩|娃|老婆|老公|媳妇|丈夫|妻子|爱人|爸|妈|父母|爸妈|爹妈|爹|娘|老人|父亲|母亲|哥|姐|弟|妹|侄子|侄女|外甥|外甥女|孙子|孙女)';
// Where someone is to be found, not just a word for home or work ("我们知道您家里有困难" is kind).
const PLACE =
  '(?:家(?:在哪|住哪|地址|门牌|住在|的位置)|住(?:址|哪|在哪)|地址|门牌|(?:哪个|哪所)?(?:学校|幼儿园)(?:在哪|是哪|地址|门口)|哪(?:个|所)(?:学校|幼儿园)|单位(?:在哪|地址)|在哪(?:上班|上学|工作|住)|几点(?:下班|放学|上学|出门)|上下班(?:路线|时间)|班级)';
const THIRD =
  '(?:儿子|女儿|闺女|侄子|侄女|外甥|弟弟|哥哥|姐姐|妹妹|老公|丈夫|老婆|妻子|爱人|父亲|母亲|邻居|同事|朋友|室友|员工|下属|亲戚|表哥|表弟|表姐|表妹|堂哥|堂弟|女婿|儿媳|儿媳妇|租客)';
const BODIES =
  '(?:单位|公司|人事|领导|老板|上司|同事|厂里|工会|村委会|居委会|街道办|街道|物业|邻居|学校|老师|房东|社区|网格员)';
const NGAP = (n: number): string => `(?:(?!不|没|未|无|别)[^,;:!?。、\\n]){0,${n}}?`;
const OWING = '(?:的(?:信用卡|卡|账户|账单|欠款)|在我们|欠款|欠了|欠我们|欠银行|拖欠|卡债)';
const NO_NEG = `(?:(?!\\bnot\\b|\\bnever\\b|n't\\b|\\bno\\b)[^.!?\\n])`;
const KIN_EN =
  '(?:kids?|children|son|daughter|wife|husband|mother|mom|mum|father|dad|parents|family|sister|brother|girlfriend|boyfriend|partner)';
const PEOPLE_EN =
  '(?:employer|boss|manager|supervisor|hr(?: department| team)?|landlord|neighbou?rs?|co-?workers?|colleagues|references|family|parents|relatives|friends|church|pastor|contacts|emergency contacts?|wife|husband|mother|father|mom|dad|sister|brother|son|daughter)';

export const STRUCT_IMPLIED_RULES: PatternRuleSpec[] = [
  {
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: [
      '知道',
      '清楚',
      '有数',
      '摸清',
      '查到',
      '核实过',
      '后果自负',
      '不客气',
      '走着瞧',
      '等着瞧',
      '太平',
      '安生',
      '安宁',
      '好日子',
      '兜着走',
      '颜色',
      '记住',
      '方式',
      '手段',
      '小心点',
      '当心',
      '锁好',
      '后悔',
      '好受',
      '那辆',
      '那台',
      '那几间',
      '那栋',
      '出事',
      '出点事',
      '烧',
      '保得住',
      '保不住',
      '照片',
      '附近',
      '周围',
      '楼下',
      '门口',
      '办法',
      '长记性',
      '出什么事',
    ],
    patterns: zh(
      `(?:知道|清楚|有数|摸清|查到|核实过)${GAP(10)}${YOUR}?${KIN}?${GAP(4)}${PLACE}|${YOUR}${KIN}${GAP(12)}${PLACE}${GAP(8)}(?:心里有数|我们知道|我们清楚)`,
      `后果自负|(?:别|不要)怪(?:我们|我)${GAP(2)}不客气|走着瞧|等着瞧|(?:不会|不得)(?:太平|安生|安宁)|过不(?:安生|安宁|太平)|好日子(?:到头|没几天)|吃不了兜着走|给${YOU}点颜色`,
      `(?:换|用)(?:种|个|别的|其他)(?:方式|办法|手段)${GAP(6)}(?:让${YOU}|解决|处理|记住)|(?:我们|我)(?:的)?手段|让${YOU}(?:记住|长记性|后悔)|有${YOU}(?:好受|后悔)的`,
      `(?:出门|晚上|路上|走路)${GAP(6)}(?:小心点|当心点|当心)|锁好${GAP(2)}(?:门|窗)|把门锁好`,
      `(?:门口|楼下|家里|老家)?那(?:辆|台|几间|栋)${GAP(10)}(?:挺|真|很|可)?(?:显眼|不错|漂亮|好看|值钱|烧起来|着火)`,
      `${YOUR}(?:家|家人|家里人|孩子|车|房子|店)${GAP(8)}(?:出点事|出事|出什么事|烧)`,
      `(?:工作|饭碗)${GAP(4)}(?:保得住|保不住|难保|不保)`,
      `照片${GAP(8)}(?:做好|p好|准备好|弄好|已经好)`,
      `在${YOUR}(?:家|小区|单位|公司|学校|老家)(?:附近|周围|楼下|门口)${GAP(10)}(?:转|等|蹲|看|守|盯)`,
    ),
  },
  {
    // A family member's routine, asked back as a question: "你女儿每天几点放学，对吧？". Its own
    // entry, so the common "吧" wakes only this one pattern.
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: ['吧', '对不对'],
    patterns: zh(
      `${YOUR}${KIN}${GAP(14)}(?:学校|幼儿园|上学|放学|班|菜市场|买菜|上班|下班|每天)${GAP(10)}(?:吧|对不对)`,
    ),
  },
  {
    id: 'threat.visit',
    lang: 'zh',
    negatable: true,
    triggers: ['已经到', '已经在', '马上到', '正在', '就到', '拜访', '看望', '坐坐', '找'],
    patterns: zh(
      `(?:我们|兄弟|同事|人|外勤|专员)${GAP(6)}(?:(?:已经到|已经在|马上到|就到)${GAP(2)}${YOUR}?|正在${YOUR})(?:小区|家|楼下|单位|公司|门口|老家|店)`,
      `(?:去|到|过去)${GAP(4)}(?:拜访|看望|坐坐|找)${GAP(3)}${YOUR}(?:父母|爸妈|爹妈|家人|老婆|老公|孩子|家里人|老人)`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    personMayAct: true,
    triggers: [
      ...'儿子 女儿 闺女 侄子 侄女 外甥 弟弟 哥哥 姐姐 妹妹 老公 丈夫 老婆 妻子 爱人 父亲 母亲 邻居 同事 朋友 室友 员工 下属 亲戚 表哥 表弟 表姐 表妹 堂哥 堂弟 女婿 儿媳 租客'.split(
        ' ',
      ),
      '通讯录',
      '在我们',
      '的信用卡',
      '的卡',
      '那边',
      '知道',
      '清楚',
      '那里',
      '单位',
      '公司',
      '人事',
      '领导',
      '老板',
      '上司',
      '厂里',
      '工会',
      '委会',
      '街道',
      '物业',
      '学校',
      '老师',
      '房东',
      '社区',
      '网格员',
    ],
    patterns: zh(
      `${YOUR}(?:的)?${THIRD}${NGAP(12)}${OWING}`,
      `(?:他|她)(?:在我们(?:这|这里|这边|行|银行)|的(?:信用卡|卡|账户))${GAP(8)}(?:欠|逾期|没还|未还)`,
      `通讯录(?:里|中|上)?${GAP(10)}(?:打|发|联系|通知|告诉|问)`,
      `${YOUR}${THIRD}(?:那边|那里)${GAP(10)}(?:说|讲|通知|告诉|打过)`,
      `(?:欠了多少|欠款|欠钱的事|欠的钱)${GAP(6)}(?:她|他|他们|家人|全家|大家)${NGAP(2)}(?:都|也)?(?:知道|清楚)`,
      `(?:给|向)${YOUR}?${BODIES}(?!邮箱|地址|电话)${GAP(6)}(?:发|寄|送|递|打|说明|反映|通报|告知)`,
    ),
  },
  {
    id: 'privacy.relay_request',
    lang: 'zh',
    negatable: true,
    triggers: ['代为', '代他', '代她', '替他', '替她', '帮他', '帮她'],
    personMayAct: true,
    patterns: zh(`(?:代为|代他|代她|替他|替她|帮他|帮她)(?:偿还|还款|还钱|还上|还清|垫付|把钱还)`),
  },
  {
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'know',
      'shame if',
      'ugly',
      'nasty',
      'messy',
      'personal',
      'back',
      'while you',
      'accident',
      'hard way',
      'find out',
      'what happens',
      "won't like",
      'afraid to use',
      'waiting for you',
      'address',
      'reputation',
      'going to hear',
      'going to find out',
      'going to see',
      'unpleasant',
      'what we do',
      'what comes next',
      'will not like',
      'not going to like',
      'workplace',
      'school',
    ],
    patterns: en(
      `\\b(?:we|i|our \\w+|they)\\s+(?:know|knows|found out)\\b[^.!?]{0,25}\\b(?:where (?:you|your)|which (?:bus|school|route|car|class|gym)|what time you|your ${KIN_EN}(?:'s|')? (?:school|address|route|bus|workplace|schedule|class))`,
      `\\byou know where your ${KIN_EN}`,
      `\\bshame if (?:something|anything)\\b`,
      `\\bthings (?:could|might|will|are going to|can|may) (?:get|turn) (?:ugly|nasty|messy|personal|unpleasant)`,
      `\\b(?:watch|mind) (?:your|my) back\\b|\\bwhile you (?:still )?can\\b`,
      `\\b(?:tend to|usually|often|sometimes|always) (?:have|get|end up (?:having|in)) (?:an? )?accidents?\\b|\\baccidents happen\\b`,
      `\\b(?:the hard way|gets? personal|getting personal)\\b`,
      `\\b(?:find out|see|learn) what (?:happens|we do|comes next)\\b|\\bwhat happens to (?:your|people who)\\b`,
      `\\b(?:you|you'll) (?:won't|will not|are not going to|aren't going to|'re not going to) like\\b|\\bnot afraid to use (?:it|them)\\b`,
      `\\b(?:we|we'll|we will|someone|our \\w+|they)\\b[^.!?]{0,15}waiting for you (?:when|after|outside|tonight)\\b`,
      `\\b(?:have|got|has) your ${KIN_EN}(?:'s)? (?:address|workplace|school)`,
      `\\byour reputation\\b[^.!?]{0,40}\\b(?:won't survive|ruin|destroy|finished|over)`,
      `\\byour ${KIN_EN}\\s+(?:is|are)\\s+going to (?:hear|find out|see|learn)\\b`,
    ),
  },
  {
    id: 'threat.visit',
    lang: 'en',
    negatable: true,
    triggers: [
      'your door',
      'outside your',
      'your building',
      'your lobby',
      'your area',
      'your neighbo',
      'your street',
      'your residence',
      'your driveway',
      'dispatched',
      'on the way',
      'on their way',
      'on his way',
      'on her way',
      'heading',
      'parked',
    ],
    patterns: en(
      `\\b(?:team|agents?|guys|officers?|collectors?)\\b[^.!?]{0,30}\\b(?:at|outside|in|to) your (?:door|doorstep|building|lobby|area|neighbou?rhood|street|residence|driveway)\\b`,
      `\\b(?:dispatched|heading|on (?:their|the|his|her) way)\\b[^.!?]{0,10}\\b(?:to|over to) your (?:residence|home|house|address|work|workplace|office|door|place)`,
      `\\bparked (?:outside|in front of|near|by) your\\b`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    personMayAct: true,
    triggers: [
      ...'employer boss manager supervisor hr landlord neighbo coworker co-worker colleague reference family parents relatives friend church pastor contacts emergency wife husband mother father mom dad sister brother son daughter nephew niece cousin tenant employee roommate partner'
        .split(' ')
        .map((who) => `your ${who}`),
      'he owes',
      'she owes',
      'is behind on',
      "hasn't paid",
      'has not paid',
      'has an overdue',
    ],
    patterns: en(
      `\\byour ${PEOPLE_EN}\\b${NO_NEG}{0,30}\\b(?:has|have|had|will|'ll|is|are|was|were|'s)?\\s*(?:been |be )?(?:informed|notified|told|contacted|made aware|getting a (?:letter|call|notice)|receiving a (?:letter|call|notice)|hear(?:ing)? about)\\b(?! by (?:the |a )?(?:court|judge)\\b)`,
      `\\b(?:synced|shared|sent|forwarded|disclosed|reported|copied|passed)\\b[^.!?]{0,25}\\bto your ${PEOPLE_EN}\\b`,
      `\\byour (?:son|daughter|husband|wife|brother|sister|mother|father|mom|dad|nephew|niece|cousin|tenant|employee|friend|neighbou?r|roommate|partner)\\b${NO_NEG}{0,30}\\b(?:behind on|overdue|past due|owes?|delinquent|in collections|defaulted|unpaid)\\b`,
      `\\b(?:he|she) (?:owes|is behind on|has an overdue|hasn't paid|has not paid)\\b`,
    ),
  },
];
