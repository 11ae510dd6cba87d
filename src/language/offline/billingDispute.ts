/**
 * Two kinds of billing dispute the general dispute phrases miss (conv17), matched on normalised text:
 *
 * - a fee or interest disowned because it was never agreed or was promised away: "办卡时业务员话终身免年费
 *   点解而家又扣我年费", "违约金我不服 我是还款日当天还的", "was promised no fee first year", "0% for 12
 *   months and ur charging me interest", "i never agreed to an over limit fee";
 * - a refund for goods sent back that never reached the card: "东西退了 钱没退回来", "件衫退咗成个月
 *   啲钱仲未退返", "returned a tv … its still sitting in my balance", "the refund never came back to my card".
 *
 * Never a question about fees ("违约金是多少", "what's the late fee"), a waiver asked for ("能不能免了年费",
 * "can you waive the late fee"), or a refund awaited to pay with ("等退税下来再还", "waiting on my refund
 * check, then i'll pay").
 */

const FEE_ZH = /年费|违约金|滞纳金|手续费|利息|罚息|超限费|服务费|管理费|分期费/;
const FEE_EN =
  /\b(?:annual|late|over[- ]?(?:the[- ])?limit|membership|service|finance|foreign transaction|returned payment|installment|processing)\s+(?:fee|charge)s?\b|\binterest\b|\bapr\b|\bfees?\b/;

const FEE_DISOWNED_ZH: readonly RegExp[] = [
  // Promised away, then charged: "说好终身免年费 现在又扣", "讲明免年费㗎 而家扣咗", "不是说刷满6次就免年费吗 … 还扣".
  /(?:说|讲|话|承诺|答应|保证|讲明|讲好|说好|说了|讲咗)[^。！？?!]{0,16}(?:终身|永久|首年|头一年|第一年)?(?:免|不收|唔收|冇|没有|零|0)(?:年费|息|利息|手续费|费)[^。！？?!]{0,40}(?:扣|收|算|计|又有|还有|出现|多了)|(?:扣|收|算)(?:了|咗)?(?:我)?[^。！？?!]{0,12}(?:年费|手续费|利息)[^。！？?!]{0,30}(?:说好|说了|讲明|讲好|承诺|答应)[^。！？?!]{0,10}(?:免|不收|唔收|冇|没有|零)/,
  // The fee refused in words: "违约金那个我不服", "嗰个违约金我唔认", "年费我唔会畀", "呢啲我唔认".
  /(?:年费|违约金|滞纳金|手续费|利息|罚息|超限费|服务费|管理费)[^。！？?!]{0,12}(?:我)?(?:不服|不认|唔认|不承认|唔承认|唔会畀|唔畀|不应该收)|(?:凭什么|凭啥|有咩理由)(?:要)?(?:又)?(?:扣|收|算)(?:我)?(?:的)?[^。！？?!]{0,6}(?:年费|违约金|滞纳金|手续费|利息|罚息)|乱收费|乱扣费|乱扣钱|多收(?:了)?(?:我)?(?:的)?(?:钱|费|年费|利息|手续费)/,
  // "年费凭什么扣我", "违约金有咩理由收我".
  /(?:年费|违约金|滞纳金|手续费|利息|罚息|超限费)[^。！？?!]{0,6}(?:凭什么|凭啥|有咩理由)(?:要)?(?:又)?(?:扣|收|算)/,
];

/** Paid on time, or late through the bank's own delay ("我是还款日当天就还了的", "系你哋系统延迟入账"). */
const PAID_ON_TIME_ZH =
  /(?:当天|按时|准时|提前|到期日|还款日|最后还款日)(?:前)?[^。！？?!]{0,6}(?:就|都|已经)?(?:还|还款|还清|入账|转|交)[^。！？?!]{0,30}(?:违约金|滞纳金|罚息)|(?:违约金|滞纳金|罚息)[^。！？?!]{0,30}(?:当天|按时|准时|提前)(?:就|都)?(?:还|交|转)|(?:系统|你们|你哋|银行)(?:自己)?[^。！？?!]{0,6}(?:延迟|迟咗|晚了|迟了)(?:入账|到账|扣款)/;
/** …and still charged for it: "怎么还收了违约金", "凭什么罚我", "点解又扣" (never "违约金能不能免", a waiver). */
const STILL_CHARGED_ZH =
  /(?:凭什么|凭啥|为什么|为啥|怎么|咋|点解|却|还|又|仲)(?:要)?(?:收|扣|算|罚)|关我(?:咩|什么|啥)事/;

/** Promised away: "told me no annual fee ever", "was promised no fee first year", "signed up for 0% for 12 months". */
const PROMISED_EN =
  /\b(?:told|promised|said|assured|guaranteed|advertised|offered)\b[^.?!]{0,30}\b(?:no|zero|0%?|free of|waived?)\b[^.?!]{0,12}\b(?:annual fee|fees?|interest|apr|charges?)\b|\b(?:no|zero) (?:annual )?fee (?:ever|for life|first year|the first year)\b|\b(?:signed up|applied|got (?:the|this|a) card) for (?:a |the )?0 ?%/;
/** …and charged all the same: "now theres a $95 annual fee on my bill", "ur charging me interest". */
const CHARGED_EN =
  /\bcharg(?:e|ed|es|ing)\b|\bbill(?:ed|ing)?\b|\bstatement\b|\badded\b|\bthere'?s\b|\btheres\b|\bhit (?:me|with)\b|\bnow\b|\bwtf\b|\$?\d+ (?:bucks|dollars)\b|\$\d/;

