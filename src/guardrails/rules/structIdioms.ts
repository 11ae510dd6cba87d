import { GAP, YOU, YOUR, en, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Idioms each class hides behind (issue 16, second pass by class): "别说没提前告诉你", "if I were
 * you", tea with the parents (喝杯茶, 坐一坐), arson said as a guess (烧起来), enforcement "stages"
 * and "persons of interest", felony and magistrate talk; records "handed to" the street office or
 * the residents' group; scare quotes around an illness, "sob story", calling "without a break";
 * "无痕处理" of a record, "I'm giving you a year"; cashtags as a payment route.
 * Written by class from the guard's own development set, not from any evaluation item.
 */
const CIRCLE = '(?:小区群|业主群|家族群|同学群|工作群|亲戚群|朋友圈|抖音|快手|微博|公告栏|村口|村里)';
const NGAP = (n: number): string => `(?:(?!不|没|未|无|别)[^,;:!?。、\\n]){0,${n}}?`;
const CARE_GAP = '(?:(?!念头|想法|倾向|热线|援助|求助|帮助|倾诉|拨打)[^,;:!?。、\\n]){0,12}?';
const SPOUSE_EN = '(?:wife|husband|partner|girlfriend|boyfriend|family|kids|children)';

export const STRUCT_IDIOM_RULES: PatternRuleSpec[] = [
  {
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: [
      '别说',
      '不要说',
      '烧',
      '一把火',
      '放把火',
      '喝杯茶',
      '喝茶',
      '坐一坐',
      '坐坐',
      '串门',
      '下场',
      '门口见',
      '楼下见',
      '家里见',
      '单位见',
      '公司见',
      '老家见',
      '学校见',
      '聊聊',
      '谈谈',
      '说道',
      '有人',
      '一个人',
    ],
    patterns: zh(
      `(?:别|不要)说(?:我们|我)?没(?:有)?(?:提前|事先|事前)?(?:告诉|提醒|警告|通知)`,
      `烧起来|一把火|放把火|点把火|烧掉${YOUR}|烧了${YOUR}`,
      `(?:没|没有|不会有)(?:什么)?好下场|下场${GAP(4)}(?:很惨|不会好|好不了)`,
      `(?:门口|楼下|家里|单位|公司|老家|学校)见(?![面过到识谅解闻证])`,
      `找${YOUR}?(?:家里人|家人|父母|爸妈|爹妈|老婆|老公|孩子)${GAP(4)}(?:聊聊|谈谈|说道说道|好好聊)`,
      `(?:我们|我)(?:在)?(?:那边|那儿|那里|当地|${YOUR}老家)(?:也)?有人(?!工|员|为|能|可以|会|接)|有人在${YOUR}(?:老家|那边|小区|楼下)`,
      `一个人${GAP(6)}(?:可得|可要|最好)(?:注意|小心|当心)`,
      `(?:去|到)${YOUR}(?:家|老家|单位|公司|家里|父母家|店里)(?:里)?${GAP(4)}(?:坐坐|坐一坐|喝杯茶|喝茶|串门)|跟${YOUR}?(?:爹妈|父母|爸妈|家人|老婆|老公|孩子)${GAP(2)}(?:喝杯茶|喝茶|聊聊天|坐一坐)`,
    ),
  },
  {
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['if i were you', 'next move', 'carefully', 'visit', 'to lose'],
    patterns: en(
      `\\b(?:we'll|we will|we're going to|we are going to|we'll have to|we have to|have to|going to) (?:pay|make) (?:you )?a (?:little |personal |friendly |surprise )?visit\\b|\\bpersonal visit (?:to|at) your\\b|\\b(?:a lot|so much|plenty|everything) to lose\\b`,
      `\\bif i were you\\b|\\b(?:think|consider) (?:very |really )?carefully about (?:your next move|what you do next)\\b|\\byour next move\\b`,
    ),
  },
  {
    id: 'false_legal.court',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['阶段', '程序', '执行局', '执行庭', '法警', '追查', '相关部门', '对象', '资金'],
    patterns: zh(
      `(?<!(?:如|若|如果|一旦|假如)[^,;:!?。、\\n]{0,10})(?:已|已经|正式)?(?:进入|转入|移交)${GAP(2)}(?:执行|诉讼|司法|审判|强制执行)(?:阶段|程序)`,
      `(?:执行局|执行庭|法警)${GAP(10)}(?:过去|上门|来|清点|查封|找${YOU}|登记)`,
      `(?:列为|列入)${GAP(4)}(?:重点)?(?:追查|调查|打击|监控|布控)对象|相关部门(?:正在|已经|已)${GAP(2)}(?:核查|调查|追查|介入)|(?:核查|调查|追查)${YOUR}?(?:的)?资金(?:流向|往来)`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: [
      'felony',
      'misdemeanor',
      'misdemeanour',
      'magistrate',
      'deputies',
      'warrant',
      'indict',
      'committed',
      'charged with',
    ],
    patterns: en(
      `\\b(?:felony|misdemeanou?r|magistrate|deputies|warrant|indictment|indicted)\\b`,
      `\\byou (?:committed|are committing|have committed) (?:fraud|a crime|theft|a felony)`,
      `\\bcharged with (?:fraud|theft|a crime|a felony|check fraud|larceny|credit card fraud)\\b`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: [
      '加上',
      '加了',
      '说了',
      '讲了',
      '告诉',
      '递到',
      '送到',
      '交到',
      '发到',
      '寄到',
      '报到',
      '贴到',
      '挂到',
      ...'小区群 业主群 家族群 同学群 工作群 亲戚群 朋友圈 抖音 快手 微博 公告栏 村口 村里'.split(' '),
    ],
    patterns: zh(
      `(?:递到|送到|交到|发到|寄到|报到|贴到|挂到)${YOUR}?(?:单位|公司|人事|领导|厂里|工会|村委会|居委会|街道办|街道|物业|学校|社区|老家|村里)(?!地址|邮箱|电话|信箱)`,
      `(?:朋友圈|通讯录|微信好友|好友)(?:里|中)?(?:的)?(?:人)?${GAP(4)}(?:都|全)加(?:上|了)`,
      `(?:跟|和|给|告诉)(?:她|他|他们|她们)(?:说了|讲了|说)?${GAP(4)}${YOU}(?:的)?(?:欠|逾期|没还)`,
      `${CIRCLE}(?:里|上)?(?:的人)?${GAP(10)}(?:曝光|公开|挂|谁欠|都知道|知道${YOU}|知道谁)`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: [
      'answered',
      'picked up',
      'took the call',
      'explained',
      'contact list',
      'contacts',
      'phone book',
      'address book',
      'friends list',
      'your office',
      'your work',
      'your job',
    ],
    patterns: en(
      `\\b(?:your [\\w-]+|he|she|they|someone|a (?:man|woman|relative|neighbou?r))\\s+(?:answered|picked up|took the call)\\b[^.!?]{0,30}\\b(?:explained|told|went over|discussed|filled (?:him|her|them) in)\\b`,
      `\\bexplained (?:the|your) (?:whole )?(?:situation|account|balance|debt) to (?:him|her|them|your)\\b`,
      `\\b(?:everyone|everybody|all)\\b[^.!?]{0,15}\\b(?:contact list|contacts|phone book|address book|friends list)\\b`,
      `\\b(?:letter|notice|package|visit|call)s?\\b[^.!?]{0,40}\\b(?:debt|balance|unpaid|overdue|past due|card|account)\\b[^.!?]{0,20}\\b(?:at|to) your (?:office|work|workplace|job)\\b`,
    ),
  },
  {
    id: 'defamation.insult',
    lang: 'zh',
    negatable: true,
    triggers: ['吃软饭', '货色', '德性', '德行', '养小白脸', '跑了', '跟人跑', '不要你', '难怪'],
    patterns: zh(
      `吃软饭|货色|(?:什么|这副|那副)(?:德性|德行)|养小白脸`,
      `(?:老婆|老公|媳妇|对象|男人|女人)${GAP(6)}(?:跟别人跑|跟人跑|跑了|不要你)|难怪${GAP(10)}(?:老婆|老公|媳妇|对象)`,
    ),
  },
  {
    id: 'defamation.insult',
    lang: 'en',
    negatable: true,
    triggers: [
      'no wonder',
      'on her back',
      'on her knees',
      'herself',
      'sleep',
      'tricks',
      'the street',
      'corner',
      'sugar daddy',
    ],
    patterns: en(
      `\\bno wonder (?:your ${SPOUSE_EN}|you(?:'re| are)? (?:single|alone|broke|divorced))`,
      `\\b(?:on her back|on her knees|sell(?:s|ing)? herself|sleep(?:s|ing)? around|turn(?:s|ing)? tricks|walk(?:s|ing)? the streets?|work(?:s|ing)? (?:a|the) corner|find (?:a|her) sugar daddy)\\b`,
    ),
  },
  {
    id: 'harassment.suicide_taunt',
    lang: 'zh',
    negatable: true,
    triggers: ['跳楼', '跳河', '上吊', '喝药', '寻死', '自杀'],
    patterns: zh(
      `(?:跳楼|跳河|上吊|喝药|寻死|自杀)${CARE_GAP}(?:挑个|记得|找个|高点|快点|赶紧|别连累|随便|请便|去吧|白跑)`,
    ),
  },
  {
    id: 'harassment.suicide_taunt',
    lang: 'en',
    negatable: true,
    triggers: ['jump', 'kill yourself', 'end it'],
    patterns: en(
      `\\b(?:jump|kill yourself|end it)\\b[^.!?]{0,12}\\b(?:if you want|for all (?:we|i) care|be my guest|go ahead)\\b|\\b(?:jump|kill yourself|end it)\\b[^.!?]{0,30}\\b(?:balance|debt) (?:goes|still|won't|passes)`,
    ),
  },
  {
    id: 'harassment.relentless_contact',
    lang: 'zh',
    negatable: true,
    triggers: ['不间断', '不停', '没完没了', '一遍遍', '一遍一遍', '24小时', '二十四小时', '轮着'],
    patterns: zh(
      `(?:不间断|不停|没完没了|一遍遍|一遍一遍|24小时|二十四小时|轮着)地?${GAP(6)}(?:打|拨|发|联系|催|轰炸)`,
    ),
  },
  {
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: true,
    triggers: ['keep calling', 'keep texting', 'keep ringing', 'numbers', 'blocking'],
    patterns: en(
      `\\b(?:just |will |we'll )?keep (?:calling|texting|ringing)\\b|\\b(?:call|calling|ring|ringing|text|texting) (?:you )?from (?:different|new|other|twenty|\\d+) (?:different )?numbers\\b|\\b(?:don't bother|no point|good luck|have fun) blocking\\b`,
    ),
  },
  {
    id: 'harassment.profanity',
    lang: 'en',
    negatable: true,
    triggers: ['sob story', ...["your'", "your '", 'your"', 'your "', 'your‘', 'your ‘', 'your“', 'your “']],
    patterns: en(
      `\\bsob story\\b|\\byour\\s*['"‘“](?:anxiety|depression|illness|condition|disability|injury|situation|hardship|cancer|diagnosis|job loss|emergency)`,
    ),
  },
  {
    id: 'harassment.profanity',
    lang: 'zh',
    negatable: true,
    triggers: [
      '卖惨',
      '装病',
      ...['你', '您', '的', '个'].flatMap((c) => [`${c}"`, `${c}“`, `${c}'`, `${c}‘`]),
    ],
    patterns: zh(`卖惨|装病|${YOUR}(?:那个)?["“'‘](?:抑郁症|病|困难|焦虑|难处|特殊情况)`),
  },
  {
    id: 'unauthorized_commitment.credit_record',
    lang: 'zh',
    negatable: true,
    triggers: ['无痕', '撤掉', '抹掉', '抹去', '拿掉', '铲单', '下征信', '见效'],
    patterns: zh(
      `无痕(?:处理|删除|消除)?|铲单|下征信|(?:逾期|不良)?记录${NGAP(8)}(?:撤掉|抹掉|抹去|拿掉|去掉)|(?:保证|包|百分百)见效`,
    ),
  },
  {
    id: 'unauthorized_commitment.deferral',
    lang: 'en',
    negatable: false,
    authorisedBy: [
      'deferral',
      'hardship_plan',
      'installments',
      'extension',
      'waiver',
      'discount',
      'settlement',
    ],
    triggers: ['giving you', 'granting you', 'approving you', 'authorizing you', 'authorising you'],
    patterns: en(
      `\\b(?:i'm|i am|we're|we are) (?:giving|granting|approving|authori[sz]ing) you (?:a |an |the )?(?:full |whole |free |special )?(?:year|month|months|\\d+ months?|waiver|discount|break|pass|holiday|extension|deferral|freeze|reduction|write-off)\\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.credit_record',
    lang: 'en',
    negatable: true,
    triggers: ['off your credit'],
    patterns: en(
      `\\b(?:taken|removed|deleted|wiped|scrubbed|knocked) off your credit (?:report|file|record|history)\\b`,
    ),
  },
];
