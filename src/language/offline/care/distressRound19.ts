import type { ClassRule } from './distressRule.js';

/**
 * Rules by class, round 19: the classes named from the wording of round S12 half a's misses (an
 * outside writer's round, seen), each written again in new phrasings in the own check set
 * `check-s12.json` before a rule changed (measured once before and once after, never fitted):
 * my own death and who pays the card then; a place of a means with a time and a decision or help
 * turned down; family better off or relieved if I vanished; the internet's and pinyin's words for
 * killing oneself. Read like the round-9 class rules: never negated away; `needs` / `unless` say
 * when the same words are everyday.
 */

/** A relative's death, an estate, a policy or a card product: the death is not the writer's own. */
const NOT_MY_DEATH =
  /去世|过世|身故|遗产|继承|家属|保险|保单|附属卡|注销|(?:我|我的)(?:爸|妈|父亲|母亲|老公|老婆|爷爷|奶奶|外公|外婆|舅舅|叔叔|姑姑|阿姨|哥|姐|弟|妹)[^。！？]{0,3}(?:走了|没了|不在了)|\b(?:(?:my|a|our|the|their|his|her) wills?|estate|executor|probate|solicitor|lawyer|insurance|insured|policy|cover|authori[sz]ed user|deceased|late (?:husband|wife|father|mother|dad|mum|mom)|(?:my|our|his|her) (?:dad|mum|mom|father|mother|husband|wife|nan|gran\w*|grandpa|grandma|brother|sister|uncle|aunt) (?:is gone|died|passed))\b/;

/** Family who might be made to pay, or asked about, after the writer's death. */
const FAMILY_PAYS =
  /家里人|家人|家里|老婆|老公|媳妇|儿子|女儿|孩子|爸妈|父母|我妈|我爸|头上|替我|一笔勾销|不用还|找(?:他|她|他们)|\b(?:wife|husband|partner|son|daughter|kids?|children|parents|mum|mom|dad|family|nobody in my family|written off|wiped|die with me|chase|stuck with|inherit)\b/;

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

