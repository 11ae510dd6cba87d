import type { DistressRule } from './distressRule.js';

/**
 * Rules by class, round 7: a method named with a preparation ("买了好多安定", "sharpened the
 * knife"), a place of height or water with a movement toward it, car exhaust in a closed garage,
 * a will or a grave arranged, a time-bound ending ("after tonight", "撑不到下个还款日"), a wish not
 * to wake or to have been born, death said through folk figures (阎王, 黄泉, 孟婆汤, 见马克思), the
 * debt that "ends with me", and a threat of dying tied to a collection step. Each pattern names a
 * class of words, not one sentence; written from the classes and the own set ownSet7.ts, never
 * from a blind round.
 */
const rule = (family: DistressRule['family'], pattern: RegExp, negatable = true): DistressRule => ({
  family,
  pattern,
  negatable,
});

/** Means of self-harm in Chinese, as objects one can buy, keep or prepare. */
const MEANS_ZH =
  '(?:安眠药|安定(?:片|药)?|药片|农药|百草枯|敌敌畏|老鼠药|鼠药|木炭|炭|绳子|麻绳|刀片|刀|煤气|止痛药|降压药)';
/** Verbs of getting or readying them. */
const READY_ZH = '(?:买|囤|攒|凑|备|藏|找出来|磨|准备|存)';
/** Places of height or water. */
const EDGE_ZH =
  '(?:江边|河边|海边|湖边|桥上|大桥|桥边|栏杆|铁轨|轨道|楼顶|天台|阳台|窗台|窗户|顶楼|高楼|悬崖)';

