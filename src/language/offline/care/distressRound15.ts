import type { ClassRule } from './distressRule.js';

/**
 * Rules by class, round 15: the classes of round 14's misses (heldOutSet14.ts, seen), written
 * again by class in own set 15 (ownSet15.ts, tuned on by class, never by item): a relative
 * reporting a burden said and a letter left; a joke with a means whose retraction is undone
 * ("别当真……也可以当真"); a truck or train waited for "one step" away; an after-death question
 * with the decision made; an attempt stopped and told as past (in the water, over the ledge, the
 * pills in the hand); bare weariness with everything; a message to family about where the
 * password is, with an apology; emoji alone with a means or a place; "mind made up" and what the
 * family must not be asked "after"; thanks and no need of the card after a date. Read like the
 * round-9 class rules: never negated away; `needs` / `unless` say when the same words are everyday.
 */

/** A retraction undone: the laugh no longer explains the words away ("也可以当真", "jk… or not"). */
export const UNDONE_JOKE =
  /也可以当真|其实可以当真|(?:也)?不全是(?:开)?玩笑|(?:不过|但是?)(?:我)?认真想过|说真的也(?:不是不行|行)|也许不是|\bor not\b|\bkind of not (?:kidding|joking)\b|\b(?:joking|kidding|jk)\W+(?:mostly|kind of|sort of|or not)\b|\bhalf (?:joking|kidding)\b/;

/** Family, as the person names them. */
const FAMILY_ZH = '(?:我)?(?:爸妈|父母|家里人?|家人|妈|爸|老婆|老公|妻子|丈夫|孩子|女儿|儿子|哥|姐|弟|妹)';
const FAMILY_EN =
  '(?:my )?(?:parents|mum|mom|dad|family|wife|husband|kids|children|son|daughter|sister|brother)';

/** A decision said made. */
const DECIDED =
  /(?:已经|都|早就)(?:决定|想好|打算好|想清楚|想通)了|我决定了|想通了|\b(?:made up my mind|mind is made up|mind'?s made up|made my (?:decision|peace)|(?:i'?ve |ive |i have )?(?:already )?decided(?: already)?|it'?s (?:ok|okay|fine) now|its (?:ok|okay|fine) now)\b/;

/** Paying, a plan, a new card: the everyday reasons for "decided" and "won't need the card". */
const PAYING =
  /分期|还款计划|最低还款|还清|结清|还完|会还|按时还|注销|销户|换卡|新卡|换银行|\b(?:plan|instal+ments?|minimum|paid off|pay(?:ing)? (?:it )?off|pay(?:ing)? (?:it|the rest) in full|cutting it up|new card|replacement|switching|moving banks|close it|closing it)\b/;

