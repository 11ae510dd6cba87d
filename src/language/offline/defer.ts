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
