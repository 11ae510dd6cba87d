import type { ClassRule } from './distressRule.js';

/**
 * Rules by class, round 16: the classes of round S10's misses (heldOutSetS10.ts, seen, an outside
 * debt-advice social worker's round), written again by class in own set S10b (ownSetS10b.ts, tuned
 * on by class, never by item): a veiled end where the calls or the card will soon not be needed
 * ("过几天也就不用打了", "won't need the account anymore" with a goodbye); the card and its details
 * left for family to handle afterwards; a question on the debt after the holder's death, asked for
 * real to spare family; a past attempt and "this time"; cutting again, no place left; a relative
 * reporting "make it all go away for good" and no answer; "won't be alive by then" in passing.
 * Read like the round-9 class rules: never negated away; `needs` / `unless` say when the same
 * words are everyday.
 */

/** Family, as the person names them. */
const FAMILY_ZH = '(?:我)?(?:爸妈|父母|家里人?|家人|妈|爸|老婆|老公|妻子|丈夫|孩子|女儿|儿子|哥|姐|弟|妹)';

/** Paid off, a new card, another bank, a move: the everyday reasons not to need a card. */
const SETTLED =
  /换(?:了)?(?:新)?卡|新卡|换(?:了)?银行|(?<!不)还(?:清|完|上)|结清|注销|销户|发(?:了)?工资|到账|会还|就还|出国|移民|搬家|\b(?:paid (?:it )?off|pay(?:ing)? (?:it )?off|moved banks|moving banks|switch\w*|new (?:card|one)|replacement|moving|abroad|closing it|close it)\b/;

/** Estate planning with a lawyer: the everyday reason to ask what happens to a debt after death. */
const ESTATE = /律师|公证|立遗嘱|\b(?:lawyer|solicitor|attorney|estate plan\w*|(?:our|my) wills?)\b/;

