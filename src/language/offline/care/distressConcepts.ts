/**
 * Word classes the learned scorer sees besides n-grams, so that what it learns from one word
 * carries to the others of its class: a phrasing with "安定" or "painkillers" is scored like the
 * training phrasings with "安眠药" or "pills", "the tracks" like "the bridge". Each message gives
 * the classes it holds (`k:MEANS`) and every pair of them (`kk:MEANS+READY`), so a means with a
 * preparation, or an edge with a time, weighs more than either alone. Matched on the `careText`
 * form (simplified, lower case, emoji spelled out).
 *
 *   conceptFeatures('今天去买了好多安定片') // ['k:MEANS', 'k:READY', 'k:TIME', 'kk:MEANS+READY', ...]
 */
const CONCEPTS: readonly [string, RegExp][] = [
  [
    'MEANS',
    /安眠药|安定|药片|农药|百草枯|敌敌畏|老鼠药|鼠药|炭|煤气|绳|刀|毒药|一瓶药|\b(?:pills?|tablets|meds|medication|painkillers|rope|noose|knife|blade|razor|gun|exhaust|hose|charcoal|poison|bleach|overdose|od)\b/,
  ],
  [
    'EDGE',
    /楼顶|天台|阳台|窗台|窗户|桥|江边|河边|海边|湖边|跳江|跳河|跳海|铁轨|轨道|悬崖|高楼|楼上|\d+楼|\b(?:roof|rooftop|bridge|ledge|edge|balcony|tracks|rails|cliff|pier|overpass|railing|drop)\b/,
  ],
  [
    'READY',
    /买了|买好|囤|攒|凑够|备好|藏|磨好|准备好|写好|放好|安排好|交代|\b(?:bought|stockpil\w*|saved up|saving|collected|ready|sharpened|prepared|hoard\w*|arranged|sorted out|lined up|counted)\b/,
  ],
  [
    'END',
    /结束|了断|了结|解脱|消失|走了|离开|不在了|告别|再见|永别|一了百了|\b(?:end|ends|ending|over|gone|goodbye|bye|disappear|vanish|stop|check out|let go|finish it)\b/,
  ],
  [
    'DEATH',
    /死|自杀|轻生|阎王|黄泉|坟|墓|棺|收尸|遗书|遗言|遗嘱|后事|下辈子|来世|天堂|\b(?:die|dead|death|dying|suicid\w*|kill|killing|grave|coffin|funeral|will|buried|heaven|afterlife|unalive|kms)\b/,
  ],
  [
    'TIME',
    /今晚|今天|明天|周末|这几天|最后|月底|下个月|过后|之后|永远|再也|\b(?:tonight|today|tomorrow|weekend|last|final|after|anymore|forever|soon|longer|christmas|monday|friday)\b/,
  ],
  ['WAKE', /醒|睁眼|睡过去|长眠|\b(?:wake|waking|asleep|sleep forever|never wake)\b/],
  ['LIFE', /活|生命|人生|这辈子|世界|存在|\b(?:alive|live|living|life|exist|existing|world|born|here)\b/],
  [
    'KIN',
    /孩子|儿子|女儿|老婆|老公|爸|妈|家人|家里|父母|\b(?:kids?|children|son|daughter|wife|husband|mom|mum|dad|family|parents)\b/,
  ],
  [
    'BURDEN',
    /拖累|连累|负担|累赘|多余|废物|丢人|没脸|没我|没有我|\b(?:burden|dead weight|worthless|useless|waste of|better off|without me|happier)\b/,
  ],
  [
    'HOPELESS',
    /没意义|没意思|绝望|没希望|看不到|撑不|熬不|放弃|受够|累了|没用|极限|\b(?:no point|pointless|hopeless|no way out|give up|giving up|can't go on|tired of|can't do this|no reason|nothing left)\b/,
  ],
  [
    'NEGATED',
    /不会(?:想不开|做傻事|自杀|寻短见|跳)|别担心|放心|\b(?:not suicidal|not going to (?:hurt|kill|do anything)|never (?:kill|hurt))\b/,
  ],
  [
    'PAY',
    /还款|还上|还清|结清|分期|工资|利息|手续费|账单|转账|最低|额度|先还|一次性|\b(?:pay|paid|paying|payment|plan|instal+ments?|fee|interest|bill|transfer|salary|balance|settle|minimum|autopay)\b/,
  ],
  ['LAUGH', /哈哈|笑死|累死|饿死|热死|烦死|气死|困死|吓死|老命|\b(?:lol|haha\w*|lmao|jk)\b|😂|🤣/u],
  ['OTHER', /邻居|朋友|同事|新闻|他|她|\b(?:he|she|his|her|friend|neighbou?r|news)\b/],
  [
    'UNREACHABLE',
    /不用再(?:打|催|发|寄|联系)|别再(?:打|催|发|寄)|联系不上|找不到(?:我|人)|没人接|没(?:有)?这个人|\b(?:no need to|don'?t bother|won'?t hear from me|won'?t be (?:here|around|picking up|answering)|no one (?:here|at this)|nobody (?:here|left)|can'?t reach me|won'?t (?:be able to )?reach me|stop (?:the )?(?:calling|letters|chasing))\b/,
  ],
  [
    'LASTWORD',
    /最后一(?:条|句|次)|说再见|告别|\b(?:last (?:message|text|time|thing|words?)|my goodbye|goodbye|farewell|thank you for everything)\b/,
  ],
  [
    'FAITH',
    /天家|天上|上帝|主啊|佛祖|老天|地府|阴曹|\b(?:god|lord|jesus|maker|heaven|pray(?:ing)?|forgive me)\b/,
  ],
  [
    'HANDOVER',
    /托付|托给|交给|留给|送人|送给|送到|归(?:她|他)|交代|钥匙|密码|\b(?:gave (?:away|my)|give away|giving away|found a (?:good )?home|take (?:the|my) (?:kids|cat|dog)|raise my|look after my|passwords?|keys|note for)\b/,
  ],
  [
    'TIDY',
    /收拾(?:干净|好)|叠好|整理好|打扫|删了|注销|写好|\b(?:cleaned|tidied|deleted|wrote (?:the )?(?:letters?|notes?)|it'?s time|arranged|all set)\b/,
  ],
  [
    'FOREVER',
    /永远|再也|彻底|从此|\b(?:for good|permanently|ever again|from now on|never again|for the best)\b/,
  ],
  [
    'ORDINARYREASON',
    /结清|还清|换号|新号|搬家|新地址|出差|培训|发工资|\b(?:paid off|new (?:number|address)|moved|moving|cruise|shift|refund|autopay|settlement|inspection|lawyer)\b/,
  ],
  ['FIRST', /我|自己|\b(?:i|me|my|myself|i'm)\b/],
  // Warning signs by concept (round S10), so that what one wording teaches carries to the next
  // wording of the same sign, in either language.
  [
    'TRAPPED',
    /出路|退路|死路|绝路|走投无路|死局|困死|逼到|无路可走|没路|只剩(?:一条|最后)|笼子|\b(?:no way out|no escape|trapped|cornered|boxed in|only (?:one )?(?:way|option|exit|door)|dead end|nowhere to (?:run|go|turn|hide)|no exit|closing in)\b|chu lu|tui lu|jue lu/,
  ],
  [
    'PAIN',
    /痛苦|煎熬|折磨|受罪|地狱|受刑|受不了|忍不了|刀割|生不如死|\b(?:unbearable|agony|torture|tortured|suffering|suffer|pain|hurts?|can't take (?:it|any)|can't stand)\b|tong ku/,
  ],
  [
    'NOFUTURE',
    /没有?(?:未来|以后|明天|下个月|下辈子)|到头了|这辈子完了|一片黑|没(?:有)?盼头|\b(?:no future|no tomorrow|nothing ahead|no next|(?:won't|never) (?:ever )?get better|life is over|won't be (?:a me|here|around)|there won't be|no point (?:planning|making))\b|mei you (?:ming tian|wei lai|yi hou)/,
  ],
  [
    'CANTGOON',
    /(?:坚持|撑|扛|熬|走|活|挺)不(?:下去|住|动)|到此为止|放弃|\b(?:can't (?:go on|keep (?:going|on)|carry (?:on|this)|do this|continue)|don't want to continue|give up|giving up|i quit|holding on|nothing left in me|running on empty)\b|(?:jian chi|cheng|huo|kang) bu (?:xia qu|zhu)/,
  ],
  [
    'PAST',
    /(?:上次|之前|以前|去年|前年|上个月|曾经|那次|又).{0,10}(?:试过|割|吞|跳|洗胃|救|自杀|没死成|差点)|洗胃|没死成|疤|精神科|\b(?:tried (?:to|once|before)|attempt\w*|last time|overdosed|stomach pumped|psych ward|scars?|again|almost went through|nearly didn't make it|been here before)\b|mei si cheng/,
  ],
  [
    'DISSOC',
    /不真实|麻木|空壳|行尸走肉|灵魂|做梦|隔着|不认识|已经死了|死了一半|飘在|\b(?:unreal|numb|empty|shell|ghost|outside (?:of )?my(?:self| body)|floating|not real|walking dead|zombie|on a screen|behind glass|already (?:dead|gone|died)|not here)\b/,
  ],
  [
    'WISH',
    /(?:希望|盼|巴不得|但愿|祈祷|真想|好想|只想).{0,8}(?:死(?!你|您)|没了|醒|消失|撞|出事|不在|解脱)|\b(?:wish (?:i|a)|hope i|pray i|rather be dead|never been born|fantasi[sz]\w* about)\b/,
  ],
];

/** Words that turn a concept after them (within NEGATION_REACH characters) into its negated form. */
const NEGATOR = /不|没|别|未|\b(?:not|no|never|won't|don't|can't|isn't|ain't)\b/g;
const NEGATION_REACH = 12;
/** Concepts also read with their negation: "not going to kill myself" is not "kill myself". */
const SCOPED = new Set(['DEATH', 'END', 'MEANS', 'LIFE', 'WAKE', 'HOPELESS', 'CANTGOON', 'WISH', 'BURDEN']);

/** The word classes of one text and every pair of them, as scorer features. */
export function conceptFeatures(text: string): string[] {
  const found = CONCEPTS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
  const out = found.map((name) => `k:${name}`);
  const negators = negatorEnds(text);
  if (negators.length > 0)
    for (const [name, pattern] of CONCEPTS) {
      if (!SCOPED.has(name)) continue;
      const at = pattern.exec(text)?.index;
      if (at !== undefined && negators.some((end) => end <= at && at - end <= NEGATION_REACH))
        out.push(`n:${name}`);
    }
  for (let i = 0; i < found.length; i += 1) {
    for (let j = i + 1; j < found.length; j += 1) out.push(`kk:${found[i] ?? ''}+${found[j] ?? ''}`);
  }
  return out;
}

/** Where each negating word of a text ends. */
function negatorEnds(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(NEGATOR)) out.push(m.index + m[0].length);
  return out;
}
