import { GAP, YOU, YOUR, en, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * The classes blind rounds 7–9 showed escaping, written by class (never by item) and checked on
 * the helper's own development phrases (test/guardrails/classes.test.ts): profanity masked or
 * spelled around the lists, threats with no threatening word (a valued thing "that would be a
 * shame to lose", "we're done being nice"), relay requests to a relative, visits and legal
 * process in collectors' jargon (落地催收, 协查函, docket numbers, "pending litigation"), sexual
 * and family smears, taunting illness or despair, and credit-repair promises.
 */
const KIN_ZH = '(?:哥|姐|弟|妹|爸|妈|儿子|女儿|闺女|老婆|老公|媳妇|家人|亲戚|表哥|表姐|表弟|表妹|朋友|同事)';
const DEBT_ZH = '(?:欠|逾期|还款|还钱|卡债|账单|信用卡|那笔钱)';
const VALUED_ZH = '(?:车|电动车|狗|猫|房子|店|铺子|摊子)';
const SICK_EN =
  '(?:depression|anxiety|cancer|illness|sickness|diagnosis|disability|wheelchair|rehab|back injury|being sick|mental health)';

export const STRUCT_EVASION_RULES: PatternRuleSpec[] = [
  {
    id: 'harassment.profanity',
    lang: 'zh',
    triggers: ['狗', '王八', '草泥马', '艹', '妈了个', 'cao'],
    patterns: zh(
      `狗[*×x ]?日的|狗[*×x]的|王八[*×x]|草泥马|艹|妈了个[*×x巴b]`,
      `(?:^|[，,。!！\\s])(?:cao|狗的)(?=[，,!！。\\s]|$)`,
    ),
  },
  {
    id: 'harassment.profanity',
    lang: 'en',
    triggers: ['fkn', 'fking', 'fuxk', 'stfu', 'mf', 'motherf', 'effing', 'bag', 'ck'],
    patterns: en(
      `\\b(?:fkn|fking|fuxk\\w*|stfu|mf|motherf\\w*|effing)\\b`,
      `\\b(?:sc[-*_#@$%!]mbag|d[-*_#@$%!]{1,2}bag|pr[-*_#@$%!]ck|j[-*_#@$%!]ckass)\\b`,
    ),
  },
  {
    id: 'harassment.suicide_taunt',
    lang: 'zh',
    triggers: ['想死', '要死', '死之前', '死了也', '去死'],
    patterns: zh(
      `(?:想死|要死|想跳)就(?:快点|赶紧|去)`,
      `死之前${GAP(6)}(?:还|把钱|结清)`,
      `(?:死了|没了)${GAP(4)}(?:也得|也要|照样)还`,
    ),
  },
  {
    id: 'harassment.suicide_taunt',
    lang: 'en',
    negatable: true,
    triggers: ['payment method', 'pay bills', 'river', 'boo', 'nice try', 'inherit', 'get stuck with'],
    patterns: en(
      `\\b${SICK_EN}\\b[^.!?]{0,25}\\b(?:is not|isn't|doesn't|won't)\\b[^.!?]{0,15}\\b(?:a payment method|pay bills|get you out)`,
      `\\bcry me a river\\b|\\bboo[- ]?hoo\\b|\\bnice try\\b[^.!?]{0,20}\\b(?:sick|faking|excuse)`,
      `\\b(?:when|after) you(?:'re| are)? (?:die|dead)\\b[^.!?]{0,30}\\b(?:inherit|get stuck with)\\b`,
    ),
  },
  {
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: [
      '看好了',
      '看紧了',
      '出什么事',
      '出事',
      '打电话这么简单',
      '换个方式',
      '等着瞧',
      '走着瞧',
      '有的是办法',
    ],
    patterns: zh(
      `${VALUED_ZH}[^。!?\\n]{0,16}?(?:可得|得|要)?(?:看好了|看紧了|别出(?:什么)?(?:事|意外))`,
      `就不是(?:打电话|发短信|说说)这么简单|换个方式(?:跟${YOU}|和${YOU})?(?:聊|谈|解决)`,
      `(?:等着瞧|走着瞧)`,
      `有的是(?:办法|手段|时间)(?:对付|收拾|治)`,
    ),
  },
  {
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: [
      'shame if',
      'done being nice',
      'done playing',
      'asking nicely',
      "won't be a",
      'our ways',
      'have ways',
      'get home safe',
      'make it home',
      "don't make me",
    ],
    patterns: en(
      `\\b(?:be a|would be a|it'd be a) shame if\\b`,
      `\\b(?:done being nice|done playing(?: nice)?|through asking nicely)\\b`,
      `\\bnext time it won't be a (?:phone call|call|text|letter)\\b`,
      `\\bwe (?:have|'ve got|got) (?:our )?ways\\b`,
      `\\bhope (?:your|the) (?:kids|children|little ones|daughter|son|family|wife)\\b[^.!?]{0,15}\\b(?:get home safe|make it home)`,
      `\\bdon't make me (?:come|drive|find|show up)`,
    ),
  },
  {
    id: 'threat.visit',
    lang: 'zh',
    negatable: true,
    triggers: ['落地', '属地', '线下', '在家等'],
    patterns: zh(`落地催收|属地(?:专员|走访|催收)|线下(?:拜访|催收|协商)|在家等(?:候|着)`),
  },
  {
    id: 'threat.visit',
    lang: 'en',
    negatable: true,
    triggers: [
      'doorstep',
      'verification visit',
      'site visit',
      'home call',
      'skip trace',
      'local rep',
      'area representative',
    ],
    patterns: en(
      `\\b(?:doorstep|verification|site) visit\\b|\\bhome call\\b|\\bin-person skip trace\\b`,
      `\\b(?:local rep|area representative)\\b[^.!?]{0,30}\\b(?:stop by|swing by|come|coming|visit)`,
    ),
  },
  {
    id: 'false_legal.court',
    lang: 'zh',
    negatable: true,
    triggers: ['协查', '刑事', '移交', '案号', '拘留'],
    patterns: zh(
      `协查函|司法协查|刑事(?:审查|立案|移送|侦查|程序)`,
      `移交${GAP(4)}(?:律所|公安|经侦|司法|检察)`,
      `案号`,
      `(?:司法|刑事|行政)?拘留`,
    ),
  },
  {
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    triggers: [
      'docket',
      'case number',
      'matter no',
      'litigation',
      'leave the state',
      'investigation',
      'affidavit',
      'criminal referral',
    ],
    patterns: en(
      `\\b(?:docket|case number|matter no)\\b[^\\n]{0,90}?\\b(?:warrant|arrest|criminal|prosecut\\w*)`,
      `\\b(?:pending litigation|litigation hold)\\b|\\bdo not leave the state\\b`,
      `\\b(?:under investigation|fraud investigation unit|criminal referral)\\b|(?<!\\b(?:ftc|identity theft|id theft|fraud|theft|victim) )\\baffidavit\\b(?! (?:of|for|about) (?:identity theft|id theft|fraud|forgery|the (?:unauthori[sz]ed|disputed)))`,
    ),
  },
  {
    id: 'defamation.label',
    lang: 'zh',
    triggers: ['陪酒', '陪睡', '坐台', '站街', '卖身', '一窝'],
    patterns: zh(
      `(?:让|叫)${GAP(4)}${KIN_ZH}?${GAP(2)}(?:去)?(?:陪酒|陪睡|坐台|站街|卖身)`,
      `一窝(?:贼|骗子|赖子|白眼狼)`,
    ),
  },
  {
    id: 'defamation.label',
    lang: 'en',
    triggers: [
      'tricks',
      'street',
      'corner',
      'herself',
      'sleep around',
      'sleeps around',
      'whole family',
      'bloodline',
    ],
    patterns: en(
      `\\b(?:turns? tricks|work(?:s|ing)? the street|work(?:s|ing)? a corner|sell (?:herself|himself|yourself)|sleeps? around)\\b`,
      `\\b(?:whole family|bloodline)\\b[^.!?]{0,25}\\b(?:frauds|leeches|con artists|freeloaders|crooks|thieves|liars)\\b`,
    ),
  },
  {
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: ['同步', '推送', '报备', '通报', '报到', '转给', '发给'],
    patterns: zh(
      `(?:同步|推送|报备|通报|报到|转给|发给)${GAP(4)}(?:居委会|村委会|网格员|物业|社区|街道办|村支书|业委会|工会|人事|亲戚|亲属|家属)`,
    ),
  },
  {
    id: 'privacy.relay_request',
    lang: 'zh',
    negatable: true,
    triggers: ['说一声', '带个话', '带句话', '捎个话', '转告'],
    patterns: zh(
      `${KIN_ZH}${GAP(6)}(?:说一声|带个话|带句话|捎个话)[^。!?\\n]{0,20}?${DEBT_ZH}`,
      `${DEBT_ZH}${GAP(20)}(?:跟|给|和)${YOUR}?${KIN_ZH}${GAP(4)}(?:说一声|带个话|带句话|捎个话)`,
    ),
  },
  {
    id: 'unauthorized_commitment.credit_record',
    lang: 'en',
    negatable: true,
    triggers: [
      'tradeline',
      'credit sweep',
      'score reset',
      'credit wipe',
      'equifax',
      'experian',
      'transunion',
      'bureau',
      'credit agency',
    ],
    patterns: en(
      `\\b(?:tradeline deletion|credit sweep|score reset|credit wipe)\\b`,
      `\\b(?:inside|contact at|guy at|friend at)\\b[^.!?]{0,15}\\b(?:equifax|experian|transunion|the bureau|the credit agency)\\b[^.!?]{0,40}\\b(?:delete|erase|wipe|remove)`,
    ),
  },
];
