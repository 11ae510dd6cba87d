import type { ClassRule } from '../../distressRule.js';
import { EVERYDAY } from '../everyday/reasons.js';
import { AWAY, DENIED_OR_FICTION, PAYING_OR_SETTLED } from '../sharedWords.js';

/**
 * Veiled statements of not being here soon: a time set, not around after a day, no one answering
 * this number, seen in the news, gone where nothing can reach, checking out, one of the numbers.
 */

const DAY =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|this weekend|next week)';

/** Those who died over debt, counted: suicides in the news, a rate, "one of them". */
const NUMBERS_NEEDS =
  /跳楼|自杀|轻生|寻短见|想不开|走绝路|上吊|\b(?:suicides?|took (?:his|her|their) own li(?:fe|ves)|kill(?:ed|ing|s)? (?:himself|herself|themselves)|didn'?t make it|(?:\d+|twenty[- ]?\w+) (?:a|per|every) day|ended (?:it|his life|her life))\b/;

/** Being next in a queue, one of those behind on payments. */
const NUMBERS_ERRAND =
  /排队|叫号|窗口|网点|逾期的人|人数|征信|协商|分期|\b(?:queue|on hold|in line|appointment|options|hardship team|behind on|default\w*|credit score)\b/;

export const NOT_HERE_SOON_RULES: readonly ClassRule[] = [
  // A time set for an ending.
  {
    id: 'timeSet',
    family: 'indirect',
    cue: /日子|安心|还不|没人接|ve (?:set|picked|chosen)|the day|the night|matter|myself|pick up|answer|be a me|be any me|anyone left/,
    pattern:
      /(?:给自己)?定(?:了|好)(?:个|一个)?日子|我(?:就|也)?(?:可以|能)?安心(?:地)?(?:走|离开)了|(?:还不上|还不起|还不了)[^。！？]{0,6}(?:我)?就不(?:拖|熬|撑)了|(?:再打|打来|打过来)(?:也)?就?没人接了|\bi'?ve (?:set|picked|chosen) (?:a|the) (?:date|day)\b|\b(?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|tomorrow)'?s the (?:day|night)\b(?=\s*[.!,]|$)|\bnone of (?:this|it) will matter\b|\b(?:taken|take|taking) care of (?:it|this|things|everything) myself,? (?:permanently|for good)\b|\b(?:nobody|no one) (?:will|is going to|gonna) (?:pick up|answer)\b|\bthere (?:won'?t|will not) be (?:a me|any me|anyone left)\b/,
    unless:
      /\b(?:settlement|refund|bonus|money arrives|pay|paid|payday|wedding|interview|surgery|appointment|court|meeting|office)\b|还款|面试|婚|手术|开会|上班|出国|关机|维修/,
  },
  {
    id: 'notAroundAfter',
    family: 'indirect',
    cue: /不在了|用不着|won'?t be|won'?t need|when i'?m/,
    pattern:
      /(?:过了|过完|等到)[^。！？]{0,8}(?:我)?就不在了|(?:过完|之后|以后)[^。！？]{0,6}(?:我)?也?用不着(?:再)?还了|\bwon'?t be (?:around|here|alive) to (?:owe|pay|see|answer)\b|\bafter (?:this|next) (?:month|week)\b[^.?!]{0,10}\bi won'?t need (?:a payment plan|to pay|any of this)\b|\bwhen i'?m (?:dead|gone)\b[^.?!]{0,20}\b(?:collect\w*|chas\w+|try)\b/,
    unless: EVERYDAY,
  },
  // Not a problem "much longer", nothing to worry about after a day: no payment in view.
  {
    id: 'notAProblemMuchLonger',
    family: 'indirect',
    cue: /不用再|much longer|for long|anymore|after/,
    pattern: new RegExp(
      `(?:过了|过完|等到|到了)[^。！？]{0,8}(?:我)?就?不用再(?:操心|管|担心|烦)(?:这些|任何|这个|什么)?(?:事)?了|\\b(?:won'?t|will not|wont) be (?:an issue|a problem|a concern|your problem)(?: for (?:you|anyone))? (?:for )?(?:much longer|for long|anymore|after ${DAY})\\b`,
    ),
    unless: PAYING_OR_SETTLED,
  },
  // A whole message that only says not to call on a day; children handed over from a day.
  {
    id: 'dontCallOnADay',
    family: 'indirect',
    cue: /bother|arranged|asked|set/,
    pattern: new RegExp(
      `^(?:please |pls |just )?(?:don'?t|dont|no need to) bother (?:calling|ringing|texting)(?: me)? (?:on|after|from) ${DAY}[.!]*$|\\b(?:arranged|asked|set (?:it )?up) for (?:my )?(?:parents|mom|mum|dad|sister|brother|ex|neighbou?r|friend)\\b[^.?!]{0,12}\\bto (?:take|have|raise|look after) (?:the|my) (?:kids|children|son|daughter|boy|girl)\\b (?:from|after) ${DAY}[.!]*$`,
    ),
    unless:
      /\b(?:trip|travel|work|shift|surgery|hospital|vacation|conference|business|moving|course|training|holiday|camp|while i)\b/,
  },
  // No one at this number after a day: a phone that will go unanswered for good.
  {
    id: 'noOneAnswers',
    family: 'indirect',
    cue: /answer|pick|接(?:这个)?(?:电话)?了/,
    pattern:
      /\b(?:no ?one|nobody|no body)(?:'ll| will| is going to)? (?:be )?(?:answer(?:ing)?|pick(?:ing)? up)\b[^.?!]{0,30}\bafter (?:tomorrow|tonight|today|this week(?:end)?|friday|saturday|sunday|monday|the (?:weekend|\w+th))\b|(?:明天|后天|今晚|过了今天|这周|下周)[^。！？]{0,16}(?:不会|没)有?人(?:会)?(?:再)?接(?:这个)?(?:电话)?了/,
    unless: AWAY,
  },
  // Seen in the news soon: "过几天你们就能在新闻上看到我".
  {
    id: 'inTheNews',
    family: 'indirect',
    cue: /新闻|头条|news/,
    pattern:
      /(?:新闻|报纸|头条)上(?:就)?(?:能|会)?看到我|\b(?:see|read about|hear about) me (?:on|in) the news\b/,
    unless: /采访|节目|比赛|获奖|上电视|\b(?:interview|award|contest|show)\b/,
  },
  // A phone that dies, and the person with it: "打到我手机没电，人也就没了".
  {
    id: 'phoneDiesAndMeToo',
    family: 'indirect',
    cue: /人也/,
    pattern:
      /(?:手机|号码|电话|号)[^。！？]{0,12}(?:没电|停机|停了|关机|注销|打不通)[^。！？]{0,4}[,，]?(?:我)?(?:这个)?人也(?:就)?(?:没了|一样|不在了|跟着(?:走了?|没了?))/,
    unless: /换(?:了)?(?:新)?号|新号码|充电|出差|\b(?:new number|charger)\b/,
  },
  // Needing nothing after a date: "after payday i won't need the card, or anything really".
  {
    id: 'needingNothingAfter',
    family: 'indirect',
    cue: /anything|什么都|啥都|任何东西/,
    pattern:
      /\bwon'?t need\b[^.?!]{0,30}\bor anything\b|\b(?:won'?t|will not|wont) need anything (?:anymore|any more|ever again|after (?:that|this|then)|at all|really)\b|(?:什么|啥)都不(?:需要|用)了|再也不需要任何东西/,
    unless: /\b(?:or anything else from you|anything else today)\b|还有什么|别的都不需要/,
  },
  // Checking out once something is over: "once my daughter's wedding is over i'm checking out".
  {
    id: 'checkingOut',
    family: 'indirect',
    cue: /checking out|check out/,
    pattern:
      /\b(?:i'?m|im|i am|i'?ll be|gonna be) (?:checking|check) out\b(?!\s+(?:of|the|at|from|your|this|that|some|a)\b)/,
    needs: /\b(?:once|after|when|by|tonight|for good|permanently|forever|over)\b/,
    unless: /hotel|airbnb|hostel|library|cart|basket|\b(?:room|store|shop|book|groceries|stay)\b/,
  },
  // Gone where nothing can reach: "somewhere no bill can reach me", "去一个没有账单的地方 不回来了",
  // "after this weekend there's nobody left to chase".
  {
    id: 'goneWhereNothingReaches',
    family: 'indirect',
    cue: /somewhere|place|nobody|no one|noone|地方/,
    pattern:
      /\b(?:somewhere|a place) (?:where )?(?:no|none of (?:the|your)) (?:bills?|debts?|letters?|calls?|collectors?|one|statements?) (?:can|will|could) (?:reach|find|follow|get to)\b|\b(?:nobody|no one|noone) (?:left )?to (?:chase|collect from|send (?:it|them|the bills?) to)\b|去一个没有(?:账单|债|催收|人)[^。！？]{0,6}的地方[^。！？]{0,10}(?:不回来|回不来|永远)/,
    unless: /\b(?:paid|settled|closed|cleared|holiday|vacation)\b|还清|结清|旅游/,
  },
  // One of the numbers: "新闻里又一个欠债轻生的，下一个就是我", "men round here keep killing
  // themselves over loans, i'll be another one by spring".
  {
    id: 'oneOfTheNumbers',
    family: 'indirect',
    cue: /下一个|下个|多我一个|之一|一样了|快了|one of|another|next|part of|statistic|number|join them/,
    pattern:
      /(?:下一个|下个)(?:就)?(?:是我|轮到我|该我|轮到我了)|多我一个(?:也)?(?:不多|没什么|无所谓|不算什么)|我(?:也)?(?:快|要|会|迟早)(?:成为|变成|是)(?:他们)?(?:其中)?(?:之一|中的一个|下一个)|(?:跟|和)(?:他|她|他们)(?:快|差不多|也快)一样了|\b(?:i'?m|i am|i'?ll|i will|i'?ll be|gonna be|going to be|about to be|soon to be)(?: going to)?(?: be| become)? (?:one of (?:them|those|the numbers|those numbers|that number|the stats?|the statistics?)|another (?:statistic|stat|number|one of them|name)|part of (?:that|the|those) (?:figure|number|statistic|stat)s?)\b|\bi(?:'m| am| reckon i'?m| guess i'?m| think i'?m) next\b|\b(?:one|part) of those numbers\b|\babout to join them\b|我(?:也)?快了(?:吧)?(?=$|[,，。！!？?\s])/,
    needs: NUMBERS_NEEDS,
    unless: new RegExp(`${NUMBERS_ERRAND.source}|${DENIED_OR_FICTION.source}`),
  },
];