const FEE_DISOWNED_EN: readonly RegExp[] = [
  // Never agreed or told: "i never agreed to an over limit fee", "thats not what i agreed to" (not "nobody told me …, can you waive
  // it", a waiver asked for).
  /\b(?:never|didn'?t|did not) (?:agree|sign(?:ed)? up|consent|opt(?:ed)? in)(?:d)? (?:to|for)\b|\b(?:not|isn'?t|wasn'?t|isnt) what i (?:agreed|signed up|applied) (?:to|for)\b/,
  // Refused in words, or late through the bank's own posting: "that late fee is bs", "ur system posted my payment late".
  /\b(?:fee|interest|charge)s?\b[^.?!]{0,20}\b(?:is|are|was|were) (?:bs|bull|bogus|a (?:rip ?off|scam)|wrong|a mistake|an error)\b|\b(?:your|ur|the bank'?s?) (?:system|end|side)\b[^.?!]{0,30}\b(?:late|delay(?:ed)?)\b|\bpaid (?:it )?(?:on|before|by) (?:the )?(?:due date|time)\b[^?]{0,60}\blate (?:fee|charge)|\blate (?:fee|charge)s?\b[^?]{0,60}\bpaid (?:it )?(?:on|before|by) (?:the )?(?:due date|time)\b/,
];

/** A fee or interest said to be never agreed, promised away, or charged for the bank's own delay. */
export function disownsFee(norm: string): boolean {
  if (FEE_ZH.test(norm) && FEE_DISOWNED_ZH.some((re) => re.test(norm))) return true;
  if (PAID_ON_TIME_ZH.test(norm) && STILL_CHARGED_ZH.test(norm)) return true;
  if (!FEE_EN.test(norm)) return false;
  return (PROMISED_EN.test(norm) && CHARGED_EN.test(norm)) || FEE_DISOWNED_EN.some((re) => re.test(norm));
}

/** Goods sent back, or a cancelled booking: the refund is the merchant's, due on the card. */
const RETURNED_ZH =
  /退货|(?:东西|货|衣服|衫|鞋|手机|电脑|裤|包|件[^。！？?!]{0,4}?)(?:已经|都)?退(?:了|咗|掉了?|回去了?|返去)|退(?:了|咗)(?:一|个|件|台|部|双|条|套|只)|七天无理由|原路(?:退回|返回|退还|退返)|(?:商家|店家|卖家|网店|京东|淘宝|天猫|拼多多|航空公司|商场|酒店)[^。！？?!]{0,12}(?:退款|退钱|已退|退了|退咗|显示(?:已经)?退)|退款成功|(?:机票|订单|酒店)[^。！？?!]{0,6}(?:取消|退)(?:了|咗)/;
/** Not back on the card: "一直没收到", "仲未退返", "一分没退到卡上", "还算在我欠款里面". */
const NOT_BACK_ZH =
  /(?:没|没有|一直没|还没|仍没|未|仲未|冇|都没)(?:有)?(?:见到|看到|收到|到账|入账|退到|退回|退返|返到|到|退|显示|返(?!工))|一分(?:钱)?(?:都)?(?:没|冇)(?:退|到|返)|还(?:算|挂|记|计)(?:在|喺)|还在(?:我的?)?(?:欠款|账单|账上)|(?:账单|欠款)[^。！？?!]{0,8}(?:还有|还是|还算|照样)/;

/** Goods sent back ("returned the vacuum", "sent back a pair of shoes", "a return credit"), never a payment returned. */
const RETURNED_EN =
  /\breturned\b(?! (?:payment|check|cheque|to|home|from|your|ur|my call|the call))|\b(?:sent|took|brought|shipped|mailed) (?:it |them |(?:a|the|my|those|that) [a-z]+(?: of [a-z]+)? )?back\b|\breturn credit\b|\bcancell?ed (?:my|the|our) (?:flight|order|booking|trip|reservation|hotel)\b/;
const REFUND_EN = /\brefund(?:ed|s)?\b/;
/** The refund is meant for the card: the card, the statement or the merchant named. */
const CARD_OR_MERCHANT =
  /\b(?:card|statement|balance|bill|account)\b|\b(?:store|merchant|airline|amazon|seller|shop|retailer|vendor|hotel|best buy|walmart|target)\b/;
const NOT_BACK_EN =
  /\b(?:not|isn'?t|isnt|wasn'?t|hasn'?t|hasnt|haven'?t|never|still not|didn'?t|did not)\b[^.?!]{0,12}\b(?:on my (?:card|account|statement|bill|balance)|(?:show(?:n|ed|ing)? up|came? (?:back|through)|credited|posted|applied|hit|appeared|reflected|there|in)\b)|\bstill (?:sitting|showing|there|on|in|waiting|pending|owe|charged|charging|not|listed|counted)\b|\bstill (?:have|got) to pay\b|\bnothing\b|\bwaiting (?:for|on) (?:it|the refund|my refund|the credit)\b/;
/** A refund awaited to pay with: a tax refund, the IRS, a stimulus. */
const PAYS_WITH_REFUND = /\b(?:tax|irs|stimulus)\b|退税/;

/** A refund for goods sent back (or a cancelled booking) that has not reached the card. */
export function refundMissing(norm: string): boolean {
  if (PAYS_WITH_REFUND.test(norm)) return false;
  if (RETURNED_ZH.test(norm) && NOT_BACK_ZH.test(norm)) return true;
  const refund = RETURNED_EN.test(norm) || (REFUND_EN.test(norm) && CARD_OR_MERCHANT.test(norm));
  return refund && NOT_BACK_EN.test(norm);
}
