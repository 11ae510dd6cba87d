import type { ClassRule } from '../../distressRule.js';
import { EVERYDAY } from '../everyday/reasons.js';
import { AWAY_FOR_A_WHILE, DENIED_PLAIN, EVERYDAY_ERRANDS, both } from '../sharedWords.js';

/**
 * Veiled farewells by giving things away: belongings or pets given away for good, before "I go",
 * with the card the last thing left or contact ended, and pets or children provided for.
 */

/** "…before I go" with no destination after it (not "before I go on holiday / to work / back"). */
const GOING_NOWHERE = '\\b(?! (?:on|to|back|for|abroad|away|out|home|in|into|shopping|with|travel))';

/** An end to contact: no more calls, letters or messages. */
const NO_CONTACT_ZH =
  /(?:以后|往后|今后|再也)?(?:别|不用|不必|没必要)(?:再)?(?:往[^。！？]{0,6})?(?:打|联系|找|发|寄|催)|没人(?:用|接)了|别找了/;

const NO_CONTACT_EN =
  /\b(?:won'?t|wont|will not) (?:need|have) to (?:ring|call|contact|write|chase|text|email)|(?:don'?t|dont|do not) (?:contact|call|ring|bother|write|email)|no (?:point|need) (?:in )?(?:calling|ringing|contacting|writing|chasing|sending|to (?:call|send|ring|write))|stop (?:sending|calling|ringing|the (?:letters|calls|texts|emails))|this number (?:again|anymore|any more)\b/;

/** Everyday reasons for giving things away or stopping the post: a move, a pet ban, paying off. */
const GIVEAWAY_REASON =
  /搬家|搬去|搬到|过敏|房东|出国|移民|还清|结清|断舍离|腾地方|腾出|电子账单|纸质|\b(?:paperless|e-?statements?|landlord|allerg\w*|mov(?:e|ed|es|ing)|declutter\w*|paid (?:it )?off|pay (?:this|it) off|cleared|settled|new (?:flat|house|place|home|address)|emigrat\w*|abroad)\b/;

/** A debt let go or the chase told to stop (Chinese and English). */
const DEBT_LET_GO =
  /别指望|别等了|就这样吧|不用(?:再)?(?:寄|打|催|等)|用不上了|还不上了?|也不用还|\b(?:don'?t expect|won'?t (?:get )?(?:be )?paid|stop sending|(?:won'?t|don'?t) need to chase|no point (?:calling|chasing|ringing)|is what it is|won'?t matter|doesn'?t matter (?:now|anymore)|forget the (?:payment|balance|debt))\b/;

