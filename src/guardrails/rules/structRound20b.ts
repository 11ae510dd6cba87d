import { en, GAP, YOU, YOUR, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Classes round 20b showed read under one category only (guard11b, eleventh session), written by
 * class with wordings of their own (the round's items are seen regression, never fitted):
 * a threat to expose the person (a poster, a photo or ID sent to groups, friends told) is a threat
 * as well as a privacy breach; an insult said to the person is harassment as well as defamation;
 * the police said to come and take the person in, bank or payment accounts said frozen until paid,
 * and years in prison held over the person are false legal claims.
 * 信用卡业务监督管理办法 Art. 69; FDCPA §1692d(1)-(2), §1692e(4)-(5), §1692c(b).
 */
// One sentence of Latin text with no negation or reported speech in it.
const EN_GAP = (n: number): string =>
  String.raw`(?:(?!\b(?:not|never|no|won't|isn't|aren't|doesn't|don't|can't|cannot|says?|said|claims?|tells?)\b|n't\b)[^.!?\n]){0,${n}}?`;
const ZH_WHERE =
  '(?:小区|公告栏|楼道|电梯|村里|村口|单位|公司|朋友圈|微信群|家族群|群里|的群|联系人|通讯录|亲友|亲戚|邻居|同事|网上|抖音|微博|快手)';
const EN_AUDIENCE = String.raw`(?:facebook|instagram|tiktok|twitter|linkedin|friends(?: list)?|followers|contacts|neighbou?rs|co-?workers|colleagues|group chats?|church|boss)`;
const EN_WE_WILL = String.raw`\b(?:i|we)(?:'ll| will| are going to|'re going to| am going to|'m going to| gonna)\b`;
const ZH_NUM = '(?:[一二三四五六七八九十两几\\d]+)';

export const STRUCT_ROUND20B_RULES: PatternRuleSpec[] = [
  {
    // "…就把你的欠款信息贴到小区公告栏", "…马上把你的照片发到联系人群里": exposure as a threat.
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: ['把', '将'],
    patterns: zh(
      `(?:就|会|将会|要|马上|立刻|立即|直接)${GAP(4)}(?:把|将)${YOUR}${GAP(16)}(?:贴|发|挂|公布|曝光|传|印|做成|告诉)${GAP(14)}${ZH_WHERE}`,
    ),
  },
  {
    // Insults said to the person: "你真是垃圾", "活着都浪费空气".
    id: 'harassment.profanity',
    lang: 'zh',
    negatable: true,
    triggers: ['浪费', '垃圾', '废物', '人渣', '败类', '窝囊废'],
    patterns: zh(
      `活着${GAP(4)}(?:浪费|糟蹋)(?:空气|粮食|资源|时间)`,
      `(?:真是|就是|简直是|纯属|简直就是|根本就是)(?:个|一个)?(?:垃圾|废物|人渣|败类|窝囊废)(?!短信|邮件|电话|信息|广告|分类|桶|处理|回收)`,
    ),
  },
  {
    // Insults said to the person: "you lazy deadbeat", "ur just worthless".
    id: 'harassment.profanity',
    lang: 'en',
    negatable: true,
    triggers: ['you', 'ur', 'u'],
    patterns: en(
      String.raw`\b(?:you|u|ya)\s+(?:lazy|dirty|lying|filthy|worthless|useless|stupid|broke|cheap|pathetic)\s+(?:deadbeat|loser|bum|parasite|leech|scumbag|lowlife|moocher|freeloader|idiot|moron)\b`,
      String.raw`\b(?:you(?:'re| are)|ur|u r|you r|u're)\s+(?:just |so |really |such |totally |being )*(?:lazy|worthless|useless|pathetic)\b`,
    ),
  },
  {
    // The police said to come and take the person in: "派出所出警带您回去协助调查".
    id: 'false_legal.arrest',
    lang: 'zh',
    negatable: true,
    triggers: ['带', '押'],
    patterns: zh(
      `(?:派出所|公安|警察|民警|警方)${GAP(14)}(?:带|押)(?:${YOU})(?:回去|回所|走|到|去|回)${GAP(8)}(?:协助调查|配合调查|做笔录|问话|调查|派出所|所里)`,
    ),
  },
  {
    // Bank or payment accounts said frozen until paid: "您的银行账户、微信和支付宝已被冻结".
    id: 'false_legal.invented_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['冻结'],
    patterns: zh(
      `(?:银行账户|银行卡|储蓄卡|借记卡|工资卡|存款|微信|支付宝|财付通|名下(?:所有)?(?:的)?账户)${GAP(12)}(?:已经被|已被|将被|会被|要被|都被|全被|被)(?:法院|司法)?冻结`,
    ),
  },
  {
    // Years in prison held over the person: "你这个金额够判三年以上了".
    id: 'false_legal.arrest',
    lang: 'zh',
    triggers: ['判'],
    patterns: zh(`(?:够|足够|足以)(?:判|被判)${YOU}?${GAP(2)}${ZH_NUM}年`),
  },
];

export const STRUCT_ROUND20B_EN: PatternRuleSpec[] = [
  {
    // Friends, followers, neighbours told of the debt as a threat.
    id: 'threat.intimidation',
    lang: 'en',
    negatable: true,
    triggers: ['make sure', 'post', 'share', 'tell', 'send', 'plaster', 'spread'],
    patterns: en(
      String.raw`\b(?:i|we)(?:'ll| will| am going to|'m going to| are going to|'re going to| gonna)? make sure\b${EN_GAP(20)}\b(?:everyone|everybody|all (?:of )?your|your)\b${EN_GAP(30)}\b${EN_AUDIENCE}\b${EN_GAP(30)}\b(?:hears?|knows?|finds? out|learns?|sees?)\b`,
      String.raw`${EN_WE_WILL}${EN_GAP(6)}\b(?:post|share|plaster|spread|send)\b${EN_GAP(30)}\b(?:debt|unpaid|balance|bill|photos?|pictures?|id)\b${EN_GAP(30)}\b${EN_AUDIENCE}\b`,
      String.raw`${EN_WE_WILL}${EN_GAP(6)}\b(?:tell|text|message|email)\b (?:all (?:of )?|every one of |each of |everyone (?:on|in) )?your (?:facebook |instagram )?${EN_AUDIENCE}\b${EN_GAP(20)}\b(?:about|that you)\b`,
    ),
  },
  {
    // Bank or payment accounts said frozen: "your bank and PayPal accounts will be frozen".
    id: 'false_legal.invented_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['frozen'],
    patterns: en(
      String.raw`\byour (?:bank|checking|savings|paypal|venmo|cash app|debit)\b${EN_GAP(30)}\b(?:accounts?|wallet)\b${EN_GAP(10)}\b(?:will be|are being|is being|have been|has been|are|is|get) frozen\b`,
    ),
  },
];
