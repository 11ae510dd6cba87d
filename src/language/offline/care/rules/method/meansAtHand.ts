import type { ClassRule } from '../../distressRule.js';
import { DENIED_OR_FICTION, DENIED_OR_ON_SCREEN, DENIED_WITH_LAUGH } from '../sharedWords.js';

/**
 * Method and means at hand: a means acquired, counted out, set up, stashed or taken (rope, pills,
 * charcoal, poison, a gun), a means said not to be for its ordinary use, the decision not yet made.
 */

/** Poison: pesticide, weedkiller, rat poison, bleach. */
const POISON_ZH = '(?:农药|百草枯|敌敌畏|老鼠药|鼠药|84消毒液|消毒液|洁厕灵|除草剂|杀虫剂|毒药|甲胺磷)';

const POISON_EN =
  '(?:bleach|weed ?killer|rat poison|pesticide|insecticide|antifreeze|paraquat|sniper|otapiapia|drain cleaner|poison)';

/** Someone else's accident, a purchase, work on a farm. */
const POISON_ERRAND =
  /误喝|误食|不小心|孩子|儿子|女儿|宝宝|小孩|狗|猫|刷卡|付款|扣了|分期|退款|货款|进货|果园|打药|打农药|地里|\b(?:by accident|accidental\w*|toddler|kid|child|son|daughter|dog|cat|charged|refund|order|on (?:my|this) card|split|instal\w*|farm work|garden|shop|spray\w*)\b/;

/** A means kept at hand: pills, poison, a rope, charcoal, a blade. */
const MEANS_KEPT_ZH =
  '(?:安眠药|安定|药片|一瓶药|那瓶药|整瓶药|农药|百草枯|敌敌畏|老鼠药|鼠药|除草剂|杀虫剂|消毒液|洁厕灵|绳子|绳|炭|木炭|刀片|煤气)';

const MEANS_KEPT_EN =
  '(?:pills|tablets|sleeping pills|painkillers|paracetamol|tylenol|meds|medication|rope|noose|charcoal|blade|razor|gun|pistol|rifle|bleach|weed ?killer|pesticide|poison|insulin)';

/** The decision not made yet: "犹豫要不要喝", "还没想好哪天用", "still deciding", "working up the nerve". */
const UNDECIDED_ZH =
  '(?:犹豫(?:着|了)?(?:要不要|该不该|是不是)?|下不了(?:这个)?决心|还没想好(?:哪天|什么时候|要不要|怎么)?|一直在想要不要|在想要不要|在考虑要不要|要不要(?:全|都)?(?:喝|吃|吞|用|点|烧|挂)|(?:拿出来|拿起来)[^。！？]{0,6}(?:放回去|又放下))';

const UNDECIDED_EN =
  "(?:still (?:deciding|trying to decide|working up|thinking about (?:it|whether|when))|(?:trying|tryna) to decide|can'?t decide (?:if|whether|when)|haven'?t decided (?:when|if|whether)|working up the (?:nerve|courage|guts)|keep (?:taking (?:it|them) out|picking (?:it|them) up|staring at (?:it|them)|looking at (?:it|them))|in my (?:lap|hand|pocket) (?:for|since)|whether (?:to )?(?:take|drink|swallow|use) (?:it|them)|if tonight'?s the night|not sure (?:if|whether) (?:tonight|today|i'?ll (?:do|use|take)))";

/** An everyday reason for a means: a prescription, a side effect, a farm, a camping trip. */
const MEANS_KEPT_ERRAND =
  /医生|处方|依赖|副作用|说明书|药店|失眠|剂量|半片|一片|打药|果园|地里|晾|露营|烧烤|火锅|取暖|搬家|装修|退款|分期|刷卡|\b(?:doctor|gp|prescri\w*|side effects?|dependen\w*|addict\w*|pharmac\w*|refund\w*|charged|receipt|climbing|camping|bbq|barbecue|hunting|range|licen[cs]e|garden|farm|dose for|fever|headache|split it|pay it all|instal\w*)\b/;