/** Everyday reasons to give things away: a payment promised, a move, a new number, a sale. */
const GIVING_ERRAND =
  /下周|下个月(?:一定|就)?还|今天还|还款日|改一下|地址|验证码|新号码|卖了|凑钱|分期|\b(?:i'?ll pay|paying|pay (?:it|this|on)|due date|instalments?|address|codes?|new number|sold|raise the money|on friday)\b/;

export const GIVING_AWAY_RULES: readonly ClassRule[] = [
  // Giving things away for good, the last kindness to someone.
  {
    id: 'givingAwayForGood',
    family: 'farewell',
    cue: /用不上|用不着|不需要|送|最后|needing|my (?:stuff|things|belongings|possessions)|(?:home|owner) for my|can have my/,
    pattern:
      /(?:送人|送给|捐了|给了|留给)[^。！？]{0,20}(?:以后|反正)?[^。！？]{0,6}(?:也)?(?:用不上|用不着|不需要)了|(?:猫|狗|宠物)[^。！？]{0,8}送(?:给|人)[^。！？]{0,20}(?:会对它好|我就放心了|没有?牵挂)|最后(?:孝敬|报答|陪)(?:她|他|你们|爸妈|父母|我妈|我爸)?一次|\bwon'?t be needing (?:them|it|these|those|my)\b|\b(?:giving|gave|give) (?:away )?(?:all )?my (?:stuff|things|belongings|possessions)(?: away)?\b|\b(?:a )?(?:good |new )?(?:home|owner) for my (?:dog|cat|pets?)\b|\bcan have my (?:car|things|stuff|guitar|savings|dog|cat)\b/,
    unless: EVERYDAY,
  },
  // Things given away, and the card "the last thing left".
  {
    id: 'givenAwayLastThingLeft',
    family: 'farewell',
    cue: /gave|given|giving|送|给/,
    pattern:
      /\b(?:gave|given|giving)\b[^.?!]{0,40}\bmy (?:dog|cat|guitar|car|watch|things|stuff|bike|tools|books)\b[^]{0,80}\b(?:the last thing (?:left|i (?:have|own))|nothing (?:else )?left|don'?t care what happens (?:to it|anymore|now))|(?:送|留给)[^。！？]{0,20}了[^]{0,30}(?:最后一样|就剩(?:这|你们)|什么都不剩|没什么放不下)/,
    unless: /搬家|卖了|换了新|还清|还完|\b(?:moving|sold|upgrade|new one|pay|paid|paying)\b/,
  },
  // Things given away or set in order "before I go" (session 7, by class from the seen round 11),
  // not before a trip, a move or an operation.
  {
    id: 'givenAwayBeforeIGo',
    family: 'farewell',
    cue: /gave|given|giving|give|sort|tidy|tying|loose ends/,
    pattern: new RegExp(
      `\\b(?:gave|given|giving|give)\\b[^.?!]{0,40}\\b(?:my|away)\\b[^]{0,100}\\b(?:before i (?:go|leave|'?m gone|am gone)|while i still can|loose ends)${GOING_NOWHERE}|\\b(?:sorting|sort|getting|tidying|tying|putting) (?:my )?(?:stuff|things|everything|it all|affairs) (?:out |up |in order )?before i (?:go|leave|'?m gone)${GOING_NOWHERE}`,
    ),
    unless:
      /搬家|出国|\b(?:moving|move|moved|trip|holiday|vacation|travel\w*|flight|abroad|deploy\w*|surgery|operation|hospital|prison|jail|uni|college|semester|job)\b/,
  },
  // Things given away and goodbyes said, "no need for reminders anymore": one's own arrangements.
  {
    id: 'givenAwayNoReminders',
    family: 'farewell',
    cue: both(/gave|given|giving|猫|狗|孩子|娃/, /need|不用|用不着|不需要/),
    pattern:
      /\b(?:gave|given|giving) (?:away )?(?:my|all my) \w+(?: and (?:my )?\w+)? (?:away|to)\b[^?]{0,60}\b(?:don'?t|dont|won'?t|wont) need (?:reminders|the (?:statement|letters?|calls?)|any more (?:letters|calls|reminders))\b|(?:猫|狗|孩子|娃)[^。！？]{0,12}(?:麻烦|托付|交给|送给|送人)[^。！？]{0,16}(?:用不着|不用|不需要)(?:再)?(?:操心|管|担心)了/,
    unless: /搬家|出国|出差|住院|\b(?:moving|abroad|new phone|paperless|email instead)\b/,
  },
  // Pets or children provided for after "I'm gone": "我走了以后 我家猫麻烦谁帮忙养", "the kids will
  // be fine with their dad once i'm gone", "that was the last thing to sort before i go".
  {
    id: 'petsAndChildrenProvidedFor',
    family: 'farewell',
    cue: /以后|之后|等我|要是我|反正我|gone|before i go/,
    pattern:
      /我(?:走|死|没|不在)了?(?:以后|之后)|(?:等|要是)我(?:走|死|不在)了|反正我(?:也)?(?:不在了|要走了)|\b(?:after|when|once|for when) i'?m gone\b|\bbefore i go\b(?=\s*[.!,]|\s*$)/,
    needs:
      /猫|狗|宠物|孩子|娃|儿子|女儿|闺女|\b(?:cat|dog|pets?|kids?|children|son|daughter|puppy|kitten|budgie|rabbit)\b/,
    unless: AWAY_FOR_A_WHILE,
  },
  // Things handed out and nothing left but the card: "我的吉他 我的书 都分出去了 最后就只剩你们这张卡",
  // "gave my car to my brother, won't need them where i'm going".
  {
    id: 'handedOutCardLeft',
    family: 'farewell',
    cue: /(?:分|送|捐)(?:出去|掉|光)|where i'?m going/,
    pattern:
      /(?:都|全)(?:分|送|捐)(?:出去|掉|光)了|\bwon'?t (?:be )?need(?:ing)? (?:them|it|those|these|anything|any of (?:it|them)) where i'?m going\b/,
    needs: /只剩|就剩|用不上|用不着|不需要|最后|\bwhere i'?m going\b/,
    unless: /搬家|出国|断舍离|\b(?:moving|abroad|declutter\w*)\b/,
  },
  // Belongings and pets given away, with an end to contact: "狗托付给邻居了…以后不用再联系我",
  // "rehomed both cats … you won't need to ring this number again", "labelled for who gets what".
  {
    id: 'givenAwayNoContact',
    family: 'farewell',
    cue: /送人|送给|送出去|送走|捐|分给|托付|给了|rehom|gave|given|giving|found (?:someone|a home)|gets (?:what|my)|left (?:the rest of )?my/,
    pattern:
      /(?:猫|狗|鱼|鸟|宠物|衣服|衣柜|东西|家具|游戏机|电脑|书|首饰|吉他)[^。！？]{0,8}(?:送人|送给|送出去|送走|捐了|捐掉|捐给|分给|托付给|给了)|\b(?:rehomed|(?:gave|given|giving) (?:away )?(?:all )?(?:of )?my (?:\w+ )?(?:things|stuff|belongings|possessions|pets?|dogs?|cats?|clothes|guitar|books|jewell?ery|watch|car|savings)|found (?:someone|a home) (?:to take|for) (?:the|my)|left (?:the rest of )?my (?:things|stuff|belongings)|who gets (?:what|my \w+))\b/,
    needs: new RegExp(`${NO_CONTACT_ZH.source}|${NO_CONTACT_EN.source}`),
    unless: GIVEAWAY_REASON,
  },
  // Belongings given away and the debt let go: "琴和电脑都分给朋友了 卡上的钱你们就别指望了",
  // "gave my guitar away, don't expect this month's payment".
  {
    id: 'givenAwayDebtLetGo',
    family: 'farewell',
    cue: /送人|送给|送出去|分给|捐|留给|托付|给了|\b(?:gave|given|giving|handed|left all|left everything|new home|gone to)\b/,
    pattern:
      /(?:东西|衣服|手表|首饰|戒指|项链|电脑|手机|平板|游戏机|吉他|球鞋|书|车|猫|狗|宠物|家当|值钱的|能送的)[^。！？]{0,10}(?:都|全)?(?:送人|送给|送出去|分给|捐了|捐掉|留给|托付给|给了)|\b(?:gave|given|giving) (?:away )?(?:my|all my|everything|away my)\b[^.?!]{0,40}\b(?:to (?:my |a )?(?:mates?|friends?|sister|brother|kids?|son|daughter|nephew|niece|neighbou?r|mum|mom|dad|family|charity)|away)\b|\bgave (?:my )?(?:kid|son|daughter|sister|brother|mate|friend)s? (?:my|all my)\b|\bhanded out (?:everything|all my|my)\b|\bleft (?:all )?(?:my stuff|my things|everything) to\b|\bfound (?:my |the )?(?:dog|cat|pets?) a new home\b|\beverything i own (?:has )?(?:gone|went) to\b/,
    needs: DEBT_LET_GO,
    unless: new RegExp(`${GIVING_ERRAND.source}|${EVERYDAY_ERRANDS.source}|${DENIED_PLAIN.source}`),
  },
];
