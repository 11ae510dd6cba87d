import type { ClassRule } from './distressRule.js';

/**
 * Rules by class, round 14: the classes of own set 14 (ownSet14.ts, tuned on by class, never by
 * item) that the rules of rounds 7-13 missed: a method asked about under a cover story, pets or
 * children provided for "after I'm gone", a bare goodbye after bad news, things handed out and
 * nothing left, a last message "for good", who gets what and "whatever's left", a means put
 * together (charcoal and tape, pills saved up), "won't need anything" after a date, "checking
 * out" once something is over, a place "no bill can reach". Read like the round-9 class rules:
 * never negated away; `needs` / `unless` say when the same words are everyday.
 */

/** A cover story: asking for someone else, for a story, in theory. */
export const COVER =
  /帮(?:我)?(?:朋友|别人|同事|同学|表哥|表姐|表弟|表妹|亲戚)问|替(?:我)?(?:朋友|别人|同事|同学|表哥|表姐|表弟|表妹|亲戚)问|(?:我)?(?:一个|有个)朋友想(?:知道|问)|随便问问|好奇问(?:一下|下)|假如|假设|理论上|写小说|\b(?:asking for a friend|for a friend|my (?:friend|mate|cousin|buddy) (?:wants|wanted|asked) to know|hypothetically|in theory|theoretically|for a (?:story|novel|book|script)|just curious|purely academic|out of curiosity|asking for someone)\b/;

/** What a method question asks: how many pills not to wake, how high, how to seal a room, if I killed myself. */
const METHOD_ASKED_ZH =
  '(?:(?:吃|吞|服)(?:多少|几)(?:片|粒|瓶|颗)[^。！？?]{0,12}(?:不醒|醒不过来|没救|会死|能死|致死|出事|过去)|烧炭[^。！？?]{0,12}(?:怎么|要多久|多久|封)|(?:门窗|窗户|门缝)[^。！？?]{0,6}(?:怎么|如何)封|(?:从)?(?:几|多少)楼[^。！？?]{0,8}(?:跳|下去|没救|一定|肯定)|(?:怎么|如何|哪种)(?:死|自杀)[^。！？?]{0,6}(?:不疼|不痛|最快|最好|没痛苦)?|(?:要是|如果)我自杀)';
const METHOD_ASKED_EN =
  '(?:how many (?:sleeping )?(?:pills|tablets|of (?:these|them))\\b[^?]{0,40}\\b(?:not wake|never wake|to die|to do it|would it take|does it take|it takes|lethal|fatal)|\\b(?:not|never) (?:to )?wake up\\b|charcoal\\b[^?]{0,30}\\b(?:sealed|seal|closed|how long)|\\bhow long does charcoal\\b|\\b(?:which|what) (?:bridge|building|roof|cliff|floor)\\b[^?]{0,30}\\b(?:high enough|tall enough|enough to)|\\bhigh enough\\b|\\b(?:most )?painless (?:way|method) to (?:go|die)|\\bmost painless way\\b|\\bif i (?:killed|kill) myself\\b|\\blethal dose\\b|\\bhow to (?:hang|overdose)\\b)';

/** Bad news just told: an eviction, a lost job or home, a court or a lender said no. */
const BAD_NEWS =
  /传票|判决|判了|败诉|输了|官司|被(?:辞|裁|开除)|工作(?:也)?没了|失业|房子(?:也)?(?:要)?(?:被)?(?:收走|收回|拍卖|没了)|被赶出来|离婚|确诊|\b(?:eviction|evicted|lost (?:the|my) (?:job|house|home|flat|case|kids)|court said no|(?:lost|lose) the (?:case|appeal|hearing)|judge(?:ment)? (?:went|came)|bankrupt|repossess\w*|foreclos\w*|changed the locks|fired|laid off|let go|diagnos\w+|custody)\b/;
/** A goodbye that closes more than a chat. */
const LAST_GOODBYE =
  '(?:永别了?|各位保重|大家保重|再见了(?:各位|大家|朋友们)?|谢谢你们这些年|拜拜了?\\s*各位|\\bgoodbye (?:everyone|all|everybody|world)\\b|\\bbye (?:all|everyone|everybody|world)\\b|\\bfarewell\\b|\\bthis is goodbye\\b|\\bthanks for everything\\W+bye\\b)';

