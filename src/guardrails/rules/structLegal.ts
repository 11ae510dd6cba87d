import { GAP, YOU, YOUR, en, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Legal-process claims the policy does not allow, however phrased: a "judicial investigation
 * procedure", petitions to the authorities (上访), a court that "has accepted the case",
 * consequences for the children's civil-service vetting; "THIS IS A LEGAL MATTER", an
 * "investigator" citing "theft by deception", warrants, garnishment without a court order.
 * FDCPA §1692e(4),(5),(7),(14); 信用卡业务监督管理办法 Art. 69.
 */
export const STRUCT_LEGAL_RULES: PatternRuleSpec[] = [
  {
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    triggers: ['司法', '调查', '上访', '传唤', '套现', '政审', '考公', '参军', '当兵'],
    patterns: zh(
      `司法(?:调查|审查|追责|处置|催收)?程序|(?:进入|启动|触发)${GAP(4)}(?:调查|司法)|配合(?:司法|警方|公安)调查`,
      `上访|传唤`,
      `(?:恶意)?套现${GAP(6)}(?:犯罪|违法|刑事|经侦|公安)|(?:涉及|涉嫌)${GAP(8)}套现`,
      `(?:政审|考公|参军|当兵)${GAP(6)}(?:过不了|(?<!不|没有|没)受影响|不合格|不通过|没戏)|(?:过不了|影响)${GAP(6)}(?:政审|考公)`,
    ),
  },
  {
    id: 'false_legal.court',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['立案', '受理', '开庭', '判决', '出境', '高铁', '飞机'],
    patterns: zh(
      `法院${GAP(6)}(?:已经?|正式)?(?:立案|受理)|(?:案子|案件)${GAP(6)}(?:立案|受理|开庭|判决)|开庭|判决书`,
      `(?:限制|禁止)${GAP(2)}(?:出境|乘坐高铁|坐高铁|坐飞机|乘坐飞机)`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    triggers: [
      'legal matter',
      'investigat',
      'theft',
      'deception',
      'warrant',
      'criminal',
      'fraud',
      'prosecut',
      'sheriff',
      'process server',
      'served',
      'subpoena',
    ],
    patterns: en(
      `\\b(?:this is|it is|it's) (?:now )?a (?:legal|criminal) matter\\b`,
      `\\binvestigator\\b|\\b(?:under|pending) (?:criminal )?investigation\\b|\\bcriminal investigation\\b|\\breviewed for (?:theft|fraud|criminal)`,
      `\\btheft by (?:deception|check|fraud)\\b|\\bcheck fraud\\b|\\bcriminal (?:charges?|complaint|case|referral|prosecution)\\b`,
      `\\b(?:a |an |the )?(?:arrest |bench )?warrant\\b[^.!?]{0,30}\\b(?:you|your name|issued|prepared)`,
      `\\b(?:sheriff|process server)\\b[^.!?]{0,30}\\b(?:serve|coming|on (?:the|his|her) way|will)`,
      `\\bsubpoena`,
    ),
  },
  {
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: ['filed', 'court', 'garnish', 'lawsuit', 'judgment', 'judgement', 'levy', 'seize'],
    patterns: en(
      `\\b(?:complaint|lawsuit|case|claim|suit)\\b[^.!?]{0,20}\\b(?:has been|was|is being|have been) (?:filed|lodged|submitted)`,
      `\\bfiled\\b[^.!?]{0,30}\\b(?:court|against you)`,
      `\\bgarnish\\w*\\b[^.!?]{0,60}\\b(?:without|no) (?:a |any )?court`,
      `\\b(?:have|get|will have) your (?:wages|pay|paycheck|salary) garnished`,
      `\\b(?:judgment|judgement) (?:has been |was )?(?:entered|issued|granted) against you`,
    ),
  },
  // dev-s5 classes: the police "already working on it", records in a police system, travel
  // bans and frozen ID cards, a text that calls itself a court's notice; en: passports flagged,
  // case numbers and hearings "set", judgment by default.
  {
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['经侦', '公安', '警方', '派出所', '检察院', '刑侦'],
    patterns: zh(
      `(?:经侦|公安|警方|派出所|检察院|刑侦)${GAP(8)}(?:走流程|在走|已经在|介入|立案|备案|盯上|挂上号)`,
      `(?:录入|上报|列入|纳入|登记到?)${GAP(4)}(?:公安|警方|司法|刑侦)(?:系统|网|名单|数据库)`,
    ),
  },
  {
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: [
      '出行',
      '飞机',
      '高铁',
      '身份证',
      '社保',
      '医保',
      '公积金',
      '养老金',
      '退休金',
      '低保',
      '污点',
      '一辈子',
      '终身',
      '永久',
    ],
    patterns: zh(
      `出行${GAP(4)}(?:将|会)?受(?:到)?限|(?:飞机|高铁)${GAP(6)}(?:坐不了|不能坐|无法乘坐|上不去)|身份证${GAP(6)}(?:被)?(?:冻结|注销|拉黑)`,
      `(?:社保|医保|公积金|养老金|退休金|低保)${GAP(8)}(?:停掉|停了|被停|停发|冻结|取消|扣掉|扣光)`,
      `(?:永久|一辈子|终身)${GAP(6)}(?:污点|贷不了|不能贷|无法贷|借不到)|(?:征信|记录)${GAP(6)}(?:永久|一辈子|终身)(?:污点|留着|洗不掉)`,
    ),
  },
  {
    id: 'false_legal.impersonation',
    lang: 'zh',
    negatable: true,
    triggers: ['书记员', '法院送达', '送达通知', '法院通知'],
    patterns: zh(
      `本(?:短信|通知|消息|信息)${GAP(2)}(?:为|是|系)${GAP(6)}(?:法院|法庭|公安|检察院|律师)`,
      `(?:联系|致电|找)${GAP(4)}书记员|(?:法院送达|送达通知|法院通知)${GAP(12)}(?:逾期|视为|联系)`,
    ),
  },
  {
    id: 'false_legal.invented_consequence',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: [
      'passport',
      'travel',
      'credit score',
      'permanently',
      'forever',
      'benefits',
      'social security',
      'pension',
      'disability',
      'retirement',
      'unemployment',
      'veteran',
      'ssi',
    ],
    patterns: en(
      `\\bpassport\\b[^.!?]{0,30}\\b(?:flagged|revoked|suspended|seized|cancel(?:l?ed)?|blocked)`,
      `\\b(?:won't|will not) be (?:allowed|able) to (?:travel|leave the country|fly)\\b`,
      `\\bcredit score\\b[^.!?]{0,20}\\b(?:zero|nothing|permanently|forever)\\b`,
      `\\b(?:benefits|social security|pension)\\b[^.!?]{0,20}\\b(?:cut off|stopped|frozen|suspended|garnished)`,
      `\\b(?:take|seize|garnish|freeze|levy|go after|cut off)\\b(?:\\s+\\w+){0,2}\\s+(?:disability|social security|ssi|va|veterans?'?|pension|retirement|unemployment) ?(?:benefits|checks?|payments?|income)?\\b`,
    ),
  },
  {
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['养老金', '退休金', '低保', '社保', '抚恤金', '失业金', '失业保险金'],
    patterns: zh(
      `(?:扣|划|冻结|扣划|划走|扣光|拿走|停掉|停发)${GAP(4)}(?:养老金|退休金|低保|社保|抚恤金|失业金|失业保险金)`,
      `(?:养老金|退休金|低保金?|社保(?:账户|卡)?|抚恤金|失业(?:保险)?金)${GAP(8)}(?:被)?(?:扣|划走|冻结|扣划|扣光|停发|停掉)`,
    ),
  },
  {
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: ['case number', 'case no', 'hearing', 'trial', 'by default', 'default judgment'],
    patterns: en(
      `\\bcase (?:number|no\\.?|#)\\s*[a-z]*-?\\d`,
      `\\b(?:hearing|trial) (?:is |has been )?(?:set|scheduled|on)\\b`,
      `\\b(?:lose|judgment|judgement) by default\\b|\\bdefault judge?ment\\b[^.!?]{0,20}\\b(?:will|against you)`,
    ),
  },
  // check-s5 classes (seen): the file "passed to" the police, court officers at work, children's
  // schooling, other platforms' accounts frozen.
  {
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['派出所', '公安', '警方', '经侦', '检察院'],
    patterns: zh(
      `(?:同步|移交|转交|报送|提交|交给|通报|报给)(?:给|至|到)?(?:了)?${GAP(4)}(?:当地|辖区|属地)?(?:派出所|公安|警方|经侦|检察院)`,
    ),
  },
  {
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['上不了', '考不了', '进不了', '考不上', '当不了', '冻结'],
    patterns: zh(
      `(?:孩子|子女|儿子|女儿|小孩)${GAP(6)}(?:上不了|考不了|进不了|考不上|当不了)`,
      `冻结${YOUR}?(?:名下)?(?:的)?${GAP(4)}(?:微信|支付宝|财付通|其他银行|所有账户)`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: [
      'police',
      'precinct',
      'sheriff',
      'district attorney',
      'prosecutor',
      'court officer',
      'marshal',
      'bailiff',
    ],
    patterns: en(
      `\\b(?:shared|sent|forwarded|passed|referred|reported|handed)\\b[^.!?]{0,30}\\b(?:police|precinct|sheriff|district attorney|prosecutors?)\\b`,
      `\\b(?:court officers?|marshals?|bailiffs?|sheriff'?s? deputies)\\b[^.!?]{0,30}\\b(?:will|are going to|are coming|coming)\\b`,
    ),
  },
  {
    id: 'false_legal.invented_consequence',
    lang: 'en',
    hedgeable: true,
    triggers: ['kids', 'children', 'son', 'daughter', 'freeze your'],
    patterns: en(
      `\\b(?:kids|children|son|daughter)\\b[^.!?]{0,20}\\b(?:won't|will not|can't|cannot|never) (?:get into|be admitted|go to|attend|get a job)`,
      `\\bfreeze your (?:paypal|venmo|other|savings|wages|salary|bank)`,
    ),
  },
  // probe-s5 classes (seen): the bank "classifies" the person a fraudster, the court "will contact
  // you", the file "is with the prosecutor", spending bans.
  {
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    hedgeable: true,
    triggers: ['认定', '定性', '列为', '法院'],
    patterns: zh(
      `(?:认定|定性|列为)(?:为|成)?${GAP(4)}(?:恶意逃债|恶意透支|诈骗|逃废债|骗贷)`,
      `(?:之后|然后|接下来|下一步|随后)${GAP(4)}(?:由)?法院${GAP(4)}(?:直接)?(?:联系|找|通知|传唤)${YOU}`,
    ),
  },
  {
    id: 'false_legal.arrest',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: [
      'classified you',
      'flagged you',
      'listed you',
      'marked you',
      'labeled you',
      'labelled you',
      'court will',
      'prosecutor',
      'spending ban',
    ],
    patterns: en(
      `\\b(?:classified|flagged|listed|designated|labell?ed|marked) you as an? (?:fraud\\w*|criminal|thief|malicious)`,
      `\\b(?:the )?court will (?:contact|call|reach|summon|notify) you\\b`,
      `\\b(?:file|case|account|matter)\\b[^.!?]{0,15}\\b(?:is|has been|was) (?:now )?(?:with|sent to|passed to|referred to) (?:the )?(?:prosecutor|police|district attorney)`,
      `\\bspending ban\\b`,
    ),
  },
];
