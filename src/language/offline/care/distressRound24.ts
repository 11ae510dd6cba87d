import type { ClassRule } from './distressRule.js';

/**
 * Rules by class, round 24: the classes named from the wording of outside round S15 half a's
 * misses (a social worker for migrant workers and older people), each written again in new
 * phrasings in the own check set `check-s16.json` before a rule changed (measured once before and
 * once after, never fitted): a means bought and put away at hand, with a plea to stop calling a
 * relative; a partner threatening to kill the writer (and himself) over the debt while the writer
 * hides; a cut bleeding now, told in fragments; at a bridge, a river or a roof told as a scene
 * (wind, cold, a dying phone) with a reproach at the callers; "by the time you read this"; an
 * apology for a relative passed on through the bank, with "I'm done"; preferring death to the
 * debt itself. Read like the round-9 class rules: never negated away; `needs` / `unless` say when
 * the same words are everyday.
 */

/** A joke, a film or a denial: the words are not the writer's own plan or danger. */
const DENIED =
  /哈哈|😂|开玩笑|电视剧|电影|小说|不是说我|我不会|\b(?:lol|lmao|haha\w*|jk|just kidding|movie|film|show|thriller|episode|series|novel|book|game|not that i(?:'d| would)?)\b/;

/** A means: poison, pills, a rope, charcoal, a blade, a gun. */
const MEANS_ZH = '(?:安眠药|安定|药片|农药|百草枯|敌敌畏|老鼠药|鼠药|除草剂|杀虫剂|绳子|木炭|炭|刀片|枪)';
const MEANS_EN =
  '(?:rat poison|poison|weed ?killer|pesticide|antifreeze|sleeping pills|pills|tablets|rope|charcoal|bleach|gun|pistol|razor ?blades?)';
/** Put away at hand: under the bed, in a drawer, the trunk, saved up. */
const STASHED_ZH = `${MEANS_ZH}[^。!?]{0,12}(?:买|备|攒|藏|放|收|搁|置)[^。!?]{0,8}(?:床底|床下|柜|抽屉|枕头|衣柜|包里|车里|车尾箱|尾箱|身边|手边|口袋)|(?:床底|床下|柜子?里|抽屉里?|枕头(?:下|底))[^。!?]{0,6}(?:藏|放|收)(?:着|了)[^。!?]{0,4}${MEANS_ZH}`;
const STASHED_EN = `\\b${MEANS_EN}\\b[^.?!]{0,40}\\b(?:under (?:my|the) (?:bed|pillow|mattress|seat)|in (?:my|the) (?:drawer|nightstand|trunk|glove ?box|closet|bag|pocket|car)|hidden|stashed|saved up)\\b`;
/** Asking the bank to leave a relative alone, or the debt and the end in view. */
const LEAVE_FAMILY =
  /(?:别|不要|勿|莫)(?:再)?(?:打|找|烦|催|致电|联系|打扰)[^。!?]{0,6}(?:妈|爸|老伴|老婆|老公|家人|家里|孩子|儿子|女儿|父母)|撑不|不想活|还不上|\b(?:stop (?:calling|ringing|texting|contacting)|(?:do not|don'?t|never) (?:call|ring|text|contact|bother)|leave (?:my |her |him )?\w* ?out of (?:this|it)|can'?t (?:do this|go on)|no way out)\b/;
/** An everyday reason for a poison or pills: pests, a farm, a relative's prescription, children kept safe. */
const MEANS_ERRAND =
  /灭鼠|老鼠多|闹老鼠|有老鼠|除虫|打药|果园|地里|仓库|公司|报销|处方|医生|(?:怕|防|免得|以免)(?:孩子|小孩|宝宝|狗|猫)|高处|给(?:我)?(?:妈|爸|老人)(?:买|吃)|\b(?:mice|mouse|rats? (?:problem|in)|pests?|garden|yard|lawn|farm|weeds|for (?:the|my) (?:garage|yard|garden|mom|mum|dad|kids?)|(?:mom|mum|dad)'s|pharmacy|prescri\w*|doctor|out of reach|childproof|camping|hunting|range|licensed)\b/;

/** Someone threatening to kill the writer (and himself), or both dying. */
const THREAT =
  /同归于尽|(?:要|说要|话要)(?:跟|和|同)我[^。!?]{0,4}(?:一起|一齐)死|(?:要|说要|话要)(?:杀了我|弄死我|砍死我|打死我)|\b(?:kill (?:me|us) (?:and|then) (?:then )?(?:himself|herself|themselves)|(?:going to|gonna|wants? to|threaten\w* to|says (?:he|she)(?:'s| is| will|'ll)(?: going to)?|said (?:he|she)(?:'d| would| was going to)) kill me(?!,? (?:when|if|once|for)\b)|we (?:both|all) die|taking me (?:with (?:him|her)|down with (?:him|her))|take (?:me|us) (?:with (?:him|her)|down with (?:him|her)))\b/;
/** Hiding, a weapon, or a call for help. */
const HIDING =
  /躲|锁在|反锁|藏在|匿|救命|救救我|帮帮我|报警|刀|枪|\b(?:hiding|hid|locked (?:in|myself)|barricaded|help|pls|please|911|police|knife|gun|bat|weapon)\b/;
/** The threat as an idiom: "will kill me when he sees the bill". */
const THREAT_IDIOM =
  /知道了?(?:会|非)|看到(?:账单)?(?:会|非)|\b(?:when|if|once) (?:he|she|they) (?:sees?|finds? out|hears?|gets?)\b/;

/** A cut, and blood that does not stop. */
const BLEEDING =
  /(?:割|划)(?:了|开了|破了|伤了|得很深|好深)?[^。!?]{0,8}血[^。!?]{0,3}(?:一直流|止不住|流了一地|流个不停|停不下来|不停地?流|流不停|流好多|流了好多|流满)|\bcut (?:my (?:wrists?|arms?|thighs?|legs?)|myself|deep)\b[^]{0,40}\b(?:bleed\w*|blood)\b|\bblood (?:everywhere|all over (?:the|my) \w+)\b/;
/** What the blood alone needs: a cut, "I did it", the calls. */
const BLEEDING_NEEDS =
  /割|划|电话|\b(?:cut|i did it|did it again|wrists?|myself|sorry|calling|phone|answer)\b/;
/** An everyday cut or bleed: cooking, a nose, a tooth, a doctor on the way. */
const BLEEDING_ERRAND =
  /切菜|做饭|厨房|包好|医院|急诊|诊所|鼻血|拔牙|牙|缝针|打针|摔|\b(?:kitchen|cooking|chopping|slicing|shav\w*|can lid|glass|nose\w*|tooth|teeth|dentist|period|urgent care|er|a&e|hospital|doctor|stitches|fell|cat|dog|scratch\w*|paper cut)\b/;

/** At a bridge, a river, a reservoir, a roof or a pier. */
const EDGE =
  /(?:在|站在|坐在|到了|来到)[^。!?,]{0,8}(?:大桥|桥上|桥边|栏杆|江边|河边|湖边|海边|水库|码头|天台|楼顶|悬崖|铁轨)|\b(?:i'?m|im|i am|sitting|standing|been|parked|out)\b[^.?!]{0,20}\b(?:on|at|by|under) (?:the )?(?:edge of (?:the )?)?(?:roof(?:top)?|ledge|railing|cliffs?|pier|jetty|dock|overpass|bridge|tracks|river ?bank|water'?s edge|reservoir)\b/;
/** The scene (wind, cold, dark, a phone dying) or a reproach at the callers. */
const SCENE =
  /风(?:好|很|挺|太|真)?大|好冷|很冷|冷得|天(?:很|好|已经)?黑|没电|关机|(?:你们|你)[^。!?]{0,6}(?:还想|还要|仲想|到底想|到底要|满意了|开心了|高兴了|想点|想怎)|(?:想|要)我(?:怎么样|怎样|点样)|\b(?:windy|wind|cold|freezing|dark|black|phone(?:'s| is)? (?:at|dying|about to die|almost dead)|battery|\d+ ?%|happy now|satisfied|what (?:more|else) do (?:you|u)(?: people| guys| all)? want|you wanted me to|here i am)\b/;
/** An everyday reason to be there: fishing, a walk, a view, traffic, a repair. */
const EDGE_ERRAND =
  /钓鱼|散步|拍照|堵车|跑步|游泳|看风景|放风筝|烧烤|等车|等人|上班|值班|收衣服|晾|晒被|信号|修|装修|旅游|出差|\b(?:fish\w*|walk\w*|photos?|view|jog\w*|run\w*|ferry|boat|waiting|shift|gutters?|sunset|picnic|traffic|commute|fix\w*|repair\w*|leak|work(?:ing)?|vacation|trip)\b/;

/** Read after the end: "by the time you read this". */
const AFTER_READING =
  /(?:等|当|待)(?:到)?(?:你们|你|贵行|银行|大家|各位|家人)?[^。!?,]{0,2}(?:看到|看见|读到|阅读|收到|睇到|见到)[^。!?]{0,8}(?:的时候|时|之时|时候)?[^。!?]{0,12}(?:无所谓|不重要|没关系|不在了|已经走了|不用再还|不用还|了无牵挂|解脱|结束了|都过去了|已经不在|一切都|晚了|来不及)|\b(?:by the time|when|once) (?:you|u|anyone|someone|somebody|they|you guys) (?:read|reads|get|gets|see|sees|find|finds|open|opens) (?:this|it|these|my)\b[^.?!]{0,40}?\b(?:(?:won'?t|will not|doesn'?t|not) (?:matter|be (?:here|around|alive|a problem))|(?:none of it|nothing|it all) (?:will |won'?t )?(?:matter|be over)|(?:i'?ll|i will|i'?d) (?:already )?(?:be |have )?(?:gone|dead|left|be over)|(?:it'?ll|it will|this will) (?:all )?be over|too late)\b/;
/** A payment, a trip or a message that is simply late. */
const AFTER_ERRAND =
  /转账|汇出|汇款|查收|到账|飞机|航班|出差|付了|\b(?:paid|transfer\w*|plane|land|flight|payment|deposit\w*|cleared|went through|vacation|holiday|office|trip)\b/;

/** An apology or love passed on to a relative through the bank. */
const PASS_ON =
  /(?:转告|告诉|跟|同|向|代我(?:向|跟|同)?)[^。!?,]{0,8}(?:女儿|儿子|仔|老婆|老公|老伴|孩子|妈|爸|家人|家里人)[^。!?]{0,4}(?:说|讲)?(?:声|一声|句)?(?:对不起|对唔住|对不住|抱歉|我爱(?:他|她|你))|\b(?:tell|let) (?:my |our )?(?:son|daughter|wife|husband|mom|mum|dad|mother|father|kids|children|family|partner|sister|brother)(?: know)?(?: that)? (?:i'?m|im|i am) (?:so )?sorry\b|\b(?:tell|let) (?:my |our )?(?:son|daughter|wife|husband|mom|mum|dad|mother|father|kids|children|family|partner|sister|brother)(?: know)?(?: that)? i love (?:her|him|them)\b/;
/** An ending said with it: tired, done, this is all, goodbye. */
const PASS_ON_NEEDS =
  /累了|就这样吧|撑不住|撑不下去|顶唔顺|不拖累|到这里|再见|永别|不想了|不行了|坚持不|\b(?:i'?m done|im done|can'?t (?:anymore|do this|go on|take it)|goodbye|that'?s all|for everything|tired|forgive)\b|😔/;
/** A plain message for a relative: a missed call, a payment made. */
const PASS_ON_ERRAND =
  /已经(?:帮[^。!?]{0,3})?还|还清|谈妥|担心|\b(?:missed (?:his|her|their|my) call|payment|paid|went through|mix ?up|late|co-?signer|will pay)\b/;

/** Death preferred to the debt itself (not to a fee or a queue). */
const RATHER_DEAD_ZH =
  /(?:宁愿|宁可)(?:去)?死(?:了)?[^。!?,]{0,3}(?:也|都)(?:不|唔)(?:想|要|愿)?(?:再)?(?:面对|还|背|扛|理|管|处理|欠)[^。!?]{0,6}(?:债|数|钱|账|贷|卡|这些|这笔)|与其[^。!?]{0,12}(?:债|数|账|贷|欠)[^。!?]{0,10}(?:不如|倒不如)(?:去)?死/;

export const ROUND24: readonly ClassRule[] = [
  // A means put away at hand and a relative to be left alone: "农药买好了放在床底下，别再打电话给我妈".
  {
    family: 'method',
    cue: new RegExp(`${MEANS_ZH}|${MEANS_EN}`),
    pattern: new RegExp(`${STASHED_ZH}|${STASHED_EN}`),
    needs: LEAVE_FAMILY,
    unless: new RegExp(`${MEANS_ERRAND.source}|${DENIED.source}`),
  },
  // Threatened by a partner over the debt, hiding: "他拿着刀说要跟我同归于尽，我躲在厕所里，救命".
  {
    family: 'direct',
    cue: /同归于尽|死|杀|kill|die|taking|take/,
    pattern: THREAT,
    needs: HIDING,
    unless: new RegExp(`${THREAT_IDIOM.source}|${DENIED.source}`),
  },
  // A cut bleeding now: "手割了 血一直流 你们的人还在打电话", "blood everywhere. i did it".
  {
    family: 'method',
    cue: /血|bleed|blood/,
    pattern: BLEEDING,
    needs: BLEEDING_NEEDS,
    unless: new RegExp(`${BLEEDING_ERRAND.source}|${DENIED.source}`),
  },
  // At the edge, told as a scene, with a reproach: "我站在江边 风好大 手机快没电了 你们还想我怎样".
  {
    family: 'method',
    cue: /桥|栏杆|江边|河边|湖边|海边|水库|码头|天台|楼顶|悬崖|铁轨|roof|ledge|railing|cliff|pier|jetty|dock|overpass|bridge|tracks|river|water|reservoir/,
    pattern: EDGE,
    needs: SCENE,
    unless: new RegExp(`${EDGE_ERRAND.source}|${DENIED.source}`),
  },
  // Written to be read after the end: "by the time you read this it wont matter".
  {
    family: 'farewell',
    cue: /看到|看见|读到|阅读|收到|睇到|见到|read|get|see|find|open/,
    pattern: AFTER_READING,
    unless: new RegExp(`${AFTER_ERRAND.source}|${DENIED.source}`),
  },
  // An apology passed on, and done: "can you tell my daughter I'm sorry. i'm done".
  {
    family: 'farewell',
    cue: /对不起|对唔住|对不住|抱歉|我爱|sorry|love/,
    pattern: PASS_ON,
    needs: PASS_ON_NEEDS,
    unless: new RegExp(`${PASS_ON_ERRAND.source}|${DENIED.source}`),
  },
  // Death preferred to the debt itself: "宁愿死都不想再面对这些数".
  {
    family: 'direct',
    cue: /死/,
    pattern: RATHER_DEAD_ZH,
    unless: /菜单|语音|客服|热线|电话|排队|年费|手续费|机器人|转人工/,
  },
];

/**
 * Everyday talk in the words of a rule: a cut while cooking or shaving ("cut myself in the
 * kitchen"), an engine in a closed garage at a mechanic's work, a poison kept out of a child's
 * reach.
 */
export const ROUND24_IDIOMS: readonly (readonly [RegExp, RegExp])[] = [
  [
    /\bcut myself\b/,
    /^(?![^]*\b(?:on purpose|again|deep(?:er|ly)?|wrists?|arms?|thighs?|blade|razor|relief|numb|punish\w*|deserve|feel something|want(?:ed)? to)\b)[^]*\bcut myself (?:\w+ ){0,3}?(?:in the kitchen|cooking|chopping|slicing|shaving|on (?:a|the|some) \w+|by accident|accidentally|gardening|at work|opening)/,
  ],
  [
    /\bgarage\b[^]*\b(?:engine|car|motor)\b|\b(?:engine|car|motor)\b[^]*\bgarage\b/,
    /^(?![^]*\b(?:goodbye|bye|end it|end this|die|dead|death|kill\w*|sorry|last|left|someone (?:to )?know|no more|can'?t|anymore|note|kids|family|rope|pills|plan|hose|tape|tonight)\b)[^]*\b(?:mechanic|repair\w*|fix(?:ing)?|customers?|extractor|at work|i work)\b/,
  ],
  [
    /老鼠药|鼠药|杀虫剂|农药|敌敌畏|百草枯|除草剂/,
    /^(?![^]*(?:死|不想活|撑不|喝了|吃了|吞|结束|了结|解脱|最后))[^]*(?:(?:怕|防|免得|以免)(?:孩子|小孩|宝宝|狗|猫)|高处|灭鼠|老鼠多|闹老鼠|有老鼠|除虫|打药|果园|地里)/,
  ],
];
