import type { ClassRule } from './distressRule.js';

/**
 * Rules by class, round 12: the classes that escaped own check 12 (ownCheck12.ts, tuned on) and
 * the seen misses of the earlier rounds, written as classes, not items. Read like the round-9 and
 * round-10 classes: never negated away; `needs` / `unless` say when the same words are everyday.
 */

/** A trip, a move, a holiday, work: an everyday reason to be away or out of reach. */
const AWAY =
  /出差|旅游|旅行|度假|出国|搬家|换号|新号|回老家|\b(?:vacation|holiday|trip|travel(?:l?ing)?|abroad|away|moving|camping|cruise|new number|work(?:ing)?|shift|hospital|surgery|out of town|no signal)\b/;

/** A court date, a hearing, a due date: a day the debt comes to a head. */
const DAY_OF_RECKONING_EN =
  '(?:any |the |a |your |my )?(?:(?:first|next|final|last) )?(?:court(?: date)?|hearing|trial|judge(?:ment)?|due date|lawsuit|summons|lawyers? (?:file|do)|you (?:sue|take me to court)|it gets to court|they garnish)';
const DAY_OF_RECKONING_ZH = '(?:开庭|起诉|判决|传票|法院|还款日|律师函|催收上门|上门)';
/** One's own death said as a state: buried, dead, gone, no longer in this world. */
const DEAD_ZH =
  '(?:埋在土里|入土|化成灰|(?:是)?(?:一盒|一把|一捧)(?:骨)?灰|不在(?:这个世上|人世|了)|死了|没了|走了|凉透了)';

