import { GAP, YOU, en, zh, type LexiconRule, type PatternRule } from './ruleTypes.js';

/**
 * Insults, labels and profanity. The word lists are matched on the compact view (no spaces,
 * punctuation or emoji), so split and disguised forms are caught; pinyin forms are listed.
 */
export const ABUSE_LEXICON: LexiconRule[] = [
  {
    id: 'defamation.insult', category: 'defamation', severity: 'high',
    words: [
      '老赖', '赖皮', '无赖', '人渣', '败类', '废物', '窝囊废', '白眼狼', '不要脸', '没脸没皮', '厚脸皮', '穷鬼', '穷光蛋',
      '傻逼', '傻b', '傻x', '煞笔', '沙比', '蠢货', '蠢猪', '笨蛋', '脑残', '猪狗不如', '畜生', '畜牲', '狗东西', '王八蛋',
      '混蛋', '贱人', '贱货', '下贱', '垃圾人', '蛀虫', '寄生虫', '瘪三', '屌丝', '丢人现眼', '臭不要脸', 'loser',
      'laolai', 'shabi', 'renzha', 'wulai', 'hundan', 'wangbadan', 'feiwu', 'qiongguang',
      'deadbeat', 'scum', 'scumbag', 'idiot', 'moron', 'imbecile', 'lowlife', 'freeloader', 'parasite', 'dumbass',
      'jackass', 'dimwit', 'halfwit', 'numbskull', 'sleazebag', 'dirtbag', 'welsher', 'welcher', 'degenerate', 'bum', 'freeloading', 'cheapskate', 'deadweight', 'goodfornothing',
      '无耻', '下三滥', '不知廉耻', '厚颜无耻', '死皮赖脸', '赖账鬼', '脑子进水', '脑子有坑', '被驴踢', '被门夹', '活该',
    ],
  },
  {
    id: 'harassment.profanity', category: 'harassment', severity: 'high',
    words: [
      '他妈的', '你妈的', '他娘的', '操你', '草你妈', '艹你', '肏', '卧槽', '尼玛', '你妈逼', '妈逼', '狗日的', '滚蛋', '滚开',
      '草泥马', '傻叉', 'tmd', 'cnm', 'nmsl', 'mlgb', 'wtf', 'stfu',
      'fuck', 'fucking', 'fucker', 'fuckoff', 'motherfucker', 'shit', 'bullshit', 'bitch', 'asshole', 'bastard', 'cunt',
      'twat', 'dickhead', 'goddamn', 'fck', 'fuk',
    ],
  },
];

