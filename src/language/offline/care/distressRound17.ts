import type { ClassRule } from './distressRule.js';

/**
 * Rules by class, round 17: the classes of round S11 half a's misses (heldOutSetS11a.ts, seen, an
 * outside writer's round), written again by class in own set S11 (ownSetS11.ts, tuned on by class,
 * never by item): belongings and pets given away with an end to contact; self-harm kept up (a
 * blade on the arm, burning, relief to sleep); thanks for the years with an end to bills or the
 * account and no everyday reason; the debt after my own death asked for real; a means or a place
 * that keeps coming to mind; letters left for family; driving into something on purpose; a past
 * crisis (A&E, a ward, a stomach pumped) and the same feeling back; pills counted out; one's own
 * urn or coffin as the end of a debt. Read like the round-9 class rules: never negated away;
 * `needs` / `unless` say when the same words are everyday.
 */

/** Family, as the person names them. */
const KIN_ZH =
  '(?:我)?(?:两个|每个|几个)?(?:孩子|儿子|女儿|老婆|老公|妻子|丈夫|妈|爸|爸妈|父母|家里人?|家人|哥|姐|弟|妹)';
const KIN_EN =
  '(?:each of |all of )?(?:my )?(?:kids|children|son|daughter|mum|mom|mother|dad|father|parents|wife|husband|partner|sister|brother|family|girlfriend|boyfriend)';

/** An end to contact: no more calls, letters or messages. */
const NO_CONTACT_ZH =
  /(?:以后|往后|今后|再也)?(?:别|不用|不必|没必要)(?:再)?(?:往[^。！？]{0,6})?(?:打|联系|找|发|寄|催)|没人(?:用|接)了|别找了/;
const NO_CONTACT_EN =
  /\b(?:won'?t|wont|will not) (?:need|have) to (?:ring|call|contact|write|chase|text|email)|(?:don'?t|dont|do not) (?:contact|call|ring|bother|write|email)|no (?:point|need) (?:in )?(?:calling|ringing|contacting|writing|chasing|sending|to (?:call|send|ring|write))|stop (?:sending|calling|ringing|the (?:letters|calls|texts|emails))|this number (?:again|anymore|any more)\b/;

/** Everyday reasons for giving things away or stopping the post: a move, a pet ban, paying off. */
const GIVEAWAY_REASON =
  /搬家|搬去|搬到|过敏|房东|出国|移民|还清|结清|断舍离|腾地方|腾出|电子账单|纸质|\b(?:paperless|e-?statements?|landlord|allerg\w*|mov(?:e|ed|es|ing)|declutter\w*|paid (?:it )?off|pay (?:this|it) off|cleared|settled|new (?:flat|house|place|home|address)|emigrat\w*|abroad)\b/;

/** Settled, switched, paperless, moving: the everyday reasons to end bills with thanks. */
const SETTLED_THANKS =
  /还清|结清|还完|换(?:了|到)?(?:别的|其他|新)?(?:银行|卡)|注销|销户|电子|移民|出国|搬家|自动还款|自动扣款|\b(?:paid (?:it )?off|final payment|closure letter|switch\w*|paperless|autopay|direct debit|standing order|moving|moved|another bank|new bank|abroad|cleared|settled|emigrat\w*)\b/;

