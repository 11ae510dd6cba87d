import { GAP, type PatternRuleSpec, YOU, YOUR, zh } from '../ruleTypes.js';
import { CLAUSE } from '../shared/zh.js';

/**
 * Harassment (Chinese): profanity.
 * Each rule's place in the order of findings: ../order.ts.
 */

const OATH_TARGET = '(?:大爷|妈|娘|祖宗|全家|奶奶|姥姥|八辈祖宗|十八代)';
const DEBT = '(?:欠钱|欠债|借钱|赖账|赖债|欠款|欠账|老赖|拖着|拖欠)';
const SCUM = '(?:垃圾|废物|人渣|败类|畜生|杂种|狗东西|贱人|贱货|玩意儿?|东西)';
const ELDERS = '(?:父母|爸妈|爹妈|家里|老人|你爸|你妈|家人)';
const PARENT = '(?:妈|爸|娘|老妈|老爸|老娘|全家|家里人|爹)';
const VICE =
  '(?:卖了?淫|卖身|卖(?=[,.!?。]|$)|赌了?博|烂赌|赌鬼|吸了?毒|毒鬼|婊子|干那行|老不死|骗子|贱货|不要脸|不得好死)';

export const HARASSMENT_PROFANITY_ZH: PatternRuleSpec[] = [
  {
    id: 'harassment.profanity',
    lang: 'zh',
    triggers: ['妈的', '日你', '去你的', '我靠', '靠北', '滚', 'tm'],
    patterns: zh(
      `(?:^|[,!?。\\s])妈的|日你(?:妈|大爷|全家|先人)|去你的(?=[,!?。]|$)|我靠(?=[,!?。]|$)|靠北|(?:给我)?滚(?=[,!?。]|$)|滚(?:出去|远点)|(?<=[\\u4e00-\\u9fff])tm(?:d|的)?|tm(?:d|的)?(?=[\\u4e00-\\u9fff])`,
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
    lang: 'zh',
    negatable: true,
    triggers: [
      '残',
      '瘸',
      '瞎',
      '聋',
      '哑',
      '活着',
      '去死',
      '脑子',
      '东西',
      '卖血',
      '卖肾',
      '可怜',
      '死了算了',
      '哭给',
    ],
    patterns: zh(
      `${YOU}(?:这个|个|这种|这)?${GAP(3)}(?:残废|瘸子|瘸腿|瞎子|聋子|哑巴|废人|没用的东西|狗东西|老东西)`,
      `活着(?:干嘛|干什么|有什么用|也是浪费|浪费|还有什么意思)|(?:赶紧|快|怎么不)去死|死了算了`,
      `(?:没|不)(?:给${YOU})?装脑子|(?:没|不长)脑子|脑子(?:有病|坏了|被驴踢|被门挤)`,
      `(?:去|就去)(?:卖血|卖肾)|装(?:什么)?可怜|哭给(?:谁|我)看`,
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
    id: 'harassment.profanity',
    lang: 'zh',
    triggers: ['草', '艹', '操', '肏', 'cao'],
    patterns: zh(
      // The oath's verb, then a bracket or a meme of a few characters, then its target.
      `(?:草(?![稿案拟莓地原坪药])|艹|操(?![心作办持练场纵劳])|肏|cao)(?:\\s*[（(【\\[][^）)】\\]]{0,10}[）)】\\]]\\s*|[^,;:!?。、\\n你]{0,6}?)${YOU}${OATH_TARGET}`,
    ),
  },
  {
    // "你这玩意儿", "什么玩意儿" are insults; "律师函那玩意儿" is a thing.
    id: 'harassment.profanity',
    lang: 'zh',
    triggers: ['玩意'],
    patterns: zh(
      `(?:${YOU}|他|她)(?:这|那)?(?:个)?(?:破|烂|狗|死)?玩意(?:儿)?|(?:什么|啥)(?:破|烂|狗)?玩意(?:儿)?|(?:破|烂|狗)玩意(?:儿)?`,
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
    // "装什么孙子", "哟，大忙人终于舍得回消息了", "就你矫情", "跟我有半毛钱关系": sneering and dismissal.
    id: 'harassment.profanity',
    lang: 'zh',
    negatable: true,
    triggers: [
      '装',
      '哟',
      '呦',
      '呵呵',
      '啧',
      '大忙人',
      '大老板',
      '大爷',
      '贵人',
      '稀客',
      '祖宗',
      '矫情',
      '关系',
      '关我',
      '他娘',
      '穷疯了',
      '穷得叮当响',
      '不要脸',
      '有脸',
    ],
    patterns: zh(
      `装什么(?:装|孙子|大爷|可怜|穷|蒜|死|好人|清高|糊涂)|装孙子`,
      `(?:哟|呦|哎呦|哎哟|呵呵|啧啧)[,!\\s]?${GAP(8)}(?:大忙人|大老板|大爷|贵人|大小姐|少爷|土豪|稀客|大人物)`,
      `(?:大忙人|大老板|贵人|稀客)${GAP(4)}(?:终于|还知道|舍得|肯|总算)`,
      `(?:真是|可真是)(?:位|个)?(?:大爷|祖宗|活祖宗)|(?:欠钱|欠债|借钱)的(?:是|才是|都是)(?:大爷|祖宗)`,
      `就${YOU}矫情|矫情(?:什么|个屁|啥)|跟我有(?:半毛钱|一毛钱|毛)关系|关我(?:屁|鸟|毛|啥)事|他娘的|穷疯了|穷得叮当响|真不要脸|还有脸(?:发|晒|说|哭|玩|吃)`,
    ),
  },
  {
    // "赖账不还的废物", "借钱不还的人渣", "穷鬼一个", "三十岁的人了还要爸妈替你还债".
    id: 'harassment.profanity',
    lang: 'zh',
    negatable: true,
    triggers: ['垃圾', '废物', '人渣', '败类', '畜生', '杂种', '东西', '贱', '玩意', '穷', '擦屁股', '人了'],
    patterns: zh(
      `${DEBT}(?:不还|不给|不认)?的${SCUM}`,
      `穷(?:鬼|逼|比|b)`,
      `(?:这么大|多大|老大不小|[一二三四五六七八九十\\d]+岁)的?人了${CLAUSE(6)}${ELDERS}${CLAUSE(6)}(?:擦屁股|还债|还钱|兜底|买单)`,
      `${ELDERS}${CLAUSE(4)}(?:给|替|帮)${YOU}擦屁股`,
    ),
  },
  {
    // "你爸是个烂赌鬼，你妈在外面卖", "你全家都是骗子", "你妈是干那行的吧".
    id: 'harassment.profanity',
    lang: 'zh',
    negatable: true,
    triggers: ['你妈', '你爸', '你娘', '你老', '你全家', '你家里人', '你爹'],
    patterns: zh(`你${PARENT}(?:就)?(?:是个?|在外面|去|都是|都)?${CLAUSE(3)}${VICE}`),
  },
];
