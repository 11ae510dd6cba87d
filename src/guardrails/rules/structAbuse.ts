import { GAP, YOU, en, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Abuse that hides from word lists: profanity masked with dashes, asterisks, blanks or brackets
 * ("f---", "a--", "[expletive]", "sh*t", 他m的, 你个×××); sexual and family defamation without a
 * listed word; taunting a suicide threat or a disability. FDCPA §1692d(2); DOMAIN.md.
 */
const MASK = '[-*_#@$%!]';
const FAMILY_ZH =
  '(?:老婆|老公|妻子|丈夫|媳妇|你妈|你爸|你妹|你姐|你女儿|你闺女|你家里人|你全家|你们家|你家)';

export const STRUCT_ABUSE_RULES: PatternRuleSpec[] = [
  {
    id: 'harassment.profanity',
    lang: 'en',
    triggers: ['-', '*', '_', '#', '@', '$', 'expletive', 'bleep', 'censored', 'deleted'],
    patterns: en(
      `\\b(?:f|s|a|b|c|d|p)${MASK}{2,}(?:ing|in|ed|er|s|hole)?(?![a-z])`,
      `\\b(?:f[-*_#@$%!]{1,3}(?:ck|k|king|kin|cking|cked)|sh[-*_#@$%!1]{1,2}t(?:ty)?|b[-*_#@$%!]{1,2}tch|a[-*_#@$%!]{1,2}s{0,2}(?:hole)?|d[-*_#@$%!]mn|c[-*_#@$%!]nt|bas[-*_#@$%!]{1,2}rd)(?![a-z])`,
      `[\\[(*<]\\s*(?:expletive|bleep|bleeped|censored|deleted|profanity)s?\\s*(?:deleted)?\\s*[\\])*>]`,
      `\\byou(?: \\w+)? (?:[-*_]{3,}|_{2,}\\w*)`,
    ),
  },
  {
    id: 'harassment.profanity',
    lang: 'zh',
    triggers: [
      '他m',
      '他妈',
      '尼玛',
      '特么',
      'tmd',
      'nmsl',
      'cnm',
      'mlgb',
      'nmb',
      'sb',
      's b',
      '傻',
      '×',
      'x',
      '*',
      '□',
      '○',
    ],
    patterns: zh(
      `他\\s?[m妈马吗麻](?:\\s?的|\\s?地|了)|特么|尼玛`,
      `(?<![a-z])(?:tmd|nmsl|cnm|wcnm|mlgb|nmb|sb|s\\s{1,2}b)(?![a-z])`,
      `傻\\s?[bx×*逼比屄b叉]`,
      `${YOU}(?:这)?(?:个|这种)\\s?[×xX*＊□○]{2,}`,
    ),
  },
  {
    id: 'defamation.insult',
    lang: 'zh',
    triggers: [
      '不干净',
      '偷人',
      '出轨',
      '乱搞',
      '野男人',
      '野女人',
      '野种',
      '绿帽',
      '卖的',
      '婊',
      '鸡',
      '德性',
      '一家子',
      '全家都是',
      '一家人都是',
      '遗传',
    ],
    patterns: zh(
      `${FAMILY_ZH}${GAP(12)}(?:不干净|偷人|出轨|乱搞|野男人|野女人|卖的|婊|做鸡|当鸡|是鸡|绿帽|野种)`,
      `(?:一家子|全家都是|一家人都是|全家人都是|一家都是)${GAP(6)}(?:骗子|老赖|赖子|这个德性|这德性|一路货|没一个好|垃圾|穷鬼)`,
      `(?:德性|赖账|骗人|不要脸)${GAP(6)}(?:遗传|随你妈|随你爸|家传)|(?:随|像)(?:你妈|你爸)${GAP(4)}(?:赖账|骗|德性)`,
    ),
  },
  {
    id: 'defamation.insult',
    lang: 'en',
    triggers: [
      'sleeps around',
      'sleeping around',
      'cheat',
      'whore',
      'slut',
      'hooker',
      'bastard',
      'whole family',
      'runs in',
    ],
    patterns: en(
      `\\b(?:wife|husband|mother|mom|mum|daughter|sister|girlfriend|boyfriend|partner)\\b[^.!?]{0,20}\\b(?:sleeps around|sleeping around|cheats|cheating on|is a (?:whore|slut|hooker)|whore|slut|hooker)`,
      `\\byour (?:whole )?family\\b[^.!?]{0,12}\\b(?:are|is) (?:all )?(?:thieves|liars|deadbeats|crooks|trash|frauds|scum)`,
      `\\b(?:bastard (?:kids?|children|son|daughter))\\b|\\b(?:deadbeat|lying|stealing)\\w* runs in (?:the|your) family`,
    ),
  },
  {
    id: 'harassment.suicide_taunt',
    lang: 'zh',
    triggers: ['跳楼', '跳河', '跳江', '自杀', '去死', '寻死', '喝药', '上吊', '死了'],
    patterns: zh(
      `(?:跳楼|跳河|跳江|自杀|去死|寻死|喝药|上吊)(?:啊|吧|呗|去呀|去啊|好了)`,
      `(?:跳楼|跳河|跳江|自杀|去死|寻死|喝药|上吊|死了)${GAP(6)}(?:债|钱)${GAP(4)}(?:也|照样|还是)(?:不会|得|要|没)`,
      `不是(?:说)?(?:要|想)(?:跳楼|跳河|自杀|去死|寻死|喝药|上吊)(?:吗|么|嘛)`,
      `(?:有本事|敢)(?:就)?(?:去)?(?:跳楼|跳河|自杀|死)`,
    ),
  },
  {
    id: 'harassment.suicide_taunt',
    lang: 'en',
    triggers: ['kill yourself', 'kill urself', 'kys', 'jump', 'die', 'dying', 'death'],
    patterns: en(
      `\\b(?:go (?:ahead and )?|then |just )?(?:kill yourself|kill urself|kys)\\b`,
      `\\b(?:go (?:ahead and )?|then )jump\\b|\\bjump (?:off|then|already)\\b`,
      `\\beven if you (?:die|kill yourself|jump)\\b|\\b(?:dying|killing yourself|death) (?:won't|will not|doesn't|does not) (?:get you out|erase|clear|cancel|stop)`,
    ),
  },
  {
    id: 'discrimination.disability',
    lang: 'zh',
    triggers: ['瘸', '瞎子', '聋子', '哑巴', '残废', '智障', '弱智', '脑残', '傻子', '拐子', '残疾'],
    patterns: zh(
      `瘸子|瘸腿|瞎子|聋子|哑巴|残废|智障|弱智|脑残|傻子|拐子`,
      `(?:别|不要|少)(?:拿|用)${GAP(2)}残疾${GAP(4)}(?:当|做)?(?:借口|挡箭牌)`,
    ),
  },
  {
    id: 'discrimination.disability',
    lang: 'en',
    triggers: ['cripple', 'retard', 'wheelchair', 'disabled', 'disability', 'blind', 'deaf'],
    patterns: en(
      `\\bcripple[ds]?\\b|\\bretard(?:ed|s)?\\b`,
      `\\b(?:wheelchair|disabled|disability|blind|deaf)\\b[^.!?]{0,25}\\b(?:doesn't|does not|don't|isn't|is not)\\b[^.!?]{0,10}\\b(?:stop|excuse|get you out)`,
      `\\b(?:using|use|hiding behind) (?:your|the) (?:disability|wheelchair) as an? excuse`,
    ),
  },
  // dev-s5 classes: character attacks with no listed word (人品有问题, 就你这德行, 脑子有问题); calls
  // that hop numbers when blocked; contempt for depression or distress.
  {
    id: 'defamation.insult',
    lang: 'zh',
    negatable: true,
    triggers: ['人品', '德行', '德性', '熊样', '脑子', '蛀虫', '人渣', '败类'],
    patterns: zh(
      `人品${GAP(4)}(?:有问题|太差|真差|低劣|不行|败坏)`,
      `(?:你这|就你这|瞧你这|看你这)(?:副|个)?(?:德行|德性|熊样|样子)`,
      `${YOU}(?:是不是)?脑子(?:有问题|有病|进水|坏了|不好使|被驴踢)`,
      `蛀虫|人渣|败类`,
    ),
  },
  {
    id: 'harassment.relentless_contact',
    lang: 'zh',
    negatable: true,
    triggers: ['一次', '拉黑', '换号'],
    patterns: zh(
      `(?:每)?(?:半小时|半个小时|一小时|一个小时|[一二两三五十]+分钟|\\d+分钟)(?:就)?(?:打|call|发|联系)一次`,
      `拉黑${GAP(6)}(?:也)?(?:没用|照样|换号)|换(?:个)?号(?:码)?${GAP(4)}(?:接着|继续|照样)(?:打|联系)`,
    ),
  },
  {
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: true,
    triggers: ['block'],
    patterns: en(
      `\\bblock (?:us|me|our number)\\b[^.!?]{0,40}\\b(?:numbers|(?:another|other|new|different) (?:number|phone|line))\\b`,
    ),
  },
  {
    id: 'harassment.suicide_taunt',
    lang: 'en',
    negatable: true,
    triggers: ['whin', 'moan', 'crying', 'complain', 'cry'],
    patterns: en(
      `\\b(?:whin(?:e|ing)|moan(?:ing)?|crying|complaining|cry) (?:about|over)\\b[^.!?]{0,20}\\b(?:depress\\w*|anxiety|anxious|suicid\\w*|mental|sick|illness|cancer|disabilit\\w*|grief)`,
    ),
  },
  // check-s5 classes (seen): contempt for the person's existence, insults with an adjective in
  // front ("an ungrateful leech"), sneers at distress, "son of a…", minced oaths, minute-by-minute calls.
  {
    id: 'defamation.insult',
    lang: 'zh',
    negatable: true,
    triggers: ['浪费空气', '浪费粮食', '没脸没皮', '白眼狼', '脸皮'],
    patterns: zh(`浪费空气|浪费粮食|没脸没皮|白眼狼|脸皮(?:真|太|比城墙)?厚`),
  },
  {
    id: 'defamation.insult',
    lang: 'en',
    negatable: true,
    triggers: ['waste of', "you're", 'you are'],
    patterns: en(
      `\\bwaste of (?:oxygen|air|space|skin)\\b`,
      `\\byou(?:'re| are) (?:a|an|such a|such an|just a|nothing but a|the most)\\s+(?:\\w+\\s+){0,2}?(?:leech|parasite|freeloader|moocher|sponge|lowlife|scumbag|disgrace|failure|clown|shameless|pathetic|worthless|spineless)\\b`,
    ),
  },
  {
    id: 'harassment.profanity',
    lang: 'en',
    triggers: ['s.o.b', 'sob', 'son of a', "f'in", 'effing'],
    patterns: en(
      `\\byou (?:s\\.?o\\.?b)\\b(?! stor)|\\bs\\.o\\.b\\b|\\bson of a (?:bitch|b\\W)|\\bf'(?:ing|in)\\b|\\beffing\\b`,
    ),
  },
  {
    id: 'harassment.suicide_taunt',
    lang: 'zh',
    negatable: true,
    triggers: ['可怜', '卖惨', '就能'],
    patterns: zh(
      `装(?:什么)?可怜|卖惨`,
      `(?:抑郁|生病|有病|残疾|想不开|自杀)${GAP(6)}就能(?:不还|不用还|赖掉)`,
    ),
  },
  {
    id: 'harassment.suicide_taunt',
    lang: 'en',
    negatable: true,
    triggers: ['sob story', 'claiming', 'playing the', 'pulling the'],
    patterns: en(
      `\\bsob story\\b|\\b(?:claiming|playing|pulling) (?:the )?(?:depression|anxiety|mental health|illness|sick|disability|suicid\\w*)(?: card)?\\b`,
    ),
  },
  {
    id: 'harassment.relentless_contact',
    lang: 'zh',
    negatable: true,
    triggers: ['分钟', '小时'],
    patterns: zh(
      `(?:每|每隔)(?:半个?小时|一个?小时|[一二两三五十]+分钟|\\d+分钟)${GAP(6)}(?:打|发|联系)一(?:个|次|通|遍)`,
    ),
  },
  {
    id: 'harassment.relentless_contact',
    lang: 'en',
    negatable: true,
    triggers: ['minutes'],
    patterns: en(`\\bevery (?:\\d+|few|five|ten|fifteen|twenty|thirty) minutes\\b`),
  },
  // probe-s5 classes (seen): compared with animals, "then don't" said to someone who can't go on.
  {
    id: 'defamation.insult',
    lang: 'zh',
    negatable: true,
    triggers: ['区别', '不如', '狗', '猪'],
    patterns: zh(`跟(?:狗|猪|畜生|禽兽)(?:有什么|没什么|没啥)区别|猪狗不如|(?:连)?狗都不如`),
  },
  {
    id: 'defamation.insult',
    lang: 'en',
    triggers: ["dog's", 'worse than a', 'no better than a', 'people like you'],
    patterns: en(
      `\\blike a dog's\\b|\\b(?:worse than|no better than) an? (?:dog|pig|rat|animal)\\b`,
      `\\bpeople like you (?:shouldn't|should not|don't deserve|do not deserve)\\b`,
    ),
  },
  {
    id: 'harassment.suicide_taunt',
    lang: 'zh',
    triggers: ['别活了', '去死', '活不下去'],
    patterns: zh(`那(?:就|你就)?别活了|那(?:你)?就去死|活不下去${GAP(8)}(?:那就|就去)`),
  },
  {
    id: 'harassment.suicide_taunt',
    lang: 'en',
    triggers: ['go on', 'want to die', 'end it'],
    patterns: en(
      `\\b(?:can't go on|want to die|end it all|end it)\\b[^.!]{0,20}\\bthen (?:don't|do it|go ahead)\\b`,
    ),
  },
];
