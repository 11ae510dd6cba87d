import type { ClassRule } from '../../distressRule.js';
import {
  AWAY,
  AWAY_FOR_A_WHILE,
  DENIED_OR_ON_SCREEN,
  DENIED_PLAIN,
  EVERYDAY_ERRANDS,
  PAYING_OR_NEW_CARD,
  PAYING_OR_SETTLED,
} from '../sharedWords.js';

/**
 * Veiled farewells: goodbyes, thanks for the years and "I won't bother you again" with no payment
 * in view, a last message for good, an apology passed on, the card soon not needed.
 */

const KIN_EN = '(?:mom|mum|dad|mother|father|sister|brother|kids|wife|husband|family|parents|son|daughter)';

/** Bad news just told: an eviction, a lost job or home, a court or a lender said no. */
const BAD_NEWS =
  /传票|判决|判了|败诉|输了|官司|被(?:辞|裁|开除)|工作(?:也)?没了|失业|房子(?:也)?(?:要)?(?:被)?(?:收走|收回|拍卖|没了)|被赶出来|离婚|确诊|\b(?:eviction|evicted|lost (?:the|my) (?:job|house|home|flat|case|kids)|court said no|(?:lost|lose) the (?:case|appeal|hearing)|judge(?:ment)? (?:went|came)|bankrupt|repossess\w*|foreclos\w*|changed the locks|fired|laid off|let go|diagnos\w+|custody)\b/;

/** A goodbye that closes more than a chat. */
const LAST_GOODBYE =
  '(?:永别了?|各位保重|大家保重|再见了(?:各位|大家|朋友们)?|谢谢你们这些年|拜拜了?\\s*各位|\\bgoodbye (?:everyone|all|everybody|world)\\b|\\bbye (?:all|everyone|everybody|world)\\b|\\bfarewell\\b|\\bthis is goodbye\\b|\\bthanks for everything\\W+bye\\b)';

/** Paid off, a new card, another bank, a move: the everyday reasons not to need a card. */
const SETTLED =
  /换(?:了)?(?:新)?卡|新卡|换(?:了)?银行|(?<!不)还(?:清|完|上)|结清|注销|销户|发(?:了)?工资|到账|会还|就还|出国|移民|搬家|\b(?:paid (?:it )?off|pay(?:ing)? (?:it )?off|moved banks|moving banks|switch\w*|new (?:card|one)|replacement|moving|abroad|closing it|close it)\b/;

/** Settled, switched, paperless, moving: the everyday reasons to end bills with thanks. */
const SETTLED_THANKS =
  /还清|结清|还完|换(?:了|到)?(?:别的|其他|新)?(?:银行|卡)|注销|销户|电子|移民|出国|搬家|自动还款|自动扣款|\b(?:paid (?:it )?off|final payment|closure letter|switch\w*|paperless|autopay|direct debit|standing order|moving|moved|another bank|new bank|abroad|cleared|settled|emigrat\w*)\b/;

/** Everyday reasons to be out of reach for a while: a new number, travel, a honeymoon, a payday. */
const AWAY_ERRAND =
  /换号|新号|出国|出差|度蜜月|蜜月|没信号|工资|自动扣款|还清|还了|\b(?:new number|changing my number|abroad|honeymoon|no signal|payday|autopay|paid)\b/;

