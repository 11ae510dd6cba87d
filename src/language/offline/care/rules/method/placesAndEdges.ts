import type { ClassRule } from '../../distressRule.js';
import { EVERYDAY } from '../everyday/reasons.js';
import { DENIED_OR_ON_SCREEN, DENIED_PLAIN, EVERYDAY_ERRANDS } from '../sharedWords.js';

/**
 * Method by a place of height, water or rails: being there now or long, a spot picked, almost
 * going over, access noticed, a place on one's mind, a place and a time decided.
 */

/** Where a means is: a bridge, a rooftop, the tracks, open water. */
const PLACE_ZH =
  '(?:江边|河边|海边|湖边|大桥|桥上|天台|楼顶|顶楼|铁轨|火车道|铁道|铁路|轨道边|水库|悬崖|崖边)';

const WHEN_ZH =
  '(?:今晚|今天晚上|今夜|明早|明天一早|明天早上|明天|后天|一早|天亮|周[一二三四五六日末]|等[^。！？]{1,8}(?:睡了|睡着|走了|出门)|下班(?:后|以后)?)';

/** A decision made or help turned down ("不用给我办了", "I've decided", "don't bother"). */
const DECIDED_OR_REFUSED =
  /(?:不用|不需要|别)(?:再)?(?:给我|帮我|劝|打|催|办|联系)|都不用了|不用了|想好了|决定了|别劝|不回来了|找我家(?:人|里)|最后(?:一次|一眼)|对不起|保重|再见|\b(?:decided|made (?:up )?my mind|my mind'?s made|mind is made|no need|(?:don'?t|dont|do not) (?:need|bother|call|try)|cancel|for the last time|that'?s that|goodbye|sorry for|won'?t matter|stop (?:calling|sending|texting|the reminders))\b/;

/** Everyday reasons to be at water, a bridge, a roof or the railway. */
const PLACE_ERRAND =
  /钓鱼|跑步|散步|遛狗|拍照|看日出|看日落|游泳|上班|打工|修|晒|施工|旅游|玩|野餐|烧烤|约会|风景|面试|接人|送人|坐火车|赶火车|\b(?:fish\w*|run|jog\w*|walk (?:the )?dog|photos?|pictures|swim\w*|work|shift at|fix\w*|gutters?|repair\w*|interview|job|picnic|date|view|paint\w*|solar|aerial|antenna|catch (?:a|the) train|commute|holiday|trip)\b/;

/** Everyday reasons to mention a roof door, a railing or a pharmacy. */
const ACCESS_ERRAND =
  /晒|收(?:了|衣服|被子)|被子|衣服|来修|去修|在修|报修|维修|修好|物业|关一下|去关|风很大|翻新|跑步|绕路|施工|感冒药|装修|\b(?:washing|laundry|dry (?:the )?clothes|windy|shut it|close it|landlord|fix\w*|repair\w*|redone|detour|run|jog\w*|cold medicine|builders?|works)\b/;

/** At a bridge, a river, a reservoir, a roof or a pier. */
const EDGE =
  /(?:在|站在|坐在|到了|来到)[^。!?,]{0,8}(?:大桥|桥上|桥边|栏杆|江边|河边|湖边|海边|水库|码头|天台|楼顶|悬崖|铁轨)|\b(?:i'?m|im|i am|sitting|standing|been|parked|out)\b[^.?!]{0,20}\b(?:on|at|by|under) (?:the )?(?:edge of (?:the )?)?(?:roof(?:top)?|ledge|railing|cliffs?|pier|jetty|dock|overpass|bridge|tracks|river ?bank|water'?s edge|reservoir)\b/;