export const CLASS_RULES: readonly DistressRule[] = [
  // Methods prepared, zh-CN.
  rule(
    'method',
    new RegExp(
      `${READY_ZH}(?:了|好了|够了|齐了)?[^。！？]{0,6}(?:好多|很多|一堆|一把|一瓶|几瓶|两瓶|一大?包)${MEANS_ZH}|${READY_ZH}(?:好|够|齐)了?[^。！？]{0,4}${MEANS_ZH}|${MEANS_ZH}(?:都|已经|也)?(?:磨好|磨快|买好|攒够|凑够|囤好|准备好|备好)|(?:凑|攒)够了?[^。！？]{0,4}(?:一瓶|一把|几瓶)|刀[^。！？]{0,4}(?:枕头|床头)(?:底下|下面|边)|(?:绳子|麻绳)[^。！？]{0,8}(?:系|挂|绑)在|煤气[^。！？]{0,6}(?:打开|开着|开了)|(?:封好|封死|封上)[^。！？]{0,10}炭|炭[^。！？]{0,3}(?:点上|点着|烧上|也点)`,
    ),
    false,
  ),
  // A means taken: "喝了农药", "吞下一把安眠药".
  rule(
    'method',
    /(?:喝|吃|吞|服)(?:了|下|掉)(?:一?(?:瓶|把|整瓶|堆|盒)|好多|很多)?(?:农药|安眠药|百草枯|敌敌畏|老鼠药|鼠药|安定)/,
  ),
  // A place of height or water, and a movement toward the drop.
  rule(
    'method',
    new RegExp(
      `${EDGE_ZH}[^。！？]{0,10}(?:想下去|想走进去|翻出去|翻下去|翻过去|往下看|外面站|外面坐)|(?:站|坐|蹲|爬)(?:在|到)[^。！？，,]{0,4}${EDGE_ZH}外|${EDGE_ZH}[^。！？]{0,10}不(?:回来|回去)了|(?:铁轨|轨道)(?:边|上|旁)[^。！？]{0,4}(?:坐|躺|站|等)|(?:\\d+|[一二三四五六七八九十]+)(?:楼|层)[^。！？]{0,6}往下(?:看|跳)|抱着孩子(?:一起)?(?:跳|死|走)|带着孩子(?:一起)?(?:死|跳|走了)`,
    ),
    false,
  ),
  // Wrist cuts, said in a count.
  rule('method', /(?:手腕|胳膊|手臂)[^。！？]{0,6}(?:划|割)了(?:好几|几|很多|一)道/, false),
  // A wish not to wake, or not to have been born.
  rule(
    'euphemism',
    /一睡不醒|长睡不醒|睡着了?就别(?:再)?醒|不想再睁(?:开)?眼|再也不想睁(?:开)?眼|希望[^。！？]{0,8}不(?:要)?(?:再)?醒(?:过来|来)|为什么还(?:醒着|活着)|(?:从来)?没(?:有)?(?:被)?(?:出生|生下来)(?:就好|该多好)|不该(?:被)?生下来|不该来到这个世界|消失在(?:这个)?世界|不如(?:我|让我)?(?:消失|死掉|死了|不在了)|让(?:我)?自己消失|死的勇气|(?:不疼|不痛|没有痛苦|无痛)地?(?:走|死|结束|离开)|怎么(?:才能)?(?:死|走)[^。！？]{0,4}(?:不疼|不痛|比较快|舒服)/,
  ),
  // Death said through folk figures and places.
  rule(
    'euphemism',
    /见马克思|(?:见|找)阎王|阎王(?:爷)?(?:那|要|收)|黄泉|孟婆汤|奈何桥|(?:给我|来)收尸|(?:就是|是)我的死期|老天(?:爷)?(?:收了我|把我收走)|(?:我的|人生的?|这辈子的?)路(?:也)?(?:就)?走到(?:了)?头|走到(?:了)?人生(?:的)?尽头|死在你们(?:公司|银行|门口|面前)|就(?:死|吊死|跳)在你们/,
    false,
  ),
  // Time-bound endings.
  rule(
    'indirect',
    /我(?:真的|可能|怕是|应该|已经)?(?:撑|熬|挺)不到[^。！？，,]{0,8}了|活不到|(?:过了|过完)?(?:今晚|今天|这周|这个月)(?:过后|以后|之后|过完)?[^。！？]{0,6}一切(?:就)?(?:都)?(?:结束|没了)|(?:就|再也)不用(?:再)?(?:操心|担心|管)(?:任何|什么)事|只给自己(?:留|剩)(?:到)?|(?:放心|安心|安安静静|悄悄|静静)地?(?:走|结束|离开)(?!路|动|了[一几]|开)|我(?:已经)?(?:决定|想好)了[^。！？]{0,4}(?:就这几天|(?:这几天|这周末?|今晚|明天)就走)|没人(?:的|认识我的)?地方[^。！？]{0,10}(?:结束|了断|安静地走|不回来)|最后一次(?:给|跟|和|对)(?:你们|您)[^。！？]{0,4}(?:回|发)(?:消息|信息)|(?:你们)?就?(?:找不到|联系不上)(?:这个人|我这个人)|这个号(?:就)?没人了/,
  ),
  // "人要是走了，这笔债是不是就一笔勾销了": one's own death as the end of the debt (said of a
  // relative, "我爸人走了，债还要还吗", it is a bereaved family's question: see distressOrdinaryUse).
  rule(
    'indirect',
    /人(?:要是|如果|万一)?(?:走了|死了|没了|不在了)[^。！？]{0,10}(?:债|欠款|钱)[^。！？]{0,8}(?:一笔勾销|勾销|不用还|就清了|就没了)/,
  ),
  // Burden and worthlessness, said of living.
  rule(
    'indirect',
    /活着(?:就是|只会|只是|也是)(?:在)?(?:给|让)?[^。！？]{0,6}(?:丢人|丢脸|添债|添麻烦|受罪|浪费|拖后腿)|活着浪费|(?:这条)?烂命不值|(?:有什么|哪有|哪还有|还有啥|有何)脸(?:面)?(?:再)?活|(?:这辈子|人生|我这一生|我的一生|我的命)[^。！？]{0,10}该(?:结束|到头)了/,
  ),
  // Going to a parent, said the other way round ("见我爸妈去了"); read like "去见我爸妈" (a loss is
  // needed, see joinsWithoutLoss), and heaven as a place to go.
  rule(
    'euphemism',
    /(?:找|见|陪)(?:我)?(?:的)?(?:爸妈|爸爸|妈妈|爸|妈|父母|奶奶|爷爷|外婆|外公)去了|(?:想|要)去天堂(?![岛一])/,
  ),
  // The edge and a last time; those left told to live on without one.
  rule(
    'method',
    new RegExp(`${EDGE_ZH}[^。！？]{0,12}最后一(?:次|眼)|最后(?:一次|一眼)[^。！？]{0,8}${EDGE_ZH}`),
    false,
  ),
  rule('farewell', /以后(?:你们|他们|她|他|孩子)(?:要)?(?:自己)?好好(?:过|活|生活|照顾自己)/, false),
  // Final arrangements: pets rehomed, children entrusted, lists left, goodbyes said one by one.
  rule(
    'farewell',
    /把(?:我的)?(?:猫|狗|宠物)[^。！？]{0,4}(?:送给|托付给|交给|托给)|孩子[^。！？]{0,16}以后(?:就)?(?:拜托|托付|交给)|(?:单子|清单|本子|欠条|名单)[^。！？]{0,6}(?:留给|交给)|(?:都|一个个|挨个)(?:地)?(?:道了?别|告别|说了再见)|照片[^。！？，,]{0,4}(?:烧|删)(?:光|掉|完)?了|不想留下(?:什么|任何)/,
    false,
  ),
  rule('direct', /不(?:打算|准备)(?:再)?活(?:到|过|下去)/),
  rule('farewell', /遗嘱(?:都|也|已经)?(?:写好|立好|写完|准备好|拟好)/, false),
  // A means drawn as an emoji (spelled out by careNormalise) and said ready in Chinese: "🪢 准备好了".
  rule('method', /\b(?:rope|pills|knife|gun|blade)\b\s*(?:都|也|已经)?(?:准备好|买好|备好|攒够|在手)/, false),
  rule('farewell', /(?:再见|永别|bye|goodbye|\bdone)[^.?!。！？]{0,12}\bcoffin\b/, false),
  // Typed wrongly: "不想火了" (活), "想s".
  rule('direct', /不想(?:火|伙|获)(?:了|下去)|(?<![a-z])想s(?![a-z])/),

  // Future absence of oneself, a date set for oneself, never having existed (zh-CN).
  rule(
    'indirect',
    /不用(?:再)?(?:来)?找我(?!要|还|拿|办|签|确认|核对)|别(?:再)?(?:来)?找我了|(?:这个号|电话)(?:就)?没人接了|给自己定(?:了|好了)?(?:个|一个)?日子|(?:就)?当(?:我)?(?:这个人)?(?:没来过|不存在|没存在过|从没出现过)|不如(?:我)?自己(?:来|动手|了断)|下辈子(?:再说|还你们|再见)/,
  ),
  // English: intent, plan and date.
  rule(
    'direct',
    /\bi (?:have|'ve got|got) a plan and a (?:date|time)\b|\btonight is the night\b|\b(?:decided|sure|know) (?:that )?(?:this|today|tonight) (?:is|will be) my last\b|\bthis is my last (?:night|day|week|weekend)\b(?! (?:at|in|of|with|on|before|here|off|as)\b)|\bgo somewhere quiet and (?:just )?(?:stop|end it|disappear|sleep)\b(?!\s+\w+ing\b)|\blet go of everything\b|\blet it all go\b(?! to\b)|\bnot (?:going to )?be (?:a problem|a burden|your problem|an issue|around|here)\b[^.?!]{0,16}\b(?:much longer|for long)\b/,
  ),
  // English: future absence, a date, never having existed, the family's insurance, writing for later.
  rule(
    'indirect',
    /\bwon'?t be (?:a|your|anyone'?s) (?:problem|burden|worry)\b[^.?!]{0,10}\b(?:after|by|past|beyond|for long|much longer)\b|\b(?:don'?t|do not) (?:plan|expect|intend) (?:on|to) (?:see|seeing|be around for|make it to) (?:next|another|the new year|christmas|my birthday)\b|\b(?:don'?t|do not) (?:come )?look(?:ing)? for me\b|\bpretend i never existed\b|\bforget i (?:ever )?existed\b|\b(?:family|wife|husband|kids|children|son|daughter)\b[^.?!]{0,12}\b(?:will|'ll|can) (?:get|collect|have)\b[^.?!]{0,6}\b(?:the |my )?(?:life )?insurance\b|\b(?:for|to) (?:my )?(?:kids|children|son|daughter|family|wife|husband) to (?:read|find|open) (?:later|after|when)\b|\b(?:high|tall) enough (?:bridge|building|roof|cliff|ledge)\b|\blook(?:ing)? (?:at|down at) the (?:train )?(?:tracks|rails)\b/,
  ),
  // English: means prepared.
  rule(
    'method',
    /\b(?:enough|stockpil\w*|saved up|saving up|hoard\w*|been saving|been collecting)\b[^.?!]{0,16}\b(?:pills|tablets|meds|medication|sleeping pills|painkillers|pain meds)\b|\b(?:pills|tablets|meds)\b[^.?!]{0,10}\b(?:saved up|stockpiled|hoarded)\b|\b(?:vodka|whiskey|whisky|alcohol|booze)\b[^.?!]{0,24}\b(?:pills|tablets|meds)\b|\bsharpened (?:the|a|my) (?:knife|blade|razor)\b|\b(?:hose|pipe|tube)\b[^.?!]{0,24}\bexhaust\b|\bexhaust\b[^.?!]{0,20}\binto the car\b|\bgarage\b[^.?!]{0,40}\b(?:car|engine|motor) (?:running|on)\b|\b(?:car|engine|motor) (?:running|on)\b[^.?!]{0,40}\bgarage (?:door )?(?:shut|closed)\b|\b(?:took|swallowed|taken) (?:everything|the whole (?:bottle|pack))\b[^.?!]{0,24}\b(?:medicine cabinet|pills|tablets|meds|bottle)\b|\bbought (?:razor )?blades\b/,
    false,
  ),
  // English: lying on the tracks, walking into traffic or the sea, carbon monoxide.
  rule(
    'method',
    /\blie (?:down )?(?:on|across) the (?:train )?(?:tracks|rails|road)\b|\b(?:walk|walking|step|stepping) (?:out )?(?:into|in front of) (?:a |the )?(?:traffic(?! (?:court|school|ticket|jam|lights?|cops?))|oncoming|cars?|truck|bus|train|sea|ocean|river|lake)\b|\bcarbon monoxide\b(?! (?:detector|alarm|leak|sensor|monitor))/,
  ),
  // English: the edge as a place one keeps going back to.
  rule(
    'method',
    /\b(?:thinking|think|thought|dreaming|dream) about (?:the|that) (?:bridge|cliff|tracks|rails|river|edge|ledge|drop|pier)\b(?! (?:loan|card|financing|project|job|toll))|\bstar(?:e|ing) (?:at|over|down) (?:the )?(?:edge|drop|water below|tracks)\b|\bstanding (?:by|on|near|at) the (?:train )?(?:tracks|rails|edge|ledge)\b|\b(?:floor|storey) (?:balcony|window|roof)\b[^.?!]{0,24}\bthinking about it\b|\bbridge\b[^.?!]{0,24}\bcalling me\b/,
    false,
  ),
  // English: final arrangements.
  rule(
    'farewell',
    /\b(?:wrote|written|updated|made|finished|did|signed) (?:my|a) will\b[^.?!]{0,40}\b(?:last night|tonight|just in case|passwords?|goodbye|letters?)\b|\b(?:paid for|bought|picked|chose|sorted|arranged|booked) (?:my own |my )(?:funeral|burial|grave|plot|cremation|casket|coffin)\b|\b(?:letter|note)s? (?:for|to) (?:the|my) (?:kids|children|family|wife|husband|son|daughter)\b[^.?!]{0,30}\bif (?:anything|something) happens\b|\b(?:sent|texted|messaged) (?:everyone|everybody|all my friends)\b[^.?!]{0,30}\b(?:thank you|thanks|sorry|goodbye)\b|\bdelet(?:ed|ing) (?:all )?(?:of )?my (?:photos|pictures|accounts|social media)\b[^.?!]{0,20}\b(?:tonight|today|everything|all of it)\b/,
    false,
  ),
  // English: time-bound endings and not being here.
  rule(
    'indirect',
    /\bafter (?:tonight|today|this weekend|this week|friday|saturday|sunday)\b[^.?!]{0,30}\b(?:won'?t (?:be (?:my problem|here|around|alive)|matter)|i'?ll be gone|no more me)\b|\bafter (?:tonight|today|this weekend)\b[^.?!]{0,20}\b(?:won'?t|will not|not) (?:bother|trouble|burden) (?:anyone|anybody|you)\b|\bwon'?t be (?:here|around|alive) (?:for|to see|to make|by) (?:the )?(?:next|this|that|another|christmas|new year|the due)\b|\bwon'?t be (?:around|here|alive) to see\b|\bi'?ll be (?:gone|dead)\b(?! (?:for|on|until|till|to|abroad|away|out|from|in)\b)|\bdon'?t see myself (?:around|here|alive|making it)\b|\bcan'?t (?:do|face|take|survive) (?:another|one more) (?:day|night)\b/,
  ),
  // English: burden and the end of the road.
  rule(
    'indirect',
    /\b(?:i'?m|i am)(?: nothing but| just| only)? (?:dead weight|a waste of (?:space|air|oxygen))\b|\bpoint (?:of|in) (?:waking up|getting up|going on|carrying on|being here)\b|\b(?:tired|sick|exhausted) of (?:fighting|trying) to (?:stay alive|live|survive|keep going)\b|\bgive up on everything\b|\bdead inside\b[^.?!]{0,40}\b(?:follow|end it|die)\b|\bthe rest (?:of me )?should follow\b|\bend of (?:my|the) (?:rope|road|line)(?:,)? (?:for me\b(?! (?:with|at|in)\b)|literally)|\b(?:my story|my life|it all) ends (?:here|tonight|today|now)\b|\bwhere my (?:story|life) ends\b|\bcash(?:ing)? in my chips\b|\b(?:going to|gonna|about to|ready to) kick the bucket\b/,
  ),
  // English: a wish not to wake or not to exist, and dying as the easier way.
  rule(
    'euphemism',
    /\b(?:hope|wish|pray|praying|hoping|wishing)\b[^.?!]{0,20}\bi (?:just |simply |would |could |will )?(?:don't|do not|never|won't|wouldn't|didn't) wake(?: up)?\b|\b(?:easier|easy|better|peaceful|nice|simpler) (?:it would be )?(?:to|if i) (?:just |simply )?(?:not be here|not exist|wasn'?t here|weren'?t here|didn'?t exist|disappeared)\b|\bto not (?:exist|be here|be alive|wake up)\b|\b(?:dying|death|being dead)\b (?:seems|feels|sounds|looks|would be|is) (?:so )?(?:easier|better|like the (?:only|best|easiest))\b|\b(?:easier|better) (?:to be dead|off dead|to die)\b|\bstop being\b(?=\s*[.!?]*$)|\b(?:see|be with|join) (?:my )?(?:mom|mum|mother|dad|father|wife|husband|son|daughter|grandma|grandpa) again\b[^.?!]{0,30}\b(?:died|passed|gone|dead)\b/,
  ),
  // English: the debt that ends with me, and threats tied to a collection step.
  rule(
    'conditional',
    /\b(?:this|the|my) debt\b[^.?!]{0,20}\bends? (?:is )?(?:with me|when i die|with my (?:death|life))\b|\bends with me\b|\breading about me in the (?:paper|news)\b|\bsee me (?:on|in) the news\b|\bi (?:go|die|end it) with (?:it|the house|the car|them)\b|\btak(?:e|ing) myself out\b(?! (?:for|to|of|on)\b)/,
    false,
  ),
];