export const ROUND12: readonly ClassRule[] = [
  // Dead before the day of reckoning: "six feet under before any court date", "开庭前我就埋在土里了".
  // (Euphemism: an 'indirect' hit with "think" in it would be read as a plan to pay.)
  {
    family: 'euphemism',
    cue: /\bbe (?:dead|long gone|gone)\b|by the time|be(?:ing)? (?:around|here|alive)|开庭|起诉|判决|传票|法院|还款日|律师函|上门/,
    pattern: new RegExp(
      `\\b(?:i'?ll|i will|i'?m going to|going to) be (?:dead|long gone|gone)\\b[^.?!]{0,12}\\b(?:before|by the time)\\b[^.?!]{0,30}${DAY_OF_RECKONING_EN}|\\bby the time ${DAY_OF_RECKONING_EN}\\b[^.?!]{0,20}\\bi (?:won'?t|will not|wont) (?:exist|be alive|be (?:around|here|breathing))\\b|\\b(?:don'?t|do not|dont) (?:think|expect|plan on being|see) (?:i'?ll|i will|myself|to)? ?be(?:ing)? (?:around|here|alive)\\b[^.?!]{0,12}\\b(?:by|for|when|on|at) ${DAY_OF_RECKONING_EN}|${DAY_OF_RECKONING_ZH}[^。！？]{0,8}(?:之前|以前|前|的时候|那天|到的时候|到了|来了|下来了)[^。！？]{0,10}(?:我)?(?:人)?(?:应该|可能|估计|恐怕)?(?:就|早就|都)?(?:已经)?${DEAD_ZH}|^[^。！？]{0,16}不用等(?:开庭|判决|起诉|法院|传票)了[。！!.]*$`,
    ),
    unless: /和解|协商|撤诉|还清|结清|调解|\b(?:settle(?:d|ment)?|paid (?:it )?off|lawyer says|mediation)\b/,
  },
  // Buried before the day of reckoning: a grave said of oneself with a date is not explained
  // away by a laugh ("lol sue me, i'll be six feet under before it gets to court").
  {
    family: 'farewell',
    cue: /six feet|in the ground|grave|coffin|in (?:my|a) box|worm food|埋在|入土|进坟/,
    pattern: new RegExp(
      `\\b(?:i'?ll|i will|i'?m going to|going to) be (?:six feet under|in the ground|in (?:my|a) (?:grave|coffin|box)|worm food)\\b[^.?!]{0,12}\\b(?:before|by the time)\\b[^.?!]{0,30}${DAY_OF_RECKONING_EN}|${DAY_OF_RECKONING_ZH}[^。！？]{0,8}(?:之前|以前|前|的时候|那天|到的时候)[^。！？]{0,10}(?:我)?(?:人)?(?:应该|可能|估计|恐怕)?(?:就|早就|都)?(?:已经)?(?:埋在土里|入土|进坟)`,
    ),
    unless:
      /和解|协商|撤诉|还清|结清|\b(?:settle(?:d|ment)?|paid (?:it )?off|backlog|takes? (?:years|forever|ages))\b/,
  },
  // No one at this number after a day: a phone that will go unanswered for good.
  {
    family: 'indirect',
    cue: /answer|pick|接(?:这个)?(?:电话)?了/,
    pattern:
      /\b(?:no ?one|nobody|no body)(?:'ll| will| is going to)? (?:be )?(?:answer(?:ing)?|pick(?:ing)? up)\b[^.?!]{0,30}\bafter (?:tomorrow|tonight|today|this week(?:end)?|friday|saturday|sunday|monday|the (?:weekend|\w+th))\b|(?:明天|后天|今晚|过了今天|这周|下周)[^。！？]{0,16}(?:不会|没)有?人(?:会)?(?:再)?接(?:这个)?(?:电话)?了/,
    unless: AWAY,
  },
  // A beneficiary changed without telling the family.
  {
    family: 'farewell',
    cue: /受益人|beneficiary/,
    pattern:
      /(?:偷偷|悄悄|没告诉|瞒着|都不知道)[^。！？]{0,16}受益人[^。！？]{0,6}(?:改|换|写)|\b(?:changed|updated|made)\b[^.?!]{0,20}\bbeneficiary\b[^.?!]{0,40}\b(?:without telling|no one knows|didn'?t tell|secretly)\b/,
    unless: /结婚|离婚|生了|出生|律师|\b(?:married|divorce|baby|lawyer)\b/,
  },
  // A letter left for someone to read later: "给女儿写了封信，等她长大了再看", "a letter she opens on sunday".
  {
    family: 'farewell',
    cue: /(?:写了|留了|写好)(?:一)?(?:封|些|几封)?信|letter|note/,
    pattern:
      /(?:给|留给|替)(?:我)?(?:的)?(?:女儿|儿子|孩子|老婆|老公|爸妈|父母|妈妈|爸爸|妈|爸|家人|妹妹|弟弟|姐姐|哥哥)[^。！？]{0,4}(?:写了|留了|写好了?)(?:一)?(?:封|些|几封)?信[^。！？]{0,12}(?:等|以后|之后|到时候|长大)[^。！？]{0,8}(?:再看|再拆|再打开|会看到|就懂|就明白|看)|\b(?:letters?|notes?)\b[^.?!]{0,40}\b(?:(?:they'?re|it'?s|are|is) for later|to (?:open|read) (?:later|after|when|on)|(?:she|he|they) (?:opens?|reads?|will open|will read|'ll open|'ll read) (?:on|after|when|later|once))\b/,
    unless:
      /生日|毕业|结婚|婚礼|十八岁|成年|时间胶囊|圣诞|新年|\b(?:birthday|graduation|wedding|christmas|time capsule|18th|eighteenth|anniversary|valentine|camp|school)\b/,
  },
  // Means taken or at hand, said with drowsiness, a goodbye or "you know what for".
  {
    family: 'method',
    cue: /一次性|全部|一下子|磨|razor|blade/,
    pattern:
      /(?:药|安眠药|药片)(?:我)?(?:已经)?(?:一次性|全部|一下子)(?:都|全)?(?:吃|吞)(?:了|下去了?)|(?:刀|刀片)[^。！？]{0,10}磨(?:得|好)[^。！？]{0,10}(?:你们懂的|你懂的|懂我意思|用得上|最后)|\b(?:razor|blades?)\b[^.?!]{0,40}\b(?:sorry for the mess|tub is (?:full|filling)|(?:bath|tub) is (?:full|filling)|my wrists?)\b|\b(?:bath(?:tub)?|tub) is (?:full|filling(?: up)?)\b[^?]{0,40}\b(?:razor|blades?)\b/,
    unless: /感冒|发烧|咳嗽|退烧|医生|好多了|按时|切菜|做饭|\b(?:shav(?:e|ing)|legs|beard)\b/,
  },
  // Driving to crash: "不想踩刹车了", "if i crash the car tonight it solves everything".
  {
    family: 'method',
    cue: /刹车|撞|crash|brake/,
    pattern:
      /不想(?:再)?踩刹车|(?:想|就)(?:直接)?(?:开车)?撞(?:上去|过去|墙|树|护栏|桥墩)|\bcrash(?:ing)? (?:the|my) car\b[^.?!]{0,30}\b(?:solves?|fix(?:es)?|ends?) (?:everything|it all|all of (?:this|it)|my problems)\b|\b(?:don'?t|do not|not going to) (?:want to )?(?:brake|hit the brakes?)\b/,
  },
  // Called over by a dead relative, "it's time": "梦到奶奶叫我过去，是时候了".
  {
    family: 'euphemism',
    cue: /梦|dream/,
    pattern:
      /(?:梦到|梦见)[^。！？]{0,8}(?:奶奶|爷爷|外婆|外公|妈妈|爸爸|妈|爸|老伴)[^。！？]{0,6}(?:叫我|喊我|来接我|让我)(?:过去|去)?|\b(?:dream(?:s|ed|t)?|dreaming) (?:of|about) my (?:grandma|grandpa|nan|mum|mom|dad)\b[^.?!]{0,30}\b(?:calling me|waiting for me|telling me to come)\b/,
    needs: /是时候了|该走了|快了|去陪|过去陪|\b(?:it'?s time|ready to go|soon)\b/,
  },
  // Seen in the news soon: "过几天你们就能在新闻上看到我".
  {
    family: 'indirect',
    cue: /新闻|头条|news/,
    pattern:
      /(?:新闻|报纸|头条)上(?:就)?(?:能|会)?看到我|\b(?:see|read about|hear about) me (?:on|in) the news\b/,
    unless: /采访|节目|比赛|获奖|上电视|\b(?:interview|award|contest|show)\b/,
  },
  // Goodbye to the world; the debt dying with me soon; a phone no longer needed.
  {
    family: 'farewell',
    cue: /world|with me|needing/,
    pattern:
      /\b(?:see you never|bye|goodbye|farewell),? (?:cruel )?world\b|\b(?:the )?(?:debt|balance|it|this) (?:can |will )?(?:die|dies|end|ends|go|goes) with me\b[^.?!]{0,40}\b(?:soon|any day|tonight|this week|not long)\b|\bwon'?t be needing (?:this|my|a) (?:phone|number|card|account)\b/,
    unless: /\b(?:new (?:phone|number)|switching|upgrad\w*|paid|paying|pay it|close|closing|cancel\w*)\b/,
  },
  // A phone that dies, and the person with it: "打到我手机没电，人也就没了".
  {
    family: 'indirect',
    cue: /人也/,
    pattern:
      /(?:手机|号码|电话|号)[^。！？]{0,12}(?:没电|停机|停了|关机|注销|打不通)[^。！？]{0,4}[,，]?(?:我)?(?:这个)?人也(?:就)?(?:没了|一样|不在了|跟着(?:走了?|没了?))/,
    unless: /换(?:了)?(?:新)?号|新号码|充电|出差|\b(?:new number|charger)\b/,
  },
  // Said plainly in few words: game over for me; the note, bare; going to water or a height and not back.
  {
    family: 'hopeless',
    cue: /game over|note|letter|coming back|be back|insurance/,
    pattern:
      /\b(?:it'?s |its )?game over for me\b|^(?:my|the) (?:note|letter)s? (?:is|are) (?:on|in|under|by) (?:the |my )?\w+[.!]*$|\b(?:going|heading|walking|driving|off) (?:to|into) the (?:bridge|river|lake|sea|ocean|tracks|woods|cliffs?|roof)\b[^.?!]{0,30}\b(?:not coming back|won'?t be (?:coming )?back|for good)\b|\b(?:life )?insurance\b[^.?!]{0,30}\b(?:paid up|in order|sorted|all set)\b[^?]{0,40}\b(?:will be (?:fine|ok|okay|taken care of|looked after))\b/,
    unless: /\b(?:car|phone|laptop|level|match|team|season|business|job|shop|store)\b/,
  },
  // Looking up how much of a drug it takes.
  {
    family: 'method',
    cue: /tylenol|paracetamol|acetaminophen|pills|tablets|insulin|meds|it takes to|would kill|to die|吞多少|吃多少/,
    pattern:
      /\b(?:looked up|googled|searching|searched|looking up|look up|checked|google) how (?:much|many)\b[^.?!]{0,30}\b(?:tylenol|paracetamol|acetaminophen|pills|tablets|insulin|sleeping pills|meds|it takes to|would kill|to die)\b|查(?:了|过)?(?:一下)?(?:吃|吞)多少[^。！？]{0,6}(?:安眠药|药|片)/,
    unless:
      /\b(?:dose for (?:my )?(?:kid|child|son|daughter|baby|dog|cat)|fever|headache|back pain)\b|发烧|头疼|孩子|宝宝/,
  },
  // A means said not to be for its ordinary use: "rope, and no it's not for camping".
  {
    family: 'method',
    cue: /rope|pills|charcoal|knife|blade|gun|绳|炭|药|刀/,
    pattern:
      /\b(?:rope|pills|charcoal|knife|blade|gun|hose|tape)\b[^?]{0,40}\b(?:(?:it'?s|its|it is|and|but|no|that'?s|thats)? ?not (?:for|to use for) (?:camping|climbing|work|the garden|gardening|moving|the boat|hunting|fishing|cooking|a project|a tent|the tent|a trip|(?:a |the )?(?:bbq|barbecue|grill)|grilling|heating|sleep|sleeping|my back|pain|what you think|anything like that))\b|(?:绳子|绳|木炭|炭|安眠药|农药|刀)[^。！？]{0,10}不是(?:去|拿来|用来|为了|给)[^。！？]{0,6}(?:用的|用|玩的|的)/,
  },
  // Almost went over from a height or into water: "在桥上站了半个小时…差一点就下去了".
  {
    family: 'method',
    cue: /桥|楼顶|天台|江边|河边|湖边|海边|栏杆|窗台/,
    pattern:
      /(?:桥上|桥边|楼顶|天台|江边|河边|湖边|海边|栏杆|窗台)[^。！？]{0,24}(?:差一点|差点|几乎)(?:就)?(?:跳|下去|掉下去|翻过去|走进去)/,
  },
  // Going to keep a dead relative company ("去跟我爸作伴", "去和我妈团聚"); needs the death said.
  {
    family: 'euphemism',
    cue: /作伴|团聚|相聚|重逢/,
    pattern:
      /去(?:跟|和|陪|找)?(?:我)?(?:爸爸|妈妈|爸|妈|父亲|母亲|奶奶|爷爷|外婆|外公|老公|老婆|丈夫|妻子|儿子|女儿|他|她)(?:那边)?(?:作伴|团聚|相聚|重逢)/,
    needs: /去世|过世|走了|没了|不在了|走的|那边|天上|下面/,
  },
  // Self-harm escalating: "割了几次手腕，这次想割深一点".
  {
    family: 'method',
    cue: /(?:割|划)(?:了|得)?(?:好|几|很|深|更)|这次(?:想|要)?(?:割|划)/,
    pattern:
      /(?:割|划)(?:了)?(?:好|几|很多|好多)次(?:手腕|手臂|胳膊|手)|(?:割|划)(?:得)?(?:深一点|深点|更深)|这次(?:想|要)?(?:割|划)(?:得)?深/,
  },
  // One's own ashes or grave arranged: "我的骨灰撒海里就好", "墓地我自己选好了".
  {
    family: 'farewell',
    cue: /骨灰|墓|坟|ashes|grave|plot/,
    pattern:
      /我(?:的)?骨灰[^。！？]{0,8}(?:撒|扬|埋|放|就)|(?:墓地|坟地|墓碑)[^。！？]{0,6}(?:我)?(?:自己)?(?:都)?(?:选好|买好|定好|刻好)了|\b(?:scatter|spread) my ashes\b|\bmy ashes\b[^.?!]{0,20}\b(?:in|at|over|into)\b/,
    unless:
      /遗嘱|保险|律师|以后老了|等我老了|几十年后|\b(?:when i'?m old|someday|one day|estate plan\w*|lawyer)\b/,
  },
  // A will made and "the rest is just timing": arrangements done, the act ahead.
  {
    family: 'farewell',
    cue: /\bmy will\b|遗嘱/,
    pattern:
      /\bmy will\b[^.?!]{0,40}\b(?:signed|done|ready|written|sorted|notari[sz]ed|finished)\b[^?]{0,40}\b(?:the rest is (?:just )?(?:timing|details|easy)|(?:just|only) a matter of (?:time|when)|all that'?s left|nothing left (?:to do|but))\b|遗嘱[^。！？]{0,8}(?:写好|立好|公证)了[^。！？]{0,12}(?:就差|只差|剩下的|没什么)/,
  },
  // Sorry, and absent from a family day ahead: "tell my son i'm sorry, i won't be at his birthday".
  {
    family: 'farewell',
    cue: /birthday|wedding|graduation|birth|first day|big day|生日|婚礼|毕业典礼|高考|成人礼/,
    pattern:
      /\bsorry\b[^.?!]{0,30}[.,;]? ?i (?:won'?t|wont|will not|can'?t|cannot) be (?:at|there for|around for|there on) (?:his|her|their|my \w+'s|the kids'?|our) (?:birthday|wedding|graduation|birth|first day|big day)\b|对不起[^。！？]{0,20}(?:生日|婚礼|毕业典礼|高考|成人礼)[^。！？]{0,6}(?:我)?(?:去不了|参加不了|看不到|陪不了)了/,
    unless: AWAY,
  },
];

/**
 * An everyday reason said only to be denied: "not for camping", "不是去露营用的", a trip told to
 * someone and then denied ("told her i was travelling, i am not").
 */
const DENIED_REASON =
  /\b(?:not|isn'?t|ain'?t) (?:for|to use for) (?:camping|climbing|work|the garden|gardening|moving|the boat|hunting|fishing|cooking|a project|a tent|the tent|a trip|(?:a |the )?(?:bbq|barbecue|grill)|grilling|heating|sleep|sleeping|my back|pain|what you think|anything like that)\b|不是(?:去|拿来|用来|为了|给)[^。！？，,]{0,6}(?:用的|用|玩的|的)|\btold (?:her|him|them|everyone|people|my \w+) (?:i was|i'?m|i am) (?:travell?ing|going away|away|on (?:a )?(?:holiday|trip|vacation)|moving)\b[^.?!]{0,6}\b(?:i am not|i'?m not|but i'?m not|which i'?m not)\b|(?:跟|对)(?:她|他|他们|家里|我妈|我爸)说我(?:要)?(?:出差|出国|旅游|出远门)[^。！？]{0,6}(?:其实|但)(?:不是|没有|不去)/g;

/**
 * The text an everyday reason is looked for in: a reason said only to be denied does not explain
 * the words away ("bought rope today, and no it's not for camping").
 */
export function withoutDeniedReasons(text: string): string {
  return text.replace(DENIED_REASON, ' ');
}