/** The scene (wind, cold, dark, a phone dying) or a reproach at the callers. */
const SCENE =
  /风(?:好|很|挺|太|真)?大|好冷|很冷|冷得|天(?:很|好|已经)?黑|没电|关机|(?:你们|你)[^。!?]{0,6}(?:还想|还要|仲想|到底想|到底要|满意了|开心了|高兴了|想点|想怎)|(?:想|要)我(?:怎么样|怎样|点样)|\b(?:windy|wind|cold|freezing|dark|black|phone(?:'s| is)? (?:at|dying|about to die|almost dead)|battery|\d+ ?%|happy now|satisfied|what (?:more|else) do (?:you|u)(?: people| guys| all)? want|you wanted me to|here i am)\b/;

/** An everyday reason to be there: fishing, a walk, a view, traffic, a repair. */
const EDGE_ERRAND =
  /钓鱼|散步|拍照|堵车|跑步|游泳|看风景|放风筝|烧烤|等车|等人|上班|值班|收衣服|晾|晒被|信号|修|装修|旅游|出差|\b(?:fish\w*|walk\w*|photos?|view|jog\w*|run\w*|ferry|boat|waiting|shift|gutters?|sunset|picnic|traffic|commute|fix\w*|repair\w*|leak|work(?:ing)?|vacation|trip)\b/;

export const PLACES_AND_EDGES_RULES: readonly ClassRule[] = [
  // A place of height, water or rails, and being there now, long, or toward it.
  {
    id: 'placeNow',
    family: 'method',
    cue: /天台|楼顶|栏杆|江边|河边|湖边|水库|悬崖|铁轨|大桥|多高|点的地方|roof|ledge|railing|cliff|tracks|platform|bridge|how (?:high|tall|far)|higher/,
    pattern:
      /(?:在|站在|坐在|去了)[^。！？]{0,10}(?:天台|楼顶|栏杆|江边|河边|湖边|水库边|悬崖|铁轨|大桥)|(?:桥|楼|天台)[^。！？]{0,6}(?:有多高|多高)|(?:选|找)[^。！？]{0,4}高一?点的地方|\b(?:i'?m|im|i am|sitting|standing|been|parked)\b[^.?!]{0,20}\b(?:on|at|by) (?:the )?(?:edge of the )?(?:roof(?:top)?|ledge|railing|cliffs?|tracks|train tracks|(?:train )?platform|bridge)\b|\bhow (?:high|tall|far down)\b[^.?!]{0,30}\b(?:bridge|building|roof|cliff|overpass)\b|\bsomewhere higher\b/,
    needs:
      /很久|(?:一|两|几)个?多?小时了|一下午|一晚上|一整天|下去|往前|要不要|跳|风(?:很|挺)大|下一班|最后|说一声|还不了|还不上|不想|水很深|水很(?:安静|静|凉|冷|黑)|想安静下来|很高|多高|高一?点|\b(?:right now|rn|stop (?:calling|texting|messaging)|just wanted to (?:say|tell)|thinking about it|an hour|for hours|tonight|water|waiting for|doesn'?t stop|way down|how (?:high|tall|far)|higher|can'?t pay|goodbye)\b/,
    unless: EVERYDAY,
  },
  // A spot picked or found, said of oneself (not a picnic, a parking space, a venue).
  {
    id: 'spotPicked',
    family: 'method',
    cue: /地方|地点|位置|picked|chosen|found|scouted/,
    pattern:
      /(?:地方|地点|位置)(?:都|也|已经)(?:选|找|看)好了|\b(?:already )?(?:picked|chosen|found|scouted) (?:out )?(?:the|a|my) (?:spot|place)\b/,
    unless:
      /婚|餐|饭店|酒店|店|房子|旅游|拍照|野餐|停车|开业|办公|\b(?:picnic|parking|wedding|camping|restaurant|party|venue|apartment|house|office|shop|vacation|dinner|lunch)\b/,
  },
  // Almost went over from a height or into water: "在桥上站了半个小时…差一点就下去了".
  {
    id: 'almostWentOver',
    family: 'method',
    cue: /桥|楼顶|天台|江边|河边|湖边|海边|栏杆|窗台/,
    pattern:
      /(?:桥上|桥边|楼顶|天台|江边|河边|湖边|海边|栏杆|窗台)[^。！？]{0,24}(?:差一点|差点|几乎)(?:就)?(?:跳|下去|掉下去|翻过去|走进去)/,
  },
  // At the edge now or nearly went: "站台上…腿往前迈了一步", "sitting on the roof edge", "stood at
  // the edge of the car park roof … maybe tonight", "the tracks … i think about them".
  {
    id: 'atTheEdge',
    family: 'method',
    cue: /站台|铁轨|轨道|护栏|桥|海|河|江|湖|railway|stones|rocks|石头|边上|边缘|栏杆|一只脚|窗台|天台|楼顶|江边|河边|海边|桥上|山上|platform|tracks|edge|ledge|railing|bridge|cliff|river|lake|sea|woods|quarry/,
    pattern:
      /(?:站台|铁轨|轨道)[^。！？]{0,20}(?:往前迈|迈了一步|(?:差点|差一点)(?:就)?(?:跳|迈|走)(?:下去|出去)|想跳|跳下去|车(?:来|进站)的时候[^。！？]{0,8}(?:腿|想|差点))|坐在[^。！？]{0,4}(?:栏杆|窗台|护栏)(?:上|边上|外面)[^。！？，,]{0,8}[，, ]?(?:一只脚在外面|脚(?:伸)?在外面|往下看)|(?:天台|楼顶|桥|江边|河边|栏杆|窗台)[^。！？]{0,10}我在(?:上面|那儿?|这儿?|边上)(?:已经)?(?:坐|站|蹲)了(?:一个小时|一个多小时|很久|好久|半天|一晚上|一下午|一夜)|\b(?:stones|rocks) in my (?:coat |jacket )?pockets?\b|口袋里(?:装|塞)(?:满)?(?:了)?石头|(?:海|河|江|湖|桥|天台)[^。！？]{0,16}(?:(?:唔|不)返(?:嚟|来)|(?:唔|不)会返|不回来了|回不来了|不会回来了)|一只脚(?:已经)?(?:在|跨出|伸出)(?:了)?(?:窗外|栏杆外|外面)|坐在(?:楼顶|天台|桥|窗台|栏杆|阳台)(?:的)?(?:边上|边缘|外面|外沿)[^。！？]{0,12}(?:给你们|发的|风很大|往下看|很久|好久|一个小时|半天)|(?:楼顶|天台|窗台|栏杆|桥)(?:边上|边缘|外面)[^。！？]{0,16}(?:风很大|往下看|坐了|站了)|\b(?:stood|standing|sat|sitting|was) (?:on|at|by) (?:the )?(?:edge of (?:the |a )?(?:\w+ )?(?:roof|bridge|cliff|platform)|platform|ledge|railing|bridge railing|tracks)\b[^?]{0,50}\b(?:step(?:ping)? (?:forward|off|out)|couldn'?t do it|(?:almost|nearly) (?:jumped|stepped|went over|did it|let go)|maybe tonight|looking (?:at|down at) the (?:water|drop|street))\b|\bi'?m (?:at|on|by|standing on|sitting on) (?:the )?(?:tracks|railway line|railway tracks|train tracks|ledge|bridge railing|edge of (?:the )?(?:roof|bridge|cliff))\b(?! (?:meet|event|race|day|club))|(?<=\b(?:tracks|bridge|cliffs?|river|ledge)\b[^.?!]{0,40})\bi (?:keep )?think(?:ing)? about(?= (?:them|it|jumping)\b)|\b(?:going|heading|off|driving|walking) (?:up )?to the (?:cliffs?|bridge|river|tracks|lake|sea|woods|quarry)\b[^?]{0,40}\bwon'?t (?:need|be needing)\b|去(?:江边|河边|海边|桥上|楼顶|天台|山上)[^。！？]{0,16}(?:不用再寄|不用寄|不需要了|用不着了)/,
    unless:
      /修|晒|乘凉|抽烟|等车|等人|看书|聊天|吃|喝茶|看风景|拍照|这周|这个星期|几天|周末|下周|旅游|度假|出差|回老家|钓鱼|露营|野营|游泳|跑步|明天(?:再)?还|\b(?:fishing|camping|swimming|fixing|repair|smok(?:e|ing)|waiting for (?:the|a|my) (?:train|bus|friend)|photos?|view|sunset)\b/,
  },
  // A means held at a height for a long time: "拿着绳子在阳台站了一夜", "sat on the balcony all night
  // with the rope".
  {
    id: 'meansAtAHeight',
    family: 'method',
    cue: /绳|rope|noose/,
    pattern:
      /(?:拿着|攥着|握着|带着)(?:一根|那根)?绳子?[^。！？]{0,8}(?:阳台|楼顶|天台|房梁|窗边|桥上)[^。！？]{0,4}(?:站|坐|待)了(?:一宿|一夜|一晚上|一整夜|很久|好久|半天|几个小时)|\b(?:stood|sat|stayed) (?:on|at|by) the (?:balcony|roof|beam|bridge)\b[^.?!]{0,30}\bwith (?:the|a|my) (?:rope|noose)\b|\bwith (?:the|a|my) (?:rope|noose)\b[^.?!]{0,30}\b(?:all night|for hours)\b/,
    unless: /晾|晒|搬家|打包|露营|\b(?:washing|laundry|camping|climbing|moving)\b/,
  },
  // A means or a place that keeps coming to mind: "每次看余额我都在想那个时间" of the last train,
  // "keep picturing the car park roof", "think about the pills in the cabinet whenever …".
  {
    id: 'placeOnMyMind',
    family: 'method',
    cue: /末班|那趟|火车|地铁|列车|动车|高铁|那座|那条|那个|天台|楼顶|多高|train|crossing|track|bridge|roof|ledge|cliff|river|pills|tablets|rope|drop/,
    pattern:
      /(?:末班|那趟|火车|地铁|列车|动车|高铁)[^。！？]{0,10}(?:进站|经过|开过|过来|几点|那个时间)|(?:那座|那条|那个)(?:桥|河|江|楼|天台)|天台|楼顶|桥[^。！？]{0,4}(?:有)?多高|\b(?:the (?:last |late |night )?train|trains|the tracks|(?:level )?crossing|(?:the|that) bridge|(?:car park )?roof|rooftop|the ledge|the cliffs?|the river|the pills|the tablets|the rope|the drop)\b/,
    needs:
      /(?:老是|总是|一直|每次|每天|天天|脑子里)[^。！？]{0,10}(?:想|算|全是|都是|浮现|出现|多看)|(?:一看到|每次看|看到)(?:余额|账单|催收|短信)[^。！？]{0,6}(?:就)?(?:想|想起)|\b(?:keep|kept|can'?t stop)\b[^.?!]{0,6}\b(?:picturing|imagining)\b|\bthink(?:ing)? about (?:it|that|them|those|how)\b[^.?!]{0,30}\b(?:every|whenever|when i|each)\b|\b(?:whenever|every time|each time) i (?:see|look at|open|check|get)\b[^.?!]{0,40}\bthink\b|\bhow easy it would be\b/,
    unless:
      /上班|下班|通勤|迟到|打给你们|封路|修路|维修|漏水|装修|\b(?:cruise|boat|swim\w*|fishing|walk|doctor|prescri\w*|side effects?|late|delay\w*|cancel\w*|fare|ticket|commute|closed|timetable|ring you|call you|holiday|trip|visit|repair\w*|view|photo\w*|leak\w*)\b/,
  },
  // A place of a means, a time, and a decision or help turned down: "分期不用办了 我想好了 明早
  // 去大桥", "no need for a plan, I've decided, going to the tracks first thing tomorrow".
  {
    id: 'placeTimeDecided',
    family: 'method',
    cue: /江|河|海|湖|桥|天台|楼|铁|轨|火车道|水库|崖|tracks|rail|bridge|roof|cliff|sea|river|lake|quarry|overpass/,
    pattern: new RegExp(
      `${WHEN_ZH}[^。！？]{0,8}(?:就)?(?:去|到|上)(?:了)?(?:那个)?${PLACE_ZH}|${PLACE_ZH}[^。！？]{0,6}(?:那边|上)?[^。！？]{0,4}${WHEN_ZH}|\\b(?:going|heading|driving|walking|gonna go|go|off|taking myself) (?:up |down |out )?(?:to|on ?to|into|onto|off) (?:the )?(?:train )?(?:tracks|railway|rail line|bridge|roof|rooftop|cliffs?|sea|river|lake|quarry|overpass)\\b`,
    ),
    needs: DECIDED_OR_REFUSED,
    unless: PLACE_ERRAND,
  },
  // Access to a means noticed and said bare: "天台那扇门一直开着", "楼顶随便能上去",
  // "the roof hatch is never locked", "nobody watches the bridge at night".
  {
    id: 'accessNoticed',
    family: 'method',
    cue: /楼顶|顶楼|天台|屋顶|护栏|栏杆|处方|roof|hatch|bridge|railing|fence|prescription|quarry|cliff/,
    pattern:
      /(?:楼顶|顶楼|天台|屋顶)(?:那扇|那个|的)?(?:门|锁)[^。！？]{0,6}(?:没锁|没关|开着|没人管|锁坏了|坏了)|(?:楼顶|顶楼|天台|屋顶)[^。！？]{0,4}随便(?:就)?(?:能|可以)上(?:去)?|(?:江边|河边|桥上|大桥|楼顶|天台|顶楼)[^。！？]{0,6}(?:护栏|栏杆)[^。！？]{0,4}(?:拆了|没了|坏了)|(?:安眠药|助眠药|安定)[^。！？]{0,8}(?:不要|不用|不需要)处方|\b(?:door|hatch|access) to the (?:roof|rooftop)\b[^.?!]{0,20}\b(?:never locked|unlocked|left open|always open)\b|\b(?:roof|rooftop)(?: access)? (?:door|hatch)\b[^.?!]{0,20}\b(?:broken|unlocked|never locked|always open)\b|\block on the (?:roof|rooftop)\w*(?: door| hatch)? is broken\b|\b(?:nobody|no one|no-one) (?:watches|checks|guards|patrols) the (?:bridge|roof|rooftop|tracks)\b|\bsleeping pills without (?:a )?prescription\b|\b(?:railing|fence|barrier)s? (?:on|at|by|along) the (?:car park )?(?:top floor|roof|bridge|cliff)\b[^.?!]{0,15}\b(?:taken down|removed|gone)\b|\b(?:quarry|cliff|bridge)\b[^.?!]{0,12}\bhas no (?:fence|railing|barrier)\b/,
    unless: new RegExp(`${ACCESS_ERRAND.source}|${EVERYDAY_ERRANDS.source}|${DENIED_PLAIN.source}`),
  },
  // At the edge, told as a scene, with a reproach: "我站在江边 风好大 手机快没电了 你们还想我怎样".
  {
    id: 'edgeScene',
    family: 'method',
    cue: /桥|栏杆|江边|河边|湖边|海边|水库|码头|天台|楼顶|悬崖|铁轨|roof|ledge|railing|cliff|pier|jetty|dock|overpass|bridge|tracks|river|water|reservoir/,
    pattern: EDGE,
    needs: SCENE,
    unless: new RegExp(`${EDGE_ERRAND.source}|${DENIED_OR_ON_SCREEN.source}`),
  },
];
