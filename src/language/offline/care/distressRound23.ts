import type { ClassRule } from './distressRule.js';

/**
 * Rules by class, round 23: the classes named from the wording of an outside round's blind half
 * (measured, now closed), each written again in new phrasings in the own check set
 * `check-s15.json` before a rule changed (measured once before and once after, never fitted):
 * not being here after tonight and asking whether the debt will chase the family; asking whether
 * life insurance pays if one's own death looks like an accident; going to sleep and not waking up
 * to spare everyone the trouble, said with a laugh. Read like the round-9 class rules: never
 * negated away; `needs` / `unless` say when the same words are everyday.
 */

/** Family, or the debt passed on: "追我阿媽", "go after my wife", "使唔使幫我還". */
const DEBT_TO_FAMILY =
  /(?:阿?媽|阿?妈|阿?爸|老婆|老公|屋企人?|家里人?|家人|爸妈|父母|儿子|女儿|仔|女|孩子|细路)[^。！？]{0,10}(?:还|還|追|找|算|背|承担|負責|负责|俾|畀)|(?:追|找|算到|落到|轉到|转到)[^。！？]{0,6}(?:阿?媽|阿?妈|阿?爸|老婆|老公|屋企|家里|家人|爸妈|父母|儿子|女儿|孩子)|\b(?:go(?:es)? after|chase|pass(?:es)? to|fall(?:s)? on|pay (?:it )?off|inherit|come after|hound)\b[^.?!]{0,30}\b(?:my )?(?:mum|mom|dad|wife|husband|family|kids|children|son|daughter|parents|partner)\b|\b(?:my )?(?:mum|mom|dad|wife|husband|family|kids|children|son|daughter|parents|partner) (?:have|has|need|needs) to pay\b|\bdie with me\b/;
/** Away for an everyday reason: travel, a move, a place named. */
const AWAY_ERRAND =
  /香港|国内|國內|国外|外國|外国|出国|出國|移民|留学|出差|旅行|旅游|公司|屋企度|家里|在家|搬家|飞|機場|机场|\b(?:flying|flight|abroad|holiday|vacation|travel\w*|trip|moving|office|work|voicemail|call me back|leave a message|overseas|passed away|died)\b/;

/** Life insurance or a policy, and a claim on it. */
const INSURANCE =
  /保险|保險|寿险|壽險|保单|保單|身故险|意外险|\b(?:life insurance|insurance|policy|payout|pay out|claim)\b/;