export const ROUND15: readonly ClassRule[] = [
  // A relative reports a burden said and a letter left: "我係佢阿妹…話唔想再拖累屋企，仲寫咗封信",
  // "this is his wife. he keeps saying he doesn't want to be a burden … he left a letter".
  {
    family: 'farewell',
    cue: /连累|拖累|负累|负担|累赘|burden|weight on|drag|better off/,
    pattern:
      /(?:不想再?|不愿再?)(?:做)?(?:连累|拖累)|(?:系|是)(?:个)?(?:负累|累赘)|只会(?:连累|拖累)|就是(?:连累|拖累)|\b(?:(?:be |being )?a burden (?:on|to)|nothing but a burden|just a (?:weight|burden) on|drag (?:the|my|our|his|her) family down|(?:everyone|we|they)(?:'d| would) be better off)\b/,
    needs:
      /遗书|纸条|字条|(?:一|封|写好的?|留下的?)信|信(?:都|已经)?(?:写好|留|放)|\b(?:letters?|wrote (?:us |me )?(?:a )?notes?|left (?:a |us |me )?notes?|notes? for (?:us|me|the family|everyone)|envelope)\b/,
    unless:
      /律师函|催收函|你们的信|银行的信|\b(?:cover letter|your letter|letter from (?:you|the bank|the court))\b/,
  },
  // A truck or train waited for, one step away: "每天下班都在那个路口等大货车 就差一步", "i stand at
  // the crossing waiting for the lorries. one step", "总想往车底下冲".
  {
    family: 'method',
    cue: /车|lorr|truck|train|express|traffic|bus|freight/,
    pattern:
      /(?:等|看着?|盯着)[^。！？]{0,8}(?:大货车|大卡车|货车|卡车|火车|车流|渣土车)[^。！？]{0,12}(?:就?差(?:一步|那么一下|一点就)|只差一步|迈一步|迈出去|走(?:过|出)去|冲出去)|往车(?:底下?|轮下|前面?)(?:冲|钻|跳|扑)|\b(?:wait(?:ing)?|stand(?:ing)?|stood|sit(?:ting)?)\b[^.?!]{0,40}\b(?:lorr(?:y|ies)|trucks?|trains?|express|traffic|freight)\b[^]{0,30}\b(?:one step|just a step|a single step|one more step|so close every time)\b|\bstep in front of (?:a|the) (?:bus|train|truck|lorry|car)\b/,
    unless:
      /没赶上|赶上|迟到|错过|上车|坐上|挤上|赶不上|\b(?:late|missed|catch|caught|on time|school run|commute)\b/,
  },
  // An after-death question with the decision made: "如果我以后不在了…会不会影响我女儿…我已经想好
  // 了", "if i die does the debt pass to my wife i've made up my mind".
  {
    family: 'farewell',
    cue: /不在了|走了|死了|没了|die|gone|around|here/,
    pattern:
      /(?:我|人)(?:以后)?(?:不在了|走了|死了|没了)|\bif i (?:die|'?m not (?:around|here) (?:anymore|any more)|am not (?:around|here) (?:anymore|any more))\b|\b(?:when|once|if) i'?m gone\b/,
    needs: DECIDED,
    unless:
      /决定(?:了)?(?:买|选|分期|办|还)|\b(?:decided (?:to|on) (?:buy|get|take|go with|pay)|made my decision on the (?:plan|policy))\b/,
  },
  // An attempt stopped, told as past: "昨晚在江边站了一个多小时 脚都踩进水里了 … 又回来了", "sat on
  // the roof ledge with my legs over the side. came back in", "药都倒在手心了 … 又放回去了".
  {
    family: 'method',
    cue: /江|河|湖|海|水|桥|天台|楼顶|阳台|窗台|栏杆|药|ledge|railing|edge|roof|bridge|river|lake|sea|water|canal|pills/,
    pattern:
      /(?:江|河|湖|海|水库|桥|天台|楼顶|阳台|窗台|栏杆)[^。！？!?]{0,30}(?:(?:脚|腿|鞋|膝盖|腰)[^。！？!?]{0,6}(?:踩进水|悬在外|没过|湿了|跨出去|伸出去)|水(?:都)?没过(?:了)?(?:膝盖|腰|脚踝|胸口)|(?:手|脚)(?:都)?松开(?:了)?栏杆|翻过(?:了)?栏杆)|(?:药|安眠药|药片)(?:都)?(?:倒在|攥在|握在|拿在)手(?:心|里)|\blegs? (?:over|dangling over) the (?:side|edge)\b|\bwrong side of the (?:\w+ )?(?:railing|barrier|fence|rail)\b|\b(?:walked|waded|went|stood) (?:into|in) the (?:lake|sea|river|water|canal|reservoir)\b[^.?!]{0,30}\bup to my (?:waist|chest|neck|shoulders)\b|\bhad the pills in my hand\b/,
    needs:
      /又?(?:回来|下来|回家|走回来|放回去|爬回来|退回来)|被(?:人)?(?:叫住|拉住|拉回来)|最后还是|\b(?:came (?:back|down|in)|climbed (?:back|down)|turned (?:around|back)|put (?:them|it) (?:back|down)|stepped back|walked back|someone (?:walked past|stopped me|called))\b/,
    unless:
      /游泳|钓鱼|散步|晒|(?<!开)玩|度假|旅游|赶海|\b(?:swim(?:ming)?|fishing|paddl\w+|surf\w*|holiday|photos?|beach|playing)\b/,
  },
  // Weariness with everything, said alone: "对一切都累了", "tired of everything".
  {
    family: 'hopeless',
    cue: /累|tired|sick|done|exhausted|weary/,
    pattern:
      /^\s*(?:我)?(?:真的)?(?:对)?(?:什么|一切|所有(?:的)?(?:事|事情)?)(?:都|全都)(?:好)?累了?\s*$|^\s*(?:i'?m |im |i am )?(?:so |just |really )?(?:tired|sick|done|exhausted|weary) (?:of|with) (?:everything|it all|all of it|life|everyone and everything)\s*[.!]*\s*$/,
  },
  // Where the password is, told to family, with an apology: "Tell my mum the password is in the
  // blue notebook. I'm sorry.", "跟我妈说密码在抽屉里的本子上 对不起".
  {
    family: 'farewell',
    cue: /跟|告诉|转告|tell|let/,
    pattern: new RegExp(
      `(?:跟|告诉|转告)${FAMILY_ZH}(?:说)?[^。！？]{0,6}(?:密码|钥匙|保险单|存折|银行卡|遗嘱)[^。！？]{0,6}(?:在|放在|写在)|\\b(?:tell|let) ${FAMILY_EN}(?: know)?\\b[^.?!]{0,20}\\b(?:passwords?|pin|key|keys|policy|will|documents?)\\b[^.?!]{0,10}\\b(?:is|are)\\b[^.?!]{0,6}\\b(?:in|under|behind|on)\\b`,
    ),
    needs: /对不起|抱歉|\bsorry\b/,
    unless: /\bsorry (?:for|about) the (?:hassle|trouble|delay|wait|confusion)\b|麻烦(?:你们)?了/,
  },
  // Emoji alone, a means or a place with a sad face: "😔🌉", "🔪😔" (spelled out by careNormalise: 🌊 water).
  {
    family: 'method',
    cue: /knife|pills|rope|gun|bridge|coffin|blood|water/,
    pattern:
      /^\s*(?:(?:😞|😔|😢|😭|😣|😫|😩|💔|🥀|😿)\s*)*(?:knife|pills|rope|gun|bridge|coffin|blood|water)\s*(?:(?:knife|pills|rope|gun|bridge|coffin|blood|water|😞|😔|😢|😭|😣|😫|😩|💔|🥀|😿)\s*)*$/,
    needs: /😞|😔|😢|😭|😣|😫|😩|💔|🥀|😿/,
  },
  // The mind made up and what the family must not be asked afterwards: "ive made up my mind its ok
  // now. pls dont call my parents abt the card after", "想通了 之后别去找我家里人要钱".
  {
    family: 'farewell',
    cue: /以后|之后|到时候|往后|after|later|done/,
    pattern: new RegExp(
      `(?:以后|之后|到时候|往后)(?:也)?(?:别|不要|不用)(?:再)?[^。！？]{0,6}${FAMILY_ZH}|\\b(?:don'?t|dont|do not)\\b[^.?!]{0,10}\\b(?:ring|call|contact|bother|go after|chase|text)\\b[^.?!]{0,4}${FAMILY_EN}\\b[^.?!]{0,30}(?:\\bafter\\b|\\bafterwards\\b|\\bonce it'?s done\\b|\\bwhen it'?s done\\b|\\blater\\b)`,
    ),
    needs: DECIDED,
    unless: PAYING,
  },
  // Thanks, and no need of the card after a date: "thanks for being patient with me. won't be
  // needing the card after this week", "谢谢你们 过了这周这张卡我就用不上了".
  {
    family: 'farewell',
    cue: /用不上|不需要|用不着|不用|need/,
    pattern:
      /(?:这周|这个月|下个月|月底|周末|明天|下周|这几天)(?:以后|之后|起)?[^。！？]{0,8}(?:用不上|不需要|用不着|不用)(?:这张卡|这卡|卡)?了|\b(?:won'?t|wont|will not) (?:be )?need(?:ing)? (?:the (?:card|account)|this (?:card|account)|my (?:card|account)|any of (?:this|it)|it|anything)\b[^.?!]{0,10}\bafter (?:this|next|the|tonight|today|tomorrow|\w+day)\b|\bafter (?:this|next|the) (?:week|month|weekend|year)\b[^.?!]{0,20}\b(?:won'?t|wont|will not) (?:be )?need(?:ing)?\b/,
    needs: /谢谢|感谢|多谢|\b(?:thanks?|thank you|grateful)\b/,
    unless: PAYING,
  },
];

/**
 * Everyday talk in the words of any rule (read by `round9IsOrdinary`): "你们要逼死我啊" said of the
 * calls by someone who says when they will pay.
 */
export const ROUND15_IDIOMS: readonly (readonly [RegExp, RegExp])[] = [
  [
    /逼死/,
    /^(?![^]*(?:去死|想死|不想活|跳|还不上|还不起))[^]*(?:(?:又)?不是不还|没说不还|发了?(?:工资|薪)就还|工资[^。！？]{0,6}(?:发|到)|(?:月底|下周|明天|\d+号)(?:就|一定|会)?还|会还的?|说了[^。！？]{0,4}还)/,
  ],
];