/** Everyday reasons for the same words: a trip, a move, a stay in hospital, a new number. */
const AWAY_FOR_A_WHILE =
  /出差|出国|旅游|度假|住院|手术|打工|上班|搬家|换号|新号|\b(?:holiday|vacation|trip|abroad|hospital|surgery|moving|work|deployment|new (?:number|phone)|changing numbers?|for (?:a|two|three|\d+) (?:weeks?|months?|days?)|until i'?m back|while i'?m away)\b/;

export const ROUND14: readonly ClassRule[] = [
  // A method asked about under a cover story: "帮朋友问的 吃多少片安眠药能睡过去不醒", "asking
  // for a friend, how many pills …", "for a story: how long does charcoal in a sealed room take".
  {
    family: 'method',
    cue: /多少|几|怎么|如何|哪种|自杀|烧炭|how many|wake|charcoal|enough to|high enough|painless|killed myself|kill myself|lethal|hang|overdose/,
    pattern: new RegExp(`${METHOD_ASKED_ZH}|${METHOD_ASKED_EN}`),
    needs: COVER,
    unless:
      /医生|药店|说明书|剂量表|\b(?:my (?:doctor|pharmacist)|prescribed|safe dose|safely|allergic|paracetamol for (?:a|my) (?:cold|headache)|bbq|grill|camping)\b/,
  },
  // Pets or children provided for after "I'm gone": "我走了以后 我家猫麻烦谁帮忙养", "the kids will
  // be fine with their dad once i'm gone", "that was the last thing to sort before i go".
  {
    family: 'farewell',
    cue: /以后|之后|等我|要是我|反正我|gone|before i go/,
    pattern:
      /我(?:走|死|没|不在)了?(?:以后|之后)|(?:等|要是)我(?:走|死|不在)了|反正我(?:也)?(?:不在了|要走了)|\b(?:after|when|once|for when) i'?m gone\b|\bbefore i go\b(?=\s*[.!,]|\s*$)/,
    needs:
      /猫|狗|宠物|孩子|娃|儿子|女儿|闺女|\b(?:cat|dog|pets?|kids?|children|son|daughter|puppy|kitten|budgie|rabbit)\b/,
    unless: AWAY_FOR_A_WHILE,
  },
  // A goodbye after bad news: "法院传票到了 好的 再见了 谢谢你们这些年", "lost the job, lost the
  // house. thanks for everything. bye.", "court said no. that's it then. farewell".
  {
    family: 'farewell',
    cue: /永别|保重|再见了|这些年|拜拜|goodbye|bye|farewell/,
    pattern: new RegExp(LAST_GOODBYE),
    needs: BAD_NEWS,
    unless:
      /下次|明天|回头|再聊|再联系|分期|延期|\b(?:talk (?:later|soon|tomorrow)|call me|speak soon|see you|plan|pause|extension)\b/,
  },
  // Everything over and goodbye said: "都结束了 拜拜 各位保重", "that's it then. goodbye".
  {
    family: 'farewell',
    cue: /结束了|that'?s it/,
    pattern: new RegExp(
      `(?:都|一切都|全都)结束了[^。！？]{0,12}${LAST_GOODBYE}|\\bthat'?s it then\\b[^?]{0,12}${LAST_GOODBYE}`,
    ),
    unless: /活动|比赛|会议|考试|课|节目|\b(?:game|match|meeting|exam|class|show|call|season|sale)\b/,
  },
  // Things handed out and nothing left but the card: "我的吉他 我的书 都分出去了 最后就只剩你们这张卡",
  // "gave my car to my brother, won't need them where i'm going".
  {
    family: 'farewell',
    cue: /(?:分|送|捐)(?:出去|掉|光)|where i'?m going/,
    pattern:
      /(?:都|全)(?:分|送|捐)(?:出去|掉|光)了|\bwon'?t (?:be )?need(?:ing)? (?:them|it|those|these|anything|any of (?:it|them)) where i'?m going\b/,
    needs: /只剩|就剩|用不上|用不着|不需要|最后|\bwhere i'?m going\b/,
    unless: /搬家|出国|断舍离|\b(?:moving|abroad|declutter\w*)\b/,
  },
  // A last message "for good": "final text before i log off for good", "最后一条消息 以后再也不会发了".
  {
    family: 'farewell',
    cue: /final|last|for good|最后一条/,
    pattern:
      /\b(?:final|last) (?:text|message|msg|words?|post)\b[^?]{0,40}\b(?:for good|forever|ever|to anyone|from me)\b|\blog(?:ging)? off for good\b|\bsigning off for good\b|最后一条(?:消息|信息|短信)[^。！？]{0,12}(?:再也|永远|以后不会)/,
    unless: AWAY_FOR_A_WHILE,
  },
  // Who gets what, and the debt from whatever is left: "made a list of who gets what".
  {
    family: 'farewell',
    cue: /who gets what|谁拿什么|留给谁/,
    pattern: /\bwho gets what\b|什么东西留给谁|谁拿什么/,
    needs:
      /剩下|以后|不在|\b(?:whatever'?s left|what'?s left|after i'?m gone|when i'?m gone|before i go|goodbye|letters?|funeral)\b/,
    unless:
      /律师|公证|\b(?:solicitor|lawyer|notary|estate plan\w*|my (?:parents|grandparents|mum|mom|dad)'?s?)\b/,
  },
  // A means put together: charcoal with tape and a closed space; pills saved up.
  {
    family: 'method',
    cue: /charcoal|炭|sav|stockpil|stash|hoard|攒/,
    pattern:
      /\bcharcoal\b[^.?!]{0,30}\b(?:duct )?tape\b|\b(?:duct )?tape\b[^.?!]{0,30}\bcharcoal\b|\bcharcoal\b[^.?!]{0,40}\b(?:garage|car|sealed)\b|\b(?:saving up|saved up|stockpil\w+|stash(?:ed|ing)|hoard(?:ed|ing))\b[^.?!]{0,24}\b(?:pills|tablets|meds|medication|painkillers|sleepers)\b|\b(?:pills|tablets|meds|painkillers)\b[^.?!]{0,12}\b(?:stashed|stockpiled|saved up|hoarded)\b|(?:炭|木炭)[^。！？]{0,16}(?:车里|车库|胶带)|攒(?:了|够了?)[^。！？]{0,10}(?:安眠药|药片|止痛药)/,
    unless:
      /烧烤|露营|取暖|火锅|\b(?:bbq|barbecue|grill|camping|campfire|for (?:the )?(?:trip|holiday)|for my (?:trip|holiday))\b/,
  },
  // A means held at a height for a long time: "拿着绳子在阳台站了一夜", "sat on the balcony all night
  // with the rope".
  {
    family: 'method',
    cue: /绳|rope|noose/,
    pattern:
      /(?:拿着|攥着|握着|带着)(?:一根|那根)?绳子?[^。！？]{0,8}(?:阳台|楼顶|天台|房梁|窗边|桥上)[^。！？]{0,4}(?:站|坐|待)了(?:一宿|一夜|一晚上|一整夜|很久|好久|半天|几个小时)|\b(?:stood|sat|stayed) (?:on|at|by) the (?:balcony|roof|beam|bridge)\b[^.?!]{0,30}\bwith (?:the|a|my) (?:rope|noose)\b|\bwith (?:the|a|my) (?:rope|noose)\b[^.?!]{0,30}\b(?:all night|for hours)\b/,
    unless: /晾|晒|搬家|打包|露营|\b(?:washing|laundry|camping|climbing|moving)\b/,
  },
  // Needing nothing after a date: "after payday i won't need the card, or anything really".
  {
    family: 'indirect',
    cue: /anything|什么都|啥都|任何东西/,
    pattern:
      /\bwon'?t need\b[^.?!]{0,30}\bor anything\b|\b(?:won'?t|will not|wont) need anything (?:anymore|any more|ever again|after (?:that|this|then)|at all|really)\b|(?:什么|啥)都不(?:需要|用)了|再也不需要任何东西/,
    unless: /\b(?:or anything else from you|anything else today)\b|还有什么|别的都不需要/,
  },
  // Checking out once something is over: "once my daughter's wedding is over i'm checking out".
  {
    family: 'indirect',
    cue: /checking out|check out/,
    pattern:
      /\b(?:i'?m|im|i am|i'?ll be|gonna be) (?:checking|check) out\b(?!\s+(?:of|the|at|from|your|this|that|some|a)\b)/,
    needs: /\b(?:once|after|when|by|tonight|for good|permanently|forever|over)\b/,
    unless: /hotel|airbnb|hostel|library|cart|basket|\b(?:room|store|shop|book|groceries|stay)\b/,
  },
  // A means or a place looked at "for the wrong reasons": "i keep looking at the train schedule for
  // the wrong reasons", "天天查高铁时刻表 不是为了坐车".
  {
    family: 'indirect',
    cue: /wrong reasons?|不是为了/,
    pattern:
      /\bfor (?:all )?the wrong reasons?\b|(?:时刻表|铁轨|站台|桥|楼顶|天台|药)[^。！？]{0,10}不是为了(?:坐车|出门|旅游|看病|吃|拍照|乘凉)/,
    needs:
      /\b(?:trains?|tracks|railway|schedule|timetable|bridge|pills|rope|roof|cliff|ledge|height|balcony|medicine|platform|motorway|overpass)\b|时刻表|铁轨|站台|桥|楼顶|天台|药/,
    unless:
      /\b(?:job|dating|dated|relationship|married|marry|movie|film|show|school|course|hired|election|famous|in the news)\b/,
  },
  // Gone where nothing can reach: "somewhere no bill can reach me", "去一个没有账单的地方 不回来了",
  // "after this weekend there's nobody left to chase".
  {
    family: 'indirect',
    cue: /somewhere|place|nobody|no one|noone|地方/,
    pattern:
      /\b(?:somewhere|a place) (?:where )?(?:no|none of (?:the|your)) (?:bills?|debts?|letters?|calls?|collectors?|one|statements?) (?:can|will|could) (?:reach|find|follow|get to)\b|\b(?:nobody|no one|noone) (?:left )?to (?:chase|collect from|send (?:it|them|the bills?) to)\b|去一个没有(?:账单|债|催收|人)[^。！？]{0,6}的地方[^。！？]{0,10}(?:不回来|回不来|永远)/,
    unless: /\b(?:paid|settled|closed|cleared|holiday|vacation)\b|还清|结清|旅游/,
  },
];

