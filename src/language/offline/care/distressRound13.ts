import type { ClassRule } from './distressRule.js';

/**
 * Rules by class, round 13: the classes behind the seen misses of rounds 10-12 and of own set 13
 * (ownSet13.ts, tuned on by class), written as classes, never items. Read like the round-9 class
 * rules: never negated away; `needs` / `unless` say when the same words are everyday. Methods,
 * farewells and plain statements are not explained away by a laugh (index.ts), so dark humour
 * that names one's own death as the way out of the debt stays distress.
 */

/** A place or means of dying, said as the thing that would settle the debt. */
const MEANS_EN =
  '(?:the |that |a |my )?(?:bridge|river|lake|sea|ocean|quarry|overpass|pier|tracks|train tracks|cliffs?|roof(?:top)?|ledge|rope|noose|(?:a )?bottle of (?:pills|tablets)|pills|overdose|not waking up(?! (?:at|early|for|in time|on time))|never waking up|a long sleep(?! on)|jumping off (?:a|the) \\w+|a long walk off a short pier|me (?:not existing|being dead|dying|gone)|my (?:death|funeral|own death)|(?:being|ending up) dead|not existing|ending it(?: all)?|checking out|a bullet|six feet under)';
/** What the debt's way out is called: a plan, a programme, the answer. */
const PLAN_EN =
  '(?:(?:best|only|cheapest|easiest|real|solid|final|last|actual|ultimate) )?(?:payment plan|repayment plan|debt (?:relief|solution|plan|strategy|consolidation)(?: (?:program(?:me)?|plan|option))?|plan (?:[a-z] )?(?:for|to (?:pay|clear|settle|deal with)) (?:the |this |my )?(?:debt|balance|card|bill)|way (?:out of|to (?:pay|clear|settle|get out of|deal with)) (?:the |this |my )?(?:debt|balance|card|bill|mess)|exit strategy|plan i can afford|option i (?:have|can afford))';
const MEANS_ZH =
  '(?:从[^。！？]{0,6}(?:楼顶|天台|楼上|楼|桥上|桥|阳台|窗户|窗台)[^。！？]{0,4}(?:下去|跳下?去?|跳|翻下去)|跳(?:[一二三四五六七八九十几\\d]+)?楼(?!价|甩卖|大甩卖|促销)|跳河|跳江|跳桥|卧轨|烧炭|喝农药|喝药|吃安眠药|上吊|(?:我)?人没了|我(?:一)?死了?|我不在了|一死|去死)';
const PLAN_ZH =
  '(?:还款方案|还款方式|还款计划|分期方案|分期计划|还款办法|还钱(?:的)?(?:办法|方式|方案)|解决办法|解决方案|一次(?:性)?(?:结清|还清)|最划算|最省事|最便宜|最干净|唯一的办法|唯一的出路|出路|债就清了|啥债都清了|全都清了)';

/** A cue of two word lists that must both be in the text (read in one anchored pass each). */
const both = (a: RegExp, b: RegExp): RegExp => new RegExp(`^(?=[^]*(?:${a.source}))(?=[^]*(?:${b.source}))`);