/** Someone else's death, or a real accident told: the question is about them or an injury. */
const OTHERS_CLAIM =
  /我(?:爸|妈|老公|老婆|爷|奶)[^。！？]{0,6}(?:去世|过世|走了|死了|出车祸)|受益人|摔伤|骨折|旅行|\b(?:my (?:dad|mum|mom|husband|wife|father|mother|brother|sister|son|daughter)(?:'s)? (?:died|passed|was killed)|broke my|injur\w*|travel|abroad|skiing|beneficiary)\b/;

/** Not waking up, after sleep. */
const NOT_WAKING =
  "(?:(?:睡|瞓)[^。！？，,]{0,8}(?:不醒|别醒|唔好再醒|唔再醒|不要再醒|醒不来|醒不过来|醒唔返|不再醒)|\\b(?:sleep|nap|asleep|bed)\\b[^.?!]{0,25}\\b(?:not|never|n'?t) (?:to )?wake(?: up)?\\b|\\b(?:just )?(?:didn'?t|did not|don'?t|never) wake up\\b|\\bsleep forever\\b)";
/** Sparing others: the trouble, a burden, everyone better off. */
const SPARING =
  '(?:省得|省事|唔使再?|不用再?|免得)[^。！？]{0,8}(?:麻烦|麻煩|拖累|负担|負擔|添麻烦|省事)?|(?:拖累|负担|負擔|添麻烦)|\\b(?:saves? (?:everyone|every1|them|my family|you all)|(?:one )?less (?:trouble|problem|hassle|burden)|no (?:more )?(?:trouble|burden) (?:for|to)|(?:a |the )?burden|better off|everyone the (?:trouble|hassle|bother))\\b';

/** Said with a laugh, and still serious: not waking up to spare the others. */
export const SLEEP_AND_SPARE = new RegExp(
  `${NOT_WAKING}[^]{0,40}?(?:${SPARING})|(?:${SPARING})[^]{0,40}?${NOT_WAKING}`,
);

export const ROUND23: readonly ClassRule[] = [
  // Not here after tonight, and the debt on the family: "如果我今晚之後唔喺度，張卡嘅數會唔會追我阿媽",
  // "if i'm not here after tonight will the card debt go after my wife".
  {
    family: 'indirect',
    cue: /唔喺|不在|走了|走咗|here|around|gone/,
    pattern:
      /(?:今晚|聽日|听日|明天|明日|过了今晚|過咗今晚|之後|之后|以后|以後)[^。！？，,]{0,4}(?:(?:應該|应该|就|都|已经)?(?:唔喺度|唔喺(?:喇|啦|了)|不在了|不在世|不在这里|不在这儿)|走咗)|(?:如果|要是|假如|万一)我(?:真的)?(?:不在了|唔喺度|不在这里|走咗|走了)|\b(?:i'?m|i am|i'?ll be|i will be) (?:not|no longer) (?:here|around)\b[^.?!,]{0,20}\b(?:after|by|past|anymore|tomorrow)\b|\b(?:won'?t|wont|will not) be (?:here|around)\b(?! (?:at|on|for|till|until|between|long|this afternoon)\b)|\bwhen i'?m gone after\b/,
    needs: DEBT_TO_FAMILY,
    unless: AWAY_ERRAND,
  },
  // Insurance if one's own death looks like an accident: "如果我睇落似意外噉走咗，份人壽保險賠唔賠",
  // "does life insurance pay out if it looks like an accident? asking about me".
  {
    family: 'indirect',
    cue: /意外|车祸|車禍|死|身故|走咗|accident/,
    pattern:
      /(?:看起来|看上去|看着|睇落|似|像是?|装成|裝成|弄成|伪装成|偽裝成)[^。！？]{0,2}(?:意外|车祸|車禍)|(?:如果|要是|假如)(?:我|自己)[^。！？]{0,6}(?:出意外|出车祸)?(?:死了|死咗|走咗|身故)|自己[^。！？]{0,6}(?:意外|车祸|車禍)(?:死了|死咗|身故)|\b(?:look(?:s|ed)?|seem(?:s|ed)?|made it look|make it look) (?:like )?(?:an |a )?(?:car )?accident(?:al)?\b|\baccident\b[^]{0,80}\basking (?:for|about) (?:me|myself)\b/,
    needs: INSURANCE,
    unless: OTHERS_CLAIM,
  },
  // Not waking up to spare the others: "guess ill just go to sleep and not wake up, saves everyone
  // the trouble lol", "瞓落去唔好再醒就最好，唔使再拖累屋企人".
  {
    family: 'euphemism',
    cue: /醒|wake|forever/,
    pattern: SLEEP_AND_SPARE,
    unless:
      /自然醒|中午|晏晝|明天醒|\b(?:till|until) (?:noon|lunch|\d+)|call me|deal with (?:it|this|the)|sort (?:it|the)|pay it\b/,
  },
];

/**
 * Everyday talk in the words of any rule: "这罚息简直要逼死人，我要投诉" (a fee complained of),
 * "我走了以后卡还能用吗？我下周移民" (leaving the country).
 */
export const ROUND23_IDIOMS: readonly (readonly [RegExp, RegExp])[] = [
  [
    /逼死/,
    /^(?![^]*(?:去死|想死|不想活|活不|活到|活着|跳|楼顶|天台|药|绝路|結束|结束|了结|遗书|自杀))[^]*(?:投诉|投訴|12378|银保监|金融监管|消协|退回|退还|凭什么|罚息|罰息|手续费|手續費|年费|年費|利息)/,
  ],
  [/wake/, /\b(?:till|until) (?:noon|lunch|\d+)|\bcall me (?:on )?\w*day\b/],
  [/走了/, /^(?![^]*(?:不想活|撑不|扛不|死))[^]*(?:移民|出国|出國|留学|搬家|回国|出差|调去|去外地)/],
];

/**
 * Annoyance said in words of the mind ("i'm going to lose my mind if i get one more robocall",
 * "再收到一个推销电话我就要疯了"): about a call, a queue or an app, not a check-in by itself.
 */
export const ANNOYANCE =
  /^(?![^]*(?:死|活|跳|药|结束|自杀|\b(?:die|dead|kill|end it|suicid\w*|pills|note|bridge|roof|miss me|gone)\b))(?=[^]*(?:疯|瘋|癲|崩溃|\b(?:lose my mind|losing my mind|lose it|going (?:insane|crazy)|driving me (?:crazy|insane|nuts|up the wall)|scream)\b))[^]*(?:电话|電話|客服|人工|app|网站|推销|营销|短信|\b(?:robocall\w*|calls?|texts?|on hold|hold music|app|website|spam|emails?|button)\b)/;

/**
 * Going to bed, said plainly ("gonna sleep now", "going to sleep early tonight", "今晚早点睡"): the
 * scorer read these as distress (3.0–3.6 against the bar 2.8). Without a word of not waking, for
 * good, farewell, pills or death, the scorer alone must be twice as sure and does not check in;
 * the rules still judge ("sleep forever", "睡了就不想醒").
 */
export const PLAIN_SLEEP =
  /^(?![^]*(?:永远|不醒|醒不来|不想醒|长眠|长睡|再也|一睡不起|永别|再见|对不起|药|死|结束|解脱|走了|告别|一直睡|\b(?:forever|for good|never|wake|waking|stay|anymore|peace|peaceful|eternal|long sleep|last|goodbye|bye|farewell|sorry|pills?|die|dead|death|end|over|gone|miss me|note)\b))(?=[^]*(?:睡|\b(?:sleep|asleep|bed|nap)\b))/;
