import type { DistressRule } from './distressRule.js';

/**
 * Rules by class, round 8: endings said with no telling word. Contact no longer needed after a
 * point ("以后你们就不用再打来了", "no need to send any more statements after Saturday"), a last
 * message, a religious homecoming (回天家, 见上帝, "go home to Him", "meet my maker"), checking
 * out for good, children or pets handed on for good, an edge named in a threat ("再催我就从桥上
 * 翻下去"), "no other way out", "one more night and then it stops". Written from the classes and
 * the own set ownSet8.ts, never from a round's items. Ordinary uses (a debt paid off, a move, a
 * new number, a custody order, a hotel checkout) are set aside by `endingIsOrdinary`.
 */
const rule = (family: DistressRule['family'], pattern: RegExp): DistressRule => ({
  family,
  pattern,
  negatable: false,
});

const CONTACT_ZH = '(?:打|打来|打电话|催|发|寄|联系|找)';
const CONTACT_EN =
  '(?:call(?:ing)?|send(?:ing)?|writ(?:e|ing)|contact(?:ing)?|chas(?:e|ing)|text(?:ing)?|email(?:ing)?|letters?|statements?)';

export const ENDING_RULES: readonly DistressRule[] = [
  // Contact no longer needed after a point in time, zh-CN (a plain "以后别再联系我了" is a request to
  // stop contact, honoured as such, not an ending).
  rule(
    'indirect',
    new RegExp(
      `(?:(?:今晚|今天|明天|这周末?|周末|月底|这个月|下周|下个月|最后一(?:个月|次|天))[^。！？]{0,4}(?:以后|之后|过后)|过了[^。！？]{0,6})(?:你们)?(?:就)?(?:不用|不必)再?${CONTACT_ZH}|(?:这个号|电话)[^。！？]{0,4}(?:就)?没人接了|(?:马上|很快|以后)?就?不会再(?:是|给)(?:任何人|谁|大家)(?:的)?(?:问题|麻烦|添麻烦)|不会再给(?:任何人|谁|大家)添麻烦`,
    ),
  ),
  // A last message, zh-CN and en.
  rule(
    'farewell',
    /最后一条(?:消息|信息|微信|短信)|\b(?:this is|this'?ll be|that'?s) (?:the|my) last (?:message|text|thing) you(?:'ll| will)? (?:get|hear|receive|see)\b|\byou won'?t hear from me (?:again|anymore|ever)\b|\bthis is my goodbye\b|\bgoodbye to whoever\b/,
  ),
  // A religious homecoming.
  rule(
    'euphemism',
    /回天家|(?:早点|提早|提前|先)回(?:天家|天堂)|(?:想|要)?去见(?:上帝|天父|佛祖|主)|老天(?:爷)?[^。！？]{0,4}(?:收走|带走)(?:我)?|地府|阴曹|\bgo(?:ing)? home (?:early|to (?:him|god|jesus|the lord|heaven))\b|\bmeet(?:ing)? my maker\b|\b(?:god|lord) forgive me for what i'?m (?:about to|going to) do\b/,
  ),
  // Checking out for good, letting go tonight, going away instead.
  rule(
    'euphemism',
    /\bcheck(?:ing)? out (?:for good|early|permanently|of (?:life|this world))\b|\bmade my peace\b[^?]{0,30}\bchecking out\b|\b(?:going to|gonna|will) let go (?:tonight|tomorrow|this weekend|for good)\b|\bi'?m going away instead\b|\bone more (?:day|night|week)\b[^.?!]{0,6}\b(?:and )?then (?:it(?:'s| is| all)? (?:stops|ends|over|quiet|finally quiet)|it'?s finally quiet)\b|再过一(?:晚|天|夜)[^。！？]{0,4}一切(?:就)?(?:都)?(?:停|结束|没)/,
  ),
  // Contact no longer needed, en: "no need to send any more statements after Saturday".
  rule(
    'indirect',
    new RegExp(
      `\\b(?:no need to|don'?t bother|you can stop) ${CONTACT_EN}\\b[^.?!]{0,30}\\b(?:after|past|from) (?:this|next|tonight|tomorrow|friday|saturday|sunday|monday|tuesday|wednesday|thursday)\\b[^?]{0,60}\\b(?:nobody|no one|won'?t be (?:here|around|alive)|not be here|gone|ever again)\\b|\\b(?:won'?t|will not) be (?:picking up|answering|here|around)\\b[^.?!]{0,12}\\b(?:ever again|again|anymore|after)\\b|\\b(?:updated|signed|wrote|made|finished) my will\\b[^?]{0,80}\\b(?:no need to|don'?t bother|you can stop) ${CONTACT_EN}\\b|\\bnobody (?:here|left) to read\\b|\\b(?:after|by) (?:friday|saturday|sunday|monday|tonight|tomorrow|this weekend)\\b[^.?!]{0,40}\\bbecause i won'?t be here\\b|\\bi won'?t be needing anything (?:anymore|after|else)\\b`,
    ),
  ),
  // Going through with it, said beside one's own death ("if I die … before I go through with this").
  rule(
    'indirect',
    /\b(?:i|me) (?:die|am dead|'m dead)\b[^]{0,100}\bgo through with (?:it|this)\b|\bgo through with (?:it|this)\b[^]{0,60}\b(?:i|me) (?:die|am dead)\b/,
  ),
  // Letters written and the time come; nothing will matter soon.
  rule(
    'indirect',
    /\b(?:wrote|written|left) (?:the|my|a few|some|all the) (?:letters|notes|goodbyes)\b[^?]{0,40}\b(?:it'?s time|tonight|i'?m ready)\b|\bsoon (?:none of (?:this|it)|nothing) will matter\b|信(?:也|都)?写好了[^。！？]{0,10}(?:时候到了|该走了|今晚)/,
  ),
  // Children or pets handed on for good.
  rule(
    'farewell',
    /(?:孩子|娃|儿子|女儿|猫|狗)[^。！？]{0,6}以后(?:就)?(?:都)?(?:跟着|归|交给|托付给)[^。！？]{0,12}(?:交代|说好|没有?牵挂|不拖累|别找)|\b(?:kids|children|boys|girls|son|daughter|cat|dog|pets?)\b[^.?!]{0,40}\b(?:permanently|for good|from now on)\b/,
  ),
  // An edge named in a threat or in a place one sits: "再催我就从桥上翻下去", "I can't see another way out".
  rule(
    'method',
    /我就(?:直接)?从[^。！？]{0,8}(?:桥|楼|天台|楼顶|江|河)[^。！？]{0,3}(?:跳|翻|下去)|\bi'?ll (?:drive|jump|walk) off (?:the|a|an) (?:overpass|bridge|roof|cliff|pier)\b|\b(?:can'?t|cannot|don'?t|do not) see (?:any |an )?(?:other )?way out\b|\bno version of this where i make it\b/,
  ),
  // A means in hand, said seriously after a laugh ("绳子都挂好了，不是开玩笑").
  rule(
    'method',
    /(?:绳子|麻绳)(?:都|已经|也)?(?:挂|系|绑)好|药我都吃下去了|\b(?:pills|rope) (?:are|is) (?:in my hand|ready)|\bgot the rope ready\b/,
  ),
];

/** Everyday reasons for no longer being contacted: a debt paid off, a move, a new number, a trip, a court order. */
const ORDINARY_ENDING =
  /还清|结清|还完|换号|新号|搬家|地址|出差|支教|打工|判决|法院|抚养|律师|\b(?:paid (?:it )?off|paying (?:the )?full|zero|moving|new (?:number|address)|email only|switching|court|custody|lawyer|hospital|travelling|traveling|hotel|payday|bonus|settlement)\b/;

/** True when a match of these classes reads as an everyday reason, not an ending. */
export function endingIsOrdinary(match: string, text: string): boolean {
  if (EVERYDAY_READINGS.some(([words, context]) => words.test(match) && context.test(text))) return true;
  if (!ENDING_MATCHES.some((p) => p.test(match))) return false;
  return ORDINARY_ENDING.test(text) || OTHERS_HOMECOMING.test(text);
}
/**
 * Words of other classes with an everyday reading in context: medicine taken for a cold, "a plan
 * and a date" that is a payment schedule, savings handed to a relative who pays for them.
 */
const EVERYDAY_READINGS: readonly (readonly [RegExp, RegExp])[] = [
  [/药/, /感冒|发烧|咳嗽|头疼|牙疼|好多了|退烧|医生说/],
  [/\bplan and a date\b/, /\$\s?\d|\b\d+ (?:dollars|a month)\b|\bevery month\b/],
  [/转给|交给|留给/, /(?:帮|替)我还|还你们|还给你们/],
  // "以后不用再联系我了，我自己去网点处理": a request to stop contact that says how the person will
  // deal with the bank is not a farewell (said bare, it still is).
  [
    /不用(?:再)?(?:找|联系|催|打给)我/,
    /(?:自己|本人|亲自)[^。！？]{0,6}(?:网点|柜台|营业厅|银行|手机银行|APP|app|客服|处理|办理|还)|(?:我)?会(?:按时|尽快|自己|主动)[^。！？]{0,4}(?:还|处理|办理|联系你们)|律师|代理人|(?:有事|有什么事)[^。！？]{0,4}(?:发短信|发邮件|发微信|写信)|还清|结清|还完/,
  ],
];

/** Someone else's death said in faith words: "我妈上个月回天家了". */
const OTHERS_HOMECOMING =
  /(?:妈|爸|父亲|母亲|奶奶|爷爷|外婆|外公|老公|老婆|哥|姐|弟|妹|他|她)[^。！？我]{0,6}(?:回天家|去见上帝)|\b(?:he|she|mom|dad|mother|father) (?:went|has gone) home to\b/;
const ENDING_MATCHES = ENDING_RULES.filter((r) => r.family !== 'method').map(
  (r) => new RegExp(`^(?:${r.pattern.source})$`),
);

/** Said seriously after a laugh: "不是开玩笑", "not joking", "i mean it". */
export const SERIOUS =
  /不是(?:在)?开玩笑|没(?:有)?开玩笑|不开玩笑|不完全是|我(?:是)?认真的|\b(?:not|no) (?:even )?(?:joking|kidding)\b|\bi mean it\b|\bi'?m serious\b|\bunless\?|\bno but seriously\b|\bnot a joke\b|\basking for real\b|\bmostly\. i still\b/;
