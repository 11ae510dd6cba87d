import type { ClassRule } from './distressRule.js';

/**
 * Rules by class, round 10: the classes that escaped the own sets 7-9 and own check 9 (tuned on)
 * and, by class only, the seen round 9. Each names what makes the words distress and, where the
 * same words are everyday talk, what must also be said (`needs`) or what explains them away
 * (`unless`). Read like the round-9 classes (distressRound9.ts): never negated away.
 */

/** A payment, a salary, a sale or a matter resolved in the same message. */
const PAYING =
  /还清|结清|还完|发工资|工资|奖金|到账|自动还款|帮我还|分期|按时|下个月(?:开始)?还|卖了|解决了|处理好了|搞定|\b(?:paid|pay|paying|payment|payday|paycheck|bonus|refund|autopay|transfer|installments?|sell|selling|sold|loan|sort(?:ed|ing)?|fix(?:ed|ing)?|resolved|settled|cleared)\b/;

const DAY =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|this weekend|next week)';
const KIN_EN = '(?:mom|mum|dad|mother|father|sister|brother|kids|wife|husband|family|parents|son|daughter)';

/** "…before I go" with no destination after it (not "before I go on holiday / to work / back"). */
const GOING_NOWHERE = '\\b(?! (?:on|to|back|for|abroad|away|out|home|in|into|shopping|with|travel))';