/**
 * Everyday talk in the words of any rule (read by `round9IsOrdinary`): a death of someone else told
 * as news ("我一个同事上周自杀了"), a last message from an old number, hopeless about a debt and
 * asking for options.
 */
export const ROUND14_IDIOMS: readonly (readonly [RegExp, RegExp])[] = [
  [
    /自杀|suicide|took (?:his|her|their) own life/,
    /^(?![^]*(?:我也|跟着|跟(?:他|她)(?:去|走)|\bme too\b|\bjoin (?:him|her)\b))[^]*(?:(?:同事|朋友|同学|邻居|亲戚|舅舅|叔叔|表哥|表姐|堂哥|老乡)[^。！？]{0,6}自杀(?:了|身亡)|\b(?:friend|colleague|coworker|neighbou?r|cousin|uncle|brother|classmate)\b[^.?!]{0,12}\b(?:took (?:his|her|their) own life|died by suicide|committed suicide)\b)/,
  ],
  [
    /最后一条|last message/,
    /换(?:了)?(?:手机)?号|新号|旧号|\b(?:changing|new|old) (?:numbers?|phones?)\b|\bfrom this (?:one|number)\b/,
  ],
  [
    /\bhopeless\b/,
    /\bhopeless about (?:this|the|my) (?:debt|balance|situation)\b[^]*\b(?:options|plan|what can i do)\b/,
  ],
];
