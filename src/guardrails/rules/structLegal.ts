import { GAP, en, zh, type PatternRuleSpec } from './ruleTypes.js';

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
      `(?:政审|考公|参军|当兵)${GAP(6)}(?:过不了|受影响|不合格|不通过|没戏)|(?:过不了|影响)${GAP(6)}(?:政审|考公)`,
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
];