/** A method set up: an engine in a closed garage, a hose to the exhaust, gas with the gaps sealed. */
const STAGED_ZH =
  '(?:车库[^。！？]{0,10}(?:关|封|锁)[^。！？]{0,12}(?:发动|打着|点火|没熄火|开着)|(?:发动|打着|点着火|没熄火)[^。！？]{0,12}车库[^。！？]{0,6}(?:关|封|锁)|(?:管子|水管|软管)[^。！？]{0,10}排气管|排气管[^。！？]{0,10}(?:接进|接到|通到|引进)(?:了)?(?:车里|车内)|(?:窗缝|门缝|窗户|门窗)[^。！？]{0,10}(?:塞|封|堵|贴)[^。！？]{0,16}(?:煤气|燃气|天然气)(?:都)?(?:开着|打开|开了)|(?:煤气|燃气|天然气)(?:都)?(?:开着|打开了|开了)[^。！？]{0,16}(?:窗缝|门缝|窗户|门窗)(?:都)?(?:封|塞|堵|关))';

const STAGED_EN =
  "(?:(?:car|engine|motor)(?:'s| is)? (?:running|on|idling|going)[^.?!]{0,30}\\b(?:closed|shut|locked|sealed) (?:garage|shed)|\\b(?:closed|shut|locked|sealed) (?:garage|shed)[^.?!]{0,30}\\b(?:car|engine|motor)(?:'s| is)? (?:running|on|idling)|garage door(?:'s| is)? (?:down|shut|closed)[^.?!]{0,30}\\b(?:car|engine|motor)(?:'s| is)? (?:on|running|idling)|(?:hose|pipe|tube)[^.?!]{0,20}\\b(?:exhaust|tailpipe)|(?:taped|sealed|blocked) (?:up )?(?:the )?(?:windows|doors|vents|gaps)[^.?!]{0,30}\\bgas(?:'s| is)? (?:on|running)|\\bgas(?:'s| is)? (?:on|running)[^.?!]{0,30}\\b(?:taped|sealed|blocked) (?:up )?(?:the )?(?:windows|doors|vents|gaps)|\\bgas(?:'s| is)? (?:on|running)[^.?!]{0,30}\\b(?:towels?|tape) (?:under|round|around|along|in)|\\b(?:towels?|tape) (?:under|round|around|along) (?:the )?(?:doors?|windows?)[^.?!]{0,30}\\bgas(?:'s| is)? (?:on|running))";

/** An everyday reason for an engine in a garage or gas: warming up, a repair, a leak reported. */
const STAGED_ERRAND =
  /热车|修车|维修|检修|漏气|泄漏|报修|燃气公司|煤气公司|换了|\b(?:warm\w*|defrost\w*|mechanic|repair\w*|fix\w*|leak\w*|replaced|engineer|alarm went|detector|smell(?:ed|s)? gas|service|mot|bill)\b/;

/** A means: poison, pills, a rope, charcoal, a blade, a gun. */
const MEANS_PUT_AWAY_ZH =
  '(?:安眠药|安定|药片|农药|百草枯|敌敌畏|老鼠药|鼠药|除草剂|杀虫剂|绳子|木炭|炭|刀片|枪)';

const MEANS_PUT_AWAY_EN =
  '(?:rat poison|poison|weed ?killer|pesticide|antifreeze|sleeping pills|pills|tablets|rope|charcoal|bleach|gun|pistol|razor ?blades?)';

/** Put away at hand: under the bed, in a drawer, the trunk, saved up. */
const STASHED_ZH = `${MEANS_PUT_AWAY_ZH}[^。!?]{0,12}(?:买|备|攒|藏|放|收|搁|置)[^。!?]{0,8}(?:床底|床下|柜|抽屉|枕头|衣柜|包里|车里|车尾箱|尾箱|身边|手边|口袋)|(?:床底|床下|柜子?里|抽屉里?|枕头(?:下|底))[^。!?]{0,6}(?:藏|放|收)(?:着|了)[^。!?]{0,4}${MEANS_PUT_AWAY_ZH}`;

