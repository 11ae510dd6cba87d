import type { ClassRule } from '../../distressRule.js';
import { DENIED_WITH_LAUGH, both } from '../sharedWords.js';

/**
 * One's own death called the end of the debt: the debt taken to the grave, dead before the court
 * date, death as the payment plan (often said as a joke), ending weighed against paying.
 */

/** A court date, a hearing, a due date: a day the debt comes to a head. */
const DAY_OF_RECKONING_EN =
  '(?:any |the |a |your |my )?(?:(?:first|next|final|last) )?(?:court(?: date)?|hearing|trial|judge(?:ment)?|due date|lawsuit|summons|lawyers? (?:file|do)|you (?:sue|take me to court)|it gets to court|they garnish)';

const DAY_OF_RECKONING_ZH = '(?:开庭|起诉|判决|传票|法院|还款日|律师函|催收上门|上门)';

/** One's own death said as a state: buried, dead, gone, no longer in this world. */
const DEAD_ZH =
  '(?:埋在土里|入土|化成灰|(?:是)?(?:一盒|一把|一捧)(?:骨)?灰|不在(?:这个世上|人世|了)|死了|没了|走了|凉透了)';

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

/** Ending weighed against paying. */
const WEIGHED =
  /还不如(?:早点|直接|趁早)?(?:走|去死|死了|消失|不活)|死(?:只要|就|才)一下|(?:人没了|我没了|我死了|没有我)[^。！？]{0,6}(?:债|这笔钱|欠款|账)(?:也)?(?:就)?(?:没了|清了)|与其[^。！？]{0,12}不如(?:我)?(?:直接)?(?:消失|去死|死了|解脱)|换一种方式(?:结束|了结)|\bno me,? no (?:debt|bills?|problem)\b|\b(?:cheaper|easier|better|simpler|less hassle) for (?:everyone|everybody|my (?:family|kids|wife|husband|parents)|them|all) if i (?:just )?(?:wasn'?t|weren'?t|was gone|were gone|died|disappeared|stopped)\b|\b(?:\d+|twenty|thirty|ten) years to pay\b[^.?!]{0,30}\b(?:second|moment|minute) to (?:end|finish) (?:it|this|everything)\b|\bsettle (?:it|this|things|everything) (?:another|a different|my own) way\b|\bdisappear,? (?:properly|for real|for good)\b/;

/** What makes weighing ending against paying serious: debt, family, no contact. */
const WEIGHED_NEEDS =
  /拖累|债|还|钱|欠|家里|联系|找我|干净|\b(?:debt|owe|pay\w*|balance|bills?|family|contact|call|chase\w*|tbh|properly|fastest|around|everyone)\b/;

const WEIGHED_ERRAND =
  /排队|下班|回家|出发|堵车|协商|减免|一次性还|\b(?:settlement|lower amount|in full|lump sum|freeze|better plan|payment plan|close the card)\b/;

