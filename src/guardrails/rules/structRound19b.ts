import { en, GAP, YOUR, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Classes round 19b showed uncovered (guardb, tenth session), written by class with wordings of
 * their own (the round's items are seen regression, check-s10b is measured, neither is fitted):
 * a debt broadcast to a group chat or put under an @mention; threats on the family written in
 * pinyin; documents, a phone number or travel said to be cut off for a card debt (a false
 * consequence as well as a false legal claim); credit said ruined for life, no landlord or lender
 * ever again; a personal payment to the collector to get the rest wiped and the record cleaned.
 * 信用卡业务监督管理办法 Art. 69; FDCPA §1692c(b), §1692d, §1692e(5), (10), §1692f.
 */
// One sentence of Latin text with no negation or reported speech in it.
const EN_GAP = (n: number): string =>
  String.raw`(?:(?!\b(?:not|never|no|won't|isn't|aren't|doesn't|don't|can't|cannot|says?|said|claims?|tells?)\b|n't\b)[^.!?\n]){0,${n}}?`;
const DEBT_ZH = '(?:欠|逾期|拖欠|未还|不还|还钱|还款|本息|欠款)';
const PY_FAMILY = String.raw`(?:ni|nin) ?(?:jia|jia ren|lao ?po|lao ?gong|qi ?zi|zhang ?fu|hai ?zi|er ?zi|n[uv]e? ?er|fu ?mu|ba ?ma|lao ?ren|dan ?wei|gong ?si|xue ?xiao)\b`;

export const STRUCT_ROUND19B_RULES: PatternRuleSpec[] = [
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
      `(?:全体成员|各位(?:亲友|家人|长辈|邻居|业主|同事|群友|亲戚)|本群)[^。!?\\n]{0,60}?${DEBT_ZH}`,
    ),
  },
  {
    // Documents or a phone number cancelled, travel barred, for a card debt.
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: [
      '身份证',
      '手机号',
      '手机卡',
      '电话卡',
      '户口',
      '护照',
      '驾照',
      '驾驶证',
      '社保卡',
      '医保卡',
      '注销',
      '吊销',
      '坐不了',
      '住不了',
    ],
    patterns: zh(
      `(?:身份证|手机号|手机卡|电话卡|户口|护照|驾照|驾驶证|社保卡|医保卡)${GAP(12)}(?:会|将|要|就)${GAP(8)}(?:注销|吊销|停机|销号|作废|停用)`,
      `(?:会|将|要|就)${GAP(4)}(?:注销|吊销|停用|作废)(?:掉)?${YOUR}?(?:身份证|手机号|手机卡|户口|护照|驾照|驾驶证)`,
      `(?:飞机|高铁|火车|酒店|宾馆)${GAP(6)}(?:都|也|全)(?:坐不了|住不了|不能坐|不能住|买不了)`,
    ),
  },
  {
    // Pinyin threats on the family after a condition: "ni zai bu huan qian, … qu ni jia zhao ni lao po".
    id: 'threat.visit',
    lang: 'en',
    triggers: ['bu huan', 'zai bu'],
    patterns: en(
      String.raw`\b(?:bu huan|zai bu)\b[^.!\n]{0,60}?\b(?:qu|dao|lai|zhao|shang men|deng)\b[^.!?\n]{0,12}?\b${PY_FAMILY}`,
    ),
  },
  {
    // Pinyin "we know where your child is" after a condition.
    id: 'threat.intimidation',
    lang: 'en',
    triggers: ['bu huan', 'zai bu'],
    patterns: en(String.raw`\b(?:bu huan|zai bu)\b[^.!\n]{0,60}?\bzhi dao\b[^.!?\n]{0,6}?\b${PY_FAMILY}`),
  },
];

export const STRUCT_ROUND19B_EN: PatternRuleSpec[] = [
  {
    // A debt aired as a public comment: "settle that balance before posting more vacation pics".
    id: 'privacy.public_exposure',
    lang: 'en',
    negatable: true,
    triggers: [
      'before posting',
      'before buying',
      'before booking',
      'before flexing',
      'before showing off',
      'before bragging',
    ],
    patterns: en(
      String.raw`\b(?:balance|debt|you owe(?: us)?|owe us|card bill|loan)\b${EN_GAP(40)}\bbefore (?:posting|buying|booking|flexing|showing off|bragging about) (?:more|another)\b`,
    ),
  },
  {
    // Everyone at church, school, the gym or the office told: a shaming threat.
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['everyone', 'everybody', 'the whole', 'life in this town', 'life here'],
    patterns: en(
      String.raw`\b(?:everyone|everybody|the whole (?:congregation|school|office|neighbou?rhood|town))\b${EN_GAP(12)}\b(?:at|in|from) (?:your|your (?:wife|husband|partner|kid|son|daughter)'s) (?:church|kids?'s? school|school|gym|office|workplace|job|neighbou?rhood|building|congregation|mosque|temple|synagogue|club)\b${EN_GAP(60)}\b(?:knows?|will know|hears?|will hear|finds? out|will find out|learns?|sees?)\b`,
      String.raw`\byour life (?:in this town|here|around here) is over\b`,
    ),
  },
  {
    // A car that might not start, brakes or tires: harm to property left to the imagination.
    id: 'threat.intimidation',
    lang: 'en',
    triggers: ['pity if', 'shame if'],
    patterns: en(
      String.raw`\b(?:pity|shame) if (?:it|your (?:car|truck|ride|vehicle))\b[^.!?\n]{0,12}\b(?:didn't|did not|won't|wouldn't|doesn't) start\b`,
    ),
  },
  {
    // Credit ruined for life; no landlord, bank or lender ever again.
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: [
      'for life',
      'forever',
      'permanently',
      'ever rent',
      'ever lend',
      'never comes off',
      'never be able to',
    ],
    patterns: en(
      String.raw`\b(?:credit|report|score|record|name)\b${EN_GAP(20)}\b(?:is|will be|gets?|are) (?:ruined|destroyed|wrecked|trashed|stained|marked|damaged)\b${EN_GAP(10)}\b(?:for life|forever|permanently)\b`,
      String.raw`\bno (?:landlord|bank|lender|employer|card company)s?\b${EN_GAP(20)}\b(?:will|would) ever (?:rent|lend|hire|give|approve|issue)\b`,
      String.raw`\b(?:landlords?|banks?|lenders?|employers?)\b${EN_GAP(20)}\b(?:reject|refuse|turn (?:you )?down)\w*\b${EN_GAP(12)}\b(?:for life|forever)\b`,
      String.raw`\b(?:it|this|the debt|this debt)\b${EN_GAP(12)}\bnever comes? off\b`,
      String.raw`\byou(?:'ll| will) never be able to (?:rent|borrow|get a (?:loan|mortgage|lease|car loan|apartment)|buy a (?:house|home|car))\b`,
    ),
  },
  {
    // A personal payment to the collector to get the rest wiped and the record cleaned.
    id: 'unauthorized_commitment.waiver',
    lang: 'en',
    negatable: true,
    triggers: ['personally', 'pay me', 'send me', 'give me'],
    patterns: en(
      String.raw`\b(?:pay|send|give|zelle|venmo|wire) me\b${EN_GAP(50)}\b(?:wiped|wipe|forgiven|forgive|written off|write off|disappear|deleted|delete|removed|erased|erase|scrub\w*|cleared|waived)\b`,
      String.raw`\bi(?:'ll| will)? personally (?:get|make sure|guarantee|see to it|have)\b${EN_GAP(60)}\b(?:wiped|forgiven|written off|deleted|removed|erased|cleared|waived)\b`,
    ),
  },
];