/** An apology or love passed on to a relative through the bank. */
const PASS_ON =
  /(?:转告|告诉|跟|同|向|代我(?:向|跟|同)?)[^。!?,]{0,8}(?:女儿|儿子|仔|老婆|老公|老伴|孩子|妈|爸|家人|家里人)[^。!?]{0,4}(?:说|讲)?(?:声|一声|句)?(?:对不起|对唔住|对不住|抱歉|我爱(?:他|她|你))|\b(?:tell|let) (?:my |our )?(?:son|daughter|wife|husband|mom|mum|dad|mother|father|kids|children|family|partner|sister|brother)(?: know)?(?: that)? (?:i'?m|im|i am) (?:so )?sorry\b|\b(?:tell|let) (?:my |our )?(?:son|daughter|wife|husband|mom|mum|dad|mother|father|kids|children|family|partner|sister|brother)(?: know)?(?: that)? i love (?:her|him|them)\b/;

/** An ending said with it: tired, done, this is all, goodbye. */
const PASS_ON_NEEDS =
  /累了|就这样吧|撑不住|撑不下去|顶唔顺|不拖累|到这里|再见|永别|不想了|不行了|坚持不|\b(?:i'?m done|im done|can'?t (?:anymore|do this|go on|take it)|goodbye|that'?s all|for everything|tired|forgive)\b|😔/;

/** A plain message for a relative: a missed call, a payment made. */
const PASS_ON_ERRAND =
  /已经(?:帮[^。!?]{0,3})?还|还清|谈妥|担心|\b(?:missed (?:his|her|their|my) call|payment|paid|went through|mix ?up|late|co-?signer|will pay)\b/;

export const GOODBYES_RULES: readonly ClassRule[] = [
  // Farewell and gratitude, a last word, a message for family.
  {
    id: 'farewellAndGratitude',
    family: 'farewell',
    cue: /这辈子|下辈子|投个好胎|最后一次|替我|先走一步|you won|tell my|none of this|be a (?:problem|burden|bother)/,
    pattern:
      /这辈子就这样了|下辈子[^。！？]{0,6}(?:不欠|投个好胎)|投个好胎|最后一次(?:回|给|跟|和)[^。！？]{0,6}(?:消息|信息|说话|联系)|替我(?:跟|向|和)(?:我)?(?:爸妈|爸|妈|父母|家人|孩子|老婆|老公)[^。！？]{0,4}说(?:声|一声)?(?:对不起|我爱)|(?:谢谢|感谢)[^。！？]{0,16}[，,]?\s*我先走一步|\byou won'?t (?:need|have) to (?:contact|call|write|text|chase|worry about) (?:me )?(?:anymore|again|any more|after (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|tomorrow|this week))\b|\btell my (?:mom|mum|dad|mother|father|sister|brother|kids|wife|husband|family|parents)\b[^.?!]{0,20}\bi love (?:her|him|them)\b|\bnone of this (?:was|is) (?:her|his|their|anyone'?s) fault\b|\b(?:won'?t|wont|will not|will never) be a (?:problem|burden|bother) (?:for|to) (?:anyone|anybody|you|them|my family|my kids)\b/,
    unless: /投诉|报警|律师|拉黑|还清|结清|自动还款|\b(?:paid (?:it )?off|autopay|lawyer|complain|report)\b/,
  },
  // Thanks, and "I won't bother you again" with no payment in view.
  {
    id: 'thanksNoMoreBother',
    family: 'farewell',
    cue: /谢谢|感谢|thank/,
    pattern:
      /(?:谢谢|感谢)[^。！？]{0,30}(?:以后|往后)(?:就|也|再也)?不(?:会)?(?:再)?(?:打扰|麻烦)(?:你们|您)?了|\bthank(?:s| you)\b[^?]{0,60}\b(?:won'?t|will not|wont) be (?:bothering|troubling|disturbing) (?:you|anyone) (?:again|anymore|any more)\b/,
    unless: PAYING_OR_SETTLED,
  },
  {
    id: 'tellKinNotTheirFault',
    family: 'farewell',
    cue: /tell my/,
    pattern: new RegExp(
      `\\btell my ${KIN_EN}\\b[^.?!]{0,10}\\b(?:it|this|none of (?:it|this)) (?:wasn'?t|was not|isn'?t|is not|wasnt) (?:her|his|their|your) fault\\b`,
    ),
  },
  // Goodbye to the world; the debt dying with me soon; a phone no longer needed.
  {
    id: 'goodbyeWorld',
    family: 'farewell',
    cue: /world|with me|needing/,
    pattern:
      /\b(?:see you never|bye|goodbye|farewell),? (?:cruel )?world\b|\b(?:the )?(?:debt|balance|it|this) (?:can |will )?(?:die|dies|end|ends|go|goes) with me\b[^.?!]{0,40}\b(?:soon|any day|tonight|this week|not long)\b|\bwon'?t be needing (?:this|my|a) (?:phone|number|card|account)\b/,
    unless: /\b(?:new (?:phone|number)|switching|upgrad\w*|paid|paying|pay it|close|closing|cancel\w*)\b/,
  },
  // Sorry, and absent from a family day ahead: "tell my son i'm sorry, i won't be at his birthday".
  {
    id: 'sorryAbsentFromFamilyDay',
    family: 'farewell',
    cue: /birthday|wedding|graduation|birth|first day|big day|生日|婚礼|毕业典礼|高考|成人礼/,
    pattern:
      /\bsorry\b[^.?!]{0,30}[.,;]? ?i (?:won'?t|wont|will not|can'?t|cannot) be (?:at|there for|around for|there on) (?:his|her|their|my \w+'s|the kids'?|our) (?:birthday|wedding|graduation|birth|first day|big day)\b|对不起[^。！？]{0,20}(?:生日|婚礼|毕业典礼|高考|成人礼)[^。！？]{0,6}(?:我)?(?:去不了|参加不了|看不到|陪不了)了/,
    unless: AWAY,
  },
  // Calls until I am gone, and soon: "打到我没了为止是吧 行 快了".
  {
    id: 'callsUntilImGone',
    family: 'farewell',
    cue: /打到|催到|逼到/,
    pattern: /(?:打|催|逼)到我(?:人)?(?:没了|死了?|不在了)(?:为止)?/,
    needs: /快了|很快|等着|不远了|就这几天|\b(?:soon|not long)\b/,
  },
  // A goodbye after bad news: "法院传票到了 好的 再见了 谢谢你们这些年", "lost the job, lost the
  // house. thanks for everything. bye.", "court said no. that's it then. farewell".
  {
    id: 'goodbyeAfterBadNews',
    family: 'farewell',
    cue: /永别|保重|再见了|这些年|拜拜|goodbye|bye|farewell/,
    pattern: new RegExp(LAST_GOODBYE),
    needs: BAD_NEWS,
    unless:
      /下次|明天|回头|再聊|再联系|分期|延期|\b(?:talk (?:later|soon|tomorrow)|call me|speak soon|see you|plan|pause|extension)\b/,
  },
  // Everything over and goodbye said: "都结束了 拜拜 各位保重", "that's it then. goodbye".
  {
    id: 'allOverAndGoodbye',
    family: 'farewell',
    cue: /结束了|that'?s it/,
    pattern: new RegExp(
      `(?:都|一切都|全都)结束了[^。！？]{0,12}${LAST_GOODBYE}|\\bthat'?s it then\\b[^?]{0,12}${LAST_GOODBYE}`,
    ),
    unless: /活动|比赛|会议|考试|课|节目|\b(?:game|match|meeting|exam|class|show|call|season|sale)\b/,
  },
  // A last message "for good": "final text before i log off for good", "最后一条消息 以后再也不会发了".
  {
    id: 'lastMessageForGood',
    family: 'farewell',
    cue: /final|last|for good|最后一条/,
    pattern:
      /\b(?:final|last) (?:text|message|msg|words?|post)\b[^?]{0,40}\b(?:for good|forever|ever|to anyone|from me)\b|\blog(?:ging)? off for good\b|\bsigning off for good\b|最后一条(?:消息|信息|短信)[^。！？]{0,12}(?:再也|永远|以后不会)/,
    unless: AWAY_FOR_A_WHILE,
  },
  // Thanks, and no need of the card after a date: "thanks for being patient with me. won't be
  // needing the card after this week", "谢谢你们 过了这周这张卡我就用不上了".
  {
    id: 'thanksNoCardAfterDate',
    family: 'farewell',
    cue: /用不上|不需要|用不着|不用|need/,
    pattern:
      /(?:这周|这个月|下个月|月底|周末|明天|下周|这几天)(?:以后|之后|起)?[^。！？]{0,8}(?:用不上|不需要|用不着|不用)(?:这张卡|这卡|卡)?了|\b(?:won'?t|wont|will not) (?:be )?need(?:ing)? (?:the (?:card|account)|this (?:card|account)|my (?:card|account)|any of (?:this|it)|it|anything)\b[^.?!]{0,10}\bafter (?:this|next|the|tonight|today|tomorrow|\w+day)\b|\bafter (?:this|next|the) (?:week|month|weekend|year)\b[^.?!]{0,20}\b(?:won'?t|wont|will not) (?:be )?need(?:ing)?\b/,
    needs: /谢谢|感谢|多谢|\b(?:thanks?|thank you|grateful)\b/,
    unless: PAYING_OR_NEW_CARD,
  },
  // A veiled end: the calls or the card will soon not be needed, with a last word or a goodbye:
  // "过几天也就不用打了", "最后问一句…反正以后也用不着了", "Goodbye… Won't need the account anymore".
  {
    id: 'cardSoonNotNeeded',
    family: 'farewell',
    cue: /不用|不必|没必要|没人接|用不着|用不到|用不上|need|anyone|anybody|no one/,
    pattern:
      /(?:过几天|过些日子|过阵子|过一阵子?|再过(?:一阵子?|些日子|几天)|用不了多久|没多久)[^。！？]{0,10}(?:(?:也就|就|也)?(?:不用|不必|没必要)(?:再)?打了|(?:也就|就)?没人接了)|(?:最后(?:问一句|说一声|跟你们说一声|一次)|反正)[^。！？]{0,30}以后(?:也)?(?:用不着|用不到|用不上)了|\b(?:won'?t|wont|will not) (?:be )?need(?:ing)? (?:the|this|my) (?:card|account)s? (?:anymore|any more|much longer|for much longer)\b|\bthere (?:won'?t|wont|will not) be (?:anyone|anybody) (?:left )?to (?:pick up|answer)\b/,
    needs:
      /别(?:再)?(?:打|催)|还不上|还不起|最后|反正|\b(?:goodbye|bye|farewell|last message|thanks? (?:you )?for (?:everything|being (?:patient|kind)|all (?:these|the) years)|appreciate (?:you|everything)|stop (?:ringing|calling))\b|🙏/,
    unless: SETTLED,
  },
  // Thanks for the years with an end to bills or the account, no everyday reason: "感谢一直以来的
  // 关照…往后的短信都不用发了", "appreciate … over the years. do whatever you need to with my account".
  {
    id: 'thanksForTheYears',
    family: 'farewell',
    cue: /谢谢|感谢|多谢|appreciat|thank|grateful|farewell/,
    pattern:
      /(?:谢谢|感谢|多谢)[^。！？]{0,16}(?:这么多年|这些年|这几年|一直以来|多年|这段时间以来|这么久)|(?:这么多年|这些年|这几年|一直以来|多年)[^。！？]{0,8}(?:谢谢|感谢|多谢)|\b(?:thank(?:s| you)|appreciate|grateful)\b[^.?!]{0,60}\b(?:over the years|all (?:these|those|the) years|these years|for everything|for putting up with me|all your patience)\b|\bfarewell and thank\w*\b/,
    needs:
      /(?:以后|往后|今后)[^。！？]{0,8}(?:不用|别|不必|没必要)(?:再)?(?:寄|发|打|联系|催)|(?:看着|自己)(?:处理|办)吧|不回来了|\b(?:do (?:whatever|what) you (?:need|want|have) (?:to )?with|however you (?:need|want|like|see fit)|(?:won'?t|wont) have to (?:chase|call|contact|write)|no (?:need|point) (?:to )?(?:send|call|chase|contact|post)\w* [^.?!]{0,20}\b(?:anymore|nobody|no one)|(?:won'?t|wont|will not) be any ?more (?:payments|calls)|stop the (?:letters|calls|statements)|nobody will be here)\b/,
    unless: SETTLED_THANKS,
  },
  // Unreachable after a near time, with a goodbye or the chase dared: "打吧 过了今晚就找不到我
  // 了 再见", "call all you like, from tomorrow you won't reach me".
  {
    id: 'unreachableAfterTonight',
    family: 'farewell',
    cue: /找不到|联系不上|催不到|打不通|没人接|没有我|reach|find me|picks? up|answer|anyone to chase/,
    pattern:
      /(?:明天|今晚|过了(?:今晚|今天|明天)|(?:明天|下周|下个月)(?:起|以后|开始|之后))[^。！？]{0,8}(?:就)?(?:再也)?(?:找不到|联系不上|催不到|打不通)我了|(?:明天|下周)[^。！？]{0,6}(?:这个号|电话)?[^。！？]{0,4}就?没人接了|(?:明天|今晚)(?:以后|之后)?就?没有我这个人了|\b(?:after|from|past) (?:tonight|tomorrow|today|this week)\b[^.?!]{0,30}\b(?:won'?t|can'?t|will not|cannot) (?:find|reach|get hold of|contact|chase) me\b|\b(?:call|ring) (?:again )?tomorrow and (?:nobody|no one|no-one) (?:picks up|answers)\b|\bnobody will (?:answer|pick up) (?:this|my) (?:number|phone) (?:next week|tomorrow|after)\b|\bthere won'?t be (?:anyone|anybody|me) (?:to chase|to call|left)\b/,
    unless: new RegExp(`${AWAY_ERRAND.source}|${EVERYDAY_ERRANDS.source}|${DENIED_PLAIN.source}`),
  },
  // An apology passed on, and done: "can you tell my daughter I'm sorry. i'm done".
  {
    id: 'apologyPassedOn',
    family: 'farewell',
    cue: /对不起|对唔住|对不住|抱歉|我爱|sorry|love/,
    pattern: PASS_ON,
    needs: PASS_ON_NEEDS,
    unless: new RegExp(`${PASS_ON_ERRAND.source}|${DENIED_OR_ON_SCREEN.source}`),
  },
];
