import type { ClassRule } from './distressRule.js';

/**
 * Rules by class, round 20: the classes named from the wording of round S12 half b's zh misses
 * (an outside writer's round, seen after a first fix round), each written again in new phrasings
 * in the own check set `check-s12b.json` before a rule changed (measured once before and once
 * after, never fitted): belongings given away and the debt let go; access to a means noticed and
 * said bare (a roof door left open, a railing gone, sleeping pills with no prescription); my own
 * death as an accident whose payout would clear the card; unreachable after a near time, with a
 * goodbye. Read like the round-9 class rules: `needs` / `unless` say when the same words are
 * everyday, and a denial ("不是说我", "not that I would") sets the hit aside.
 */

/** Everyday errands (a move, a trip, work, a payment made): read here, not imported (a cycle). */
const EVERYDAY =
  /搬家|出差|出国|旅游|度假|装修|还清|结清|还完|自动还款|\b(?:moving|vacation|trip|paid (?:it )?off|autopay|payday|paycheck|wedding|interview|meeting)\b/;

/** A denial or a question about someone else: the hit is not the writer's own plan. */
const DENIED =
  /不是说我|我不会|不会想不开|别误会|开玩笑|哈哈|\b(?:not that i(?:'d| would)?|i (?:won'?t|wouldn'?t) (?:do|try) (?:that|anything)|just kidding|jk|lol|haha)\b/;

/** A relative hurt or dead, told: the accident is theirs, not mine. */
const RELATIVE_HURT =
  /(?:我|我的)?(?:爸|妈|父亲|母亲|老公|老婆|爱人|儿子|女儿|哥|姐|弟|妹|同事|朋友)[^。！？]{0,8}(?:摔伤|受伤|住院|出了?车祸|去世|过世|走了|没了)|\b(?:my|our|his|her) (?:husband|wife|partner|dad|mum|mom|father|mother|son|daughter|brother|sister|colleague|friend)\b[^.?!]{0,20}\b(?:fell|was (?:hurt|injured|in)|died|passed|crashed)\b/;

/** A debt let go or the chase told to stop (Chinese and English). */
const DEBT_LET_GO =
  /别指望|别等了|就这样吧|不用(?:再)?(?:寄|打|催|等)|用不上了|还不上了?|也不用还|\b(?:don'?t expect|won'?t (?:get )?(?:be )?paid|stop sending|(?:won'?t|don'?t) need to chase|no point (?:calling|chasing|ringing)|is what it is|won'?t matter|doesn'?t matter (?:now|anymore)|forget the (?:payment|balance|debt))\b/;

/** Everyday reasons to give things away: a payment promised, a move, a new number, a sale. */
const GIVING_ERRAND =
  /下周|下个月(?:一定|就)?还|今天还|还款日|改一下|地址|验证码|新号码|卖了|凑钱|分期|\b(?:i'?ll pay|paying|pay (?:it|this|on)|due date|instalments?|address|codes?|new number|sold|raise the money|on friday)\b/;

/** Everyday reasons to mention a roof door, a railing or a pharmacy. */
const ACCESS_ERRAND =
  /晒|收(?:了|衣服|被子)|被子|衣服|来修|去修|在修|报修|维修|修好|物业|关一下|去关|风很大|翻新|跑步|绕路|施工|感冒药|装修|\b(?:washing|laundry|dry (?:the )?clothes|windy|shut it|close it|landlord|fix\w*|repair\w*|redone|detour|run|jog\w*|cold medicine|builders?|works)\b/;

/** Everyday reasons to be out of reach for a while: a new number, travel, a honeymoon, a payday. */
const AWAY_ERRAND =
  /换号|新号|出国|出差|度蜜月|蜜月|没信号|工资|自动扣款|还清|还了|\b(?:new number|changing my number|abroad|honeymoon|no signal|payday|autopay|paid)\b/;

export const ROUND20: readonly ClassRule[] = [
  // Belongings given away and the debt let go: "琴和电脑都分给朋友了 卡上的钱你们就别指望了",
  // "gave my guitar away, don't expect this month's payment".
  {
    family: 'farewell',
    cue: /送人|送给|送出去|分给|捐|留给|托付|给了|\b(?:gave|given|giving|handed|left all|left everything|new home|gone to)\b/,
    pattern:
      /(?:东西|衣服|手表|首饰|戒指|项链|电脑|手机|平板|游戏机|吉他|球鞋|书|车|猫|狗|宠物|家当|值钱的|能送的)[^。！？]{0,10}(?:都|全)?(?:送人|送给|送出去|分给|捐了|捐掉|留给|托付给|给了)|\b(?:gave|given|giving) (?:away )?(?:my|all my|everything|away my)\b[^.?!]{0,40}\b(?:to (?:my |a )?(?:mates?|friends?|sister|brother|kids?|son|daughter|nephew|niece|neighbou?r|mum|mom|dad|family|charity)|away)\b|\bgave (?:my )?(?:kid|son|daughter|sister|brother|mate|friend)s? (?:my|all my)\b|\bhanded out (?:everything|all my|my)\b|\bleft (?:all )?(?:my stuff|my things|everything) to\b|\bfound (?:my |the )?(?:dog|cat|pets?) a new home\b|\beverything i own (?:has )?(?:gone|went) to\b/,
    needs: DEBT_LET_GO,
    unless: new RegExp(`${GIVING_ERRAND.source}|${EVERYDAY.source}|${DENIED.source}`),
  },
  // Access to a means noticed and said bare: "天台那扇门一直开着", "楼顶随便能上去",
  // "the roof hatch is never locked", "nobody watches the bridge at night".
  {
    family: 'method',
    cue: /楼顶|顶楼|天台|屋顶|护栏|栏杆|处方|roof|hatch|bridge|railing|fence|prescription|quarry|cliff/,
    pattern:
      /(?:楼顶|顶楼|天台|屋顶)(?:那扇|那个|的)?(?:门|锁)[^。！？]{0,6}(?:没锁|没关|开着|没人管|锁坏了|坏了)|(?:楼顶|顶楼|天台|屋顶)[^。！？]{0,4}随便(?:就)?(?:能|可以)上(?:去)?|(?:江边|河边|桥上|大桥|楼顶|天台|顶楼)[^。！？]{0,6}(?:护栏|栏杆)[^。！？]{0,4}(?:拆了|没了|坏了)|(?:安眠药|助眠药|安定)[^。！？]{0,8}(?:不要|不用|不需要)处方|\b(?:door|hatch|access) to the (?:roof|rooftop)\b[^.?!]{0,20}\b(?:never locked|unlocked|left open|always open)\b|\b(?:roof|rooftop)(?: access)? (?:door|hatch)\b[^.?!]{0,20}\b(?:broken|unlocked|never locked|always open)\b|\block on the (?:roof|rooftop)\w*(?: door| hatch)? is broken\b|\b(?:nobody|no one|no-one) (?:watches|checks|guards|patrols) the (?:bridge|roof|rooftop|tracks)\b|\bsleeping pills without (?:a )?prescription\b|\b(?:railing|fence|barrier)s? (?:on|at|by|along) the (?:car park )?(?:top floor|roof|bridge|cliff)\b[^.?!]{0,15}\b(?:taken down|removed|gone)\b|\b(?:quarry|cliff|bridge)\b[^.?!]{0,12}\bhas no (?:fence|railing|barrier)\b/,
    unless: new RegExp(`${ACCESS_ERRAND.source}|${EVERYDAY.source}|${DENIED.source}`),
  },
  // My own death as an accident whose payout clears the card: "万一我骑车冲下去了 赔偿金能把卡还清吗",
  // "意外身亡能赔多少 够还债就行", "if I fell off the roof would the payout clear the card".
  {
    family: 'conditional',
    cue: /赔|工伤|保险|payout|pay out|insurance|compensation|claim/,
    pattern:
      /(?:我|要是|如果|万一)[^。！？]{0,12}(?:掉下去|摔下去|摔下来|跳下去|冲下去|撞死|出事|出个?车祸)[^。！？]{0,30}(?:赔|工伤|保险|抚恤)[^。！？]{0,20}(?:还|抵)|意外(?:死亡|身亡|去世)[^。！？]{0,20}赔[^。！？]{0,20}(?:还|卡债|债)|\bif (?:i|my car)\b[^.?!]{0,40}\b(?:fell|fall|crashed|went off|happened to me)\b[^.?!]{0,40}\b(?:payout|pay out|insurance|compensation|claim)\b[^.?!]{0,40}\b(?:card|balance|debts?|owe)\b|\b(?:accidental death\b[^.]{0,20}\bpay(?:s)? ?out|payout for accidental death)\b[^.]{0,40}\b(?:card|balance|debts?|owe)\b/,
    needs: /卡|债|欠|\b(?:card|balance|debts?|owe)\b/,
    unless: new RegExp(
      `${RELATIVE_HURT.source}|年费|附带|有没有|寿险|人寿|\\b(?:annual fee|come with|comes with|does this card|life insurance|life cover|credit life)\\b|${DENIED.source}`,
    ),
  },
  // Unreachable after a near time, with a goodbye or the chase dared: "打吧 过了今晚就找不到我
  // 了 再见", "call all you like, from tomorrow you won't reach me".
  {
    family: 'farewell',
    cue: /找不到|联系不上|催不到|打不通|没人接|没有我|reach|find me|picks? up|answer|anyone to chase/,
    pattern:
      /(?:明天|今晚|过了(?:今晚|今天|明天)|(?:明天|下周|下个月)(?:起|以后|开始|之后))[^。！？]{0,8}(?:就)?(?:再也)?(?:找不到|联系不上|催不到|打不通)我了|(?:明天|下周)[^。！？]{0,6}(?:这个号|电话)?[^。！？]{0,4}就?没人接了|(?:明天|今晚)(?:以后|之后)?就?没有我这个人了|\b(?:after|from|past) (?:tonight|tomorrow|today|this week)\b[^.?!]{0,30}\b(?:won'?t|can'?t|will not|cannot) (?:find|reach|get hold of|contact|chase) me\b|\b(?:call|ring) (?:again )?tomorrow and (?:nobody|no one|no-one) (?:picks up|answers)\b|\bnobody will (?:answer|pick up) (?:this|my) (?:number|phone) (?:next week|tomorrow|after)\b|\bthere won'?t be (?:anyone|anybody|me) (?:to chase|to call|left)\b/,
    unless: new RegExp(`${AWAY_ERRAND.source}|${EVERYDAY.source}|${DENIED.source}`),
  },
];

/** Everyday talk in the words of a rule: a roof door left open on a windy day, shut by the writer. */
export const ROUND20_IDIOMS: readonly (readonly [RegExp, RegExp])[] = [
  [
    /楼顶|顶楼|天台|\broof|\bhatch\b|\brailing\b/,
    /^(?![^]*(?:跳|站|坐|边上|最后|不想活|结束|\b(?:jump|edge|sitting|standing|last|end it|goodbye)\b))[^]*(?:关一下|去关|翻新|绕路|\b(?:shut it|close it|redone|detour)\b)/,
  ],
];
