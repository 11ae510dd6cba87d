import { GAP, YOU, YOUR, en, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Indirect wordings: veiled threats ("if you catch my drift", "你会知道什么叫麻烦"), waiting
 * outside the workplace, promises made by "approving" or "taking off", and illness or
 * disability dismissed as an excuse. Same ids as the per-category rules.
 */
const FAMILY = '(?:全家|家人|家里人|孩子|老婆|老公|父母|爸妈|小孩|女儿|儿子|爱人)';
const LIAR_WORDS = ['满嘴谎话', '满嘴谎言', '满嘴跑火车', '谎话连篇', '一派胡言', '撒谎成性', '鬼话连篇'];
const ALL_OFFERS = ['deferral', 'extension', 'hardship_plan', 'waiver', 'discount', 'settlement'] as const;

export const FAMILY_RULES_INDIRECT: PatternRuleSpec[] = [
  {
    id: 'threat.intimidation',
    lang: 'zh',
    triggers: ['知道什么', '知道啥', '耍花', '耍滑', '耍心眼'],
    patterns: zh(
      `知道(?:什么叫|啥叫|什么是)(?:麻烦|厉害|后悔|代价|手段|绝望|痛苦)`,
      `(?:别|不要|少)(?:跟我们|和我们|给我们|跟我|在我们面前)?耍(?:花样|花招|滑头|心眼)`,
    ),
  },
  {
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: [
      '打听',
      '查清',
      '摸清',
      '查到',
      '问到',
      '摸到',
      '查出',
      '问清',
      '问出',
      '摸出',
      '查明',
      '问明',
      '摸明',
    ],
    patterns: zh(
      `(?:${FAMILY}|住址|住哪|家在哪|哪(?:个|所)?(?:学校|单位|公司|小区))${GAP(12)}(?:我们|我)?(?:都|全|早就|已经|早)?(?:打听|查|摸|问)(?:清楚|到了|出来|明白|得一清二楚|清了)`,
    ),
  },
  {
    id: 'threat.visit',
    lang: 'zh',
    negatable: true,
    triggers: ['楼下', '门口', '附近', '外面'],
    patterns: zh(
      `(?:去|到|来)${YOUR}(?:家|单位|公司|学校|小区)(?:楼下|门口|附近|外面)(?:去|来)?${GAP(2)}(?:等|堵|蹲|守|找|闹)`,
    ),
  },
  {
    id: 'defamation.label',
    lang: 'zh',
    triggers: LIAR_WORDS,
    patterns: zh(LIAR_WORDS.join('|')),
  },
  {
    id: 'unauthorized_commitment.deferral',
    lang: 'zh',
    negatable: true,
    authorisedBy: ['deferral', 'extension', 'hardship_plan'],
    triggers: ['以后', '之后', '后再'],
    patterns: zh(
      `(?:半年|几个月|(?:[一两三四五六七八九十]|\\d+)个月|一年|明年|年后)(?:以后|之后|后)(?:再)(?:开始)?(?:还|付|还款)`,
    ),
  },
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'zh',
    negatable: true,
    authorisedBy: ALL_OFFERS,
    triggers: ['做主', '拍板', '特批'],
    patterns: zh(`我(?:来|可以|能|就|给${YOU})?(?:做(?:这个)?主|拍板|特批)`),
  },
  {
    id: 'discrimination.disability',
    lang: 'zh',
    triggers: ['借口', '理由'],
    patterns: zh(
      `(?:残疾|残废|有病|生病|病了|抑郁|精神病|住院|老了|年纪大|岁数大)${GAP(8)}(?:不是|别拿|别当|少拿|不能当|当)${GAP(6)}(?:借口|理由)`,
    ),
  },
  {
    id: 'threat.intimidation',
    lang: 'en',
    triggers: [
      'drift',
      'know what i mean',
      'know what we mean',
      'hate for',
      'hate to see',
      'like what',
      'dragged into',
    ],
    patterns: en(
      `\\b(?:if you )?catch my drift\\b|\\bif you know what (?:i|we) mean\\b`,
      `\\b(?:we'd|we would|i'd|i would) hate (?:for|to see) (?:you|your \\w+)\\b[^.!?\\n]{0,40}\\b(?:dragged|hurt|involved|trouble|happen)`,
      `\\byou (?:won't|will not|wouldn't|aren't going to|are not going to) like what (?:comes next|happens next|happens|we do|follows|we'll do|we will do)\\b`,
      `\\b(?:get|gets|getting|be|being) dragged into\\b`,
    ),
  },
  {
    id: 'threat.visit',
    lang: 'en',
    negatable: true,
    triggers: ['outside your', 'at your', 'near your', 'by your', 'in front of your'],
    patterns: en(
      `\\b(?:agents?|collectors?|representatives?|someone|somebody|people|our (?:team|guys|people))\\b[^.!?\\n]{0,30}\\b(?:waiting|parked|standing|sitting|camped)\\s+(?:outside|at|near|by|in front of)\\s+your\\s+(?:home|house|office|workplace|door|building|work|job|place)\\b`,
    ),
  },
  {
    id: 'harassment.profanity',
    lang: 'en',
    triggers: ['freak', 'frig', 'effing', 'frick', "'s sake", 'crying out loud'],
    patterns: en(
      `\\b(?:freaking|frigging|friggin|effing|frickin|freakin)\\b|\\bfor (?:god's|christ's|pete's|heaven's) sake\\b|\\bfor crying out loud\\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.waiver',
    lang: 'en',
    negatable: true,
    authorisedBy: ['waiver', 'discount', 'settlement'],
    triggers: [' off', 'removed', 'from your', 'from the'],
    patterns: en(
      `\\b(?:i|we)(?:'ve| have| just| already)*\\s+(?:taken|knocked|wiped|struck|removed|dropped|cleared)\\s+(?:them|it|those|these|that|all of (?:them|it)|the (?:late )?(?:fees?|charges?|interest|penalt(?:y|ies)))\\s+(?:off|from)\\s+(?:your|the)\\s+(?:account|balance|bill|statement)\\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.deferral',
    lang: 'en',
    negatable: true,
    authorisedBy: ALL_OFFERS,
    triggers: ['approved', 'authorised', 'authorized', 'granted', 'arranged', 'signed off'],
    patterns: en(
      `\\b(?:i|we|the bank)(?:'ve| have| has| just| already)*\\s+(?:approved|authori[sz]ed|granted|arranged|signed off on)\\s+(?:you\\s+)?(?:a |an |your )?(?:[\\w-]+ ){0,2}(?:pause|deferral|deferment|extension|holiday|freeze|break|waiver|discount|reduction|settlement|write-off|forgiveness)\\b`,
    ),
  },
  {
    id: 'unauthorized_commitment.settlement',
    lang: 'en',
    negatable: true,
    authorisedBy: ['settlement', 'discount'],
    triggers: ['consider', 'treat', 'call', 'mark', 'half', 'portion', 'fraction', 'part of', '%'],
    patterns: en(
      `\\b(?=we'll|we will|i'll|i will|we can|i can|the bank will)(?<!\\b(?:if|once|after|when)\\b[^.!?\\n]{0,60})(?:we'll|we will|i'll|i will|we can|i can|the bank will)\\s+(?:consider|treat|call|mark)\\s+(?:the|this|your|it|that)\\s*(?:matter|account|debt|balance|case)?\\s+(?:as )?(?:closed|settled|resolved|done|finished|paid|even|square)\\b`,
      `\\b(?:just |only )?(?:send|pay|give us)\\s+(?:us\\s+)?(?:half|part|a (?:portion|fraction|part)|\\d+%)\\s+of\\s+(?:what you owe|the balance|the debt|it)\\b[^.!?\\n]{0,40}\\b(?:and|then)\\b`,
    ),
  },
];