export const ROUND19: readonly ClassRule[] = [
  // My own death and who pays the card then: "我要是走了，这卡的欠款会不会算到我老婆头上", "人没了
  // 的话卡债家里要替还吗", "once I'm dead don't call my daughter about the balance".
  {
    family: 'indirect',
    cue: /走了|没了|死了|不在了|死后|gone|dead|\bdie|death|pass|no longer|(?:n'?t|not) (?:here|around)/,
    pattern:
      /(?:我|人)(?:要是|如果|万一|哪天|真的?)*(?:走了|没了|死了|不在了)(?:的话|以后|之后)?[^。！？]{0,24}(?:欠款|欠的钱|欠的|债|这笔钱|这笔账|剩下的|余额|钱)|(?:我|人)死后[^。！？]{0,16}(?:欠款|欠的钱|债|钱)|\b(?:if|when|once|after) (?:i'?m|i am|i was|i were|i) (?:gone|dead|die|died|pass(?:ed)? away|no longer (?:here|around)|not (?:here|around)(?: anymore| any more)?|wasn'?t (?:here|around)(?: anymore| any more)?|weren'?t (?:here|around)(?: anymore| any more)?)\b[^.?!]{0,60}\b(?:debts?|balance|owe\w*|card|account|bill)\b|\b(?:debts?|balance|card|account)\b[^.?!]{0,40}\b(?:when|if|once|after) i (?:die|'?m dead|'?m gone|am gone|pass)\b|\bafter my death\b/,
    needs: FAMILY_PAYS,
    unless: NOT_MY_DEATH,
  },
  // A place of a means, a time, and a decision or help turned down: "分期不用办了 我想好了 明早
  // 去大桥", "no need for a plan, I've decided, going to the tracks first thing tomorrow".
  {
    family: 'method',
    cue: /江|河|海|湖|桥|天台|楼|铁|轨|火车道|水库|崖|tracks|rail|bridge|roof|cliff|sea|river|lake|quarry|overpass/,
    pattern: new RegExp(
      `${WHEN_ZH}[^。！？]{0,8}(?:就)?(?:去|到|上)(?:了)?(?:那个)?${PLACE_ZH}|${PLACE_ZH}[^。！？]{0,6}(?:那边|上)?[^。！？]{0,4}${WHEN_ZH}|\\b(?:going|heading|driving|walking|gonna go|go|off|taking myself) (?:up |down |out )?(?:to|on ?to|into|onto|off) (?:the )?(?:train )?(?:tracks|railway|rail line|bridge|roof|rooftop|cliffs?|sea|river|lake|quarry|overpass)\\b`,
    ),
    needs: DECIDED_OR_REFUSED,
    unless: PLACE_ERRAND,
  },
  // Family better off or relieved if I vanished: "我消失了他们反而轻松", "要是没生过我爸妈也不会
  // 这么苦", "they'd be relieved if I wasn't around", "me being gone would solve everything".
  {
    family: 'indirect',
    cue: /消失了?|不在了?|走了?|没了?|少了我|没有我|出生|生我|gone|disappear|vanish|(?:n'?t|not) (?:here|around)|born|exist|without me|better off|relieved|free|happier|me be(?:ing)? gone/,
    pattern:
      /(?:我|要是我|如果我)(?:要是|如果|真的?)?(?:消失|不在|走|没)了?[^。！？]{0,10}(?:他们|她们|家里|家人|爸妈|父母|大家|所有人|老婆|老公|孩子)[^。！？]{0,6}(?:反而|就|也|都|还)?(?:会|能)?(?:更)?(?:轻松|解脱|好过|省心|少操(?:点)?心|不用(?:再)?(?:发愁|操心|担心|替我|跟着)|过得更好|过上好日子)|(?:少了我|没有我)(?:这个(?:累赘|负担|拖累|废物))?[^。！？]{0,10}(?:轻松|好过|好日子|解脱|省心)|(?:从来)?(?:没(?:有)?(?:出生|被生下来)|没生(?:过)?我)(?:过)?[^。！？]{0,12}(?:爸妈|父母|家里|他们|大家|我妈|我爸)[^。！？]{0,8}(?:不会|就不|也不|会更)|\b(?:they|everyone|everybody|my (?:family|parents|kids|wife|husband|partner|mum|mom|dad)|she|he)(?:'d| would)? (?:be|feel) (?:so |so much |much |a lot )?(?:better off|relieved|free|happier)\b[^.?!]{0,30}\b(?:without me|if i (?:was|were) (?:gone|dead|not (?:here|around)|never born)|if i (?:wasn'?t|weren'?t)(?: here| around| alive)?|if i just (?:disappeared|vanished|went|died|wasn'?t|weren'?t|left|stopped)|if i stopped (?:existing|being)|with me gone|once i'?m gone)\b|\bif i (?:just )?(?:disappeared|vanished|was gone|were gone|wasn'?t (?:here|around)|weren'?t (?:here|around)|was never born|had never been born|stopped existing)\b[^.?!]{0,40}\b(?:they|everyone|family|parents|wife|husband|kids)\b[^.?!]{0,30}\b(?:better|relieved|easier|free|wouldn'?t have to|happier)\b|\bme (?:being|be) gone would\b/,
    unless:
      /出差|几天|一周|一阵|冷静|做饭|外卖|旅游|离职|辞职|搬|回老家|上班|加班|\b(?:trip|camping|holiday|vacation|for (?:a|the) (?:week|weekend|month|few days)|cook\w*|school run|social media|work|shifts?|job)\b/,
  },
  // Words of the internet and pinyin for killing oneself: "unaliving", "yeet myself off this
  // mortal coil", "想噶了", "想zs", "把自己处理掉".
  {
    family: 'direct',
    cue: /unaliv|yeet|coil|噶|嘎|zs|zisha|把自己/,
    pattern:
      /\bunaliv(?:e|es|ing|ed)\b|\byeet(?:ing)? myself (?:off|out of)\b|\bshuffle off (?:this|the) mortal coil\b|\boff this mortal coil\b|(?:想|要|准备|打算|去)(?:直接)?(?:噶|嘎)(?:了|掉)?(?!腰子|韭菜)|(?:想|要|准备|打算|去)\s*(?:zs|zisha|zi sha)(?![a-z])|把自己(?:给)?(?:处理|解决|了结|清理)掉/,
    unless:
      /游戏|副本|boss|角色|\b(?:game|character|npc|boss|video|movie|show|villain|film|episode|kidney)\b/,
  },
];

/**
 * Everyday talk in the words of a rule (read by `round9IsOrdinary`): a means in its ordinary use
 * with a time ("刀磨好了 明天切肉", "got the rope ready for the move", charcoal for a barbecue), a
 * fee that "要我的命", being a burden said with a plan to pay, a card's insurance asked about.
 */
export const ROUND19_IDIOMS: readonly (readonly [RegExp, RegExp])[] = [
  [
    /刀/,
    /^(?![^]*(?:手腕|割|自己|死|结束|最后|血|不想活|解脱|了断|别劝|脖子))[^]*(?:切肉|切菜|做饭|做菜|下厨|排骨|炖|剁|杀鱼|杀鸡|厨房|烧烤|烤肉|牛排|包饺子|片鱼|磨刀石|刀具|菜刀|水果刀)/,
  ],
  [
    /绳子?[^]{0,4}(?:买|准备|备|到)|(?:买|备|准备)[^]{0,6}绳/,
    /^(?![^]*(?:不想活|死|上吊|脖子|最后|房梁|凳子|遗书|结束|解脱|不用还|别催|了断|不是|问我|以为|假装|说是))[^]*(?:搬家|家具|打包|捆(?:箱|东西|行李|货)|行李|帐篷|露营|攀岩|钓鱼|船|货车|晾衣|秋千|跳绳|吊床|狗绳|登山)/,
  ],
  [
    /炭/,
    /^(?![^]*(?:门窗|封|密闭|胶带|车里|房间里|卧室|最后|死|不想活|结束|解脱|了断|睡过去))[^]*(?:烧烤|烤肉|烤串|火锅|露营|野炊|院子|阳台烤|bbq|碳烤)/,
  ],
  [
    /\brope|\bknives\b|\bknife\b|\bblades?\b|\bcharcoal\b/,
    /^(?![^]*\b(?:noose|neck|beam|stool|chair|goodbye|end it|die|dead|kill|suicid\w*|no point|last time|decided|don'?t try|alive|wrists?|taped|windows|sealed|garage|asked|wondered|thought|pretend\w*|told (?:him|her|them)|said it was)\b)[^]*\b(?:move|moving|movers|furniture|van|truck|trailer|tent|camp\w*|climb\w*|boat|fishing|washing|tie[ -]?down|straps?|load|gym|swing|hammock|cook\w*|brisket|steak|roast|carv\w*|chop\w*|kitchen|dinner|bbq|barbecue|grill\w*)\b/,
  ],
  [
    /要(?:了)?我的(?:老)?命/,
    /^(?![^]*(?:不想活|活不下去|死了算|一死|跳|药|绳|结束|解脱|还不上|还不起|还不了|撑不))[^]*(?:利息|手续费|年费|罚息|违约金|滞纳金|账单|费用|催收电话)/,
  ],
  [
    /\bburden\b/,
    /^(?![^]*\b(?:better off|without me|gone|die|dead|disappear\w*|kill|end it|no point|alive|anymore|any more)\b)[^]*\b(?:so i|that'?s why i|which is why i)\b[^.?!]{0,20}\b(?:picked up|took (?:on|up)|got|found|started|work\w*|pay\w*|set up|shifts?|second job|overtime)\b/,
  ],
  [
    /insurance|\bif i die\b/,
    /^(?![^]*\b(?:decided|tonight|goodbye|end it|kill|no point|won'?t be (?:here|around)|not be around|before i)\b)[^]*\b(?:is there|does (?:this|the|my) card (?:have|come with)|do you (?:offer|have|sell)|credit life|payment protection)\b[^?]{0,60}\binsurance\b/,
  ],
];