const STASHED_EN = `\\b${MEANS_PUT_AWAY_EN}\\b[^.?!]{0,40}\\b(?:under (?:my|the) (?:bed|pillow|mattress|seat)|in (?:my|the) (?:drawer|nightstand|trunk|glove ?box|closet|bag|pocket|car)|hidden|stashed|saved up)\\b`;

/** Asking the bank to leave a relative alone, or the debt and the end in view. */
const LEAVE_FAMILY =
  /(?:别|不要|勿|莫)(?:再)?(?:打|找|烦|催|致电|联系|打扰)[^。!?]{0,6}(?:妈|爸|老伴|老婆|老公|家人|家里|孩子|儿子|女儿|父母)|撑不|不想活|还不上|\b(?:stop (?:calling|ringing|texting|contacting)|(?:do not|don'?t|never) (?:call|ring|text|contact|bother)|leave (?:my |her |him )?\w* ?out of (?:this|it)|can'?t (?:do this|go on)|no way out)\b/;

/** An everyday reason for a poison or pills: pests, a farm, a relative's prescription, children kept safe. */
const MEANS_PUT_AWAY_ERRAND =
  /灭鼠|老鼠多|闹老鼠|有老鼠|除虫|打药|果园|地里|仓库|公司|报销|处方|医生|(?:怕|防|免得|以免)(?:孩子|小孩|宝宝|狗|猫)|高处|给(?:我)?(?:妈|爸|老人)(?:买|吃)|\b(?:mice|mouse|rats? (?:problem|in)|pests?|garden|yard|lawn|farm|weeds|for (?:the|my) (?:garage|yard|garden|mom|mum|dad|kids?)|(?:mom|mum|dad)'s|pharmacy|prescri\w*|doctor|out of reach|childproof|camping|hunting|range|licensed)\b/;

export const MEANS_AT_HAND_RULES: readonly ClassRule[] = [
  // Means acquired or counted out: rope bought, charcoal and tape, pills gathered, a gun in hand.
  {
    id: 'meansAcquired',
    family: 'method',
    cue: /绳子|炭|每家|分几次|一点一点|一瓶|一板|两板|一把|药|方法|查|charcoal|how many|dose|count|gun|pistol|revolver|rifle|loaded|pills|rope|knife|blade|still have/,
    pattern:
      /买了[^。！？]{0,4}(?:粗)?绳子|(?:木炭|炭)[^。！？]{0,20}(?:胶带|封好|封死|密封|窗户缝|门缝)|(?:胶带|封好|封死)[^。！？]{0,16}(?:木炭|炭)|(?:每家|分几次|一点一点)[^。！？]{0,8}买[^。！？]{0,16}(?:够|攒)|(?:攒够|够)了?(?:一瓶|一板|两板|一把)|药(?:都|也|已经)(?:准备|攒|买|备)好了|(?:死的|自杀的)?方法(?:都|也|已经)(?:查|找|想)好了|查(?:了|过)?(?:怎么|如何)(?:死|自杀)|\bcharcoal\b[^.?!]{0,30}\b(?:tape|seal)\w*[^.?!]{0,20}\b(?:windows?|doors?|vents?)\b|\bhow many\b[^.?!]{0,40}\b(?:pills|tablets|of these|of them|meds)\b[^.?!]{0,20}\b(?:it takes|would it take|does it take|to (?:die|do it))\b|\bhow many of these it takes\b|\bdose (?:would|to) (?:do it|kill)\b|\bcount(?:ing|ed)? (?:them|the pills|my pills|pills) out\b|\b(?:gun|pistol|revolver|rifle)\b[^.?!]{0,60}\b(?:sitting here with it|it'?s loaded|in my lap|next to me)\b|\bit'?s loaded\b|\b(?:got|have) (?:the|my|all my|a bottle of) (?:pills|rope|gun|knife|blade)\b[^.?!]{0,10}\b(?:right here|ready|next to me|in front of me|in my hand)\b|\brope'?s? (?:is )?already\b|\bi still have (?:it|the rope|the pills|the gun)\b/,
    unless:
      /搬家|打包|晾|露营|帐篷|烧烤|取暖|\b(?:moving|camping|tent|tarp|ladder|packing|bbq|grill|hunting|range)\b/,
  },
  {
    id: 'meansReadied',
    family: 'method',
    cue: /刀|绳子|药|楼顶|天台|swallow|pills|gun|pistol|revolver|rifle|which|dam|overpass|quarry/,
    pattern:
      /刀[^。！？]{0,4}(?:磨好|磨快)|把绳子挂(?:上去|好|在)|药[^。！？]{0,12}(?:跑了|去了)好几(?:趟|家|次)|(?:楼顶|天台)[^。！？]{0,6}(?:门|锁)[^。！？]{0,8}(?:怎么开|能开|打开)|\bswallow (?:every|all (?:the|my)|the whole bottle of) (?:pill|pills|tablets)\b|\b(?:buying|bought|collecting|stockpiling|hoarding)\b[^.?!]{0,20}\b(?:bottles|boxes|packs) of (?:sleeping )?pills\b|\b(?:gun|pistol|revolver|rifle)\b[^.?!]{0,30}\bloaded\b|\bi know which (?:bridge|building|roof|cliff)\b|\b(?:drove|went|walked) to the (?:dam|overpass|quarry|bridge|cliffs?)\b[^.?!]{0,40}\b(?:looking down|a long time|for hours)\b/,
    unless: /搬家|打包|晾|露营|\b(?:moving|camping|club|range|hunting|picnic|toll)\b/,
  },
  // A means at hand as "the only plan left" (a long message about money with the hint inside it).
  {
    id: 'meansOnlyPlanLeft',
    family: 'method',
    cue: /rope|pills|gun|noose|bridge|ledge|绳|药|桥|楼/,
    pattern:
      /\b(?:rope|pills|gun|noose|bridge|ledge)\b[^]{0,120}\bonly (?:plan|way|option|choice|thing)\b(?: (?:i'?ve got|i have|i got))?(?: left)?|\bonly (?:plan|way|option|choice) (?:i'?ve got )?left\b[^]{0,120}\b(?:rope|pills|gun|noose|bridge|ledge)\b|(?:绳子|药|桥|楼顶)[^。！？]{0,30}(?:唯一的?(?:办法|出路|选择)|最后的?(?:办法|出路))/,
    unless:
      /\b(?:skipping rope|jump rope|climbing|camping|vitamins?|allergy|prescribed|doctor|nerf|range|hunting|toy)\b|跳绳|晾衣|维生素|医生开的/,
  },
  {
    id: 'knotNotForAWedding',
    family: 'method',
    cue: /knot|noose/,
    pattern:
      /\b(?:tied|tie|tying) (?:the|a) (?:knot|noose)\b[^.?!]{0,12}[.?!,]? ?not (?:the|a) (?:wedding|marriage) (?:kind|one)\b/,
  },
  // Means taken or at hand, said with drowsiness, a goodbye or "you know what for".
  {
    id: 'meansTakenOrAtHand',
    family: 'method',
    cue: /一次性|全部|一下子|磨|razor|blade/,
    pattern:
      /(?:药|安眠药|药片)(?:我)?(?:已经)?(?:一次性|全部|一下子)(?:都|全)?(?:吃|吞)(?:了|下去了?)|(?:刀|刀片)[^。！？]{0,10}磨(?:得|好)[^。！？]{0,10}(?:你们懂的|你懂的|懂我意思|用得上|最后)|\b(?:razor|blades?)\b[^.?!]{0,40}\b(?:sorry for the mess|tub is (?:full|filling)|(?:bath|tub) is (?:full|filling)|my wrists?)\b|\b(?:bath(?:tub)?|tub) is (?:full|filling(?: up)?)\b[^?]{0,40}\b(?:razor|blades?)\b/,
    unless: /感冒|发烧|咳嗽|退烧|医生|好多了|按时|切菜|做饭|\b(?:shav(?:e|ing)|legs|beard)\b/,
  },
  // A means said not to be for its ordinary use: "rope, and no it's not for camping".
  {
    id: 'meansNotForOrdinaryUse',
    family: 'method',
    cue: /rope|pills|charcoal|knife|blade|gun|绳|炭|药|刀/,
    pattern:
      /\b(?:rope|pills|charcoal|knife|blade|gun|hose|tape)\b[^?]{0,40}\b(?:(?:it'?s|its|it is|and|but|no|that'?s|thats)? ?not (?:for|to use for) (?:camping|climbing|work|the garden|gardening|moving|the boat|hunting|fishing|cooking|a project|a tent|the tent|a trip|(?:a |the )?(?:bbq|barbecue|grill)|grilling|heating|sleep|sleeping|my back|pain|what you think|anything like that))\b|(?:绳子|绳|木炭|炭|安眠药|农药|刀)[^。！？]{0,10}不是(?:去|拿来|用来|为了|给)[^。！？]{0,6}(?:用的|用|玩的|的)/,
  },
  // Overdose said as done: "took a whole strip of my sleeping tablets", "吃了一整瓶药".
  {
    id: 'overdoseTaken',
    family: 'method',
    cue: /strip|pack|box|bottle|blister|整瓶|整板|整盒|一瓶/,
    pattern:
      /\b(?:took|swallowed|taken|have taken|downed) (?:a|the|an) (?:whole|entire|full) (?:strip|pack(?:et)?|box|bottle|blister) of (?:my |the |his |her )?(?:\w+ )?(?:pills|tablets|meds|medication|painkillers|paracetamol|tylenol|sleepers)\b|(?:吃|吞)(?:了|下)?(?:一)?整(?:瓶|板|盒)(?:的)?(?:药|安眠药|止痛药)/,
    unless: /vitamin|维生素|糖|\b(?:by mistake|my (?:kid|child|son|daughter|dog))\b/,
  },
  // A means put together: charcoal with tape and a closed space; pills saved up.
  {
    id: 'meansPutTogether',
    family: 'method',
    cue: /charcoal|炭|sav|stockpil|stash|hoard|攒/,
    pattern:
      /\bcharcoal\b[^.?!]{0,30}\b(?:duct )?tape\b|\b(?:duct )?tape\b[^.?!]{0,30}\bcharcoal\b|\bcharcoal\b[^.?!]{0,40}\b(?:garage|car|sealed)\b|\b(?:saving up|saved up|stockpil\w+|stash(?:ed|ing)|hoard(?:ed|ing))\b[^.?!]{0,24}\b(?:pills|tablets|meds|medication|painkillers|sleepers)\b|\b(?:pills|tablets|meds|painkillers)\b[^.?!]{0,12}\b(?:stashed|stockpiled|saved up|hoarded)\b|(?:炭|木炭)[^。！？]{0,16}(?:车里|车库|胶带)|攒(?:了|够了?)[^。！？]{0,10}(?:安眠药|药片|止痛药)/,
    unless:
      /烧烤|露营|取暖|火锅|\b(?:bbq|barbecue|grill|camping|campfire|for (?:the )?(?:trip|holiday)|for my (?:trip|holiday))\b/,
  },
  // Emoji alone, a means or a place with a sad face: "😔🌉", "🔪😔" (spelled out by careNormalise: 🌊 water).
  {
    id: 'emojiMeans',
    family: 'method',
    cue: /knife|pills|rope|gun|bridge|coffin|blood|water/,
    pattern:
      /^\s*(?:(?:😞|😔|😢|😭|😣|😫|😩|💔|🥀|😿)\s*)*(?:knife|pills|rope|gun|bridge|coffin|blood|water)\s*(?:(?:knife|pills|rope|gun|bridge|coffin|blood|water|😞|😔|😢|😭|😣|😫|😩|💔|🥀|😿)\s*)*$/,
    needs: /😞|😔|😢|😭|😣|😫|😩|💔|🥀|😿/,
  },
  // A weapon or a means at hand and the thought of using it (lead, session 11, the class of
  // blind16a's one care miss): "枪就在抽屉里 最近老想用它", "the gun's on the table and I've been
  // thinking about using it". A gun cleaned, sold, at a range or a show is everyday.
  {
    id: 'meansAndTheThought',
    family: 'method',
    cue: /枪|农药|绳|刀|gun|pistol|rifle|shotgun|revolver|firearm|rope|pills|blade|knife/,
    pattern:
      /(?:枪|农药|绳子|刀)[^。！？]{0,24}(?:老是|总是|一直|最近|这几天|天天|真)?(?:想|想着|忍不住想)(?:要)?(?:用|拿来用|试试)|\b(?:gun|pistol|rifle|shotgun|revolver|firearm|rope|pills|blade|knife)\b[^.?!]{0,80}\b(?:think|thinking|thought|thinkin)\b (?:about|of|abt) (?:using|use|doing) (?:it|that|them|one)\b|\b(?:think|thinking|thought|thinkin) (?:about|of|abt) using (?:my|the|a|dad'?s|his) (?:gun|pistol|rifle|shotgun|revolver|firearm)\b/,
    unless:
      /打猎|卖掉|靶场|切|宰|杀鸡|杀鱼|做饭|砍柴|捆|绑|晾|\b(?:clean\w*|hunt\w*|range|show|sell|sold|selling|pawn\w*|safe|licen[cs]e|permit|shop|store|deer|season|garden\w*|cooking|kitchen knife set)\b/,
  },
  // Pills counted out: "安定片已经存了三十多粒了".
  {
    id: 'pillsCounted',
    family: 'method',
    cue: /存|攒|囤/,
    pattern:
      /(?:安定|安眠药|药片|药)[^。！？]{0,6}(?:已经)?(?:存|攒|囤)(?:了|够)[^。！？]{0,6}(?:\d+|[一二两三四五六七八九十几]+)多?(?:粒|片|颗|盒|瓶)/,
  },
  // A means set up, said tersely: "rope's up. what do I still owe", "noose is tied", "绳套打好了",
  // "绳圈挂在门框上了". A rope for a tent, the washing, a swing or a move is everyday.
  {
    id: 'meansSetUp',
    family: 'method',
    cue: /绳|rope|noose/,
    pattern:
      /(?:绳套|绳圈|套索|上吊的绳子?)[^。！？]{0,8}(?:打好|系好|挂好|弄好|绑好|准备好|挂在|系在|套上)|绳子?[^。！？]{0,4}(?:挂在|系在)(?:门框|房梁|梁|横梁|吊扇|暖气管|门把手|衣柜杆)|(?:凳子|椅子)[^。！？]{0,6}绳子?[^。！？]{0,4}(?:都)?(?:弄好|准备好|摆好)|\b(?:the |my )?(?:rope|noose)(?:'s| is|s)? (?:up|tied|ready|hung|set up|in place)\b|\b(?:got|put|have|hung|tied|set) (?:up )?(?:the|a|my) (?:rope|noose)(?: up| ready| round| around| over)?\b/,
    unless:
      /晾|帐篷|露营|跳绳|搬家|捆|行李|秋千|攀岩|健身|拔河|船|货|\b(?:tent|washing|line|swing|climb\w*|gym|boat|camp\w*|fence|ring|boxing|tug|ladder|pulley|hammock|rigging|abseil\w*|van|roof rack|trailer|load|mov(?:e|ing)|halloween|decorations?|knot|fishing|lasso|skipping)\b/,
  },
  // Poison taken, or at hand with intent: "刚把一瓶百草枯喝了", "weedkiller, and it's not for the
  // garden", "I go drink sniper".
  {
    id: 'poison',
    family: 'method',
    cue: new RegExp(`${POISON_ZH}|${POISON_EN}`),
    pattern: new RegExp(
      `(?:喝|吞|吃|服)(?:了|下|掉)?[^。！？]{0,6}${POISON_ZH}|${POISON_ZH}[^。！？]{0,20}(?:喝了它|喝下去|喝掉|一口闷|喝了|吞了|准备好了|放在(?:床|枕|桌|手)|倒了一杯|大不了喝|就喝)|\\b(?:drank|drunk|drink|drinking|swallowed|swallow|downed|took|take|taking) (?:a |the |some |half |a cup of |a glass of |a bottle of |half a bottle of |the whole |a whole |all the )?${POISON_EN}\\b|\\b${POISON_EN}\\b[^.?!]{0,60}\\b(?:not for the (?:garden|weeds|rats|mice|farm|cleaning)|i(?:'ll| will| go|'m going to|'m gonna| am going to) (?:take|drink|swallow|use) it|finish this|end (?:it|this)|that'?s it)\\b|\\b${POISON_EN}\\b[^]{0,100}?\\b(?:i(?:'ll| will| go|'m going to|'m gonna| am going to) (?:take|drink|swallow|use|finish) it(?! up| back| to| off| out| in)|finish (?:it|this matter))\\b`,
    ),
    unless: new RegExp(`${POISON_ERRAND.source}|${DENIED_WITH_LAUGH.source}`),
  },
  // A means at hand and the decision not yet made: "老鼠药就在柜子里，我还在犹豫要不要吃", "pills
  // are on the table, still working up the nerve".
  {
    id: 'meansAtHandUndecided',
    family: 'method',
    cue: new RegExp(`${MEANS_KEPT_ZH}|${MEANS_KEPT_EN}`),
    pattern: new RegExp(
      `${MEANS_KEPT_ZH}[^。！？]{0,30}?${UNDECIDED_ZH}|\\b${MEANS_KEPT_EN}\\b[^]{0,60}?\\b${UNDECIDED_EN}|\\b${UNDECIDED_EN}[^.?!]{0,40}\\b${MEANS_KEPT_EN}\\b`,
    ),
    unless: new RegExp(`${MEANS_KEPT_ERRAND.source}|${DENIED_OR_FICTION.source}`),
  },
  // A method set up and told obliquely: "车库卷帘门拉下来了，车没熄火", "hose from the exhaust
  // through the back window".
  {
    id: 'methodStaged',
    family: 'method',
    cue: /车库|排气管|煤气|燃气|天然气|garage|shed|exhaust|tailpipe|gas/,
    pattern: new RegExp(`${STAGED_ZH}|${STAGED_EN}`),
    unless: new RegExp(`${STAGED_ERRAND.source}|${DENIED_OR_FICTION.source}`),
  },
  // A means put away at hand and a relative to be left alone: "农药买好了放在床底下，别再打电话给我妈".
  {
    id: 'meansStashedLeaveFamily',
    family: 'method',
    cue: new RegExp(`${MEANS_PUT_AWAY_ZH}|${MEANS_PUT_AWAY_EN}`),
    pattern: new RegExp(`${STASHED_ZH}|${STASHED_EN}`),
    needs: LEAVE_FAMILY,
    unless: new RegExp(`${MEANS_PUT_AWAY_ERRAND.source}|${DENIED_OR_ON_SCREEN.source}`),
  },
];