export const ROUND17: readonly ClassRule[] = [
  // Belongings and pets given away, with an end to contact: "狗托付给邻居了…以后不用再联系我",
  // "rehomed both cats … you won't need to ring this number again", "labelled for who gets what".
  {
    family: 'farewell',
    cue: /送人|送给|送出去|送走|捐|分给|托付|给了|rehom|gave|given|giving|found (?:someone|a home)|gets (?:what|my)|left (?:the rest of )?my/,
    pattern:
      /(?:猫|狗|鱼|鸟|宠物|衣服|衣柜|东西|家具|游戏机|电脑|书|首饰|吉他)[^。！？]{0,8}(?:送人|送给|送出去|送走|捐了|捐掉|捐给|分给|托付给|给了)|\b(?:rehomed|(?:gave|given|giving) (?:away )?(?:all )?(?:of )?my (?:\w+ )?(?:things|stuff|belongings|possessions|pets?|dogs?|cats?|clothes|guitar|books|jewell?ery|watch|car|savings)|found (?:someone|a home) (?:to take|for) (?:the|my)|left (?:the rest of )?my (?:things|stuff|belongings)|who gets (?:what|my \w+))\b/,
    needs: new RegExp(`${NO_CONTACT_ZH.source}|${NO_CONTACT_EN.source}`),
    unless: GIVEAWAY_REASON,
  },
  // Self-harm kept up: a blade on the arm or thigh, burning, scratching till it bleeds, relief to
  // sleep, a relapse: "拿刀片在大腿上划", "划完才睡得着", "the cutting is the only thing that helps".
  {
    family: 'method',
    cue: /刀|玻璃|圆规|划完|划了|割完|割了|掐自己|咬自己|口子|伤口|cut|burn|scratch|razor|blade|relapse|self ?harm|clean from/,
    pattern:
      /(?:刀|刀片|美工刀|小刀|剪刀|玻璃片?|圆规)[^。！？]{0,8}(?:在)?(?:手臂|胳膊|手腕|大腿|腿|身上|肚子)上?(?:划|割)|(?:刀|刀片|美工刀|小刀)(?:划|割)(?:了)?(?:手臂|胳膊|手腕|大腿|腿|自己)|(?:划|割)(?:完|了)(?:以后|之后)?(?:才|就)(?:能)?(?:睡|舒服|好受|平静|踏实|不去想)|(?:掐|咬)自己[^。！？]{0,8}(?:出血|流血|青|紫)|(?:手腕|胳膊|手臂|大腿|腿)上的?(?:口子|伤口|刀口)[^。！？]{0,10}(?:又|新的)|\b(?:the )?cutting\b[^.?!]{0,30}\b(?:only thing|helps|gets me (?:to sleep|through)|calms me|makes it stop)\b|\b(?:burn|burning|burned|burnt) (?:my (?:arms?|skin|hands?|wrists?|legs?)|myself) with\b|\bscratch(?:ed|ing)? (?:at )?my (?:arms?|legs?|skin) (?:till|until|so) (?:they|it) (?:bled|bleed)|\bclean from (?:the )?(?:razor|blade|cutting|self ?harm)\b|\brelapsed\b[^.?!]{0,30}\b(?:razor|blade|cutting|self ?harm)\b|\b(?:he|she|they) (?:cut|burned|burnt) (?:himself|herself|themselves)\b/,
    unless:
      /切菜|做饭|不小心|纹身|刮胡子|猫|狗|手术|\b(?:kettle|iron|oven|stove|pan|hob|boiling|steam|curling|chopping|cooking|shaving|accident\w*|tattoo|by mistake|kitchen|gardening|on (?:a|the) (?:fence|glass))\b/,
  },
  // Thanks for the years with an end to bills or the account, no everyday reason: "感谢一直以来的
  // 关照…往后的短信都不用发了", "appreciate … over the years. do whatever you need to with my account".
  {
    family: 'farewell',
    cue: /谢谢|感谢|多谢|appreciat|thank|grateful|farewell/,
    pattern:
      /(?:谢谢|感谢|多谢)[^。！？]{0,16}(?:这么多年|这些年|这几年|一直以来|多年|这段时间以来|这么久)|(?:这么多年|这些年|这几年|一直以来|多年)[^。！？]{0,8}(?:谢谢|感谢|多谢)|\b(?:thank(?:s| you)|appreciate|grateful)\b[^.?!]{0,60}\b(?:over the years|all (?:these|those|the) years|these years|for everything|for putting up with me|all your patience)\b|\bfarewell and thank\w*\b/,
    needs:
      /(?:以后|往后|今后)[^。！？]{0,8}(?:不用|别|不必|没必要)(?:再)?(?:寄|发|打|联系|催)|(?:看着|自己)(?:处理|办)吧|不回来了|\b(?:do (?:whatever|what) you (?:need|want|have) (?:to )?with|however you (?:need|want|like|see fit)|(?:won'?t|wont) have to (?:chase|call|contact|write)|no (?:need|point) (?:to )?(?:send|call|chase|contact|post)\w* [^.?!]{0,20}\b(?:anymore|nobody|no one)|(?:won'?t|wont|will not) be any ?more (?:payments|calls)|stop the (?:letters|calls|statements)|nobody will be here)\b/,
    unless: SETTLED_THANKS,
  },
  // The debt after my own death, asked for real, with a near date, or to spare family: "认真问一句…
  // 我要是不在了", "not a what-if: if I die", "我死了…别去我爸妈家".
  {
    family: 'farewell',
    cue: /不在了|没了|死了|走了|die|dead|gone|happen/,
    pattern:
      /(?:我|人)(?:人)?(?:要是|如果|万一)?(?:哪天)?(?:不在了|没了|死了|走了)|\b(?:if|when|once|after) (?:i|i'?m|i am) (?:die|dead|gone)\b|\bif i (?:was|were) (?:dead|gone)\b|\bif something (?:happens|happened) to me\b/,
    needs:
      /认真(?:问|的)|不是开玩笑|说真的|真心问|不是假设|不是随便问|(?:别|不要|千万别)(?:再)?(?:去|找|打给|打扰|烦|为难|骚扰)(?:我)?(?:爸妈|父母|家里人?|家人|老婆|老公|孩子|妈|爸)|\b(?:leave my (?:mum|mom|dad|parents|kids|wife|husband|family) alone|(?:don'?t|do not) (?:go after|chase|bother|contact) my (?:mum|mom|dad|parents|kids|wife|husband|family))\b|(?:这个月|下个月|过几天|月底)(?:就)?(?:不在|没了|死了|走了)|\b(?:(?:dead|gone) (?:next (?:week|month)|by (?:friday|monday|the weekend|payday)|this (?:week|month)|tonight|tomorrow)|for real|not (?:a )?hypothetical(?:ly)?|not a what[- ]if|genuinely asking|like actually|not (?:a )?joke|not joking|i mean it|(?:a )?real answer)\b/,
    unless:
      /律师|公证|遗嘱|去世|过世|家属|继承|遗产|买保险|投保|\b(?:credit (?:protection|insurance)|payment protection|ppi|life cover|considering|thinking of (?:getting|buying)|quote|lawyer|solicitor|attorney|wills?|estate|executor|next of kin|(?:my|our|his|her) \w+ (?:died|passed))\b/,
  },
  // A means or a place that keeps coming to mind: "每次看余额我都在想那个时间" of the last train,
  // "keep picturing the car park roof", "think about the pills in the cabinet whenever …".
  {
    family: 'method',
    cue: /末班|那趟|火车|地铁|列车|动车|高铁|那座|那条|那个|天台|楼顶|多高|train|crossing|track|bridge|roof|ledge|cliff|river|pills|tablets|rope|drop/,
    pattern:
      /(?:末班|那趟|火车|地铁|列车|动车|高铁)[^。！？]{0,10}(?:进站|经过|开过|过来|几点|那个时间)|(?:那座|那条|那个)(?:桥|河|江|楼|天台)|天台|楼顶|桥[^。！？]{0,4}(?:有)?多高|\b(?:the (?:last |late |night )?train|trains|the tracks|(?:level )?crossing|(?:the|that) bridge|(?:car park )?roof|rooftop|the ledge|the cliffs?|the river|the pills|the tablets|the rope|the drop)\b/,
    needs:
      /(?:老是|总是|一直|每次|每天|天天|脑子里)[^。！？]{0,10}(?:想|算|全是|都是|浮现|出现|多看)|(?:一看到|每次看|看到)(?:余额|账单|催收|短信)[^。！？]{0,6}(?:就)?(?:想|想起)|\b(?:keep|kept|can'?t stop)\b[^.?!]{0,6}\b(?:picturing|imagining)\b|\bthink(?:ing)? about (?:it|that|them|those|how)\b[^.?!]{0,30}\b(?:every|whenever|when i|each)\b|\b(?:whenever|every time|each time) i (?:see|look at|open|check|get)\b[^.?!]{0,40}\bthink\b|\bhow easy it would be\b/,
    unless:
      /上班|下班|通勤|迟到|打给你们|封路|修路|维修|漏水|装修|\b(?:cruise|boat|swim\w*|fishing|walk|doctor|prescri\w*|side effects?|late|delay\w*|cancel\w*|fare|ticket|commute|closed|timetable|ring you|call you|holiday|trip|visit|repair\w*|view|photo\w*|leak\w*)\b/,
  },
  // A weapon or a means at hand and the thought of using it (lead, session 11, the class of
  // blind16a's one care miss): "枪就在抽屉里 最近老想用它", "the gun's on the table and I've been
  // thinking about using it". A gun cleaned, sold, at a range or a show is everyday.
  {
    family: 'method',
    cue: /枪|农药|绳|刀|gun|pistol|rifle|shotgun|revolver|firearm|rope|pills|blade|knife/,
    pattern:
      /(?:枪|农药|绳子|刀)[^。！？]{0,24}(?:老是|总是|一直|最近|这几天|天天|真)?(?:想|想着|忍不住想)(?:要)?(?:用|拿来用|试试)|\b(?:gun|pistol|rifle|shotgun|revolver|firearm|rope|pills|blade|knife)\b[^.?!]{0,80}\b(?:think|thinking|thought|thinkin)\b (?:about|of|abt) (?:using|use|doing) (?:it|that|them|one)\b|\b(?:think|thinking|thought|thinkin) (?:about|of|abt) using (?:my|the|a|dad'?s|his) (?:gun|pistol|rifle|shotgun|revolver|firearm)\b/,
    unless:
      /打猎|卖掉|靶场|切|宰|杀鸡|杀鱼|做饭|砍柴|捆|绑|晾|\b(?:clean\w*|hunt\w*|range|show|sell|sold|selling|pawn\w*|safe|licen[cs]e|permit|shop|store|deer|season|garden\w*|cooking|kitchen knife set)\b/,
  },
  // Letters left for family with an apology or an end: "给两个孩子各写了一封信…对不起", "wrote the
  // letters to my kids. sorry about …", "finished writing to each of my kids tonight".
  {
    family: 'farewell',
    cue: /写|留了|留下|letter|note|writing to/,
    pattern: new RegExp(
      `给${KIN_ZH}[^。！？]{0,8}(?:写了|写好|留了|留下)[^。！？]{0,8}(?:信|话|几句话|纸条)|信(?:已经|都)?写(?:好了|给)${KIN_ZH}|\\b(?:wrote|written|writing|finished writing|left) (?:the |my |goodbye |some |a few |a )?(?:letters?|notes?) (?:to|for) ${KIN_EN}\\b|\\bfinished writing to ${KIN_EN}\\b`,
    ),
    needs:
      /对不起|交代|就这样吧|不麻烦|看着办|抽屉|桌上|再见|保重|\b(?:sorry|apolog\w*|goodbye|won'?t need|stop the|drawer|on the (?:kitchen )?table|deal with them|anymore)\b/,
    unless:
      /生日|投诉|感谢信|家书|祝|节日|春节|老家|提醒|帮我还|发错|\b(?:wrong (?:chat|window|person|number)|to (?:pay|remind|call|sort|check)|so (?:she|he|they) can pay|birthday|christmas|complaint|ombudsman|school|holiday|while i'?m away|thank[- ]you|valentine)\b/,
  },
  // Driving into something on purpose: "thinking of driving into a wall on the way home", "steering
  // into the oncoming lorry", "往大货车底下钻", "开车…直接开下去".
  {
    family: 'method',
    cue: /(?:往|朝)(?:大)?(?:货|卡|火|公交|渣土)?车|油门|方向盘|开车|steer|swerv|driv|straight|plough|crash/,
    pattern:
      /(?:往|朝)(?:大)?(?:货车|卡车|车|火车|公交车?|渣土车)(?:底下|下面|轮子底下)(?:钻|冲|扑|撞)|(?:一脚油门|油门踩到底|方向盘一(?:打|歪|转))[^。！？]{0,8}(?:冲出|冲下|冲进|撞)|开车[^。！？]{0,10}(?:直接)?(?:开|冲)(?:下去|进(?:江|河|海|水))|\b(?:steer(?:ing)?|swerv(?:e|ing)|driv(?:e|ing)|go(?:ing)? straight|plough(?:ing)?|crash(?:ing)? (?:the|my) car)\b[^.?!]{0,20}\b(?:into|off) (?:the |that |a |an )?(?:oncoming|lorry|truck|tree|wall|bridge|pillar|cliff|barrier|river|central reservation)\b(?! (?:toll|services|car park))/,
    needs:
      /想|真想|老想|\b(?:thinking|tempted|want|wanted|wanna|wish|one of these days|i'?ll just|gonna|going to|could just|might just|make it (?:all )?stop|so done|not (?:even )?joking|seriously)\b/,
    unless:
      /差点|险些|追尾|被撞|理赔|保险|\b(?:almost|nearly|someone|somebody|insurance|written off|on the ice|accident|up the wall|parked)\b/,
  },
  // A past crisis and the same feeling back: "上次有这种感觉的时候…洗胃，现在又是这样", "the last
  // time things got this bad i was sectioned", "ended up in a&e … i feel like that again".
  {
    family: 'method',
    cue: /洗胃|精神|急诊|抢救|医院|icu|last time|sectioned|psych|ended up in|nearly/,
    pattern:
      /(?:上次|上回|之前|以前|那次|去年|前年|[一两三几]年前)[^。！？]{0,24}(?:洗胃|精神科|精神病院|急诊|抢救|住进了?医院|送(?:进|去|到)?(?:了)?(?:医院|急诊)|ICU)|\blast time\b[^.?!]{0,50}\b(?:sectioned|psych(?:iatric)? (?:ward|unit|hospital)|a&e|a and e|er|emergency|hospital|icu|stomach pumped|ambulance|did not survive|didn'?t survive|nearly died)\b|\b(?:sectioned|psych(?:iatric)? ward|ended up in (?:a&e|er|hospital))\b[^.?!]{0,50}\b(?:last time|last debt|after the last)\b|\bnearly (?:did not|didn'?t) (?:survive|make it)\b/,
    needs:
      /又|还糟|回来了|一样|\b(?:again|same (?:right now|feeling|way|as then)|feel(?:s|ing)? (?:like|exactly (?:the same|like)) (?:that|this|then)|exactly the same|back there|feels like then|like that again)\b/,
    unless:
      /过敏|海鲜|手术|胃出血|骨折|发烧|感冒|生孩子|车祸|滞纳金|身体好|膝|腰|心脏|肾|阑尾|胆|结石|中风|癌|化疗|受伤|扭伤|缝针|维修|\b(?:knee|back|hip|heart|chest|kidney|appendix|gallbladder|migraine|diabet\w*|stroke|cancer|chemo|injur\w*|sprain\w*|stitches|physio|ate|allerg\w*|shellfish|nuts|broken|fracture|wrist|pneumonia|flu|asthma|fee|missed a payment|surgery|operation|pregnan\w*|baby|covid|infection)\b/,
  },
  // Pills counted out: "安定片已经存了三十多粒了".
  {
    family: 'method',
    cue: /存|攒|囤/,
    pattern:
      /(?:安定|安眠药|药片|药)[^。！？]{0,6}(?:已经)?(?:存|攒|囤)(?:了|够)[^。！？]{0,6}(?:\d+|[一二两三四五六七八九十几]+)多?(?:粒|片|颗|盒|瓶)/,
  },
  // One's own urn or coffin as the end of a debt, said lightly: "等我躺进小盒子里 欠款就一笔勾销".
  // Said as a plan, so a laugh does not explain it away (family 'direct'): "lol the plan is to be
  // dead before …".
  {
    family: 'direct',
    cue: /盒|灰|棺材|坟|土里|dead|gone/,
    pattern:
      /(?:等|当|到时候)我(?:躺进|住进|装进|变成|进了)[^。！？]{0,4}(?:盒子|骨灰盒|灰|棺材|坟|土里)|\bplan is to be (?:dead|gone)\b(?! (?:to the world|tired|on my feet|for the weekend|all weekend))/,
  },
];

/**
 * Everyday talk in the words of a rule (read by `round9IsOrdinary`): a wall hit by a car or
 * said in anger ("倒车撞墙了", "被你们逼得想撞墙"), "I'd rather die than call your team again", a
 * phone thrown in a river at one more reminder.
 */
export const ROUND17_IDIOMS: readonly (readonly [RegExp, RegExp])[] = [
  [
    /撞墙/,
    /^(?![^]*(?:头|自己|不想活|死))[^]*(?:(?:倒车|停车|开车|车子?|车头|车尾)[^。！？]{0,4}撞(?:了|到|上)?墙|(?:逼|气|急|烦|搞)得?(?:我)?(?:都|真|真的)?想撞墙)/,
  ],
  [
    /\brather (?:die|be dead)\b/,
    /^(?![^]*\b(?:kill|suicid\w*|end it|pills|rope|alive|live like this|go on|wake up|face|tell|my (?:kids|family|wife|husband|children))\b|[^]*\b(?:rather|sooner) (?:die|be dead) th[ae]n (?:\w+ ){0,3}?(?:this |the |my |all (?:of )?th(?:is|e) )?(?:debts?|loans?|bills|mess|what i owe|owing)\b(?! collect))[^]*\brather (?:die|be dead) than (?:call|ring|phone|speak|talk|deal|use|bank|go back|wait|sit|set foot|queue|listen|pay (?:that|your|this|the|a|another) (?:fee|charge|interest|penalty))\b/,
  ],
  [
    /\b(?:left|leave) (?:a )?notes? for\b/,
    /\bnotes? for (?:my )?\w+ to (?:pay|remind|call|sort|check|feed|pick|walk|take)\b/,
  ],
  [/\bthe river\b/, /\briver (?:cruise|boat|trip|view|walk|tour|side restaurant)\b/],
  [
    /\bthrow my phone in the (?:lake|river|sea)\b/,
    /^(?![^]*\b(?:no one|nobody|never|disappear|gone|for good|find me|myself)\b)[^]*\b(?:one more|another|texts?|reminders?|notifications?|calls?|ringing|buzzing|lmao|lol|haha)\b/,
  ],
];
