import type { ClassRule } from './distressRule.js';

/**
 * Rules by class, round 22: the classes named from the wording of round S14 half a's misses (an
 * outside crisis nurse's round), each written again in new phrasings in the own check set
 * `check-s14.json` before a rule changed (measured once before and once after, never fitted):
 * self-harm told as the only relief from the debt; a means at hand and the decision not yet made;
 * going to a relative who died, named by a pronoun; a method set up and told obliquely (an engine
 * in a closed garage, a hose to the exhaust, gas with the windows sealed); a lethal dose or a
 * height looked up; becoming one of the numbers of those who died over debt. Pinyin of ending is
 * read through `careNormalise.ts`. Read like the round-9 class rules: never negated away; `needs`
 * / `unless` say when the same words are everyday, and a denial sets the hit aside.
 */

/** A denial, a joke or a question about someone else: the hit is not the writer's own plan. */
const DENIED =
  /不是说我|我不会|不会想不开|别误会|开玩笑|哈哈|😂|\b(?:not that i(?:'d| would)?|i (?:won'?t|wouldn'?t) (?:do|try) (?:that|anything)|just kidding|jk|lol|lmao|haha|for a (?:novel|story|book|essay|assignment|class|show|podcast))\b/;

/** Where self-harm is told: an arm, a wrist, a thigh; cuts or marks that keep coming. */
const BODY_ZH = '(?:手腕|胳膊|手臂|大腿|小臂|腿上|身上|肚子上|手上)';
/** What explains a cut away: cooking, shaving, a pet, sport, an operation. */
const INJURY_ERRAND =
  /切菜|做饭|刮胡子|剃须|猫|狗|抓的|摔|打球|扭|手术|车祸|工伤|纹身|过敏|蚊子|\b(?:kitchen|cooking|chopping|shav\w*|cat|dog|kitten|puppy|scratch\w*|fell|fall|surgery|operation|tattoo|sport|football|rugby|gym|paper cut|mandoline|bramble\w*|gardening|work accident)\b/;

/** A means kept at hand: pills, poison, a rope, charcoal, a blade. */
const MEANS_ZH =
  '(?:安眠药|安定|药片|一瓶药|那瓶药|整瓶药|农药|百草枯|敌敌畏|老鼠药|鼠药|除草剂|杀虫剂|消毒液|洁厕灵|绳子|绳|炭|木炭|刀片|煤气)';
const MEANS_EN =
  '(?:pills|tablets|sleeping pills|painkillers|paracetamol|tylenol|meds|medication|rope|noose|charcoal|blade|razor|gun|pistol|rifle|bleach|weed ?killer|pesticide|poison|insulin)';
/** The decision not made yet: "犹豫要不要喝", "还没想好哪天用", "still deciding", "working up the nerve". */
const UNDECIDED_ZH =
  '(?:犹豫(?:着|了)?(?:要不要|该不该|是不是)?|下不了(?:这个)?决心|还没想好(?:哪天|什么时候|要不要|怎么)?|一直在想要不要|在想要不要|在考虑要不要|要不要(?:全|都)?(?:喝|吃|吞|用|点|烧|挂)|(?:拿出来|拿起来)[^。！？]{0,6}(?:放回去|又放下))';
const UNDECIDED_EN =
  "(?:still (?:deciding|trying to decide|working up|thinking about (?:it|whether|when))|(?:trying|tryna) to decide|can'?t decide (?:if|whether|when)|haven'?t decided (?:when|if|whether)|working up the (?:nerve|courage|guts)|keep (?:taking (?:it|them) out|picking (?:it|them) up|staring at (?:it|them)|looking at (?:it|them))|in my (?:lap|hand|pocket) (?:for|since)|whether (?:to )?(?:take|drink|swallow|use) (?:it|them)|if tonight'?s the night|not sure (?:if|whether) (?:tonight|today|i'?ll (?:do|use|take)))";
/** An everyday reason for a means: a prescription, a side effect, a farm, a camping trip. */
const MEANS_ERRAND =
  /医生|处方|依赖|副作用|说明书|药店|失眠|剂量|半片|一片|打药|果园|地里|晾|露营|烧烤|火锅|取暖|搬家|装修|退款|分期|刷卡|\b(?:doctor|gp|prescri\w*|side effects?|dependen\w*|addict\w*|pharmac\w*|refund\w*|charged|receipt|climbing|camping|bbq|barbecue|hunting|range|licen[cs]e|garden|farm|dose for|fever|headache|split it|pay it all|instal\w*)\b/;

/** A death told: a parent, a partner, a sibling gone. */
const DEATH_TOLD =
  /(?:爸|妈|爷|奶|公|婆|哥|姐|弟|妹|儿|女|他|她|老伴|爱人)[^。！？，,]{0,4}(?:走了|没了|不在了)|去世|过世|离世|病逝|\b(?:passed|died|dead|lost (?:him|her|them|my \w+)|(?:he|she|they)(?:'s| is| are|'re) gone|(?:mum|mom|dad|wife|husband|brother|sister|son|daughter|partner|nan|gran|grandma|grandad|grandpa)(?:'s| is) gone|(?:he|she|they) (?:went|left us) (?:last (?:year|month|week|spring|summer|autumn|winter)|in \\d{4}))\b/;
/** Going to the dead for an everyday reason: a grave, a memorial, an estate. */
const GRAVE_ERRAND =
  /墓|坟|扫墓|上坟|祭拜|烧纸|葬礼|追悼|骨灰|遗产|销户|销卡|老家|\b(?:grave|cemetery|memorial|funeral|service|ashes|estate|executor|probate|anniversary|headstone|church)\b/;

/** A method set up: an engine in a closed garage, a hose to the exhaust, gas with the gaps sealed. */
const STAGED_ZH =
  '(?:车库[^。！？]{0,10}(?:关|封|锁)[^。！？]{0,12}(?:发动|打着|点火|没熄火|开着)|(?:发动|打着|点着火|没熄火)[^。！？]{0,12}车库[^。！？]{0,6}(?:关|封|锁)|(?:管子|水管|软管)[^。！？]{0,10}排气管|排气管[^。！？]{0,10}(?:接进|接到|通到|引进)(?:了)?(?:车里|车内)|(?:窗缝|门缝|窗户|门窗)[^。！？]{0,10}(?:塞|封|堵|贴)[^。！？]{0,16}(?:煤气|燃气|天然气)(?:都)?(?:开着|打开|开了)|(?:煤气|燃气|天然气)(?:都)?(?:开着|打开了|开了)[^。！？]{0,16}(?:窗缝|门缝|窗户|门窗)(?:都)?(?:封|塞|堵|关))';
const STAGED_EN =
  "(?:(?:car|engine|motor)(?:'s| is)? (?:running|on|idling|going)[^.?!]{0,30}\\b(?:closed|shut|locked|sealed) (?:garage|shed)|\\b(?:closed|shut|locked|sealed) (?:garage|shed)[^.?!]{0,30}\\b(?:car|engine|motor)(?:'s| is)? (?:running|on|idling)|garage door(?:'s| is)? (?:down|shut|closed)[^.?!]{0,30}\\b(?:car|engine|motor)(?:'s| is)? (?:on|running|idling)|(?:hose|pipe|tube)[^.?!]{0,20}\\b(?:exhaust|tailpipe)|(?:taped|sealed|blocked) (?:up )?(?:the )?(?:windows|doors|vents|gaps)[^.?!]{0,30}\\bgas(?:'s| is)? (?:on|running)|\\bgas(?:'s| is)? (?:on|running)[^.?!]{0,30}\\b(?:taped|sealed|blocked) (?:up )?(?:the )?(?:windows|doors|vents|gaps)|\\bgas(?:'s| is)? (?:on|running)[^.?!]{0,30}\\b(?:towels?|tape) (?:under|round|around|along|in)|\\b(?:towels?|tape) (?:under|round|around|along) (?:the )?(?:doors?|windows?)[^.?!]{0,30}\\bgas(?:'s| is)? (?:on|running))";
/** An everyday reason for an engine in a garage or gas: warming up, a repair, a leak reported. */
const STAGED_ERRAND =
  /热车|修车|维修|检修|漏气|泄漏|报修|燃气公司|煤气公司|换了|\b(?:warm\w*|defrost\w*|mechanic|repair\w*|fix\w*|leak\w*|replaced|engineer|alarm went|detector|smell(?:ed|s)? gas|service|mot|bill)\b/;

/** A drug or a means whose lethal amount is looked up. */
const DRUG_EN =
  '(?:paracetamol|tylenol|acetaminophen|ibuprofen|advil|aspirin|insulin|pills?|tablets?|sleeping pills|xanax|melatonin|benadryl|codeine|oxy\\w*|meds|medication|antidepressants|sertraline|of (?:it|them|these|those|my \\w+))';
/** An everyday reason to look up a dose: a fever, a child, a pet, what is safe. */
const DOSE_ERRAND =
  /最多|安全|上限|孩子|宝宝|小孩|误食|误服|狗|猫|宠物|发烧|牙疼|头疼|\b(?:safe\w*|max(?:imum)?|fever|headache|toothache|child|kid|toddler|baby|dog|cat|pet|vet|accident\w*|swallowed by|nurse said|doctor said|exam|course|pharmacology)\b/;
/** What makes a height looked up serious: the debt, no way out. */
const LOOKUP_NEEDS =
  /债|欠|还不上|还钱|账单|\b(?:debt|owe|bills?|behind|overdue|arrears|pay\w*|no way out|can'?t (?:do this|go on|cope))\b/;

/** Those who died over debt, counted: suicides in the news, a rate, "one of them". */
const NUMBERS_NEEDS =
  /跳楼|自杀|轻生|寻短见|想不开|走绝路|上吊|\b(?:suicides?|took (?:his|her|their) own li(?:fe|ves)|kill(?:ed|ing|s)? (?:himself|herself|themselves)|didn'?t make it|(?:\d+|twenty[- ]?\w+) (?:a|per|every) day|ended (?:it|his life|her life))\b/;
/** Being next in a queue, one of those behind on payments. */
const NUMBERS_ERRAND =
  /排队|叫号|窗口|网点|逾期的人|人数|征信|协商|分期|\b(?:queue|on hold|in line|appointment|options|hardship team|behind on|default\w*|credit score)\b/;

export const ROUND22: readonly ClassRule[] = [
  // Self-harm told as relief, or its marks: "手臂上又添了几条，只有划的时候才不去想账单", "the
  // only time the debt goes quiet is when i cut".
  {
    family: 'method',
    cue: /划|割|烫|道|条|口子|刀|cut|burn|razor|blade|harm|marks|lines/,
    pattern: new RegExp(
      `${BODY_ZH}[^。！？]{0,6}(?:又)?(?:多了|添了|划了|割了)[^。！？]{0,4}(?:几道|一道|好几道|几条|好几条|道|条|口子|刀)|只有(?:在)?(?:划|割|烫)(?:下去|自己|手|一下|开)?(?:的时候)?[^。！？]{0,6}才|\\bonly (?:time|thing|way)[^.?!]{0,40}\\b(?:is|are) (?:when i(?:'m| am)? )?(?:cut|cutting|burn|burning|hurt|hurting)(?: myself)?\\b|\\b(?:new|fresh|more) (?:cuts|marks|lines) on my (?:wrists?|arms?|thighs?|legs?)\\b|\\b(?:cutting|burning) (?:again|myself again)\\b|\\bself[- ]?harm(?:ing|ed)? again\\b|\\bonly (?:thing|way)[^.?!]{0,40}\\b(?:is|are) (?:the |my )?(?:blade|razor|lighter)\\b`,
    ),
    unless: new RegExp(`${INJURY_ERRAND.source}|${DENIED.source}`),
  },
  // A means at hand and the decision not yet made: "老鼠药就在柜子里，我还在犹豫要不要吃", "pills
  // are on the table, still working up the nerve".
  {
    family: 'method',
    cue: new RegExp(`${MEANS_ZH}|${MEANS_EN}`),
    pattern: new RegExp(
      `${MEANS_ZH}[^。！？]{0,30}?${UNDECIDED_ZH}|\\b${MEANS_EN}\\b[^]{0,60}?\\b${UNDECIDED_EN}|\\b${UNDECIDED_EN}[^.?!]{0,40}\\b${MEANS_EN}\\b`,
    ),
    unless: new RegExp(`${MEANS_ERRAND.source}|${DENIED.source}`),
  },
  // Going to a relative who died, named by a pronoun: "我外公走了两年了，我想现在就去见他", "mum
  // died last spring. i'll be with her soon".
  {
    family: 'euphemism',
    cue: /他|她|你|him|her|them|you|\b(?:mum|mom|dad|wife|husband|brother|sister|son|daughter|partner|nan|gran|grandma|grandad|grandpa)\b/,
    pattern:
      /(?:我)?(?:现在|马上|这就|今晚|准备|想|要|快要?|很快就?|早点)?(?:就)?(?:下)?去(?:找|见|陪)(?:他|她|他们)(?!们?(?:商量|聊|拿|借|吃|看病|玩|要|问|说|算账|理论|讨|谈|帮|办|签))|(?:很快|马上|快|不久)(?:就)?(?:能|可以|会)?(?:见到|见着|陪着?)(?:他|她|他们)了|(?:爸|妈|爷爷|奶奶|外公|外婆|老公|老婆)[，,]?我(?:这就)?来(?:找|陪|见)你了|\bi(?:'m| am)(?: going to| gonna)?(?: go)? (?:be with|join) (?:him|her|them)\b(?! (?:at|for|on|in|this|next|tomorrow))|\b(?:won'?t|wont) be long (?:till|until|before) i'?m with (?:him|her|them)\b|\bready to (?:join|be with|go to) (?:him|her|them)\b|\bi(?:'m| am) coming to (?:see|join|find) (?:you|him|her)\b(?! (?:at|for|on|in|this|next|tomorrow))|\bsee (?:him|her|them) again soon\b|\bi'?(?:ll| will|m going to) be with (?:my )?(?:mum|mom|dad|wife|husband|brother|sister|son|daughter|partner|nan|gran|grandma|grandad|grandpa) (?:soon|again)\b|\bi(?:'m| am) (?:going|coming) to (?:him|her|them)(?: now| tonight| soon)\b/,
    needs: DEATH_TOLD,
    unless: new RegExp(`${GRAVE_ERRAND.source}|${DENIED.source}`),
  },
  // Said to a parent who is not there, in a message to the bank: "妈，我来陪你了，这些债我扛不动了".
  {
    family: 'euphemism',
    cue: /你了/,
    pattern:
      /^(?:爸爸?|妈妈?|爷爷|奶奶|外公|外婆|姥姥|姥爷)[，,。 ]\s*我(?:这就|马上|很快就?|现在)?(?:来|去)(?:找|陪|见)你了/,
    needs: /债|欠|还|钱|卡|账|撑不|扛不/,
    unless: new RegExp(`${GRAVE_ERRAND.source}|${DENIED.source}|下班|放假|回家|到了|车站|机场`),
  },
  // A method set up and told obliquely: "车库卷帘门拉下来了，车没熄火", "hose from the exhaust
  // through the back window".
  {
    family: 'method',
    cue: /车库|排气管|煤气|燃气|天然气|garage|shed|exhaust|tailpipe|gas/,
    pattern: new RegExp(`${STAGED_ZH}|${STAGED_EN}`),
    unless: new RegExp(`${STAGED_ERRAND.source}|${DENIED.source}`),
  },
  // A lethal dose looked up: "在网上查吃多少片会致死", "looked up how much ibuprofen is fatal".
  {
    family: 'method',
    cue: /致死|致命|会死|能死|死得了|没命|lethal|fatal|deadly|kill|takes|overdose|\bod\b|wake up|die/,
    pattern: new RegExp(
      `(?:搜|查|百度|问|看|研究)[^。！？]{0,8}(?:吃|喝|吞)?(?:多少|几)(?:片|颗|粒|克|毫克|瓶|盒)?[^。！？]{0,10}(?:会死|能死|致死|致命|死得了|没命|醒不过来)|致死(?:剂)?量|\\bhow (?:much|many) (?:of )?(?:my |the |these |those )?${DRUG_EN}\\b[^.?!,]{0,25}\\b(?:is |are |would be |to be )?(?:lethal|fatal|deadly|enough to (?:die|kill|not wake up)|would kill|to kill|it takes|to die|would do it|to not wake up|to overdose|to od)\\b|\\b(?:lethal|fatal) (?:dose|amount) of ${DRUG_EN}\\b`,
    ),
    unless: new RegExp(`${DOSE_ERRAND.source}|${DENIED.source}`),
  },
  // A height looked up with the debt: "查了几楼跳下去才能一次成功", "googled the tallest car park".
  {
    family: 'method',
    cue: /楼|高|桥|high|tall|fall|drop/,
    pattern:
      /(?:搜|查|百度|看)[^。！？]{0,6}(?:几楼|多高|哪座桥|哪个桥|哪栋楼)[^。！？]{0,10}(?:一定|肯定|才能|能|会)(?:死|成功|没命|摔死)|\b(?:googl\w*|look(?:ing|ed)? up|search\w*|check\w*|research\w*)\b[^.?!]{0,20}\b(?:the )?(?:highest|tallest) (?:bridge|building|car ?park|cliff|tower|block)\b|\bhow (?:high|far|long) (?:the |a )?(?:fall|drop) (?:is|would be)\b|\bhow high (?:you|a (?:person|body)) (?:need|has) to (?:fall|jump)\b/,
    needs: LOOKUP_NEEDS,
    unless: DENIED,
  },
  // One of the numbers: "新闻里又一个欠债轻生的，下一个就是我", "men round here keep killing
  // themselves over loans, i'll be another one by spring".
  {
    family: 'indirect',
    cue: /下一个|下个|多我一个|之一|一样了|快了|one of|another|next|part of|statistic|number|join them/,
    pattern:
      /(?:下一个|下个)(?:就)?(?:是我|轮到我|该我|轮到我了)|多我一个(?:也)?(?:不多|没什么|无所谓|不算什么)|我(?:也)?(?:快|要|会|迟早)(?:成为|变成|是)(?:他们)?(?:其中)?(?:之一|中的一个|下一个)|(?:跟|和)(?:他|她|他们)(?:快|差不多|也快)一样了|\b(?:i'?m|i am|i'?ll|i will|i'?ll be|gonna be|going to be|about to be|soon to be)(?: going to)?(?: be| become)? (?:one of (?:them|those|the numbers|those numbers|that number|the stats?|the statistics?)|another (?:statistic|stat|number|one of them|name)|part of (?:that|the|those) (?:figure|number|statistic|stat)s?)\b|\bi(?:'m| am| reckon i'?m| guess i'?m| think i'?m) next\b|\b(?:one|part) of those numbers\b|\babout to join them\b|我(?:也)?快了(?:吧)?(?=$|[,，。！!？?\s])/,
    needs: NUMBERS_NEEDS,
    unless: new RegExp(`${NUMBERS_ERRAND.source}|${DENIED.source}`),
  },
];

/**
 * Everyday talk in the words of a rule: waiting for a repair with the car in the garage, looking
 * up what dose is safe.
 */
export const ROUND22_IDIOMS: readonly (readonly [RegExp, RegExp])[] = [
  [/去(?:找|见|陪)(?:他|她)/, /去(?:找|见|陪)(?:他|她)(?:们)?(?:商量|聊聊|拿|借|吃饭|看病|玩|办)/],
];
