/**
 * "Let me think about it", "I'll call back", "回头再说", "我跟我老婆商量一下": the person wants time.
 * Answered kindly (take your time, nothing is decided, how to come back), never with a payment
 * question. Checked only after the numbers: "我考虑一下分12期" is an offer, not a pause.
 */
export const DEFER: readonly RegExp[] = [
  /(?<!你们?|银行|能不能|可不可以|请)(?:考虑|琢磨|斟酌|掂量)(?:一下|考虑|琢磨|斟酌|掂量|下)?(?!你们|一下我)|(?<![不没你])(?:想想|想一想|想一下)(?!办法|法子|招)|(?:跟|和|同)(?:我的?)?\p{Script=Han}{1,4}(?:商量|讨论|合计|核计)|商量商量|合计合计|(?:再|我再)(?:研究研究|研究一下)/u,
  /(?:回头|晚点|晚些|晚一点|改天|过两天|过几天|明天|明儿|下午|晚上|等会|等一会|一会儿?|稍后|之后|后面|later)(?:再|我再)?(?:说|聊|联系|回复|回你|回(?![家去来头])|答复|决定|给你们?(?:回复|答复|回话|打电话))/,
  /再说吧|等我(?:想|考虑|琢磨|商量|think|问问)|(?:回头|晚点|稍后|改天)(?:我)?(?:再)?(?:回(?:电话|复|你们?)|打(?:电话|给你们?))/,
  /\blet me (?:think|sleep on|mull|consider|have a think|check with|talk to|discuss)\b|\bthink (?:it|this|that|these|them) over\b|\bthink about (?:it|this|that|these|them|the options|the plans?)\b|\bsleep on it\b|\bmull it over\b/,
  /\bcircle back\b|\b(?:can'?t|cannot) deal with (?:this|it|that) (?:right )?now\b|\bmaybe (?:tomorrow|tmrw|later|next week)\b|\bget back to (?:you|u|ya)\b|\b(?:call|text|message|msg|ring|hit) (?:you |u |ya )?back\b|\bcome back (?:later|tomorrow|to (?:you|this))\b|\breach out (?:later|tomorrow|again)\b|\btalk (?:later|tomorrow)\b/,
  /\b(?:talk|go|run) (?:it |this |that )?(?:over|through) with (?:my|the)\b|\b(?:check|talk|discuss (?:it|this)) with my (?:wife|husband|partner|spouse|family|mom|mum|dad|parents)\b|\bneed (?:some )?time to (?:think|decide|figure)\b|\bgive me (?:some |a (?:few|couple of) )?(?:time|days?)\b|\bnot (?:right )?now,? (?:maybe )?later\b|\b(?:decide|figure it out) later\b/,
];

/** Whether the person asks for time ("let me think", "回头再说"). */
export function asksForTime(norm: string): boolean {
  return DEFER.some((re) => re.test(norm));
}

/**
 * Waiting for things to pick up before paying (conv15): "那能不能等厂里开工了我再还", "等我找到工作
 * 再还", "can this wait till i find something new?", "I'll pay once I'm back at work". After a
 * hardship this asks for time, not for the plans and their amounts.
 */
const WAIT_UNTIL: readonly RegExp[] = [
  /(?:等|到)[^。？?！!，,]{1,14}?(?:了|后|以后|之后|起来|好了)?[^。？?！!]{0,3}(?:再|才)(?:慢慢|开始)?(?:还|交|付|给)|(?:能不能|可不可以|可以|能)(?:先)?(?:缓|拖|等)(?:一等|一下|一段时间|几个月|些日子)?[^。？?！!]{0,6}(?:再还|再说)/,
  // conv17: a pause asked in other words ("能不能先缓一缓", "能暂停还款吗", "can we pause the payments for a
  // couple months", "can i put it on hold til im better").
  /(?:先)?缓一缓|缓(?:几个月|一段时间|一阵子?|些日子)|暂停还款|(?:能不能|可不可以|可以|能)(?:先)?暂停|先停(?:几个月|一段时间|一阵子?)|停(?:还|供)(?:几个月|一段时间|一阵子?)/,
  /\b(?:pause|freeze|suspend|hold off on)\b[^.?!]{0,20}\b(?:payments?|the (?:bill|account|card)|it)\b|\bput (?:it|this|that|the (?:payments?|account|bill|card)|(?:my )?payments) on hold\b|\bskip (?:a|one|two|a few|a couple(?: of)?) (?:months?|payments?)\b|\bpayment (?:holiday|break|pause)\b/,
  /\b(?:can|could|will|would) (?:it|this|that|the (?:payment|bill|balance|debt)) (?:just )?wait (?:until|till|til|'til|for)\b|\bwait (?:until|till|til|'til) i\b|\b(?:pay|start paying)(?: (?:it|you|this))?(?: back| off)? (?:once|when|after) i(?:'m| am)? (?:find|get|start|back|have|can work|working)\b|\bhold off (?:until|till|til)\b/,
];

/** Whether the person asks to wait until things pick up before paying. */
export function asksToWaitUntil(norm: string): boolean {
  return WAIT_UNTIL.some((re) => re.test(norm));
}