export const DEATH_ENDS_DEBT_RULES: readonly ClassRule[] = [
  // Disappearing for good; the debt ending with one's death; faith framing; a past attempt.
  {
    id: 'goneForGoodDebtEnds',
    family: 'euphemism',
    cue: /回来|跟着|不会再有|棺材|坟墓|地下|人没了|去见|想好了|失败|上次|find me|coming back|exist|be gone|grave|with me|collect (?:from|on)|(?:find out|know|see) soon|why i did|last time/,
    pattern:
      /再也不(?:会)?回来|人也跟着(?:去|下去|跳)|不会再有(?:消息|音讯)|带进棺材|带到(?:棺材|坟墓|地下)|人没了[^。！？]{0,4}债(?:也)?(?:就)?没了|(?:提前|提早|早点)去见(?:祂|他|主|上帝|佛祖)|怎么做(?:我)?(?:已经|都)想好了|这次不会再失败|上次[^。！？]{0,8}(?:被救|没死成|抢救)|\bno one will (?:ever )?find me\b|\bwon'?t be coming back\b|\bstop existing\b|\bcease to exist\b|\bsoon i'?ll be gone\b|\bi'?ll be gone\b[^.?!]{0,40}\b(?:write (?:it )?off|debt|nobody|no one)\b|\btake (?:it|this|the debt) (?:to|into) my grave\b|\b(?:the |this |my )?debts? (?:dies|die|ends) with me\b|\b(?:can'?t|cannot) collect (?:from|on) (?:a )?(?:dead (?:man|woman|person|guy)|the dead|corpse)\b|\bcollect from my (?:grave|coffin|corpse)\b|\b(?:death|dead|die|dying)\b[^]{0,50}\bi'?ll (?:find out|know|see) soon\b|\bunderstand why i did (?:it|this)\b|\blast time (?:the )?(?:pills|rope|it)\b[^.?!]{0,12}\bdidn'?t work\b/,
    unless: /打工|工作|出国|定居|留学|\b(?:moving|abroad|new job|vacation|trip|relocat\w*)\b/,
  },
  // The world of the dead, "I'll know soon"; the debt left "for the next life".
  {
    id: 'underworldNextLife',
    family: 'euphemism',
    cue: /阴间|地府|黄泉|阎王|下辈子/,
    pattern:
      /(?:阴间|地府|黄泉|阎王)[^。！？]{0,16}我(?:很快|马上|就快|过几天)就(?:能|会|要)?(?:知道|去|到|见到|下去)|(?:这笔|你们的|欠你们的?|这张卡|这些钱|这些债|剩下的)[^。！？]{0,8}下辈子(?:吧|再说|见|再还|还吧)/,
  },
  // Dead before the day of reckoning: "six feet under before any court date", "开庭前我就埋在土里了".
  // (Euphemism: an 'indirect' hit with "think" in it would be read as a plan to pay.)
  {
    id: 'deadBeforeCourt',
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
    id: 'buriedBeforeCourt',
    family: 'farewell',
    cue: /six feet|in the ground|grave|coffin|in (?:my|a) box|worm food|埋在|入土|进坟/,
    pattern: new RegExp(
      `\\b(?:i'?ll|i will|i'?m going to|going to) be (?:six feet under|in the ground|in (?:my|a) (?:grave|coffin|box)|worm food)\\b[^.?!]{0,12}\\b(?:before|by the time)\\b[^.?!]{0,30}${DAY_OF_RECKONING_EN}|${DAY_OF_RECKONING_ZH}[^。！？]{0,8}(?:之前|以前|前|的时候|那天|到的时候)[^。！？]{0,10}(?:我)?(?:人)?(?:应该|可能|估计|恐怕)?(?:就|早就|都)?(?:已经)?(?:埋在土里|入土|进坟)`,
    ),
    unless:
      /和解|协商|撤诉|还清|结清|\b(?:settle(?:d|ment)?|paid (?:it )?off|backlog|takes? (?:years|forever|ages))\b/,
  },
  // Death or a place of dying called the way out of the debt, often as a joke: "the bridge is the
  // best payment plan lol", "最划算的还款方式就是我人没了", "my plan for the debt: a long walk off a short pier".
  {
    id: 'deathAsPaymentPlan',
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
    id: 'debtToTheGrave',
    family: 'farewell',
    cue: /人没了|人都没了|人一没|棺材|入土|下葬|埋了|下地|带走|坟|阎王|地府|骨灰|殡仪馆|火葬场|estate|life insurance|funeral|dead body|ashes|dead guy|with me|债|corpse|grave|coffin|dead man|dead woman|tombstone|headstone|dies with me|die with me/,
    pattern:
      /(?:债|钱|欠的)[^。！？]{0,6}(?:跟|随|和)(?:着)?我(?:一起|一块)?(?:进棺材|入土|下葬|进坟|埋了|下地|带走)|(?:寄|送|烧|拿|要|讨|收|催)[^。！？]{0,4}(?:到|去)?(?:阎王(?:爷)?|地府|坟头|坟上|坟前|棺材|骨灰盒|殡仪馆|火葬场)|我(?:早就|早|已经|都)?(?:在|进|躺在|躺进)(?:了)?(?:骨灰盒|棺材|坟)里|(?:去|到)(?:我)?(?:的)?(?:坟头|坟上|坟前|坟地|墓前|棺材|骨灰盒|阎王(?:爷)?(?:那儿?)?|地府)[^。！？]{0,3}(?:要|拿|讨|收|催)|(?:我)?人(?:都)?没了[^。！？]{0,16}(?:你们)?(?:找谁要|向谁要|跟谁要|问谁要|要不着|要不到)|(?:我)?人(?:都|一)?没(?:了)?[，, ]*(?:账|债|钱|欠的)(?:也)?(?:就|一)?(?:没了|清了?|消了?|不用还了)|人死债(?:消|清|了|烂)[^。！？?吗么]{0,4}(?:嘛|呗|吧)?[^。！？?]{0,12}(?:过几天|很快|快了|不用(?:再)?打|别打|等着|到时候)|\b(?:collect(?:ing)?|get (?:it|your money)|take it) from (?:a|my) (?:corpse|grave|coffin|dead body|ashes)\b|\bgarnish(?:ing)? (?:a )?(?:dead (?:man|woman|guy)|corpse)\b|\b(?:have|take|get) (?:whatever'?s|what'?s|what is) left after (?:the|my) funeral\b|\b(?:from|out of) my (?:estate|life insurance|funeral)\b[^.?!]{0,20}\b(?:and )?(?:soon|shortly|not long)\b|\b(?:on|for) my (?:tombstone|headstone|gravestone)\b[^?]{0,40}\b(?:not long now|soon|any day|this week|tonight)\b|\b(?:debt|balance|it|this)(?:'s| is)? (?:dies|dying|goes|going|gets buried|getting buried)(?: (?:in(?:to)? the ground|to the grave|in the grave))? with me\b[^?]{0,30}(?:💀|🪦|⚰|\bproblem solved\b|\bsorted\b|\bsoon\b|\bnot long\b|\bstop the calls\b)/u,
    unless:
      /\b(?:if|does|do|will|would) (?:the |my |this )?(?:debt|balance) (?:die|go) with\b|(?:爸|妈|老公|老婆|父亲|母亲|爷爷|奶奶|他|她)(?:人)?[^。！？]{0,6}(?:去世|走了|过世|没了)|吗[？?]/,
  },
  // One's own urn or coffin as the end of a debt, said lightly: "等我躺进小盒子里 欠款就一笔勾销".
  // Said as a plan, so a laugh does not explain it away (family 'direct'): "lol the plan is to be
  // dead before …".
  {
    id: 'urnEndsTheDebt',
    family: 'direct',
    cue: /盒|灰|棺材|坟|土里|dead|gone/,
    pattern:
      /(?:等|当|到时候)我(?:躺进|住进|装进|变成|进了)[^。！？]{0,4}(?:盒子|骨灰盒|灰|棺材|坟|土里)|\bplan is to be (?:dead|gone)\b(?! (?:to the world|tired|on my feet|for the weekend|all weekend))/,
  },
  // Ending weighed against paying: "还不如早点走 省得拖累家里", "no me, no debt", "cheaper for
  // everyone if I wasn't around".
  {
    id: 'endingWeighedAgainstPaying',
    family: 'indirect',
    cue: /还不如|一下|没了|与其|方式|\bno me\b|if i|years to pay|another way|different way|own way|disappear/,
    pattern: WEIGHED,
    needs: WEIGHED_NEEDS,
    unless: new RegExp(`${WEIGHED_ERRAND.source}|${DENIED_WITH_LAUGH.source}`),
  },
];