export const ABUSE_RULES: PatternRule[] = [
  {
    id: 'defamation.label', category: 'defamation', severity: 'high', lang: 'zh',
    triggers: ['像你', '你这种', '你这样的', '你们这种', '骗子', '诈骗犯', '小偷', '贼', '强盗', '罪犯', '犯罪分子', '惯犯', '赖子', '赖账', '失信人', '垃圾', '废物', '人渣', '混混', '流氓', '撒谎', '说谎', '骗人', '耍赖', '装穷', '装死', '装傻', '骗我们', '二百五', 'sb'],
    patterns: zh(
      `${YOU}(?:就|真|简直|根本|分明|明明)?(?:是|就是|真是|这个|这种|这样的|个)(?:一个|个)?(?:大)?(?:骗子|诈骗犯|小偷|贼|强盗|罪犯|犯罪分子|惯犯|赖子|赖账的人|失信人|垃圾|废物|人渣|混混|流氓)`,
      `(?:像${YOU}|${YOU}这种|${YOU}这样的|你们这种|你们这些)(?:人)?(?:就是|都是|最)?(?:骗子|垃圾|赖账)`,
      `${YOU}(?:就是)?(?:在)?(?:撒谎|说谎|骗人|耍赖|赖账|装穷|装死|装傻|骗我们)`,
      `二百五(?![十元块万千百零一二三四五六七八九个])|(?<![a-z])sb(?![a-z])`,
      `(?:像你|你这种|你这样的|你们这种)${GAP(6)}(?:没信用|没良心|不讲信用|赖账|欠钱不还|借钱不还|借了不还|欠债不还|赖着不还|不还钱|不要脸|没皮没脸)${GAP(2)}的?(?:人|东西|货色)`,
    ),
  },
  {
    id: 'defamation.criminal_label', category: 'defamation', severity: 'high', lang: 'zh',
    triggers: ['犯罪', '诈骗', '偷', '盗窃', '骗钱', '欺诈', '恶意透支', '罪'],
    patterns: zh(
      `${YOU}(?:这|这样|这种行为|的行为)?(?:是|就是|属于|已经是|已经构成|构成|涉嫌|是在|就是在)(?:在)?(?:犯罪|诈骗|违法犯罪|偷|盗窃|骗钱|欺诈|恶意透支)`,
      `欠(?:钱|债)不还(?:就)?是(?:犯罪|诈骗|违法犯罪)`,
    ),
  },
  {
    id: 'defamation.label', category: 'defamation', severity: 'high', lang: 'en',
    triggers: ['grow up', 'parasite', 'leech', 'loser', 'scumbag', 'liar', 'cheat', 'thief', 'crook', 'fraud', 'scammer', 'con artist', 'swindler', 'deadbeat', 'bum', 'trash', 'garbage', 'clown', 'joke', 'disgrace', 'waste of space', 'piece of', 'stupid', 'dumb', 'lazy', 'greedy', 'irresponsible', 'useless', 'worthless', 'pathetic', 'disgusting', 'shameless', 'idiot', 'fool', 'moron', 'shame on', 'like you', 'lying', 'stealing', 'acting like'],
    patterns: en(
      `\\byou(?:'re| are|r)?\\s+(?:a |an |such a |nothing but a |just a |a (?:dirty|lying|filthy|typical|real|total|complete|fucking) )?(?:liar|cheat|cheater|thief|crook|fraud|fraudster|scammer|con artist|swindler|deadbeat|bum|trash|garbage|clown|joke|disgrace|waste of space|piece of (?:trash|garbage|work))\\b`,
      `\\byou(?:'re| are)?\\s+(?:so |really |just |too |being |such an? |an? )?(?:stupid|dumb|lazy|greedy|irresponsible|useless|worthless|pathetic|disgusting|shameless)\\b`,
      `\\b(?:stupid|dumb|lazy|greedy|useless|worthless|pathetic|disgusting) (?:person|people|man|woman|idiot|customer|debtor|excuse|loser)\\b|\\bonly an? (?:idiot|fool|moron)\\b`,
      `\\byou (?:\\w+ing |dirty |lazy |filthy |lying |cheating |worthless )?(?:bum|thief|liar|deadbeat|crook|parasite|loser|scumbag|leech|fraud)\\b|\\bgrow up\\b`,
      `\\b(?:people|folks|guys|types|debtors) like you (?:who|that)\\b|\\bshame on you\\b|\\b(?:people|debtors|deadbeats|losers|scum) like you (?:are|always|never|make|should)\\b|\\b(?:you|stop) (?:lying|stealing)\\b|\\byou liar\\b|\\bacting like an? (?:idiot|moron|child|fool)\\b`,
    ),
  },
  {
    id: 'defamation.criminal_label', category: 'defamation', severity: 'high', lang: 'en',
    triggers: ['crime', 'criminal', 'fraud', 'theft', 'stealing', 'stole', 'thief'],
    patterns: en(
      `\\b(?:you(?:'re| are)(?: committing)?|what you(?:'re| are) doing is|you(?:'ve| have) committed)\\s+(?:a |basically |plain |simply |just |nothing (?:less|short) than )?(?:crime|fraud|theft|stealing|criminal|illegal|a criminal offen[cs]e)\\b`,
      `\\b(?:that'?s|this is|that is) (?:theft|stealing)\\b|\\bstealing from (?:us|the bank)\\b|\\byou stole\\b`,
    ),
  },
  {
    id: 'harassment.profanity', category: 'harassment', severity: 'high', lang: 'zh',
    triggers: ['妈的', '日你', '去你的', '我靠', '靠北', '滚', 'tm'],
    patterns: zh(
      `(?:^|[,!?。\\s])妈的|日你(?:妈|大爷|全家|先人)|去你的(?=[,!?。]|$)|我靠(?=[,!?。]|$)|靠北|(?:给我)?滚(?=[,!?。]|$)|滚(?:出去|远点)|(?<=[\\u4e00-\\u9fff])tm(?:d|的)?|tm(?:d|的)?(?=[\\u4e00-\\u9fff])`,
    ),
  },
  {
    id: 'harassment.profanity', category: 'harassment', severity: 'high', lang: 'en',
    triggers: ['f*', 'sh*', 'b*', 'a*', 'as*', 'damn', 'dammit', 'crap', 'dick', 'piss', 'screw', 'to hell', 'the hell', 'bloody hell', 'prick', 'douche', 'my ass', 'your ass', 'dumb ass', 'lazy ass', 'fat ass', 'son of a'],
    patterns: en(
      `\\bf\\*+c?k*(?:ing|er|ed|s)?\\b|\\bf\\*+|\\bsh\\*+t(?:ty|s)?\\b|\\bb\\*+tch(?:es)?\\b|\\ba(?:s|\\*)\\*+hole\\b|\\ba\\*+s?hole\\b`,
      `\\b(?:god)?damn(?:ed|it)?\\b|\\bdammit\\b|\\bcrap(?:py)?\\b|\\bdick(?:head)?\\b|\\bpiss(?:ed)? off\\b|\\bscrew you\\b|\\bgo to hell\\b|\\bthe hell\\b|\\bbloody hell\\b|\\bprick\\b|\\bdouche(?:bag)?\\b|\\b(?:kiss my|your|dumb|lazy|fat) ass\\b|\\bson of a\\b`,
    ),
  },
];