/** Someone typing for another person: a relative, a neighbour, a friend. */
const FOR_SOMEONE =
  /帮(?:我|俺)?(?:妈|爸|娘|爹|阿爸|阿妈|老妈|老爸|奶奶|爷爷|外婆|外公|姐|哥|弟|妹|老公|老婆|舅|姨|叔|婶|邻居|朋友)|我是(?:他|她|佢)(?:的|嘅)?(?:女儿|儿子|老婆|老公|邻居|朋友|同事|室友|同学|姐姐|妹妹|哥哥|弟弟|孙女|孙子)|(?:让|叫)我(?:帮他|帮她|替他|替她)?(?:发|打字|问)|\b(?:(?:this is|it'?s) (?:his|her|their) (?:daughter|son|wife|husband|partner|brother|sister|neighbou?r|friend|flatmate|roommate|housemate|colleague|coworker|grand(?:daughter|son))|(?:typing|writing|messaging) (?:for|on behalf of) (?:my|him|her)|(?:asked|told) me to (?:message|text|write to|contact) you|(?:my|his|her) (?:mum|mom|dad|husband|wife|brother|sister|father|mother|son|daughter|grandma|grandpa|nan) (?:asked|wanted) me to)\b/;

/** Worry said about the person typed for: scared, worried, "what do we do". */
const WORRY =
  /害怕|好怕|有点怕|有点慌|好慌|担心|不对劲|咋办|怎么办|吓人|唔对路|\b(?:scared|worried|worrying|frightened|afraid|what do (?:we|i) do|not like (?:him|her)|something'?s (?:wrong|off))\b/;

/** A death in the message: the one to be joined has died. */
const DIED =
  /去世|过世|走了|走咗|走的|没了|没的|不在了|\b(?:passed|died|dead|late (?:husband|wife|mum|mom|dad))\b/;
/** Relatives one may go to join. */
const KIN_ZH = '(?:爸|妈|娘|爹|老伴|老公|老婆|爷爷|奶奶|外婆|外公)';
const KIN_EN = '(?:mum|mom|dad|my dad|my mum|my mom|grandma|grandpa|his wife|her husband|him|her)';
/** A second sign about a relative: not a burden, ready, going to join someone, talk of the end. */
const SIGN = new RegExp(
  `不想(?:再)?拖累|准备好了|以后不用(?:再)?(?:给(?:他|她))?(?:留|买|做|等)|收拾得干干净净|(?:他|她)(?:走了|不在了|没了)(?:以后|之后)|不用(?:再)?(?:给她|给他)?(?:买药|操心|管)|去(?:找|见|陪|搵|揾)(?:我|俺)?(?:阿)?${KIN_ZH}|活着没(?:意思|劲)|什么意思[^。！？]{0,4}不说|\\b(?:going to see|be with|join) ${KIN_EN}|won'?t talk about|saying goodbye|said goodbye|won'?t (?:be )?need|soon\\b|not a burden|burden`,
);
/** Everyday reasons a relative hands things on or goes to a relative: a grave visit, a move, an estate. */
const RELATIVE_ORDINARY =
  /扫墓|上坟|清明|祭|搬家|住院|遗产|税|律师|公证|打工|\b(?:grave|moving|hospital|for a while|for now|until|rehab|care home|nursing home|new phone|new number|solicitor|lawyer|estate|probate)\b/;

export const ROUND13: readonly ClassRule[] = [
  // Death or a place of dying called the way out of the debt, often as a joke: "the bridge is the
  // best payment plan lol", "最划算的还款方式就是我人没了", "my plan for the debt: a long walk off a short pier".
  {
    family: 'method',
    cue: both(
      /plan|relief|solution|consolidation|goes away|disappears|written off|is gone|is cleared|strategy|way out|way to|settle|option|方案|方式|计划|办法|结清|还清|划算|省事|便宜|干净|出路|清了/,
      /bridge|river|lake|sea|ocean|quarry|overpass|pier|tracks|cliff|roof|ledge|rope|noose|bottle|pills|overdose|jump|walk off|existing|dead|death|dying|die|gone|funeral|ending it|checking out|bullet|six feet|waking up|long sleep|楼|桥|阳台|窗|跳|卧轨|烧炭|农药|喝药|安眠药|上吊|没了|死|不在了/,
    ),
    pattern: new RegExp(
      `\\b${MEANS_EN}\\b(?=[^?]{0,80}\\b(?:plan|relief|solution|strategy|way|option|consolidation)\\b)[^?]{0,40}\\b(?:is|are|'s|s|looks?|looking|lookin|seems|sounds|would be|will be|as)\\b[^.?!]{0,32}\\b${PLAN_EN}\\b|\\b${PLAN_EN}\\b[^.?!]{0,16}(?:[:=]|\\bis\\b|\\b(?:would be|will be)\\b)[^.?!]{0,20}${MEANS_EN}\\b|\\bif (?:i|you) jump(?:ed)?\\b[^?]{0,30}\\b(?:debt|balance|card|it) (?:goes away|disappears|is (?:gone|cleared|written off)|gets written off)\\b[^.]{0,30}\\b(?:asking for real|for real|seriously|i mean it)\\b|\\b(?:if (?:i|you) (?:die|died)|when (?:i|you) die)\\b[^.]{0,60}\\b(?:sounds like|that'?s|seems like|is) (?:the|my) (?:only|best|cheapest) (?:plan|way out)\\b|${MEANS_ZH}[^。！？?]{0,12}(?:就是|是|才是|就|当)?(?:我的)?${PLAN_ZH}|${PLAN_ZH}[^。！？?]{0,10}(?:就是|是|就|：|:|有|\\s)[^。！？?]{0,6}${MEANS_ZH}`,
    ),
    unless:
      /跳楼价|跳楼甩卖|跳楼大甩卖|过桥|感冒|发烧|中药|医生|\b(?:bridge (?:loan|financing|club)|bridging loan|death (?:benefit|certificate)|if my (?:husband|wife|dad|mum|mom))\b/,
  },
  // My death ends the debt; collect it from my grave: "债跟我一起进棺材", "garnishing a dead man",
  // "collect from a corpse", "催款信寄到阎王爷那去", "tombstone: paid in full … not long now".
  {
    family: 'farewell',
    cue: /人没了|人都没了|人一没|棺材|入土|下葬|埋了|下地|带走|坟|阎王|地府|骨灰|殡仪馆|火葬场|estate|life insurance|funeral|dead body|ashes|dead guy|with me|债|corpse|grave|coffin|dead man|dead woman|tombstone|headstone|dies with me|die with me/,
    pattern:
      /(?:债|钱|欠的)[^。！？]{0,6}(?:跟|随|和)(?:着)?我(?:一起|一块)?(?:进棺材|入土|下葬|进坟|埋了|下地|带走)|(?:寄|送|烧|拿|要|讨|收|催)[^。！？]{0,4}(?:到|去)?(?:阎王(?:爷)?|地府|坟头|坟上|坟前|棺材|骨灰盒|殡仪馆|火葬场)|我(?:早就|早|已经|都)?(?:在|进|躺在|躺进)(?:了)?(?:骨灰盒|棺材|坟)里|(?:去|到)(?:我)?(?:的)?(?:坟头|坟上|坟前|坟地|墓前|棺材|骨灰盒|阎王(?:爷)?(?:那儿?)?|地府)[^。！？]{0,3}(?:要|拿|讨|收|催)|(?:我)?人(?:都)?没了[^。！？]{0,16}(?:你们)?(?:找谁要|向谁要|跟谁要|问谁要|要不着|要不到)|(?:我)?人(?:都|一)?没(?:了)?[，, ]*(?:账|债|钱|欠的)(?:也)?(?:就|一)?(?:没了|清了?|消了?|不用还了)|人死债(?:消|清|了|烂)[^。！？?吗么]{0,4}(?:嘛|呗|吧)?[^。！？?]{0,12}(?:过几天|很快|快了|不用(?:再)?打|别打|等着|到时候)|\b(?:collect(?:ing)?|get (?:it|your money)|take it) from (?:a|my) (?:corpse|grave|coffin|dead body|ashes)\b|\bgarnish(?:ing)? (?:a )?(?:dead (?:man|woman|guy)|corpse)\b|\b(?:have|take|get) (?:whatever'?s|what'?s|what is) left after (?:the|my) funeral\b|\b(?:from|out of) my (?:estate|life insurance|funeral)\b[^.?!]{0,20}\b(?:and )?(?:soon|shortly|not long)\b|\b(?:on|for) my (?:tombstone|headstone|gravestone)\b[^?]{0,40}\b(?:not long now|soon|any day|this week|tonight)\b|\b(?:debt|balance|it|this)(?:'s| is)? (?:dies|dying|goes|going|gets buried|getting buried)(?: (?:in(?:to)? the ground|to the grave|in the grave))? with me\b[^?]{0,30}(?:💀|🪦|⚰|\bproblem solved\b|\bsorted\b|\bsoon\b|\bnot long\b|\bstop the calls\b)/u,
    unless:
      /\b(?:if|does|do|will|would) (?:the |my |this )?(?:debt|balance) (?:die|go) with\b|(?:爸|妈|老公|老婆|父亲|母亲|爷爷|奶奶|他|她)(?:人)?[^。！？]{0,6}(?:去世|走了|过世|没了)|吗[？?]/,
  },
  // Someone typing for a relative, or worried about one, who says a strong sign: burial clothes
  // ready, "活着没意思", going to join a parent who died, "won't be needing a phone".
  {
    family: 'indirect',
    cue: /准备好|买好|备好|没意思|没劲|以后|之后|以后不用|干干净净|goodbye|join|will not matter|去找|去见|去陪|去搵|去揾|be with|won'?t (?:need|be needing)|won'?t matter/,
    pattern: new RegExp(
      `(?:寿衣|衣服)(?:都|也)?(?:准备|买|备)好了|(?:说|讲|话)(?:她|他|佢)(?:走了|不在了|没了|走咗)(?:以后|之后)|以后不用(?:再)?给(?:他|她)(?:留饭|做饭|买药)|(?:工位|东西|房间)收拾得干干净净|\\b(?:been )?saying goodbye to everyone\\b|活着没(?:意思|劲)|(?:说|话|讲)[^。！？]{0,12}(?:就|要|准备)?去(?:找|见|陪|搵|揾)(?:我|俺)?(?:阿)?${KIN_ZH}|\\b(?:ready|wants|going) to (?:go )?(?:be with|join) ${KIN_EN}\\b|\\bwon'?t (?:be )?need(?:ing)? (?:a|his|her|the) (?:phone|number|card)\\b|\\b(?:card|debt) (?:won'?t|will not) matter soon\\b`,
    ),
    needs: new RegExp(
      `^(?=[^]*(?:${FOR_SOMEONE.source}|${WORRY.source}))(?=[^]*(?:${DIED.source}|${SIGN.source}))`,
    ),
    unless: RELATIVE_ORDINARY,
  },
  // Things given away by a relative, with a second sign: "把存折密码都告诉我了…不想拖累我们",
  // "gave away his watch and tools … going to see Mum soon".
  {
    family: 'indirect',
    cue: /送人|分给|送给|交给|告诉|过户|给了|gave|given|giving|handed/,
    pattern: new RegExp(
      `(?:首饰|衣服|金(?:镯子|链子|戒指)|戒指|手表|存折(?:密码)?|银行卡(?:密码)?|密码|房子|车子|东西)[^。！？]{0,8}(?:都|全)?(?:分给|送给|送人|交给|告诉|过户给|给了)|\\b(?:gave|given|giving|handed) (?:away )?(?:his|her|their) (?:watch|rings?|jewel(?:le)?ry|tools|stuff|things|guitar|clothes|savings|pin|passwords?)\\b`,
    ),
    needs: new RegExp(`^(?=[^]*(?:${FOR_SOMEONE.source}|${WORRY.source}))(?=[^]*(?:${SIGN.source}))`),
    unless: RELATIVE_ORDINARY,
  },
  // Things given away and goodbyes said, "no need for reminders anymore": one's own arrangements.
  {
    family: 'farewell',
    cue: both(/gave|given|giving|猫|狗|孩子|娃/, /need|不用|用不着|不需要/),
    pattern:
      /\b(?:gave|given|giving) (?:away )?(?:my|all my) \w+(?: and (?:my )?\w+)? (?:away|to)\b[^?]{0,60}\b(?:don'?t|dont|won'?t|wont) need (?:reminders|the (?:statement|letters?|calls?)|any more (?:letters|calls|reminders))\b|(?:猫|狗|孩子|娃)[^。！？]{0,12}(?:麻烦|托付|交给|送给|送人)[^。！？]{0,16}(?:用不着|不用|不需要)(?:再)?(?:操心|管|担心)了/,
    unless: /搬家|出国|出差|住院|\b(?:moving|abroad|new phone|paperless|email instead)\b/,
  },
  // The house key left under the mat and the calls told to stop: "房子钥匙放门口地毯下面了 你们别再打电话了".
  {
    family: 'farewell',
    cue: /钥匙|\bkeys?\b/,
    pattern:
      /钥匙[^。！？]{0,6}(?:放|留|压)(?:在)?(?:了)?(?:门口|地毯|门垫|脚垫|花盆|信箱)[^。！？]{0,6}(?:下面|底下|里)?|\b(?:left|put) (?:the |my )?(?:house |door |spare )?keys? (?:under the (?:mat|doormat|plant pot)|in the (?:mailbox|letterbox))\b/,
    needs:
      /别再打|不用再打|不用(?:再)?联系|别找我|别再联系|以后不用|\b(?:stop calling|don'?t call|no need to call|won'?t need)\b/,
    unless:
      /快递|保洁|阿姨|装修|朋友来|出差|旅游|回来|\b(?:cleaner|courier|delivery|dog ?sitter|holiday|vacation|back on)\b/,
  },
  // Everything arranged and the card the last thing left: "your card is the last thing on the list",
  // "身后事都交代好了…就剩你们这张卡".
  {
    family: 'farewell',
    cue: /last|only thing|loose end|就剩|只剩|最后/,
    pattern:
      /\b(?:(?:the|my) )?(?:last (?:loose end|thing (?:on (?:the|my) list|to (?:sort|do|tidy|settle|take care of)|i(?:'m| am) sorting)|item on (?:the|my) list)|only loose end)\b|(?:就剩|只剩|最后就剩|最后只剩)(?:下)?(?:你们)?(?:这张|这个|这笔)?(?:卡|债|账)/,
    needs:
      /遗嘱|遗书|身后事|后事|交代好|送人|送给|过户|\b(?:(?:my|the|a) will|wills? (?:is |are )?(?:done|sorted|signed|written)|goodbye (?:notes?|letters?)|note (?:is )?(?:written|done)|written a note|(?:cats?|dogs?|pets?) (?:is |are )?going to (?:my|a|the)|(?:given|gave) (?:it all |everything )?away|accounts? (?:are )?closed|house papers|rope|pills|noose)\b|绳|安眠药|农药|炭/,
    unless:
      /\b(?:moving|move|relocat\w+|emigrat\w+|trip|holiday|vacation|wedding|paid off)\b|搬家|出国|移民|结婚/,
  },
  // At the edge now or nearly went: "站台上…腿往前迈了一步", "sitting on the roof edge", "stood at
  // the edge of the car park roof … maybe tonight", "the tracks … i think about them".
  {
    family: 'method',
    cue: /站台|铁轨|轨道|护栏|桥|海|河|江|湖|railway|stones|rocks|石头|边上|边缘|栏杆|一只脚|窗台|天台|楼顶|江边|河边|海边|桥上|山上|platform|tracks|edge|ledge|railing|bridge|cliff|river|lake|sea|woods|quarry/,
    pattern:
      /(?:站台|铁轨|轨道)[^。！？]{0,20}(?:往前迈|迈了一步|(?:差点|差一点)(?:就)?(?:跳|迈|走)(?:下去|出去)|想跳|跳下去|车(?:来|进站)的时候[^。！？]{0,8}(?:腿|想|差点))|坐在[^。！？]{0,4}(?:栏杆|窗台|护栏)(?:上|边上|外面)[^。！？，,]{0,8}[，, ]?(?:一只脚在外面|脚(?:伸)?在外面|往下看)|(?:天台|楼顶|桥|江边|河边|栏杆|窗台)[^。！？]{0,10}我在(?:上面|那儿?|这儿?|边上)(?:已经)?(?:坐|站|蹲)了(?:一个小时|一个多小时|很久|好久|半天|一晚上|一下午|一夜)|\b(?:stones|rocks) in my (?:coat |jacket )?pockets?\b|口袋里(?:装|塞)(?:满)?(?:了)?石头|(?:海|河|江|湖|桥|天台)[^。！？]{0,16}(?:(?:唔|不)返(?:嚟|来)|(?:唔|不)会返|不回来了|回不来了|不会回来了)|一只脚(?:已经)?(?:在|跨出|伸出)(?:了)?(?:窗外|栏杆外|外面)|坐在(?:楼顶|天台|桥|窗台|栏杆|阳台)(?:的)?(?:边上|边缘|外面|外沿)[^。！？]{0,12}(?:给你们|发的|风很大|往下看|很久|好久|一个小时|半天)|(?:楼顶|天台|窗台|栏杆|桥)(?:边上|边缘|外面)[^。！？]{0,16}(?:风很大|往下看|坐了|站了)|\b(?:stood|standing|sat|sitting|was) (?:on|at|by) (?:the )?(?:edge of (?:the |a )?(?:\w+ )?(?:roof|bridge|cliff|platform)|platform|ledge|railing|bridge railing|tracks)\b[^?]{0,50}\b(?:step(?:ping)? (?:forward|off|out)|couldn'?t do it|(?:almost|nearly) (?:jumped|stepped|went over|did it|let go)|maybe tonight|looking (?:at|down at) the (?:water|drop|street))\b|\bi'?m (?:at|on|by|standing on|sitting on) (?:the )?(?:tracks|railway line|railway tracks|train tracks|ledge|bridge railing|edge of (?:the )?(?:roof|bridge|cliff))\b(?! (?:meet|event|race|day|club))|(?<=\b(?:tracks|bridge|cliffs?|river|ledge)\b[^.?!]{0,40})\bi (?:keep )?think(?:ing)? about(?= (?:them|it|jumping)\b)|\b(?:going|heading|off|driving|walking) (?:up )?to the (?:cliffs?|bridge|river|tracks|lake|sea|woods|quarry)\b[^?]{0,40}\bwon'?t (?:need|be needing)\b|去(?:江边|河边|海边|桥上|楼顶|天台|山上)[^。！？]{0,16}(?:不用再寄|不用寄|不需要了|用不着了)/,
    unless:
      /修|晒|乘凉|抽烟|等车|等人|看书|聊天|吃|喝茶|看风景|拍照|这周|这个星期|几天|周末|下周|旅游|度假|出差|回老家|钓鱼|露营|野营|游泳|跑步|明天(?:再)?还|\b(?:fishing|camping|swimming|fixing|repair|smok(?:e|ing)|waiting for (?:the|a|my) (?:train|bus|friend)|photos?|view|sunset)\b/,
  },
  // An accident's payout named to clear the debt, the beneficiary set: "出个车祸啥的保险能赔多少".
  {
    family: 'indirect',
    cue: /保险|赔|insurance|cover|payout|pays out|pays double|policy/,
    pattern:
      /(?:出个?|来个|要是(?:我)?出(?:了)?|出(?:了)?)(?:车祸|意外|事)[^。！？]{0,16}(?:保险|赔)[^。！？]{0,16}(?:还|够|清)|\b(?:insurance|policy|accident cover)\b[^?]{0,30}\bpays? (?:out|double)\b[^?]{0,20}\b(?:for (?:an )?accidents?|accidents?)\b|\baccident cover\b[^?]{0,20}\bpays? (?:out|double)\b/,
    needs:
      /受益人|留给|剩(?:点|下)|够你们|好几份|几份意外险|给(?:孩子|家里|老婆|老公)|\b(?:beneficiary|kids? (?:get|would get)|family (?:gets|would get)|so that'?s (?:what it'?ll be|the plan|how it (?:ends|goes)))\b/,
    unless:
      /车险|追尾|被撞|理赔下来|上周|昨天|\b(?:car (?:was|got)|last (?:week|month)|yesterday|was in an accident|had an accident)\b/,
  },
  // Better off with the payout than with me: "没了我他们还能拿一笔赔偿".
  {
    family: 'direct',
    cue: /better off|赔偿|保险金|赔的钱|一笔钱|look like an accident/,
    pattern:
      /\b(?:everyone|they|my (?:family|kids|wife|husband)|the kids)(?:'d| would)? (?:be )?better off with (?:the |my )?(?:insurance(?: money)?|payout|life insurance)\b|(?:没了我|我死了|我没了)[^。！？]{0,10}(?:赔偿|保险金|赔的钱|一笔钱)|\b(?:ways? to |how to )?make it look like an accident\b/,
  },
  // Death-of-holder questions said with urgency or a plea not to ask: "need to know soon … don't ask why".
  {
    family: 'indirect',
    cue: both(
      /ask why|ask me why|need to know|planning to|asking because|before then|soon|think i'?ll|think ill|think i will|别问|别的没啥|没别的|别多想|快了/,
      /die|pass|gone|think i|没了|不在了|死了/,
    ),
    pattern:
      /\b(?:don'?t|dont|do not) think (?:i'?ll|ill|i will) (?:be (?:here|around|alive)|still be (?:here|around))\b(?= (?:next (?:month|year|week)|(?:for )?much longer|by (?:then|christmas|the (?:time|end))|after (?:this|tonight|today|the weekend)|to see))|\b(?:if (?:i|the (?:account|card) ?holder) (?:die|dies|pass(?:es)?(?: away)?)|after i'?m gone|when i'?m gone)\b[^]{0,80}\b(?:don'?t ask (?:me )?why|need to know (?:soon|by|this week|today|tonight)|asking because i'?m planning|want (?:everything|it all) sorted before then|before then)\b|(?:要是|如果|万一)我(?:人)?(?:没了|不在了|死了)[^]{0,40}(?:别问为什么|别问了|别的没啥|没别的意思|别多想|快了)/,
  },
  // Overdose said as done: "took a whole strip of my sleeping tablets", "吃了一整瓶药".
  {
    family: 'method',
    cue: /strip|pack|box|bottle|blister|整瓶|整板|整盒|一瓶/,
    pattern:
      /\b(?:took|swallowed|taken|have taken|downed) (?:a|the|an) (?:whole|entire|full) (?:strip|pack(?:et)?|box|bottle|blister) of (?:my |the |his |her )?(?:\w+ )?(?:pills|tablets|meds|medication|painkillers|paracetamol|tylenol|sleepers)\b|(?:吃|吞)(?:了|下)?(?:一)?整(?:瓶|板|盒)(?:的)?(?:药|安眠药|止痛药)/,
    unless: /vitamin|维生素|糖|\b(?:by mistake|my (?:kid|child|son|daughter|dog))\b/,
  },
  // Plain words in dialect, slang or typos: 活腻歪了, 活够了/咯, 唔想活, "want to dei", unalive.
  {
    family: 'direct',
    cue: /活腻|活够|唔想|明天|冇心|dei|diee|unalive|sleep forever|xiang|done done/,
    pattern:
      /(?:真|早)?活(?:腻|腻歪|够)(?:了|咯|啦|喽|嘞)(?!是吧|是不是|吧你|啊你|这种|这样|被)|唔想(?:再)?(?:活|捱落去|做人)|连明天都不想(?:要|过|面对)了|不想要明天了|\b(?:want|wanna|going) to (?:dei|diee+)\b|\bxiang ?hao (?:le )?(?:zen ?me|zenme) (?:zou|si)\b|\b(?:not done paying|i'?m done)\b[^?]{0,30}\bdone done\b|\bunalive (?:my ?self|me)\b|\b(?:go|going to) sleep forever\b/,
  },
  // Not needing things where one is going; a try that failed and "this time it won't";
  // passwords handed on and "everything is settled"; "人生就到这了".
  {
    family: 'farewell',
    cue: /where i'?m going|没(?:走|死|跳)成|交代清楚|交代好|以后你就知道|安排好|到这|到此/,
    pattern:
      /\bwon'?t (?:be )?need(?:ing)? (?:a|any|the|my) \w+ where i'?m going\b|没(?:走|死|跳)成[^。！？]{0,10}这次(?:不会|一定|肯定|就)|(?:密码|账号|存折|房子|车子|车)[^。！？]{0,10}(?:都)?(?:发给|交给|告诉|过户给|留给)(?:了)?(?:我)?(?:弟|哥|姐|妹|老婆|老公|妈|爸|儿子|女儿|朋友)[^]{0,20}(?:交代清楚|交代好|以后你就知道|都安排好)|人生(?:就)?(?:到这|到此)(?:了|儿了|为止了?)/,
    unless:
      /帮我还|代还|住院|出差|出国|\b(?:trip|holiday|vacation|hot|cold|beach|weather|coat|jacket|sunscreen|abroad|moving)\b/,
  },
  // Calls until I am gone, and soon: "打到我没了为止是吧 行 快了".
  {
    family: 'farewell',
    cue: /打到|催到|逼到/,
    pattern: /(?:打|催|逼)到我(?:人)?(?:没了|死了?|不在了)(?:为止)?/,
    needs: /快了|很快|等着|不远了|就这几天|\b(?:soon|not long)\b/,
  },
  // A threat to die if sued or chased: "if you sue me ill just end it", "你们敢起诉我就去死".
  {
    family: 'conditional',
    cue: /sue|court|garnish|bailiff|calling|come to my|起诉|告|上门|打电话|催/,
    pattern:
      /\bif you (?:sue|take me to court|garnish|send (?:the )?bailiffs|come to my (?:house|door)|keep calling)\b[^.?!]{0,20}\b(?:i'?ll|ill|i will|i'?m going to)\b[^.?!]{0,10}\b(?:end it|kill myself|jump|be dead|die|not be (?:here|around)|be gone|hang myself|do it)\b|(?:起诉|告|上门|再打电话|再催)[^。！？]{0,6}我就(?:去死|跳|喝药|自杀|不活了|死给你们看|一了百了)/,
  },
];

/**
 * Everyday asks where the words of dying or living are about a device or an agent, not a person:
 * a human agent ("给我找个真人 活人", "a real live person"), a phone, battery or laptop that dies.
 * The learned scorer alone must be surer after these (rules still judge as before).
 */
export const EVERYDAY_ASK =
  /活人|真人|人工(?:客服|服务)?|转人工|\b(?:real|live|living|actual) (?:person|human|agent|people)\b|\bhuman (?:agent|being)\b|(?:手机|电池|电脑|平板|充电宝)[^。！？]{0,6}(?:没电|死机|要死|快死|死了|挂了|坏了)|\b(?:phone|battery|laptop|computer|tablet|charger|car)(?:'s| is)?\b[^.?!]{0,12}\b(?:dying|died|dead|about to die|gonna die|going to die)\b/;

/**
 * A question comparing the offers ("how r they different tho", "方案1和方案3有什么不一样"): asking,
 * like a person or a device above, so the scorer alone must be surer before it checks in.
 */
export const OPTIONS_ASK =
  /区别|不一样|不同|哪个(?:更)?(?:划算|便宜|合适|好)|\b(?:differen(?:t|ce)|compare|comparison)\b|\bwhich (?:one|option|plan)\b/;

/**
 * Everyday talk in the words of distress rules (any rule's hit, read by `round9IsOrdinary`): words
 * and the context that makes them ordinary. "活腻了是吧" taunts someone; "我走了，明天再说" leaves a
 * chat; "make it to the branch"; "does the debt die with me? for my will"; a phone dropped at a platform's edge.
 */
export const ROUND13_IDIOMS: readonly (readonly [RegExp, RegExp])[] = [
  // "河边钓鱼 今晚不回来了": a night out fishing or camping by the water, said in the same words.
  [
    /(?:江|河|海|湖)边(?:钓鱼|露营|野营|游泳|跑步|烧烤|散步)/,
    /(?:江|河|海|湖)边(?:钓鱼|露营|野营|游泳|跑步|烧烤|散步)/,
  ],
  [/活(?:腻|够)/, /活(?:腻|够)(?:了|歪了)?(?:是吧|是不是|吧你|啊你)|活够了(?:这种|这样|被)/],
  [/我(?:先)?走了/, /先这样|明天再说|回头(?:聊|说)|发我短信|改天再|下次再|一会儿?再|晚点再|下班/],
  [
    /make it/,
    /\bmake it to (?:the )?(?:branch|bank|office|meeting|appointment|call|post office|shop|store|hearing)\b/,
  ],
  [
    /with me/,
    /\b(?:does|do|will|would) (?:the |my |this )?(?:debt|balance|it) die with me\?[^]*\b(?:will|estate|curious|wondering|solicitor|lawyer|insurance|planning ahead)\b/,
  ],
  [
    /\b(?:gave|giving|given) my (?:dog|cat|pets?)\b/,
    /\bwhile i (?:was|am|'m) (?:in (?:the )?hospital|away|abroad|working)|\bback (?:home )?now\b|\buntil i'?m back\b/,
  ],
  [/\bedge\b/, /\b(?:nearly|almost) dropped|\bdropped my (?:phone|keys|bag|wallet|card)\b/],
];
