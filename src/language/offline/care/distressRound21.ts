import type { ClassRule } from './distressRule.js';

/**
 * Rules by class, round 21: the classes named from the wording of round S13 half a's misses (an
 * outside writer's round, seen) and two neighbours the writer did not cover, each written again in
 * new phrasings in the own check set `check-s13.json` before a rule changed (measured once before
 * and once after, never fitted): a threat to go off an everyday high place if the chase goes on;
 * a means by transport (a train, a lorry, the wheel) weighed against paying; a note written and a
 * question about the card for the family who will close it; poison at hand or taken; ending
 * weighed against paying; Nigerian pidgin and Scots words of ending. Cantonese is read through
 * `careNormalise.ts`. Read like the round-9 class rules: never negated away; `needs` / `unless`
 * say when the same words are everyday, and a denial sets the hit aside.
 */

/** A denial, a joke or a question about someone else: the hit is not the writer's own plan. */
const DENIED =
  /不是说我|我不会|不会想不开|别误会|开玩笑|哈哈|😂|\b(?:not that i(?:'d| would)?|i (?:won'?t|wouldn'?t) (?:do|try) (?:that|anything)|just kidding|jk|lol|lmao|haha)\b/;

/** The chase going on, or dared: "再打", "再催", "keep calling", "one more letter". */
const CHASE =
  /再(?:打|催|逼|发|来|找|联系|寄)|继续(?:打|催|逼)|你们(?:再|还)|催吧|\b(?:keep (?:calling|ringing|texting|messaging|chasing|sending)|one more (?:call|letter|text|message|time)|another (?:call|letter|text|message)|again|if (?:you|your|u|ur)\b|stop (?:calling|ringing|texting|messaging|chasing)|call (?:my|me) (?:work|job|mum|mom|dad|family|office))/;

/** Everyday high places: a bridge, an overpass, a crane, a car park's top floor, a balcony. */
const HIGH_ZH =
  '(?:天桥|人行天桥|高架桥?|立交桥?|塔吊|吊车|脚手架|楼顶|顶楼|天台|阳台|窗户|窗台|停车场|写字楼|宿舍楼|大楼|高楼|大桥|桥上|桥|楼上|\\d+楼|悬崖|水库)';
const HIGH_EN =
  '(?:overpass|flyover|footbridge|foot bridge|bridge|viaduct|multi[- ]?stor(?:e)?y|car ?park|parking (?:garage|structure)|balcony|roof(?:top)?|building|tower(?: block)?|block of flats|crane|scaffold(?:ing)?|cliff|quarry|ledge|motorway bridge|railway bridge)';

/** Reasons to name a high place in a threat that are not about one's life. */
const HIGH_ERRAND =
  /投诉|告你们|报警|法院|网点|还款|还钱|上班|干活|送快递|送外卖的路上|接不了|不方便|当面|下楼|快递|取|开门|接人|见你|\b(?:ombudsman|complain\w*|report(?:ing)?|police|court|lawyer|branch|to pay|for work|can'?t (?:pick up|answer)|while driving|traffic)\b/;

/** A means by transport: a train, the tracks, a lorry, the wheel, a platform, a reservoir. */
const TRANSPORT =
  /火车|列车|高铁|动车|铁轨|铁路|道口|站台|地铁|大货车|货车|卡车|渣土车|方向盘|油门|\b(?:trains?|train times|timetable|tracks|railway|level crossing|crossing|platform|lorry|lorries|truck|bus|motorway|wheel|steering)\b/;

/** The debt ended by a means: "比还钱快", "债就没了", "quicker than ever paying this off". */
const ENDS_DEBT_ZH =
  '(?:就?不用(?:再)?还了|债就(?:跟我)?没(?:了|关系了)|比还(?:钱|债|这些钱|这笔钱|卡)(?:还)?(?:快|容易|省事|简单|干脆)|(?:什么|一切)都(?:解决|结束)了|就(?:都)?结束了)';
const ENDS_DEBT_EN =
  "(?:(?:quicker|faster|easier|cheaper|simpler|better) than (?:ever )?(?:paying|pay(?:ing)?) (?:this|it|the (?:debt|balance|card)|you|your lot|off)|(?:quicker|faster|easier|cheaper|simpler) than (?:the|your|these|my) (?:instalments|installments|payments|repayments|debt|plan)|won'?t need (?:a|the|any) (?:payment )?plan|debt'?s not my problem|not my problem after)";

/** Reasons for a train, a lorry or a platform in a message about a payment. */
const TRANSPORT_ERRAND =
  /回老家|出差|网点|柜台|分期|追尾|撞了我|医院|堵车|信号|坐车|赶车|开会|会议|上班|下班|到站|到家|一次性|全额|\b(?:in full|paid|branch|commute|cancel+ed|delayed|repair\w*|missed (?:my|your) call|visit\w*|holiday|trip|went into (?:the back of )?my car|hit my car|crashed into me|signal|ticket)\b/;

/** A note or letter: what is in it and who closes the card after. */
const NOTE_EN =
  /\b(?:wrote|written|writing|finished|left|leaving|done|rewrote|rewritten)\b (?:the|my) (?:note|letters?|goodbyes?)\b|\bthe (?:note|letter)(?:'s| is| has been) (?:done|written|finished|ready|sealed)\b|\b(?:note|letter)s? (?:i'?m|i am) leaving\b|\bmy goodbyes? (?:are|is) (?:written|in|done|ready)\b|\b(?:one|a) letter (?:to|for) each of\b/;
const NOTE_ZH =
  /(?:留了?|写好了?|写完了?|改了好几遍|放在)[^。！？]{0,8}(?:一封|几封|那封)?(?:信(?![用息号誉任心箱贷])|纸条|最后(?:几句|的)?话|写给[^。！？]{0,4}的话)|(?:那封|这封|给[^。！？]{0,6}的)信(?:我)?(?:写好|写完|改了)|最后(?:几句|的)话[^。！？]{0,6}(?:写|放|存)/;
/** Who will close the card, or a card detail put in the note. */
const NOTE_CARD =
  /卡号|密码|销卡|销户|注销|欠款|欠你们|欠的|对不起|直接找|\b(?:account|card|balance|owe|debt|close|cancel|pin|password|number|last (?:4|four)|sorry)\b/;
const NOTE_ERRAND =
  /授权|委托|投诉|总行|去世|过世|遗产|继承|(?:爸|妈|父亲|母亲|老公|老婆|爷爷|奶奶|外公|外婆)[^。！？]{0,3}(?:走了|没了|不在了)|住院|出差|出国|年费|扣错|申请|给你们|寄|说明|解释|协商|减免|\b(?:to (?:you|the bank|your)|job|company|colleagues|farewell party|moving|emigrat\w*|complain\w*|authority|authori[sz]\w*|executor|attorney|recorded delivery|on (?:my|his|her) behalf|passed|died|hospital|abroad|away|dispute|fees?|refund|statement|address|cover letter|application|landlord|sick note|fit note|doctor'?s note)\b/;

/** Poison: pesticide, weedkiller, rat poison, bleach. */
const POISON_ZH = '(?:农药|百草枯|敌敌畏|老鼠药|鼠药|84消毒液|消毒液|洁厕灵|除草剂|杀虫剂|毒药|甲胺磷)';
const POISON_EN =
  '(?:bleach|weed ?killer|rat poison|pesticide|insecticide|antifreeze|paraquat|sniper|otapiapia|drain cleaner|poison)';
/** Someone else's accident, a purchase, work on a farm. */
const POISON_ERRAND =
  /误喝|误食|不小心|孩子|儿子|女儿|宝宝|小孩|狗|猫|刷卡|付款|扣了|分期|退款|货款|进货|果园|打药|打农药|地里|\b(?:by accident|accidental\w*|toddler|kid|child|son|daughter|dog|cat|charged|refund|order|on (?:my|this) card|split|instal\w*|farm work|garden|shop|spray\w*)\b/;

/** Ending weighed against paying. */
const WEIGHED =
  /还不如(?:早点|直接|趁早)?(?:走|去死|死了|消失|不活)|死(?:只要|就|才)一下|(?:人没了|我没了|我死了|没有我)[^。！？]{0,6}(?:债|这笔钱|欠款|账)(?:也)?(?:就)?(?:没了|清了)|与其[^。！？]{0,12}不如(?:我)?(?:直接)?(?:消失|去死|死了|解脱)|换一种方式(?:结束|了结)|\bno me,? no (?:debt|bills?|problem)\b|\b(?:cheaper|easier|better|simpler|less hassle) for (?:everyone|everybody|my (?:family|kids|wife|husband|parents)|them|all) if i (?:just )?(?:wasn'?t|weren'?t|was gone|were gone|died|disappeared|stopped)\b|\b(?:\d+|twenty|thirty|ten) years to pay\b[^.?!]{0,30}\b(?:second|moment|minute) to (?:end|finish) (?:it|this|everything)\b|\bsettle (?:it|this|things|everything) (?:another|a different|my own) way\b|\bdisappear,? (?:properly|for real|for good)\b/;
/** What makes weighing ending against paying serious: debt, family, no contact. */
const WEIGHED_NEEDS =
  /拖累|债|还|钱|欠|家里|联系|找我|干净|\b(?:debt|owe|pay\w*|balance|bills?|family|contact|call|chase\w*|tbh|properly|fastest|around|everyone)\b/;
const WEIGHED_ERRAND =
  /排队|下班|回家|出发|堵车|协商|减免|一次性还|\b(?:settlement|lower amount|in full|lump sum|freeze|better plan|payment plan|close the card)\b/;

export const ROUND21: readonly ClassRule[] = [
  // A threat to go off an everyday high place if the chase goes on: "再打我就从天桥上翻下去",
  // "keep texting and i'll step off the flyover on my way home".
  {
    family: 'conditional',
    cue: /从|off|over|from|climb|jump/,
    pattern: new RegExp(
      `我(?:现在|马上|明天|今晚)?(?:就|马上)?(?:直接)?从[^。！？]{0,10}${HIGH_ZH}[^。！？]{0,6}(?:翻下去|翻过去|下去|出去|跳|冲下去|滚下去|飞下去|走出去)|\\bi(?:'ll| will|'m going to|'m gonna| am going to|'m)? (?:just )?(?:(?:go|going|step|stepping|walk|walking|drive|driving|jump|jumping|throw myself|throwing myself|fall|roll) off|(?:jump|jumping|throw myself|throwing myself) (?:from|over)|(?:go|going|climb|climbing|jump|jumping) over (?:the )?(?:side|edge|railing|barrier|wall) of|(?:climb|climbing) (?:onto|up onto|over) the (?:railing|edge|side|barrier|wall) of)(?: the (?:side|edge|top) of)? (?:the |a |my |that |our )?(?:\\w+ )?${HIGH_EN}\\b`,
    ),
    needs: CHASE,
    unless: new RegExp(`${HIGH_ERRAND.source}|${DENIED.source}`),
  },
  // A means by transport weighed against paying: "had a look at the train times, quicker than
  // paying", "方向盘一打 债就没了".
  {
    family: 'method',
    cue: TRANSPORT,
    pattern: new RegExp(
      `(?:${TRANSPORT.source})[^]{0,80}?(?:${ENDS_DEBT_ZH}|\\b${ENDS_DEBT_EN}\\b)|(?:${ENDS_DEBT_ZH}|\\b${ENDS_DEBT_EN}\\b)[^]{0,40}?(?:${TRANSPORT.source})`,
    ),
    unless: new RegExp(`${TRANSPORT_ERRAND.source}|${DENIED.source}`),
  },
  // A note written, and a card detail in it or the family who will close the card: "i wrote the
  // note, which number do I put in it so my sister can cancel it", "信里交代了 卡让我弟来销".
  {
    family: 'farewell',
    cue: /note|letter|goodbye|信|话/,
    pattern: new RegExp(`${NOTE_EN.source}|${NOTE_ZH.source}`),
    needs: NOTE_CARD,
    unless: new RegExp(`${NOTE_ERRAND.source}|${DENIED.source}`),
  },
  // Poison taken, or at hand with intent: "刚把一瓶百草枯喝了", "weedkiller, and it's not for the
  // garden", "I go drink sniper".
  {
    family: 'method',
    cue: new RegExp(`${POISON_ZH}|${POISON_EN}`),
    pattern: new RegExp(
      `(?:喝|吞|吃|服)(?:了|下|掉)?[^。！？]{0,6}${POISON_ZH}|${POISON_ZH}[^。！？]{0,20}(?:喝了它|喝下去|喝掉|一口闷|喝了|吞了|准备好了|放在(?:床|枕|桌|手)|倒了一杯|大不了喝|就喝)|\\b(?:drank|drunk|drink|drinking|swallowed|swallow|downed|took|take|taking) (?:a |the |some |half |a cup of |a glass of |a bottle of |half a bottle of |the whole |a whole |all the )?${POISON_EN}\\b|\\b${POISON_EN}\\b[^.?!]{0,60}\\b(?:not for the (?:garden|weeds|rats|mice|farm|cleaning)|i(?:'ll| will| go|'m going to|'m gonna| am going to) (?:take|drink|swallow|use) it|finish this|end (?:it|this)|that'?s it)\\b|\\b${POISON_EN}\\b[^]{0,100}?\\b(?:i(?:'ll| will| go|'m going to|'m gonna| am going to) (?:take|drink|swallow|use|finish) it(?! up| back| to| off| out| in)|finish (?:it|this matter))\\b`,
    ),
    unless: new RegExp(`${POISON_ERRAND.source}|${DENIED.source}`),
  },
  // Ending weighed against paying: "还不如早点走 省得拖累家里", "no me, no debt", "cheaper for
  // everyone if I wasn't around".
  {
    family: 'indirect',
    cue: /还不如|一下|没了|与其|方式|\bno me\b|if i|years to pay|another way|different way|own way|disappear/,
    pattern: WEIGHED,
    needs: WEIGHED_NEEDS,
    unless: new RegExp(`${WEIGHED_ERRAND.source}|${DENIED.source}`),
  },
  // Nigerian pidgin and Scots words of ending: "i no go dey this world again", "life don tire me",
  // "make i just die", "nae point gaun on".
  {
    family: 'direct',
    cue: /\b(?:dey|tire|die|kill|nae|no fit)\b/,
    pattern:
      /\bi no (?:go |wan )?(?:dey|de) (?:this world|alive|again)\b|\b(?:this )?life (?:don |done )?tire me\b|\bi (?:don |done )?tire (?:for|of) (?:this )?life\b|\bmake i (?:just )?die\b|\bi (?:wan|go) (?:just )?(?:die|kill myself)\b|\bi no fit (?:again|continue|cope)\b[^.?!]{0,40}\b(?:die|world|life|end|tomorrow)\b|\bnae point (?:gaun|going|goin) on\b/,
    unless: DENIED,
  },
];

/**
 * Everyday talk in the words of a rule: going downstairs to talk face to face ("我就从楼上下去跟
 * 你们当面说"), stepping off a bus or a train at a stop.
 */
export const ROUND21_IDIOMS: readonly (readonly [RegExp, RegExp])[] = [
  [
    /从[^。！？]{0,10}楼[^。！？]{0,6}下去/,
    /^(?![^]*(?:跳|翻|不想活|死|收尸|最后|一了百了))[^]*(?:当面|下楼|拿快递|取快递|开门|接人|见你们|找你们(?:说|谈|理论))/,
  ],
  [
    /\bstep(?:ping)? off\b/,
    /^(?![^]*\b(?:edge|ledge|roof|bridge|overpass|flyover|cliff|balcony|for good|end it|goodbye)\b)[^]*\bstep(?:ping)? off (?:the |a )?(?:bus|train|tram|plane|ferry|boat|kerb|curb)\b/,
  ],
];
