import type { ClassRule } from '../../distressRule.js';

/**
 * Distress reported by someone typing for a relative, or worried about one: a strong sign said
 * (burial clothes ready, going to join a parent who died), things given away, a burden and a
 * letter, "make it all go away for good".
 */

/** Someone typing for another person: a relative, a neighbour, a friend. */
const FOR_SOMEONE =
  /帮(?:我|俺)?(?:妈|爸|娘|爹|阿爸|阿妈|老妈|老爸|奶奶|爷爷|外婆|外公|姐|哥|弟|妹|老公|老婆|舅|姨|叔|婶|邻居|朋友)|我是(?:他|她|佢)(?:的|嘅)?(?:女儿|儿子|老婆|老公|邻居|朋友|同事|室友|同学|姐姐|妹妹|哥哥|弟弟|孙女|孙子)|(?:让|叫)我(?:帮他|帮她|替他|替她)?(?:发|打字|问)|\b(?:(?:this is|it'?s) (?:his|her|their) (?:daughter|son|wife|husband|partner|brother|sister|neighbou?r|friend|flatmate|roommate|housemate|colleague|coworker|grand(?:daughter|son))|(?:typing|writing|messaging) (?:for|on behalf of) (?:my|him|her)|(?:asked|told) me to (?:message|text|write to|contact) you|(?:my|his|her) (?:mum|mom|dad|husband|wife|brother|sister|father|mother|son|daughter|grandma|grandpa|nan) (?:asked|wanted) me to)\b/;

/** Worry said about the person typed for: scared, worried, "what do we do". */
const WORRY =
  /害怕|好怕|有点怕|有点慌|好慌|担心|不对劲|咋办|怎么办|吓人|唔对路|\b(?:scared|worried|worrying|frightened|afraid|what do (?:we|i) do|not like (?:him|her)|something'?s (?:wrong|off))\b/;

/** A death in the message: the one to be joined has died. */
const DIED =
  /去世|过世|走了|走咗|走的|没了|没的|不在了|\b(?:passed|died|dead|late (?:husband|wife|mum|mom|dad))\b/;

/** Relatives one may go to join. */
const KIN_ZH = '(?:爸|妈|娘|爹|老伴|老公|老婆|爷爷|奶奶|外婆|外公)';

const KIN_EN = '(?:mum|mom|dad|my dad|my mum|my mom|grandma|grandpa|his wife|her husband|him|her)';

/** A second sign about a relative: not a burden, ready, going to join someone, talk of the end. */
const SIGN = new RegExp(
  `不想(?:再)?拖累|准备好了|以后不用(?:再)?(?:给(?:他|她))?(?:留|买|做|等)|收拾得干干净净|(?:他|她)(?:走了|不在了|没了)(?:以后|之后)|不用(?:再)?(?:给她|给他)?(?:买药|操心|管)|去(?:找|见|陪|搵|揾)(?:我|俺)?(?:阿)?${KIN_ZH}|活着没(?:意思|劲)|什么意思[^。！？]{0,4}不说|\\b(?:going to see|be with|join) ${KIN_EN}|won'?t talk about|saying goodbye|said goodbye|won'?t (?:be )?need|soon\\b|not a burden|burden`,
);

/** Everyday reasons a relative hands things on or goes to a relative: a grave visit, a move, an estate. */
const RELATIVE_ORDINARY =
  /扫墓|上坟|清明|祭|搬家|住院|遗产|税|律师|公证|打工|\b(?:grave|moving|hospital|for a while|for now|until|rehab|care home|nursing home|new phone|new number|solicitor|lawyer|estate|probate)\b/;

export const REPORTED_BY_FAMILY_RULES: readonly ClassRule[] = [
  // Someone typing for a relative, or worried about one, who says a strong sign: burial clothes
  // ready, "活着没意思", going to join a parent who died, "won't be needing a phone".
  {
    id: 'relativeStrongSign',
    family: 'indirect',
    cue: /准备好|买好|备好|没意思|没劲|以后|之后|以后不用|干干净净|goodbye|join|will not matter|去找|去见|去陪|去搵|去揾|be with|won'?t (?:need|be needing)|won'?t matter/,
    pattern: new RegExp(
      `(?:寿衣|衣服)(?:都|也)?(?:准备|买|备)好了|(?:说|讲|话)(?:她|他|佢)(?:走了|不在了|没了|走咗)(?:以后|之后)|以后不用(?:再)?给(?:他|她)(?:留饭|做饭|买药)|(?:工位|东西|房间)收拾得干干净净|\\b(?:been )?saying goodbye to everyone\\b|活着没(?:意思|劲)|(?:说|话|讲)[^。！？]{0,12}(?:就|要|准备)?去(?:找|见|陪|搵|揾)(?:我|俺)?(?:阿)?${KIN_ZH}|\\b(?:ready|wants|going) to (?:go )?(?:be with|join) ${KIN_EN}\\b|\\bwon'?t (?:be )?need(?:ing)? (?:a|his|her|the) (?:phone|number|card)\\b|\\b(?:card|debt) (?:won'?t|will not) matter soon\\b`,
    ),
    needs: new RegExp(
      `^(?=[^]*(?:${FOR_SOMEONE.source}|${WORRY.source}))(?=[^]*(?:${DIED.source}|${SIGN.source}))`,
    ),
    unless: RELATIVE_ORDINARY,
  },
  // Things given away by a relative, with a second sign: "把存折密码都告诉我了…不想拖累我们",
  // "gave away his watch and tools … going to see Mum soon".
  {
    id: 'relativeGaveThingsAway',
    family: 'indirect',
    cue: /送人|分给|送给|交给|告诉|过户|给了|gave|given|giving|handed/,
    pattern: new RegExp(
      `(?:首饰|衣服|金(?:镯子|链子|戒指)|戒指|手表|存折(?:密码)?|银行卡(?:密码)?|密码|房子|车子|东西)[^。！？]{0,8}(?:都|全)?(?:分给|送给|送人|交给|告诉|过户给|给了)|\\b(?:gave|given|giving|handed) (?:away )?(?:his|her|their) (?:watch|rings?|jewel(?:le)?ry|tools|stuff|things|guitar|clothes|savings|pin|passwords?)\\b`,
    ),
    needs: new RegExp(`^(?=[^]*(?:${FOR_SOMEONE.source}|${WORRY.source}))(?=[^]*(?:${SIGN.source}))`),
    unless: RELATIVE_ORDINARY,
  },
  // A relative reports a burden said and a letter left: "我係佢阿妹…話唔想再拖累屋企，仲寫咗封信",
  // "this is his wife. he keeps saying he doesn't want to be a burden … he left a letter".
  {
    id: 'relativeBurdenAndLetter',
    family: 'farewell',
    cue: /连累|拖累|负累|负担|累赘|burden|weight on|drag|better off/,
    pattern:
      /(?:不想再?|不愿再?)(?:做)?(?:连累|拖累)|(?:系|是)(?:个)?(?:负累|累赘)|只会(?:连累|拖累)|就是(?:连累|拖累)|\b(?:(?:be |being )?a burden (?:on|to)|nothing but a burden|just a (?:weight|burden) on|drag (?:the|my|our|his|her) family down|(?:everyone|we|they)(?:'d| would) be better off)\b/,
    needs:
      /遗书|纸条|字条|(?:一|封|写好的?|留下的?)信|信(?:都|已经)?(?:写好|留|放)|\b(?:letters?|wrote (?:us |me )?(?:a )?notes?|left (?:a |us |me )?notes?|notes? for (?:us|me|the family|everyone)|envelope)\b/,
    unless:
      /律师函|催收函|你们的信|银行的信|\b(?:cover letter|your letter|letter from (?:you|the bank|the court))\b/,
  },
  // A relative reports "make it all go away for good" said with the debt, and no answer now.
  {
    id: 'relativeMakeItGoAway',
    family: 'conditional',
    cue: /go away|disappear|stop/,
    pattern:
      /\b(?:make|making) (?:it all|everything|it|this all) (?:go away|disappear|stop) (?:for good|forever|permanently)\b/,
    needs:
      /\b(?:can'?t|cannot|couldn'?t) (?:pay|clear|cover|make)\b|\b(?:won'?t|wont|isn'?t|not) answer\w*|\bphone(?:'s| is) (?:off|dead)\b/,
    unless: /\b(?:bankrupt\w*|settle\w*|consolidat\w*|iva|debt relief|loan|sell\w*|by paying)\b/,
  },
];