export const ROUND16: readonly ClassRule[] = [
  // A veiled end: the calls or the card will soon not be needed, with a last word or a goodbye:
  // "过几天也就不用打了", "最后问一句…反正以后也用不着了", "Goodbye… Won't need the account anymore".
  {
    family: 'farewell',
    cue: /不用|不必|没必要|没人接|用不着|用不到|用不上|need|anyone|anybody|no one/,
    pattern:
      /(?:过几天|过些日子|过阵子|过一阵子?|再过(?:一阵子?|些日子|几天)|用不了多久|没多久)[^。！？]{0,10}(?:(?:也就|就|也)?(?:不用|不必|没必要)(?:再)?打了|(?:也就|就)?没人接了)|(?:最后(?:问一句|说一声|跟你们说一声|一次)|反正)[^。！？]{0,30}以后(?:也)?(?:用不着|用不到|用不上)了|\b(?:won'?t|wont|will not) (?:be )?need(?:ing)? (?:the|this|my) (?:card|account)s? (?:anymore|any more|much longer|for much longer)\b|\bthere (?:won'?t|wont|will not) be (?:anyone|anybody) (?:left )?to (?:pick up|answer)\b/,
    needs:
      /别(?:再)?(?:打|催)|还不上|还不起|最后|反正|\b(?:goodbye|bye|farewell|last message|thanks? (?:you )?for (?:everything|being (?:patient|kind)|all (?:these|the) years)|appreciate (?:you|everything)|stop (?:ringing|calling))\b|🙏/,
    unless: SETTLED,
  },
  // The card and its details left for family to handle afterwards: "我把卡和身份证都放抽屉里了，
  // 到时候你们联系我老婆就行", "left the card details in one so they can cancel it after".
  {
    family: 'farewell',
    cue: /到时候|以后|之后|往后|after|later/,
    pattern: new RegExp(
      `(?:卡|身份证|密码|存折|房产证|证件)[^。！？]{0,24}(?:放|写|压|装|锁|留)[^。！？]{0,16}(?:到时候|以后|之后|往后)(?:你们)?(?:联系|找|让|叫|问)${FAMILY_ZH}|\\b(?:card|cards|pin|account numbers?|card details|passwords?|details)\\b[^.?!]{0,60}\\bso (?:she|he|they) can (?:cancel|close|sort|deal with|handle|settle|shut)\\b[^.?!]{0,20}\\b(?:after|afterwards|later|when i'?m gone)\\b`,
    ),
    unless:
      /找不到|出差|住院|旅游|\b(?:while i(?:'m| am) (?:away|travel\w*|abroad|on (?:holiday|a trip|vacation)|in hospital)|after (?:my|the) (?:trip|surgery|operation)|move out|moving)\b/,
  },
  // A question on the debt after the holder's death, asked for real to spare family: "如果持卡人
  // 不在了…不想拖累他们", "我走了以后这个账能不能销掉，别去找我爸妈", "asking for real. i need to
  // know my wife wont be stuck with it".
  {
    family: 'farewell',
    cue: /不在了|走了|没了|死了|die|gone|pass/,
    pattern:
      /(?:持卡人|欠款人|借款人|我)(?:要是|如果)?(?:以后)?(?:不在了|走了|没了|死了)|\bif (?:the )?(?:card ?holder|account ?holder|borrower|i) (?:dies?|passes(?: away)?|passed away|(?:was|were|am|'?m) gone)\b|\b(?:once|when|after) i'?m gone\b|\bafter i die\b/,
    needs:
      /(?:不想|别|不要|千万别)(?:再)?(?:拖累|连累|去找|找)|\b(?:wont be stuck|won'?t be stuck|don'?t want (?:them|her|him|my \w+) (?:paying|to pay|stuck|to be stuck)|(?:don'?t|dont|do not) go after|leave (?:my \w+|them) alone)\b/,
    unless: ESTATE,
  },
  // A past attempt and "this time": "我去年吞过一次药没死成…这次想干脆点", "tried once before and
  // it didn't work. this time i won't mess it up".
  {
    family: 'method',
    cue: /这次|这回|下次|this time|next time/,
    pattern:
      /(?:吞过|割过|跳过|喝过|烧过|试过|上过吊|自杀过)[^]{0,40}(?:这次|这回|下次)[^。！？]{0,8}(?:干脆|彻底|不会再失手|不想再失手|不再失手|一定成|做对|狠一点|不会再被救)|\b(?:took an overdose|overdosed|tried (?:once )?before|tried to (?:kill myself|end it)|attempted)\b[^]{0,80}\b(?:this|next) time\b[^.?!]{0,20}\b(?:get it right|won'?t (?:mess|screw|fail)|make (?:sure|it count)|do it properly|no mistakes|for real)\b/,
    needs:
      /没死成|没成|救回来|救了回来|抢救|洗胃|没死|\b(?:survived|didn'?t work|woke up in|pumped|saved me|found me)\b/,
    unless:
      /\b(?:autopay|payment|app|log ?in|transfer|direct debit|form|website|password|exam|test|interview|recipe|diet|pay|phone|meds|medication|dose|prescription|scare)\b|自动还款|转账|考试|面试/,
  },
  // Cutting again, no place left: "又忍不住划手了…胳膊上都没地方了", "running out of places to cut".
  // The cue holds every alternative's own words: "胳膊上都没地方了" said alone is read too (conv17: the
  // property test of ruleScript.test.ts found the pattern matching where the cue had skipped it).
  {
    family: 'method',
    cue: /划|割|cut|没(?:地方|好地方|一块好)/,
    pattern:
      /(?:又|忍不住|控制不住)[^。！？]{0,4}(?:划|割)(?:了)?(?:手(?!机)|手腕|胳膊|腿|自己)|(?:胳膊|手臂|手腕|腿|大腿)上(?:又)?(?:划|割)了|(?:胳膊|手臂|手腕|腿)上(?:都)?没(?:地方|好地方|一块好)|\brunning out of (?:places|room|skin) to cut\b|\bno (?:room|space|places?) left (?:on my \w+ )?to cut\b/,
    unless: /切菜|做饭|不小心|玻璃|纸划|摔|\b(?:cooking|accident\w*|glass)\b/,
  },
  // A relative reports "make it all go away for good" said with the debt, and no answer now.
  {
    family: 'conditional',
    cue: /go away|disappear|stop/,
    pattern:
      /\b(?:make|making) (?:it all|everything|it|this all) (?:go away|disappear|stop) (?:for good|forever|permanently)\b/,
    needs:
      /\b(?:can'?t|cannot|couldn'?t) (?:pay|clear|cover|make)\b|\b(?:won'?t|wont|isn'?t|not) answer\w*|\bphone(?:'s| is) (?:off|dead)\b/,
    unless: /\b(?:bankrupt\w*|settle\w*|consolidat\w*|iva|debt relief|loan|sell\w*|by paying)\b/,
  },
  // "Won't be alive by then", said in passing: "i dont think i'll be alive by then so maybe doesnt
  // matter".
  {
    family: 'hopeless',
    cue: /alive|breathing/,
    pattern:
      /\b(?:(?:don'?t|dont|do not) think i'?ll|(?:won'?t|wont|will not)) be (?:alive|breathing|still alive) (?:by|at|for|when|then|anymore|any more)\b/,
    unless: /\b(?:queue|on hold|hold music|wait(?:ing)? time|bored|boredom)\b/,
  },
];

/**
 * Everyday talk in the words of a rule (read by `round9IsOrdinary`): a phone thrown in a river
 * in anger at an app, a note left for a spouse while travelling.
 */
export const ROUND16_IDIOMS: readonly (readonly [RegExp, RegExp])[] = [
  [
    /\bthrow my phone in the (?:lake|river|sea)\b/,
    /^(?![^]*(?:no one|nobody|never|disappear|gone|for good))[^]*\b(?:app|website|log ?in|password|login|signal|update|bot|hold)\b/,
  ],
  [
    /\bleft (?:a )?notes? for\b/,
    /\bwhile i(?:'m| am) (?:away|travel\w*|abroad|on (?:holiday|a trip|vacation))\b/,
  ],
];

/**
 * Someone else's death told as news, or a plan being confirmed: the learned scorer alone must be
 * surer ("Saw on the news someone took their own life … can I freeze the interest?", "最后问一句，
 * 分期办好了吗？").
 */
export const OTHERS_OR_PLAN =
  // conv19b: a plan asked faster ("make it 400, want it done faster", "早点还完").
  /\b(?:done|paid(?: off)?|over|finished|cleared) (?:faster|quicker|sooner)\b|\bmake it \$?\d|(?:快点|早点|早些|尽快)(?:还完|还清|结清)|(?:看(?:到)?(?:了)?新闻|新闻(?:上|里)|网上看到|听说)[^。！？]{0,10}(?:有人|一个人|某人|一个男的|一个女的|一家)|分期办好|办好了(?:吗|没)|\b(?:saw|read|heard) (?:it )?(?:on|in) the news\b|\bread (?:about|an article about) (?:a|an|someone|some)\b|\bsaw (?:a|an) (?:article|story|report|post) (?:about|on)\b/;
