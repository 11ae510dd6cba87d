import type { ClassRule } from '../../distressRule.js';
import { DENIED_OR_ON_SCREEN, DENIED_WITH_LAUGH } from '../sharedWords.js';

/**
 * Veiled farewells in writing: a letter or note left for family, to be read later or after the
 * end, or naming the card someone will close.
 */

/** Family, as the person names them. */
const KIN_ZH =
  '(?:我)?(?:两个|每个|几个)?(?:孩子|儿子|女儿|老婆|老公|妻子|丈夫|妈|爸|爸妈|父母|家里人?|家人|哥|姐|弟|妹)';

const KIN_EN =
  '(?:each of |all of )?(?:my )?(?:kids|children|son|daughter|mum|mom|mother|dad|father|parents|wife|husband|partner|sister|brother|family|girlfriend|boyfriend)';

/** A note or letter: what is in it and who closes the card after. */
const NOTE_EN =
  /\b(?:wrote|written|writing|finished|left|leaving|done|rewrote|rewritten)\b (?:the|my) (?:note|letters?|goodbyes?)\b|\bthe (?:note|letter)(?:'s| is| has been) (?:done|written|finished|ready|sealed)\b|\b(?:note|letter)s? (?:i'?m|i am) leaving\b|\bmy goodbyes? (?:are|is) (?:written|in|done|ready)\b|\b(?:one|a) letter (?:to|for) each of\b/;

const NOTE_ZH =
  /(?:留了?|写好了?|写完了?|改了好几遍|放在)[^。！？]{0,8}(?:一封|几封|那封)?(?:信(?![用息号誉任心箱贷])|纸条|最后(?:几句|的)?话|写给[^。！？]{0,4}的话)|(?:那封|这封|给[^。！？]{0,6}的)信(?:我)?(?:写好|写完|改了)|最后(?:几句|的)话[^。！？]{0,6}(?:写|放|存)/;

/** Who will close the card, or a card detail put in the note. */
const NOTE_CARD =
  /卡号|密码|销卡|销户|注销|欠款|欠你们|欠的|对不起|直接找|\b(?:account|card|balance|owe|debt|close|cancel|pin|password|number|last (?:4|four)|sorry)\b/;

const NOTE_ERRAND =
  /授权|委托|投诉|总行|去世|过世|遗产|继承|(?:爸|妈|父亲|母亲|老公|老婆|爷爷|奶奶|外公|外婆)[^。！？]{0,3}(?:走了|没了|不在了)|住院|出差|出国|年费|扣错|申请|给你们|寄|说明|解释|协商|减免|\b(?:to (?:you|the bank|your)|job|company|colleagues|farewell party|moving|emigrat\w*|complain\w*|authority|authori[sz]\w*|executor|attorney|recorded delivery|on (?:my|his|her) behalf|passed|died|hospital|abroad|away|dispute|fees?|refund|statement|address|cover letter|application|landlord|sick note|fit note|doctor'?s note)\b/;

/** Read after the end: "by the time you read this". */
const AFTER_READING =
  /(?:等|当|待)(?:到)?(?:你们|你|贵行|银行|大家|各位|家人)?[^。!?,]{0,2}(?:看到|看见|读到|阅读|收到|睇到|见到)[^。!?]{0,8}(?:的时候|时|之时|时候)?[^。!?]{0,12}(?:无所谓|不重要|没关系|不在了|已经走了|不用再还|不用还|了无牵挂|解脱|结束了|都过去了|已经不在|一切都|晚了|来不及)|\b(?:by the time|when|once) (?:you|u|anyone|someone|somebody|they|you guys) (?:read|reads|get|gets|see|sees|find|finds|open|opens) (?:this|it|these|my)\b[^.?!]{0,40}?\b(?:(?:won'?t|will not|doesn'?t|not) (?:matter|be (?:here|around|alive|a problem))|(?:none of it|nothing|it all) (?:will |won'?t )?(?:matter|be over)|(?:i'?ll|i will|i'?d) (?:already )?(?:be |have )?(?:gone|dead|left|be over)|(?:it'?ll|it will|this will) (?:all )?be over|too late)\b/;

/** A payment, a trip or a message that is simply late. */
const AFTER_ERRAND =
  /转账|汇出|汇款|查收|到账|飞机|航班|出差|付了|\b(?:paid|transfer\w*|plane|land|flight|payment|deposit\w*|cleared|went through|vacation|holiday|office|trip)\b/;

export const LETTERS_RULES: readonly ClassRule[] = [
  // A letter left for someone to read later: "给女儿写了封信，等她长大了再看", "a letter she opens on sunday".
  {
    id: 'letterForLater',
    family: 'farewell',
    cue: /(?:写了|留了|写好)(?:一)?(?:封|些|几封)?信|letter|note/,
    pattern:
      /(?:给|留给|替)(?:我)?(?:的)?(?:女儿|儿子|孩子|老婆|老公|爸妈|父母|妈妈|爸爸|妈|爸|家人|妹妹|弟弟|姐姐|哥哥)[^。！？]{0,4}(?:写了|留了|写好了?)(?:一)?(?:封|些|几封)?信[^。！？]{0,12}(?:等|以后|之后|到时候|长大)[^。！？]{0,8}(?:再看|再拆|再打开|会看到|就懂|就明白|看)|\b(?:letters?|notes?)\b[^.?!]{0,40}\b(?:(?:they'?re|it'?s|are|is) for later|to (?:open|read) (?:later|after|when|on)|(?:she|he|they) (?:opens?|reads?|will open|will read|'ll open|'ll read) (?:on|after|when|later|once))\b/,
    unless:
      /生日|毕业|结婚|婚礼|十八岁|成年|时间胶囊|圣诞|新年|\b(?:birthday|graduation|wedding|christmas|time capsule|18th|eighteenth|anniversary|valentine|camp|school)\b/,
  },
  // Letters left for family with an apology or an end: "给两个孩子各写了一封信…对不起", "wrote the
  // letters to my kids. sorry about …", "finished writing to each of my kids tonight".
  {
    id: 'lettersToFamily',
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
  // A note written, and a card detail in it or the family who will close the card: "i wrote the
  // note, which number do I put in it so my sister can cancel it", "信里交代了 卡让我弟来销".
  {
    id: 'noteWithCardDetail',
    family: 'farewell',
    cue: /note|letter|goodbye|信|话/,
    pattern: new RegExp(`${NOTE_EN.source}|${NOTE_ZH.source}`),
    needs: NOTE_CARD,
    unless: new RegExp(`${NOTE_ERRAND.source}|${DENIED_WITH_LAUGH.source}`),
  },
  // Written to be read after the end: "by the time you read this it wont matter".
  {
    id: 'writtenForAfter',
    family: 'farewell',
    cue: /看到|看见|读到|阅读|收到|睇到|见到|read|get|see|find|open/,
    pattern: AFTER_READING,
    unless: new RegExp(`${AFTER_ERRAND.source}|${DENIED_OR_ON_SCREEN.source}`),
  },
];