export const ROUND10: readonly ClassRule[] = [
  // The debt after one's own death, asked with a plan ("…我想提前安排好", "asking for me").
  {
    family: 'indirect',
    cue: /死|去世|没了|不在了|走了|die|dead|death|pass|gone|kill/,
    pattern:
      /(?:我|本人|持卡人)人?(?:要是|如果)?(?:死了|去世了?|没了|不在了|走了)[^]{0,60}?(?:提前安排|安排好|安排一下|弄清楚再|问清楚再|再走|再做决定|做决定|下决心|就放心了|安心(?:地)?走)|\b(?:when|if) (?:i|you|the (?:card ?holder|account ?holder)|someone|a person) (?:die|dies|am dead|is dead|pass(?:es)? away|kills? (?:themselves|himself|herself|myself))\b[^]{0,80}?\b(?:before i (?:go ahead|do (?:it|this|anything))|go ahead with (?:this|it)|so i can plan|asking for (?:me|myself)|exit plan)\b/,
    unless:
      /律师|遗嘱|帮(?:我)?(?:爸|妈|舅|叔|姨)|(?:爸|妈|舅|叔|姨|爷|奶)[^。！？]{0,4}(?:刚走|去世|过世)|\b(?:lawyer|attorney|estate plan\w*|my will|trust|probate|(?:dad|mom|father|mother|aunt|uncle|grandma|grandpa)(?: just)? (?:died|passed))\b/,
  },
  // Not a problem "much longer", nothing to worry about after a day: no payment in view.
  {
    family: 'indirect',
    cue: /不用再|much longer|for long|anymore|after/,
    pattern: new RegExp(
      `(?:过了|过完|等到|到了)[^。！？]{0,8}(?:我)?就?不用再(?:操心|管|担心|烦)(?:这些|任何|这个|什么)?(?:事)?了|\\b(?:won'?t|will not|wont) be (?:an issue|a problem|a concern|your problem)(?: for (?:you|anyone))? (?:for )?(?:much longer|for long|anymore|after ${DAY})\\b`,
    ),
    unless: PAYING,
  },
  // "If I can't pay, you'll never have to chase me again."
  {
    family: 'conditional',
    cue: /还不|凑不齐|can'?t|cannot|don'?t|do not/,
    pattern:
      /(?:还不上|还不起|还不了|凑不齐)[^。！？]{0,12}(?:永远|再也)(?:不用|不必|不会)(?:再)?(?:催|找|打|管|麻烦)|\bif i (?:can'?t|cannot|don'?t|do not) (?:pay|make (?:it|the payment))\b[^.?!]{0,40}\byou(?:'ll| will)? never (?:have to )?(?:chase|call|bother|see|hear from|worry about) me\b/,
    unless: /破产|律师|\b(?:bankruptcy|lawyer|debt relief|consolidat\w*)\b/,
  },
  // Worth more dead: insurance that pays faster than the holder could (a laugh does not undo it).
  {
    family: 'farewell',
    cue: /insurance|worth more|保险/,
    pattern:
      /\binsurance\b[^.?!]{0,40}\bpays? (?:out )?(?:faster|sooner|quicker|more|better) than (?:i|me) (?:ever )?(?:could|can|will|would)\b|\bworth more to (?:you|them|my family) dead\b|保险[^。！？]{0,10}(?:赔得|赔的)?比我(?:还钱)?(?:快|多)/,
  },
  // Things given away, and the card "the last thing left".
  {
    family: 'farewell',
    cue: /gave|given|giving|送|给/,
    pattern:
      /\b(?:gave|given|giving)\b[^.?!]{0,40}\bmy (?:dog|cat|guitar|car|watch|things|stuff|bike|tools|books)\b[^]{0,80}\b(?:the last thing (?:left|i (?:have|own))|nothing (?:else )?left|don'?t care what happens (?:to it|anymore|now))|(?:送|留给)[^。！？]{0,20}了[^]{0,30}(?:最后一样|就剩(?:这|你们)|什么都不剩|没什么放不下)/,
    unless: /搬家|卖了|换了新|还清|还完|\b(?:moving|sold|upgrade|new one|pay|paid|paying)\b/,
  },
  // Things given away or set in order "before I go" (session 7, by class from the seen round 11),
  // not before a trip, a move or an operation.
  {
    family: 'farewell',
    cue: /gave|given|giving|give|sort|tidy|tying|loose ends/,
    pattern: new RegExp(
      `\\b(?:gave|given|giving|give)\\b[^.?!]{0,40}\\b(?:my|away)\\b[^]{0,100}\\b(?:before i (?:go|leave|'?m gone|am gone)|while i still can|loose ends)${GOING_NOWHERE}|\\b(?:sorting|sort|getting|tidying|tying|putting) (?:my )?(?:stuff|things|everything|it all|affairs) (?:out |up |in order )?before i (?:go|leave|'?m gone)${GOING_NOWHERE}`,
    ),
    unless:
      /搬家|出国|\b(?:moving|move|moved|trip|holiday|vacation|travel\w*|flight|abroad|deploy\w*|surgery|operation|hospital|prison|jail|uni|college|semester|job)\b/,
  },
  // A means at hand as "the only plan left" (a long message about money with the hint inside it).
  {
    family: 'method',
    cue: /rope|pills|gun|noose|bridge|ledge|绳|药|桥|楼/,
    pattern:
      /\b(?:rope|pills|gun|noose|bridge|ledge)\b[^]{0,120}\bonly (?:plan|way|option|choice|thing)\b(?: (?:i'?ve got|i have|i got))?(?: left)?|\bonly (?:plan|way|option|choice) (?:i'?ve got )?left\b[^]{0,120}\b(?:rope|pills|gun|noose|bridge|ledge)\b|(?:绳子|药|桥|楼顶)[^。！？]{0,30}(?:唯一的?(?:办法|出路|选择)|最后的?(?:办法|出路))/,
    unless:
      /\b(?:skipping rope|jump rope|climbing|camping|vitamins?|allergy|prescribed|doctor|nerf|range|hunting|toy)\b|跳绳|晾衣|维生素|医生开的/,
  },
  // Being hit by traffic wished for, or with insurance paying out: "想直接冲出去 被车撞了保险还能赔点".
  {
    family: 'method',
    cue: /冲出去|撞|truck|car|bus|traffic/,
    pattern:
      /(?:想|恨不得|干脆|真想)[^。！？]{0,10}(?:冲出去|冲到马路|冲到路中间|被车撞|让车撞|撞上去|撞死)|被车撞(?:死|了)?[^。！？]{0,12}(?:保险|赔)|\b(?:step|walk|run) (?:out )?in front of (?:a|the) (?:car|truck|bus|train)\b|\bhit by (?:a|the) (?:car|truck|bus)\b[^.?!]{0,40}\b(?:insurance|pay ?out|would pay|solve)\b/,
    unless: /差点被车撞|险些|\b(?:almost|nearly) (?:got )?hit\b/,
  },
  {
    family: 'direct',
    cue: /existing/,
    pattern: /\btired of existing\b/,
  },
  // No tomorrow said of oneself (not "spending like there's no tomorrow").
  {
    family: 'hopeless',
    cue: /tomorrow|next (?:year|month)|明天/,
    pattern:
      /\b(?:there(?:'s| is) )?no (?:tomorrow|next year|next month) for me\b|我(?:已经|早就)?没有明天了/,
  },
  // Thanks, and "I won't bother you again" with no payment in view.
  {
    family: 'farewell',
    cue: /谢谢|感谢|thank/,
    pattern:
      /(?:谢谢|感谢)[^。！？]{0,30}(?:以后|往后)(?:就|也|再也)?不(?:会)?(?:再)?(?:打扰|麻烦)(?:你们|您)?了|\bthank(?:s| you)\b[^?]{0,60}\b(?:won'?t|will not|wont) be (?:bothering|troubling|disturbing) (?:you|anyone) (?:again|anymore|any more)\b/,
    unless: PAYING,
  },
  {
    family: 'method',
    cue: /knot|noose/,
    pattern:
      /\b(?:tied|tie|tying) (?:the|a) (?:knot|noose)\b[^.?!]{0,12}[.?!,]? ?not (?:the|a) (?:wedding|marriage) (?:kind|one)\b/,
  },
  // The world of the dead, "I'll know soon"; the debt left "for the next life".
  {
    family: 'euphemism',
    cue: /阴间|地府|黄泉|阎王|下辈子/,
    pattern:
      /(?:阴间|地府|黄泉|阎王)[^。！？]{0,16}我(?:很快|马上|就快|过几天)就(?:能|会|要)?(?:知道|去|到|见到|下去)|(?:这笔|你们的|欠你们的?|这张卡|这些钱|这些债|剩下的)[^。！？]{0,8}下辈子(?:吧|再说|见|再还|还吧)/,
  },
  {
    family: 'farewell',
    cue: /tell my/,
    pattern: new RegExp(
      `\\btell my ${KIN_EN}\\b[^.?!]{0,10}\\b(?:it|this|none of (?:it|this)) (?:wasn'?t|was not|isn'?t|is not|wasnt) (?:her|his|their|your) fault\\b`,
    ),
  },
  // A whole message that only says not to call on a day; children handed over from a day.
  {
    family: 'indirect',
    cue: /bother|arranged|asked|set/,
    pattern: new RegExp(
      `^(?:please |pls |just )?(?:don'?t|dont|no need to) bother (?:calling|ringing|texting)(?: me)? (?:on|after|from) ${DAY}[.!]*$|\\b(?:arranged|asked|set (?:it )?up) for (?:my )?(?:parents|mom|mum|dad|sister|brother|ex|neighbou?r|friend)\\b[^.?!]{0,12}\\bto (?:take|have|raise|look after) (?:the|my) (?:kids|children|son|daughter|boy|girl)\\b (?:from|after) ${DAY}[.!]*$`,
    ),
    unless:
      /\b(?:trip|travel|work|shift|surgery|hospital|vacation|conference|business|moving|course|training|holiday|camp|while i)\b/,
  },
  // Clothes folded and the room cleaned, said alone: putting things in order.
  {
    family: 'farewell',
    cue: /收拾/,
    pattern:
      /(?:衣服|东西)(?:都|也)?(?:叠好|收拾好|整理好)了[^。！？]{0,4}(?:屋子|房间|家里)(?:也|都)?收拾(?:干净|好)了/,
    unless: /搬家|退租|客人|过年|大扫除|出差|旅游|回老家|房东|检查|卖房|相亲|上门/,
  },
];
